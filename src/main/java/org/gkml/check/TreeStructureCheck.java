package org.gkml.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Item;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;

/**
 * Uniqueness and consistency across the files of a tree: basic item ids (GK101; ids added by
 * overlays are checked with the resolution rules, in resolve.ResolutionCheck), one basic catalogue
 * per domain (GK305), one overlay per region and domain (GK302), overlays only for domains with a
 * basic catalogue (GK303), and folder names that agree with the codes inside (GK304). A duplicate
 * is reported at its second occurrence in path order, naming the first.
 */
final class TreeStructureCheck implements TreeCheck {
  private static final Pattern FOLDER_CODE = Pattern.compile("^(\\d{6}|\\d{9}|\\d{12})(?:\\D.*)?$");

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
      c.items().forEach(item -> uniqueId(item, ids, sink));
      uniquePairs(c, sink);
    }
    Map<String, Overlay> overlays = new HashMap<>();
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
      if (!domains.containsKey(o.domain())) {
        sink.report(Rule.DOMAIN_WITHOUT_BASIC, o.loc().child("domain"), o.domain());
      }
      folders(tree.root(), o, sink);
    }
  }

  private static void uniqueId(Item item, Map<String, Item> ids, FindingSink sink) {
    Item first = ids.putIfAbsent(item.id(), item);
    if (first != null) {
      sink.report(Rule.DUPLICATE_ID, item.loc().child("id"), item.id(), first.loc());
    }
  }

  /** (level1, level2) pairs within one basic catalogue; the resolver checks resolved ones. */
  private static void uniquePairs(Catalog c, FindingSink sink) {
    Map<String, Item> pairs = new HashMap<>();
    for (Item item : c.items()) {
      String key = item.level1() + "\u0000" + (item.level2() == null ? "" : item.level2());
      Item first = pairs.putIfAbsent(key, item);
      if (first != null) {
        sink.report(
            Rule.DUPLICATE_PAIR,
            item.loc().child("level1"),
            item.level1(),
            item.level2() == null ? "-" : item.level2(),
            c.domain(),
            first.id(),
            first.loc());
      }
    }
  }

  /** Folders named for regions ({@code 511703-达川区}) must be the file's region or its ancestors. */
  private static void folders(Path root, Overlay o, FindingSink sink) {
    Path regions = root.resolve(TreeLoader.REGIONS_DIR);
    Path file = o.file().path().toAbsolutePath().normalize();
    if (!file.startsWith(regions)) {
      return;
    }
    Path rel = regions.relativize(file);
    List<String> codes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      Matcher m = FOLDER_CODE.matcher(rel.getName(i).toString());
      if (m.matches()) {
        codes.add(m.group(1));
        names.add(rel.getName(i).toString());
      }
    }
    RegionCode code = o.region().code();
    for (int i = 0; i < codes.size(); i++) {
      boolean last = i == codes.size() - 1;
      String folder = codes.get(i);
      boolean agrees = last ? folder.equals(code.digits()) : code.digits().startsWith(folder);
      if (!agrees) {
        sink.report(Rule.FOLDER_CODE_MISMATCH, o.regionLoc(), names.get(i), code);
        return;
      }
    }
  }
}
