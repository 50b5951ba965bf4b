package org.gkml.resolve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.gkml.check.CheckContext;
import org.gkml.check.FindingSink;
import org.gkml.check.TreeCheck;
import org.gkml.concurrent.Background;
import org.gkml.i18n.Messages;
import org.gkml.load.BoundedInput;
import org.gkml.load.RegisterCsv;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Item;
import org.gkml.model.Loc;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.gkml.model.SourceFile;
import org.gkml.model.Suggestion;

/**
 * The resolution rules of FORMAT.md §7 as a whole-tree check for {@code gkml validate}: every
 * overlay that takes part in resolution is applied once to its parent's resolution and each broken
 * entry is reported once, at the overlay's file position (GK102, GK201–GK212, GK215). Also reports
 * region codes that cannot belong to the tree (GK307) and added item ids used elsewhere in the tree
 * (GK101; a collision on the overlay's own chain is GK212 instead).
 */
public final class ResolutionCheck implements TreeCheck {
  private final Resolver shared;

  /** A check that resolves the tree it is given. */
  public ResolutionCheck() {
    this(null);
  }

  /**
   * A check that reuses a resolver of the whole tree, e.g. when a command checks only the files of
   * one region's chain but resolves against the whole tree.
   */
  public ResolutionCheck(Resolver resolver) {
    this.shared = resolver;
  }

  @Override
  public void check(CheckContext context, FindingSink sink) {
    CatalogTree tree = context.tree();
    Resolver resolver = shared != null ? shared : Resolver.forChecking(tree);
    Messages messages = sink.messages();
    // the ids added twice are found on a thread of their own while the overlays are applied
    CompletableFuture<List<Clash>> clashes =
        Background.start("gkml-added-ids", () -> addedIdClashes(tree, resolver));
    // applying the overlays is most of this check's work: spread it over the cores (the resolver
    // is thread-safe and applies each overlay once), then report in the tree's order; the
    // region codes are judged after it, when the resolver's region index (built meanwhile) is
    // ready (the findings are sorted in the end)
    List<List<Issue>> issues =
        tree.overlays().parallelStream()
            .map(o -> resolver.applies(o) ? resolver.nodeOf(o).issues : List.<Issue>of())
            .toList();
    regions(tree, resolver, context, sink);
    Set<Loc> taken = new HashSet<>();
    for (int i = 0; i < issues.size(); i++) {
      List<Issue> ofOverlay = issues.get(i);
      Overlay overlay = tree.overlays().get(i);
      if (!ofOverlay.isEmpty() && context.broken().misfiledAs(overlay) != null) {
        continue; // its code is a slip (GK307 at the code): under it, its entries mean nothing
      }
      org.gkml.check.BrokenFiles.Broken parent =
          ofOverlay.isEmpty() ? null : context.broken().parentOf(overlay);
      if (parent != null) {
        // a parent overlay of this domain cannot be read, or is not applied (its domain has no
        // basic catalogue): what this overlay's entries find missing may be what that parent
        // adds; the cause is reported once, where it is
        sink.note(Rule.NOT_CHECKED, overlay.loc(), parent.noteKey(false), parent.at());
        continue;
      }
      Loc misadded = null;
      for (Issue issue : ofOverlay) {
        if (issue.rule() == Rule.TARGET_UNKNOWN) {
          Loc at = misaddedAs(issue.itemId(), resolver.nodeOf(overlay).parent);
          if (at != null) {
            // a parent adds an item whose id is in error (GK213 there): the id this entry names
            // may be the one that item was meant to have; said once, pointing at the cause
            misadded = misadded == null ? at : misadded;
            continue;
          }
        }
        sink.report(issue.rule(), issue.loc(), Hint.render(issue.args(), messages));
        if (issue.rule() == Rule.ADDED_ID_TAKEN) {
          taken.add(issue.loc());
        }
      }
      if (misadded != null) {
        sink.note(Rule.NOT_CHECKED, overlay.loc(), "check.notChecked.parentIds", misadded);
      }
    }
    for (Clash c : Background.join(clashes)) {
      Loc at = c.item().loc().child("id");
      if (!taken.contains(at) && !taken.contains(c.first().loc().child("id"))) {
        sink.report(Rule.DUPLICATE_ID, at, c.item().id(), c.first().loc());
      }
    }
  }

  /**
   * Where a parent overlay on the chain above {@code node} adds an item whose id lacks its region's
   * code (GK213 there), when {@code target}, not found, may be the id that item was meant to have:
   * one near the id as written ({@code 511703-AQSC-002} for {@code 511703AQSC-002}); else null. A
   * target far from it (another item the parent does not add) is still an unknown target.
   */
  private static Loc misaddedAs(String target, Node node) {
    for (Node n = node; n != null; n = n.parent) {
      Overlay parent = n.overlay;
      if (parent == null) {
        continue;
      }
      List<Item> misadded = parent.adds().stream().filter(i -> !parent.ownsId(i.id())).toList();
      if (misadded.isEmpty()) {
        continue;
      }
      Optional<String> near =
          Suggestion.closestId(target, misadded.stream().map(Item::id).toList());
      if (near.isPresent()) {
        return misadded.stream()
            .filter(i -> i.id().equals(near.get()))
            .findFirst()
            .orElseThrow()
            .loc()
            .child("id");
      }
    }
    return null;
  }

  /** GK307 for overlays and register rows whose code cannot belong to the tree. */
  private static void regions(
      CatalogTree tree, Resolver resolver, CheckContext context, FindingSink sink) {
    for (Overlay o : tree.overlays()) {
      if (context.broken().misfiledAs(o) != null) {
        continue; // its GK307 names the code meant (check.TreeStructureCheck)
      }
      RegionCode code = o.region().code();
      Optional<RegionIndex.Outside> out = resolver.outside(code);
      if (out.isPresent()) {
        report(sink, o.regionLoc().child("code"), code, out.get());
      }
    }
    if (tree.register().isEmpty()) {
      return;
    }
    Path csv = tree.root().resolve(TreeLoader.REGISTER_FILE);
    SourceFile file = SourceFile.unstructured(csv, display(csv));
    Map<String, Integer> lines = registerLines(csv);
    for (RegionCode code : new TreeSet<>(tree.register().keySet())) {
      Optional<RegionIndex.Outside> out = resolver.outside(code);
      if (out.isPresent()) {
        Loc at =
            file.at(
                lines.getOrDefault(code.digits(), 1),
                1,
                RegisterCsv.Row.subject(code.digits(), ""));
        report(sink, at, code, out.get());
      }
    }
  }

  private static void report(FindingSink sink, Loc at, RegionCode code, RegionIndex.Outside why) {
    sink.report(Rule.REGION_OUTSIDE_TREE, at, code, sink.messages().get(why.key(), why.args()));
  }

  /** The line of each code's row in the register (first occurrence). */
  private static Map<String, Integer> registerLines(Path csv) {
    Map<String, Integer> lines = new HashMap<>();
    try {
      for (RegisterCsv.Row row : RegisterCsv.rows(BoundedInput.readText(csv))) {
        lines.putIfAbsent(row.code(), row.line());
      }
    } catch (IOException | RegisterCsv.Malformed e) {
      // the loader has reported an unreadable register; findings then point at its first line
    }
    return lines;
  }

  private static String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path work = Path.of("").toAbsolutePath();
    return abs.startsWith(work) ? work.relativize(abs).toString() : abs.toString();
  }

  /** An added item whose id the tree used before, and that first item. */
  private record Clash(Item item, Item first) {}

  /**
   * The candidates for GK101: each added id already used in the tree, at its second occurrence in
   * path order (basic items come first). It is reported unless the two are on one chain and GK212
   * reported one of them.
   */
  private static List<Clash> addedIdClashes(CatalogTree tree, Resolver resolver) {
    Map<String, Item> ids = new HashMap<>();
    for (Catalog c : tree.basics()) {
      c.items().forEach(i -> ids.putIfAbsent(i.id(), i));
    }
    List<Clash> clashes = new ArrayList<>();
    for (Overlay o : tree.overlays()) {
      if (!resolver.applies(o) && resolver.overlay(o.region().code(), o.domain()) != null) {
        continue; // a second overlay for the same region and domain: GK302 says enough
      }
      for (Item item : o.adds()) {
        Item first = ids.putIfAbsent(item.id(), item);
        if (first != null) {
          clashes.add(new Clash(item, first));
        }
      }
    }
    return clashes;
  }
}
