package org.gkml.check;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gkml.load.FolderCodes;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.DomainNames;
import org.gkml.model.Item;
import org.gkml.model.ItemName;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.gkml.model.Suggestion;

/**
 * Uniqueness and consistency across the files of a tree: basic item ids (GK101; ids added by
 * overlays are checked with the resolution rules, in resolve.ResolutionCheck), one basic catalogue
 * per domain (GK305), one overlay per region and domain (GK302), overlays only for domains with a
 * basic catalogue (GK303); folder names are judged file by file, in FolderCheck. A duplicate is
 * reported at its second occurrence in path order, naming the first.
 */
final class TreeStructureCheck implements TreeCheck {
  @Override
  public void check(CheckContext context, FindingSink sink) {
    CatalogTree tree = context.tree();
    Map<String, Catalog> domains = new HashMap<>();
    Map<String, Item> ids = new HashMap<>();
    for (Catalog c : tree.basics()) {
      Catalog first = domains.putIfAbsent(c.domain(), c);
      if (first != null) {
        sink.report(Rule.DUPLICATE_DOMAIN, c.loc().child("domain"), c.domain(), first.loc());
      }
      BrokenFiles.misspelt(c)
          .ifPresent(
              meant ->
                  sink.report(
                      Rule.MISSPELT_DOMAIN,
                      c.loc().child("domain"),
                      c.domain(),
                      meant,
                      slugHint(c, meant, sink)));
      c.items().forEach(item -> uniqueId(item, ids, sink));
      uniquePairs(c, sink);
    }
    Map<String, Overlay> overlays = new HashMap<>(tree.overlays().size() * 4 / 3 + 1);
    for (Overlay o : tree.overlays()) {
      Overlay first = overlays.putIfAbsent(o.region().code() + "\u0000" + o.domain(), o);
      if (first != null) {
        sink.report(
            Rule.DUPLICATE_OVERLAY,
            o.regionLoc(),
            o.region().code(),
            o.domain(),
            first.regionLoc());
      }
      String meant = context.broken().misfiledAs(o);
      if (meant != null) {
        misfiled(o, meant, context, sink);
      }
      if (!domains.containsKey(o.domain())) {
        BrokenFiles.Broken basic = context.broken().basicOf(o);
        if (basic != null) {
          // it has a basic catalogue, which cannot be used: that is the finding, reported there
          sink.note(Rule.NOT_CHECKED, o.loc().child("domain"), basic.noteKey(true), basic.at());
          continue;
        }
        // most likely a typo, or the file's slug (safety-production) written for the name: the
        // domain nearest by name or slug, when one is clearly nearest
        String hint =
            Suggestion.closest(o.domain(), namesAndSlugs(domains.values(), context.broken()))
                .map(d -> sink.messages().get("schema.suggest", d))
                .orElse("");
        sink.report(Rule.DOMAIN_WITHOUT_BASIC, o.loc().child("domain"), o.domain(), hint);
      }
    }
  }

  /**
   * GK307 for an overlay whose code is a slip ({@link FolderCodes#misfiled}): one error at the
   * code, saying why it cannot be the region meant and which code the folder names. It replaces the
   * folder's GK304 warning (Checker), and the file takes no part in resolution (BrokenFiles).
   */
  private static void misfiled(Overlay o, String meant, CheckContext context, FindingSink sink) {
    String folder = FolderCodes.folderName(o.file().path(), meant);
    boolean registered = context.tree().register().containsKey(new RegionCode(meant));
    String why =
        sink.messages().get(registered ? "check.misfiled.register" : "check.misfiled.ids", folder)
            + sink.messages().get("schema.suggest", meant);
    sink.report(Rule.REGION_OUTSIDE_TREE, o.regionLoc().child("code"), o.region().code(), why);
  }

  /**
   * GK309's note that the catalogue's file name is the slug of the domain meant (safety-production
   * for 安全生产), so the name written is the odd one out; else "".
   */
  private static String slugHint(Catalog c, String meant, FindingSink sink) {
    String file = c.file().path().getFileName().toString();
    return DomainNames.standard().exact(meant).map(d -> d.slug() + ".yaml").orElse("").equals(file)
        ? sink.messages().get("check.misspeltDomain.file", file, meant)
        : "";
  }

  /**
   * Each domain's name and its basic catalogue's slug (FORMAT.md §3), with the name; not a name
   * that is a slip of a known one (GK309 there): no overlay is to be told to copy it.
   */
  private static Map<String, String> namesAndSlugs(Collection<Catalog> basics, BrokenFiles broken) {
    Set<Path> misspelt = new HashSet<>();
    for (BrokenFiles.Broken b : broken.basics()) {
      if (b.why() == BrokenFiles.Why.MISSPELT) {
        misspelt.add(b.at().file().path());
      }
    }
    Map<String, String> words = new LinkedHashMap<>();
    for (Catalog c : basics) {
      if (misspelt.contains(c.file().path())) {
        continue;
      }
      words.put(c.domain(), c.domain());
      words.putIfAbsent(BrokenFiles.slug(c.file().path()), c.domain());
    }
    return words;
  }

  private static void uniqueId(Item item, Map<String, Item> ids, FindingSink sink) {
    Item first = ids.putIfAbsent(item.id(), item);
    if (first != null) {
      sink.report(Rule.DUPLICATE_ID, item.loc().child("id"), item.id(), first.loc());
    }
  }

  /** (level1, level2) pairs within one basic catalogue; the resolver checks resolved ones. */
  private static void uniquePairs(Catalog c, FindingSink sink) {
    Map<ItemName, Item> pairs = new HashMap<>();
    for (Item item : c.items()) {
      Item first = pairs.putIfAbsent(ItemName.of(item), item);
      if (first != null) {
        sink.report(
            Rule.DUPLICATE_PAIR,
            item.loc().child("level1"),
            item.level1(),
            item.subName(),
            c.domain(),
            first.id(),
            first.loc());
      }
    }
  }
}
