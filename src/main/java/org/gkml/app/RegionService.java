package org.gkml.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.gkml.diff.EffectiveCatalogs;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.load.TreeLoader;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.resolve.ChainScope;
import org.gkml.resolve.Effective;
import org.gkml.resolve.EffectiveWriter;
import org.gkml.resolve.Explanation;
import org.gkml.resolve.ExplanationText;
import org.gkml.resolve.Resolver;

/**
 * The resolve-for-region family: a region's effective catalogues ({@code merge}), where one of its
 * items comes from ({@code explain}), and the effective catalogues {@code diff --region} compares.
 */
public final class RegionService {
  private final Pipeline pipeline;

  public RegionService(Session session) {
    this.pipeline = new Pipeline(session);
  }

  /**
   * {@code merge}: the effective catalogues of {@code region} at {@code tier} (null: its own),
   * every domain or only {@code domain}, once what they depend on passed the checks (CLI.md "the
   * checks inside merge"); else the findings are printed and the outcome says the exit code.
   */
  public Outcome<Merged> merge(Path root, RegionCode region, Tier tier, String domain) {
    Pipeline.Checked checked = pipeline.checkRegion(root, region, domain);
    ExitCode gate = pipeline.admit(checked.validation(), null);
    if (gate != ExitCode.OK) {
      return Outcome.stop(gate);
    }
    Resolver resolver = checked.resolver();
    List<Effective> catalogues =
        domain == null
            ? resolver.effective(region, tier)
            : List.of(resolver.effective(region, tier, domain));
    return Outcome.of(new Merged(resolver, catalogues, domain != null));
  }

  /**
   * A region's effective catalogues and what writes them.
   *
   * @param one whether one domain was asked for: it is written as a single document
   */
  public record Merged(Resolver resolver, List<Effective> catalogues, boolean one) {
    /** Writes the catalogues as YAML or JSON. */
    public void write(EffectiveWriter.Format format, Writer out) throws IOException {
      EffectiveWriter writer = new EffectiveWriter(resolver);
      if (one) {
        writer.writeOne(format, catalogues.get(0), out);
      } else {
        writer.writeAll(format, catalogues, out);
      }
    }
  }

  /**
   * {@code explain}: where an item was defined and every change on the region's chain, or why the
   * region does not see it. The whole tree is read (an item may come from anywhere in it) and not
   * checked: explaining is how a user finds out why a check failed, so rule findings are part of
   * the explanation. A file that did not load is not, and the explanation would be wrong without
   * it: a file of the item's domain on the region's chain, or, for an item or region the tree does
   * not seem to know, any file of the tree (or the register) that may define it. Its cause is then
   * printed instead and the outcome says the exit code ({@link Pipeline#admitRead}).
   */
  public Outcome<Explained> explain(Path root, RegionCode region, Tier tier, String itemId) {
    TreeLoader.Result whole = pipeline.load(root);
    Resolver resolver = new Resolver(whole.tree());
    Explanation explanation;
    try {
      explanation = resolver.explain(region, tier, itemId.strip());
    } catch (GkmlException e) {
      boolean unknownItem = e.key().startsWith("explain.unknownItem");
      if (unknownItem || whole.registerUnreadable()) {
        ExitCode gate = pipeline.admitRead(whole, "explain.notReadElsewhere");
        if (gate != ExitCode.OK) {
          return Outcome.stop(gate);
        }
      }
      throw e;
    }
    TreeLoader.Result chain = ChainScope.of(whole, region, List.of(explanation.domain()));
    ExitCode gate = pipeline.admitRead(chain, "explain.notRead");
    if (gate != ExitCode.OK) {
      return Outcome.stop(gate);
    }
    return Outcome.of(new Explained(resolver, explanation));
  }

  /** An item's explanation and the resolver whose tree it points into. */
  public record Explained(Resolver resolver, Explanation explanation) {
    /** Writes the explanation for people, in the user's language. */
    public void write(Messages messages, Writer out) throws IOException {
      new ExplanationText(messages, resolver).write(explanation, out);
    }
  }

  /** Where {@code diff --region} gets effective catalogues from: the resolver, one per domain. */
  public static EffectiveCatalogs effectiveCatalogs() {
    return (tree, region, tier) ->
        new Resolver(tree)
            .effective(region, tier).stream()
                .map(e -> new EffectiveCatalogs.Domain(e.catalog(), e.notApplicable()))
                .toList();
  }
}
