package org.gkml.resolve;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gkml.model.CatalogTree;
import org.gkml.model.Overlay;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;

/**
 * The regions a tree knows (FORMAT.md §2: the register plus every region with an overlay), their
 * names, and the codes that cannot belong to the tree (GK307).
 *
 * <p>A code cannot belong to a province's tree when it is not a division code of a county, township
 * or village: a 6-digit code ending in {@code 00} names a prefecture or province, a township part
 * {@code 000} or a village part {@code 000} names no township or village, and the first two digits
 * must be one of the 34 province-level codes. A tree holds one province (or one city within it):
 * its province is the two-digit prefix most of its known regions share (ties: the smaller prefix),
 * and a region of another province is outside the tree.
 */
final class RegionIndex {
  /** Province-level division codes (GB/T 2260): the first two digits of every region code. */
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  /** Why a code is outside the tree: a message key of the GK307 reasons and its arguments. */
  record Outside(String key, Object... args) {}

  private final Map<RegionCode, Region> known;
  private final String province;

  RegionIndex(CatalogTree tree) {
    // merged by hash and sorted once: a province has five overlays per region, 51,000 in all
    Map<RegionCode, String> names = new HashMap<>();
    tree.register().forEach((code, name) -> names.put(code, name == null ? "" : name));
    for (Overlay o : tree.overlays()) {
      String name = o.region().name();
      names.merge(o.region().code(), name, (old, mine) -> old.isEmpty() ? mine : old);
    }
    RegionCode[] sorted = names.keySet().toArray(RegionCode[]::new);
    Arrays.sort(sorted);
    Map<RegionCode, Region> regions = new LinkedHashMap<>(sorted.length * 2);
    for (RegionCode code : sorted) {
      regions.put(code, new Region(code, names.get(code)));
    }
    this.known = Collections.unmodifiableMap(regions); // in code order
    this.province = majorityProvince(regions.keySet());
  }

  private static String majorityProvince(Set<RegionCode> codes) {
    Map<String, Integer> counts = new HashMap<>();
    for (RegionCode c : codes) {
      counts.merge(c.digits().substring(0, 2), 1, Integer::sum);
    }
    String best = null;
    for (String p : new TreeSet<>(counts.keySet())) {
      if (best == null || counts.get(p) > counts.get(best)) {
        best = p;
      }
    }
    return best;
  }

  Set<RegionCode> codes() {
    return known.keySet();
  }

  boolean isKnown(RegionCode code) {
    return known.containsKey(code);
  }

  Optional<Region> region(RegionCode code) {
    return Optional.ofNullable(known.get(code));
  }

  /** Every known region's name ("" when it has none), for a hint about an unknown one. */
  Map<RegionCode, String> names() {
    Map<RegionCode, String> names = new HashMap<>(known.size() * 2);
    known.forEach((code, region) -> names.put(code, region.name()));
    return names;
  }

  /**
   * The province most of the tree's regions lie in (two digits), or null for a tree without any.
   */
  String province() {
    return province;
  }

  /** Why {@code code} cannot belong to this tree, if it cannot. */
  Optional<Outside> outside(RegionCode code) {
    String d = code.digits();
    if (province != null
        && d.startsWith(province)
        && PROVINCES.contains(province)
        && looksInside(d)) {
      return Optional.empty(); // nearly every code: no substrings made
    }
    if (!PROVINCES.contains(d.substring(0, 2))) {
      return Optional.of(new Outside("resolve.outside.province", d.substring(0, 2)));
    }
    if (d.substring(4, 6).equals("00")) {
      return Optional.of(new Outside("resolve.outside.county", d.substring(0, 6)));
    }
    List<String> parts = d.length() == 6 ? List.of() : List.of(d.substring(6, 9));
    if (d.length() == 12) {
      parts = List.of(d.substring(6, 9), d.substring(9, 12));
    }
    if (!parts.isEmpty() && parts.get(0).equals("000")) {
      return Optional.of(new Outside("resolve.outside.township", d.substring(0, 9)));
    }
    if (parts.size() == 2 && parts.get(1).equals("000")) {
      return Optional.of(new Outside("resolve.outside.village", d));
    }
    if (province != null && !d.startsWith(province)) {
      return Optional.of(new Outside("resolve.outside.otherProvince", d.substring(0, 2), province));
    }
    return Optional.empty();
  }

  /** No part of {@code d} names a prefecture, or no township or village (see {@link #outside}). */
  private static boolean looksInside(String d) {
    return !d.startsWith("00", 4)
        && (d.length() < 9 || !d.startsWith("000", 6))
        && (d.length() < 12 || !d.startsWith("000", 9));
  }
}
