package org.gkml.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of one worksheet as a grid of cells, whatever file format it came from, with its merged
 * areas and the cells that held formulas. Cell text is as Excel shows it (numbers formatted,
 * formulas as their cached values), with line breaks as {@code \n}.
 */
final class SheetGrid {

  /** A merged area, inclusive bounds, 0-based. */
  record Area(int firstRow, int lastRow, int firstCol, int lastCol) {
    boolean isVertical() {
      return lastRow > firstRow;
    }

    int width() {
      return lastCol - firstCol + 1;
    }
  }

  /** Cells covered by merged areas that are indexed at most (a bound against hostile files). */
  static final long MAX_MERGED_CELLS = 4_000_000;

  private final String name;
  private final boolean hidden;
  private final List<String[]> rows;
  private final int columns;
  private final List<Area> merges;
  private final Map<Long, Area> mergeOf;
  private final List<long[]> formulas;

  SheetGrid(
      String name, boolean hidden, List<String[]> rows, List<Area> merges, List<long[]> formulas) {
    this.name = name;
    this.hidden = hidden;
    this.rows = rows;
    int cols = 0;
    for (String[] r : rows) {
      if (r != null) {
        cols = Math.max(cols, r.length);
      }
    }
    this.columns = cols;
    this.merges = List.copyOf(merges);
    this.formulas = List.copyOf(formulas);
    this.mergeOf = new HashMap<>();
    long budget = MAX_MERGED_CELLS;
    for (Area a : this.merges) {
      // clipped to the cells that exist: a hostile A1:XFD1048576 merge costs nothing
      int lastRow = Math.min(a.lastRow(), rows.size() - 1);
      int lastCol = Math.min(a.lastCol(), cols - 1);
      for (int r = a.firstRow(); r <= lastRow; r++) {
        for (int c = a.firstCol(); c <= lastCol && budget-- > 0; c++) {
          mergeOf.putIfAbsent(key(r, c), a);
        }
      }
    }
  }

  String name() {
    return name;
  }

  boolean hidden() {
    return hidden;
  }

  int rowCount() {
    return rows.size();
  }

  int columnCount() {
    return columns;
  }

  List<Area> merges() {
    return merges;
  }

  /** Cells that held formulas, as {row, column}. */
  List<long[]> formulas() {
    return formulas;
  }

  /** The cell's own text, "" when empty. */
  String own(int r, int c) {
    if (r < 0 || r >= rows.size()) {
      return "";
    }
    String[] row = rows.get(r);
    if (row == null || c < 0 || c >= row.length || row[c] == null) {
      return "";
    }
    return row[c];
  }

  /** The merged area a cell lies in, or null. */
  Area mergeAt(int r, int c) {
    return mergeOf.get(key(r, c));
  }

  /** The text shown in a cell: a merged area's text fills all of it (used for headers). */
  String shown(int r, int c) {
    Area a = mergeAt(r, c);
    return a == null ? own(r, c) : own(a.firstRow(), a.firstCol());
  }

  /**
   * The text of a cell as an item row reads it: a merged area's text fills down its first column
   * (一级事项 spanning rows) but not across (a cell spanning two columns is one value).
   */
  String down(int r, int c) {
    Area a = mergeAt(r, c);
    if (a == null) {
      return own(r, c);
    }
    return c == a.firstCol() ? own(a.firstRow(), a.firstCol()) : "";
  }

  /** A row's texts, for the hidden metadata sheet. */
  List<List<String>> texts() {
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        row.add(own(r, c));
      }
      int end = row.size();
      while (end > 0 && row.get(end - 1).isEmpty()) {
        end--;
      }
      out.add(row.subList(0, end));
    }
    return out;
  }

  private static long key(int r, int c) {
    return ((long) r << 20) | c;
  }
}
