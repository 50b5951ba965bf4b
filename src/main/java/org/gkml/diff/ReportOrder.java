package org.gkml.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The order changes are reported in, shared by every document and by the two directions. */
final class ReportOrder {
  private ReportOrder() {}

  /**
   * The keys of both versions in the new version's order, each key only on the old side placed
   * right after the key that preceded it there (or first). Keys are distinct within each list.
   */
  static <K> List<K> merge(List<K> olds, List<K> news) {
    Set<K> inNew = new HashSet<>(news);
    Map<K, List<K>> after = new HashMap<>();
    List<K> leading = new ArrayList<>();
    K anchor = null;
    for (K k : olds) {
      if (inNew.contains(k)) {
        anchor = k;
      } else if (anchor == null) {
        leading.add(k);
      } else {
        after.computeIfAbsent(anchor, a -> new ArrayList<>()).add(k);
      }
    }
    List<K> out = new ArrayList<>(olds.size() + news.size());
    out.addAll(leading);
    for (K k : news) {
      out.add(k);
      List<K> gone = after.get(k);
      if (gone != null) {
        out.addAll(gone);
      }
    }
    return out;
  }
}
