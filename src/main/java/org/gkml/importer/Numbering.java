package org.gkml.importer;

import java.util.Optional;
import org.gkml.importer.TableLayout.Column;

/**
 * What a table's 序号 column counts, read from the numbered rows as a person reads them. A table that
 * gives two numbers under one 一级事项 numbers each item: a row there without a number of its own is
 * the rest of the item above (a page converted from PDF cuts one item's cells over several rows). A
 * table whose number changes only where the 一级事项 does, with two or more unnumbered rows naming 二级事项
 * under one number, numbers the 一级 groups: such a row is an item of its own. Anything else does not
 * tell.
 */
enum Numbering {
  /** Two numbered rows share one 一级事项: each item has a number. */
  ITEMS,
  /** Numbers change only with the 一级事项, and two or more rows under one name items unnumbered. */
  GROUPS,
  /** The numbers do not tell (or the table has no 序号 or 一级事项 column). */
  UNKNOWN;

  static Numbering of(
      TableGrid g,
      int dataRow,
      Optional<Column> seq,
      Optional<Column> level1,
      Optional<Column> key) {
    if (seq.isEmpty()
        || level1.isEmpty()
        || key.isEmpty()
        || key.get().index() == level1.get().index()) {
      return UNKNOWN;
    }
    int s = seq.get().index();
    int l1 = level1.get().index();
    int k = key.get().index();
    String lastGroup = null;
    boolean numberWithinGroup = false;
    // unnumbered rows naming an item under the last number, and the most under any one number
    int unnumbered = 0;
    int most = 0;
    for (int r = dataRow; r < g.rowCount(); r++) {
      if (ownsNumber(g, r, s)) {
        String group = g.down(r, l1);
        if (!group.isEmpty() && group.equals(lastGroup)) {
          numberWithinGroup = true;
        }
        lastGroup = group;
        unnumbered = 0;
      } else if (lastGroup != null && g.mergeAt(r, s) == null && !g.own(r, k).isEmpty()) {
        most = Math.max(most, ++unnumbered);
      }
    }
    if (numberWithinGroup) {
      return ITEMS;
    }
    // one unnumbered row under a number may be a cut item as well as a sub-item: it does not tell
    return most >= 2 ? GROUPS : UNKNOWN;
  }

  /** Whether row r starts a 序号 cell of its own (a merged number counts in its first row). */
  static boolean ownsNumber(TableGrid g, int r, int s) {
    TableGrid.Area a = g.mergeAt(r, s);
    return !g.own(r, s).isEmpty() && (a == null || a.firstRow() == r);
  }
}
