package org.gkml.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.gkml.load.FolderCodes;
import org.gkml.load.LoadedFile;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.DomainNames;
import org.gkml.model.Finding;
import org.gkml.model.Loc;
import org.gkml.model.Overlay;
import org.gkml.model.Rule;
import org.gkml.model.Severity;
import org.gkml.model.Suggestion;

/**
 * The catalogue files that could not be read or broke the schema, and the overlays that loaded but
 * take no part in resolution because their domain has no basic catalogue (GK303: most often a
 * misspelt {@code domain}); and what they would have been: the domain (from the document, or from
 * the file's slug; for a misspelt domain, the one GK303 suggests) and, for an overlay, the region
 * (from the document, or from its folder's code). Checks that depend on such a file say once that
 * they could not run, instead of reporting what follows from its absence (an overlay "without a
 * basic catalogue", targets "unknown" because the parent that adds them cannot be read or is not
 * applied). The cause itself is reported once, where it is.
 */
public record BrokenFiles(
    List<Broken> basics, List<Broken> overlays, Map<Path, String> misfiled, Broken basicFolder) {
  private static final BrokenFiles NONE = new BrokenFiles(List.of(), List.of(), Map.of());

  /**
   * One broken file: its domain name (null if unknown), slug, region code (overlays) and the place
   * of the finding that says why (its first finding; for an overlay without a basic catalogue, its
   * {@code domain}, where GK303 is reported).
   */
  public record Broken(String domain, String slug, String region, Loc at, Why why) {

    /**
     * The message key of the GK009 note of a file that depends on this one, {@code basic} telling
     * whether it is the file's basic catalogue (else a parent overlay): the note says why the cause
     * cannot be used, as the cause's own finding does.
     */
    public String noteKey(boolean basic) {
      return switch (why) {
        case UNREADABLE ->
            basic ? "check.notChecked.basicUnreadable" : "check.notChecked.parentUnreadable";
        case INVALID -> basic ? "check.notChecked.basic" : "check.notChecked.parentInvalid";
        case NOT_APPLIED -> "check.notChecked.parent";
        case NOT_FOLLOWED -> basic ? "check.notChecked.basicLink" : "check.notChecked.parentLink";
        case MISSPELT -> "check.notChecked.basicMisspelt";
      };
    }
  }

  /** Why a file cannot be used. */
  public enum Why {
    /** It could not be read (not UTF-8, YAML syntax, over a limit): GK002, GK003, GK005. */
    UNREADABLE,
    /** It was read but breaks the schema or has a malformed region code. */
    INVALID,
    /** An overlay that loaded but is not applied: its domain has no basic catalogue (GK303). */
    NOT_APPLIED,
    /** A link gkml does not follow (GK008): to a folder, out of the root, or to nothing. */
    NOT_FOLLOWED,
    /**
     * A basic catalogue that loaded but whose {@code domain} is a slip of a known domain's name
     * (GK309): the overlays of the domain meant find no basic catalogue, because of it.
     */
    MISSPELT
  }

  /**
   * @param basicFolder {@code basic/} itself when it is a link not followed (GK008): every basic
   *     catalogue is behind it, so every overlay depends on it; else null
   */
  public BrokenFiles {
    basics = List.copyOf(basics);
    overlays = List.copyOf(overlays);
    misfiled = Map.copyOf(misfiled);
  }

  public BrokenFiles(List<Broken> basics, List<Broken> overlays, Map<Path, String> misfiled) {
    this(basics, overlays, misfiled, null);
  }

  public static BrokenFiles none() {
    return NONE;
  }

  /** The broken files of a loaded tree (see the class). */
  public static BrokenFiles of(TreeLoader.Result loaded) {
    Path root = loaded.tree().root().toAbsolutePath().normalize();
    Path basicDir = root.resolve(TreeLoader.BASIC_DIR);
    Path regionsDir = root.resolve(TreeLoader.REGIONS_DIR);
    List<Broken> basics = new ArrayList<>();
    List<Broken> overlays = new ArrayList<>();
    Broken basicFolder = null;
    for (LoadedFile f : loaded.files()) {
      if (f.document() != null) {
        continue; // nearly every file: nothing more to look at
      }
      Path path = f.file().path().toAbsolutePath().normalize();
      JsonNode tree = f.tree();
      String domain = text(tree, "domain");
      Finding cause = cause(f);
      Loc at = cause == null ? f.file().at(1, 1) : cause.loc();
      Why why = why(cause);
      if (path.equals(basicDir)) {
        basicFolder = new Broken(null, null, null, at, why); // a link not followed
      } else if (path.equals(regionsDir)) {
        continue; // a link not followed: no overlay was read, none depends on it
      } else if (path.startsWith(basicDir)) {
        basics.add(new Broken(domain, slug(path), null, at, why));
      } else if (path.startsWith(regionsDir)) {
        // the code it would have had: as written, or as meant (５１１７０３, or its folder's)
        String written = tree == null ? null : text(tree.path("region"), "code");
        String region = FolderCodes.meant(written, root, path);
        overlays.add(new Broken(domain, slug(path), region, at, why));
      }
    }
    misspelt(loaded, basics);
    withoutBasic(loaded.tree(), overlays);
    Map<Path, String> misfiled = misfiled(loaded.tree(), overlays);
    return basics.isEmpty() && overlays.isEmpty() && basicFolder == null
        ? NONE
        : new BrokenFiles(basics, overlays, misfiled, basicFolder);
  }

  private static Why why(Finding cause) {
    if (cause == null) {
      return Why.INVALID;
    }
    if (cause.rule() == Rule.LINK_NOT_FOLLOWED) {
      return Why.NOT_FOLLOWED;
    }
    return cause.rule().unreadableFile() ? Why.UNREADABLE : Why.INVALID;
  }

  /**
   * Adds the basic catalogues whose domain is a slip of a known domain ({@link #misspelt(Catalog)},
   * GK309 at it), standing for the domain meant: its overlays, which write that domain right, are
   * not checked against it rather than each told their domain has no basic catalogue, or told to
   * copy the slip. Not where the tree turned GK309 off or suppressed it there: the domain is then
   * the tree's own, as written.
   */
  private static void misspelt(TreeLoader.Result loaded, List<Broken> basics) {
    Config config = loaded.tree().config();
    if (config.rules().get(Rule.MISSPELT_DOMAIN.id()) == Severity.OFF) {
      return;
    }
    for (LoadedFile f : loaded.files()) {
      if (f.document() instanceof Catalog c) {
        String meant = misspelt(c).orElse(null);
        if (meant == null) {
          continue;
        }
        Loc at = c.loc().child("domain");
        if (!f.suppressions().isEmpty()
            && f.suppressions().covers(Rule.MISSPELT_DOMAIN.id(), at.line())) {
          continue;
        }
        basics.add(new Broken(meant, slug(c.file().path()), null, at, Why.MISSPELT));
      }
    }
  }

  /**
   * The known domain a basic catalogue's {@code domain} is a slip of (安全生成 for 安全生产, as {@code gkml
   * new catalog --domain} refuses it), or that it writes as the file slug (safety-production); else
   * empty, as for a domain of the tree's own far from every known one.
   */
  public static Optional<String> misspelt(Catalog c) {
    return DomainNames.standard().misspelt(c.domain());
  }

  /**
   * Adds the overlays whose region code is a slip ({@link FolderCodes#misfiled}: 511730 in the
   * folder 511703-达川区): applied under that code, they would be missing from the chain of the
   * regions below their folder, whose entries would then find the targets it adds unknown. They are
   * broken at their code (GK307 is reported there) and stand for the code meant.
   */
  private static Map<Path, String> misfiled(CatalogTree tree, List<Broken> overlays) {
    Map<Path, String> out = new HashMap<>();
    for (Overlay o : tree.overlays()) {
      String meant = FolderCodes.misfiled(o, tree.root(), tree.register());
      if (meant != null) {
        out.put(o.file().path().toAbsolutePath().normalize(), meant);
        overlays.add(
            new Broken(
                o.domain(),
                slug(o.file().path()),
                meant,
                o.regionLoc().child("code"),
                Why.INVALID));
      }
    }
    return out;
  }

  /**
   * The code an overlay was meant to have when its own is a slip (it is then not used, and GK307
   * says so at its code), or null.
   */
  public String misfiledAs(Overlay o) {
    return misfiled.isEmpty() ? null : misfiled.get(o.file().path().toAbsolutePath().normalize());
  }

  /**
   * Adds the overlays that loaded but whose domain has no basic catalogue: they are not applied, so
   * to the overlays below them they are as unusable as a file that did not load. The domain they
   * would have been is the one GK303 suggests ({@link Suggestion}, as TreeStructureCheck asks it),
   * else the one written; the file's slug links them to their children as well.
   */
  private static void withoutBasic(CatalogTree tree, List<Broken> overlays) {
    Set<String> domains = new HashSet<>();
    tree.basics().forEach(c -> domains.add(c.domain()));
    for (Overlay o : tree.overlays()) {
      if (!domains.contains(o.domain())) {
        overlays.add(
            new Broken(
                meant(o, domains),
                slug(o.file().path()),
                o.region().code().digits(),
                o.loc().child("domain"),
                Why.NOT_APPLIED));
      }
    }
  }

  /**
   * The domain an overlay whose domain has none of {@code domains} (those with a basic catalogue)
   * was meant for: the one GK303 suggests, else the one written.
   */
  public static String meant(Overlay o, Collection<String> domains) {
    return Suggestion.closest(o.domain(), domains).orElse(o.domain());
  }

  /**
   * The broken basic catalogue an overlay of a domain without a (valid) one belongs to, or null.
   */
  public Broken basicOf(Overlay o) {
    if (basicFolder != null) {
      return basicFolder;
    }
    for (Broken b : basics) {
      if (o.domain().equals(b.domain()) || slug(o.file().path()).equals(b.slug())) {
        return b;
      }
    }
    return null;
  }

  /**
   * A broken overlay, or one not applied for want of a basic catalogue, of the same domain on the
   * chain above {@code o}; or null.
   */
  public Broken parentOf(Overlay o) {
    String code = o.region().code().digits();
    String slug = slug(o.file().path());
    for (Broken b : overlays) {
      if (b.region() == null || code.length() <= b.region().length()) {
        continue;
      }
      boolean sameDomain = o.domain().equals(b.domain()) || slug.equals(b.slug());
      if (sameDomain && code.startsWith(b.region())) {
        return b;
      }
    }
    return null;
  }

  /**
   * Only the files that did not load at all (not those that loaded but are not applied, nor those
   * applied under a code that is a slip): what a command that reads the tree without checking it
   * cannot know.
   */
  public BrokenFiles unloaded() {
    Predicate<Broken> unloaded =
        b ->
            b.why() != Why.NOT_APPLIED
                && b.why() != Why.MISSPELT
                && !misfiled.containsKey(b.at().file().path().toAbsolutePath().normalize());
    return new BrokenFiles(
        basics.stream().filter(unloaded).toList(),
        overlays.stream().filter(unloaded).toList(),
        Map.of(),
        basicFolder);
  }

  public boolean isEmpty() {
    return basics.isEmpty() && overlays.isEmpty() && basicFolder == null;
  }

  /**
   * Where a file without a document broke: its first error of a kind that leaves no document (it
   * could not be read, broke the schema, has a malformed region code), not an earlier warning such
   * as a suppression without a reason (GK006) or an error that would have left it usable.
   */
  private static Finding cause(LoadedFile f) {
    Finding cause = null;
    Finding first = null;
    for (Finding finding : f.findings()) {
      Rule rule = finding.rule();
      if (finding.isError()
          && (rule.unreadableFile()
              || rule == Rule.SCHEMA
              || rule == Rule.REGION_CODE
              || rule == Rule.EMPTY_TEXT) // id: "": the schema's, said as GK104
          && (cause == null || Finding.ORDER.compare(finding, cause) < 0)) {
        cause = finding; // the first in the file (the schema's are not in reading order)
      }
      if (first == null || (finding.isError() && !first.isError())) {
        first = finding;
      }
    }
    return cause != null ? cause : first;
  }

  private static String text(JsonNode node, String key) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(key);
    return v != null && v.isValueNode() ? v.asText() : null;
  }

  /** A catalogue file's name without its extension: the domain slug of FORMAT.md §3. */
  public static String slug(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
