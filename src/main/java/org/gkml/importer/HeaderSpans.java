package org.gkml.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.importer.TableLayout.Column;
import org.gkml.model.HeaderWords.Role;

/**
 * One header cell spanning two or more columns that each read as the same element, as a person
 * reads them: under 二级事项 a column of running numbers beside one of names is the 序号 and the 二级事项
 * (where the table has a 序号 column of its own, the numbers are a code kept in the note); under 一级事项
 * a second column repeating the first (法治宣传教育 | 法治宣传教育) is that same name; under 公开渠道和载体 every
 * column holds a part of one checklist. Without this, a role seen twice is used once and the other
 * column goes to the note.
 */
final class HeaderSpans {
  private HeaderSpans() {}

  /** Elements whose header may span columns that a person reads as one. */
  private static final Set<Role> SPANNABLE =
      EnumSet.of(Role.LEVEL1, Role.LEVEL2, Role.LEVEL3, Role.CHANNELS);

  /**
   * Settles the columns under one header cell of rows h..end (changing {@code cols}) and returns
   * each later column of such a cell mapped to its first column: a channel column read with the
   * first as one checklist, or a level column repeating the first (no element of its own: its cells
   * are kept in the note only where they say something else).
   */
  static Map<Integer, Integer> read(TableGrid g, int h, int end, List<Column> cols) {
    Map<Integer, Integer> spanned = new HashMap<>();
    boolean hasSeq = cols.stream().anyMatch(c -> c.role() == Role.SEQ);
    for (int c = 0; c < cols.size(); c++) {
      TableGrid.Area a = headerCell(g, h, end, c);
      if (a == null || a.firstCol() != c || a.lastCol() >= cols.size()) {
        continue;
      }
      Role role = cols.get(c).role();
      List<Integer> under = new ArrayList<>();
      for (int k = a.firstCol(); k <= a.lastCol(); k++) {
        under.add(k);
      }
      if (role == null
          || !SPANNABLE.contains(role)
          || under.stream().anyMatch(k -> cols.get(k).role() != role)) {
        continue;
      }
      if (role != Role.CHANNELS) {
        List<Integer> numbers =
            under.stream().filter(k -> TableLayout.isRunningNumbers(g, end + 1, k)).toList();
        if (numbers.size() == 1 && under.size() > 1) {
          // numbers beside the names under a level's header: the 序号 where the table has none,
          // else a code (05 for a 0505 item), kept in the note as beside any 序号 column
          int n = numbers.get(0);
          cols.set(n, cols.get(n).with(hasSeq ? null : Role.SEQ, Set.of()));
          hasSeq = true;
          under.remove(Integer.valueOf(n));
        }
      }
      int first = under.get(0);
      for (int k : under.subList(1, under.size())) {
        spanned.put(k, first);
        if (role != Role.CHANNELS) {
          cols.set(k, cols.get(k).with(null, Set.of()));
        }
      }
    }
    return spanned;
  }

  /**
   * The header cell giving column c its last header word, where it spans two or more columns and
   * lies within the header rows; else null.
   */
  private static TableGrid.Area headerCell(TableGrid g, int h, int end, int c) {
    for (int r = end; r >= h; r--) {
      if (g.shown(r, c).isEmpty()) {
        continue;
      }
      TableGrid.Area a = g.mergeAt(r, c);
      boolean within = a != null && a.firstRow() >= h && a.lastRow() <= end;
      return within && a.width() > 1 ? a : null;
    }
    return null;
  }
}
