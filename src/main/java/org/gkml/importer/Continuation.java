package org.gkml.importer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gkml.model.HeaderWords.Role;

/**
 * Whether a table without a header of its own is the rest of the catalogue table before it, split
 * where a page broke with the header printed only once (import.md §3). A document's table that lays
 * out as many columns as the one before is its rest. A narrower one (a sheet stores no empty cells,
 * a page may leave out the empty cells at the end of a row) is its rest when its rows read as items
 * of that table and the columns it lacks are ones every row may leave blank — a tick column such as
 * 依申请 or 乡、村级 ticked in no row, a 备注. A table whose rows read as items but fits neither is reported
 * as an error rather than dropped: its items would be lost silently.
 */
enum Continuation {
  /** Read the table with the header of the one before. */
  YES,
  /** Its rows look like items of the table before, but its columns do not match: not read. */
  UNSURE,
  /** Some other table. */
  NO;

  /** Columns a table's rows may all leave blank: ticks, remarks, what is no element. */
  private static final Set<Role> MAY_BE_BLANK =
      EnumSet.of(
          Role.TIER,
          Role.CITY,
          Role.MODE_PROACTIVE,
          Role.MODE_ON_REQUEST,
          Role.AUDIENCE_PUBLIC,
          Role.AUDIENCE_SPECIFIC,
          Role.CHANNEL,
          Role.NOTE,
          Role.DEPARTMENT,
          Role.CONTACT,
          Role.CATEGORY,
          Role.REMOVAL_REASON);

  /** Item levels: what names an item in its row (besides a running number). */
  private static final Set<Role> NAMES = EnumSet.of(Role.LEVEL1, Role.LEVEL2, Role.LEVEL3);

  /** Elements besides the item's name a row must fill to read as an item. */
  private static final int MIN_ELEMENTS = 3;

  /** Tick columns whose cells hold a mark or nothing (特定群体 may name a group). */
  private static final Set<Role> TICKS =
      EnumSet.of(Role.MODE_PROACTIVE, Role.MODE_ON_REQUEST, Role.AUDIENCE_PUBLIC, Role.CHANNEL);

  static Continuation of(TableGrid g, TableGrid before, TableLayout layout) {
    if (g.hidden()) {
      return NO; // a hidden sheet is no part of the printed table (gkml's own, renamed)
    }
    if (g.kind() == TableGrid.Kind.TABLE
        && before.kind() == TableGrid.Kind.TABLE
        && g.width() == before.width()) {
      return YES;
    }
    List<TableLayout.Column> columns = layout.columns();
    int n = columns.size();
    if (g.columnCount() > n || g.columnCount() < Math.max(MIN_ELEMENTS + 1, n / 2)) {
      return NO;
    }
    if (!readsAsItems(g, columns)) {
      return NO;
    }
    for (int c = g.columnCount(); c < n; c++) {
      Role role = columns.get(c).role();
      if (role != null && !MAY_BE_BLANK.contains(role)) {
        return UNSURE;
      }
    }
    return YES;
  }

  /**
   * Whether a row names an item (a running number, an item level) and fills at least three more of
   * the layout's elements, with a mark or nothing in each tick column.
   */
  private static boolean readsAsItems(TableGrid g, List<TableLayout.Column> columns) {
    for (int r = 0; r < g.rowCount(); r++) {
      boolean named = false;
      boolean foreign = false;
      int elements = 0;
      for (TableLayout.Column col : columns) {
        String text = g.own(r, col.index());
        if (col.role() == null || text.isEmpty()) {
          continue;
        }
        if (TICKS.contains(col.role()) && Marks.tick(text) == Marks.Tick.OTHER) {
          foreign = true; // words where that table has a tick: not one of its rows
        } else if (col.role() == Role.SEQ) {
          named |= text.matches("\\d{1,4}[.、]?");
        } else if (NAMES.contains(col.role())) {
          named = true;
        } else if (col.role() != Role.ID) {
          elements++;
        }
      }
      if (named && !foreign && elements >= MIN_ELEMENTS) {
        return true;
      }
    }
    return false;
  }
}
