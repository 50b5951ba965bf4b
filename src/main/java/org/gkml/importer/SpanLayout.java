package org.gkml.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the cells of a document's table (HTML, Word) the way a browser or Word shows them: each
 * cell takes the first free column of its row, and a cell spanning rows or columns (rowspan,
 * colspan, gridSpan, vMerge) keeps the positions it covers from later cells. The result is a {@link
 * TableGrid}, the model every reader produces.
 */
final class SpanLayout {
  /** Bounds on spans, against hostile files: HTML's own limits. */
  private static final int MAX_COLSPAN = 1000;

  private static final int MAX_ROWSPAN = 65534;

  private final String name;
  private final String caption;
  private final WorkbookReader.Budget budget;
  private final int maxColumns;
  private final List<String[]> rows = new ArrayList<>();
  private final List<TableGrid.Area> areas = new ArrayList<>();

  /** Positions of the current row covered by a span from an earlier row or cell. */
  private final Map<Long, Integer> taken = new HashMap<>();

  /** Areas that span rows and may still cover the rows to come. */
  private final List<Integer> active = new ArrayList<>();

  private int row = -1;
  private int column;

  /** Cells holding a picture not read as text, with the picture's name. */
  private final Map<TableGrid.Cell, String> pictures = new java.util.LinkedHashMap<>();

  /** The positions the widest row lays out so far, empty cells included. */
  private int width;

  SpanLayout(String name, String caption, WorkbookReader.Budget budget, int maxColumns) {
    this.name = name;
    this.caption = caption;
    this.budget = budget;
    this.maxColumns = maxColumns;
  }

  void startRow() {
    row++;
    column = 0;
    rows.add(null);
    taken.clear();
    active.removeIf(i -> areas.get(i).lastRow() < row);
    for (int i : active) {
      TableGrid.Area a = areas.get(i);
      for (int k = a.firstCol(); k <= a.lastCol(); k++) {
        taken.put(key(row, k), i);
      }
    }
  }

  /** The next cell of the current row; {@code rowSpan} 0 means "to the end of the table". */
  void cell(String text, int rowSpan, int colSpan) {
    cell(text, List.of(), rowSpan, colSpan);
  }

  /**
   * As above, for a cell that also holds {@code pictures} not read as text (their names): reported
   * where the table is read, so that what they show is not silently missing.
   */
  void cell(String text, List<String> pictures, int rowSpan, int colSpan) {
    skipTaken();
    int cs = Math.max(1, Math.min(colSpan, MAX_COLSPAN));
    int rs = rowSpan <= 0 ? MAX_ROWSPAN : Math.min(rowSpan, MAX_ROWSPAN);
    int c = column;
    column += cs;
    width = Math.max(width, Math.min(column, maxColumns));
    if (c >= maxColumns) {
      return;
    }
    if (!pictures.isEmpty()) {
      this.pictures.put(new TableGrid.Cell(row, c), String.join(", ", pictures));
    }
    put(row, c, text);
    if (rs > 1 || cs > 1) {
      int index = areas.size();
      areas.add(new TableGrid.Area(row, row + rs - 1, c, Math.min(c + cs, maxColumns) - 1));
      if (rs > 1) {
        active.add(index);
      }
      for (int k = 1; k < cs && c + k < maxColumns; k++) {
        taken.put(key(row, c + k), index);
      }
    }
  }

  /**
   * A Word cell that continues the merged cell above it (vMerge continue): the area above grows
   * down by one row; the cell's own text (Word leaves it empty) is dropped.
   */
  void continueAbove(int colSpan) {
    skipTaken();
    int cs = Math.max(1, Math.min(colSpan, MAX_COLSPAN));
    int c = column;
    column += cs;
    width = Math.max(width, Math.min(column, maxColumns));
    if (c >= maxColumns || row == 0) {
      return;
    }
    for (int i = areas.size() - 1; i >= 0; i--) {
      TableGrid.Area a = areas.get(i);
      if (a.firstCol() == c && a.lastRow() == row - 1) {
        areas.set(i, new TableGrid.Area(a.firstRow(), row, a.firstCol(), a.lastCol()));
        return;
      }
    }
    areas.add(new TableGrid.Area(row - 1, row, c, Math.min(c + cs, maxColumns) - 1));
  }

  /** Advances past the positions of the current row that spans from above already fill. */
  private void skipTaken() {
    while (true) {
      Integer index = taken.get(key(row, column));
      if (index == null) {
        return;
      }
      column = areas.get(index).lastCol() + 1;
    }
  }

  private void put(int r, int c, String text) {
    String t = WorkbookReader.clean(text);
    if (t.isEmpty()) {
      return;
    }
    budget.add(t.length());
    String[] cells = rows.get(r);
    if (cells == null || cells.length <= c) {
      String[] grown = new String[Math.max(c + 1, cells == null ? 8 : cells.length * 2)];
      if (cells != null) {
        System.arraycopy(cells, 0, grown, 0, cells.length);
      }
      cells = grown;
      rows.set(r, cells);
    }
    cells[c] = t;
  }

  TableGrid build() {
    List<TableGrid.Area> merges = new ArrayList<>();
    int last = rows.size() - 1;
    for (TableGrid.Area a : areas) {
      int lastRow = Math.min(a.lastRow(), last);
      if (lastRow > a.firstRow() || a.lastCol() > a.firstCol()) {
        merges.add(new TableGrid.Area(a.firstRow(), lastRow, a.firstCol(), a.lastCol()));
      }
    }
    return new TableGrid(name, TableGrid.Kind.TABLE, caption, false, rows, merges, pictures, width);
  }

  private static long key(int r, int c) {
    return ((long) r << 20) | c;
  }
}
