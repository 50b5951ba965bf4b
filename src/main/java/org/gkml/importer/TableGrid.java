package org.gkml.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table model every reader produces (STYLE #23): a worksheet, a web page's {@code <table>}
 * or a Word table as a grid of cell texts with its merged areas (rowspan/colspan, Excel merges,
 * Word gridSpan/vMerge), the cells that held formulas, the text printed above it (caption, title
 * paragraphs) and how its positions are named in the report ({@code sheet!B7} or {@code table 2 row
 * 5}). Cell text is as shown (numbers formatted, formulas as their cached values), with line breaks
 * as {@code \n}. The interpreter ({@link TableLayout}, {@link TableReader}) never asks which format
 * a grid came from.
 */
final class TableGrid {

  /** How the report names a position: spreadsheet cells, or rows of a document's table. */
  enum Kind {
    SHEET,
    TABLE
  }

  /** A merged area, inclusive bounds, 0-based. */
  /** A cell by its zero-based row and column. */
  record Cell(int row, int column) {}

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
  private final Kind kind;
  private final String caption;
  private final boolean hidden;
  private final List<String[]> rows;
  private final int columns;
  private final int width;
  private final List<Area> merges;
  private final Map<Long, Area> mergeOf;
  private final List<Cell> formulas;
  private final java.util.Set<Cell> unsaved;
  private final Map<Cell, String> pictures = new java.util.LinkedHashMap<>();

  /** A worksheet: its formulas with a saved value, and those without one. */
  TableGrid(
      String name,
      boolean hidden,
      List<String[]> rows,
      List<Area> merges,
      List<Cell> formulas,
      List<Cell> unsaved) {
    this(name, Kind.SHEET, "", hidden, rows, merges, formulas, unsaved, 0);
  }

  /**
   * A document's table; {@code width}: the positions its widest row lays out, empty cells included
   * (a column empty in every row still has its cells in a web page or Word table); {@code
   * pictures}: its cells holding a picture that could not be read as text, each with what names it
   * (its file name).
   */
  TableGrid(
      String name,
      Kind kind,
      String caption,
      boolean hidden,
      List<String[]> rows,
      List<Area> merges,
      Map<Cell, String> pictures,
      int width) {
    this(name, kind, caption, hidden, rows, merges, List.of(), List.of(), width);
    this.pictures.putAll(pictures);
  }

  private TableGrid(
      String name,
      Kind kind,
      String caption,
      boolean hidden,
      List<String[]> rows,
      List<Area> merges,
      List<Cell> formulas,
      List<Cell> unsaved,
      int width) {
    this.name = name;
    this.kind = kind;
    this.caption = caption == null ? "" : caption.strip();
    this.hidden = hidden;
    this.rows = rows;
    int cols = 0;
    for (String[] r : rows) {
      if (r != null) {
        // arrays grow by doubling: count up to the last cell that holds text
        int last = r.length - 1;
        while (last >= 0 && r[last] == null) {
          last--;
        }
        cols = Math.max(cols, last + 1);
      }
    }
    this.columns = cols;
    this.width = Math.max(cols, width);
    this.merges = List.copyOf(merges);
    this.formulas = List.copyOf(formulas);
    this.unsaved = new java.util.LinkedHashSet<>(unsaved);
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

  Kind kind() {
    return kind;
  }

  /** Text printed with the table but outside it: a caption or title paragraphs; may be "". */
  String caption() {
    return caption;
  }

  /**
   * A position as the report names it: {@code B7} in a sheet, {@code row 7 col 2} in a document's
   * table (1-based, counted as the page shows them, spans included).
   */
  String ref(int r, int c) {
    return kind == Kind.SHEET ? ImportNote.ref(r, c) : "row " + (r + 1) + " col " + (c + 1);
  }

  /** A range of one column, for a whole column's report line. */
  String range(int firstRow, int col, int lastRow) {
    if (kind == Kind.SHEET) {
      return ImportNote.range(firstRow, col, lastRow, col);
    }
    return firstRow == lastRow
        ? ref(firstRow, col)
        : "rows " + (firstRow + 1) + "-" + (lastRow + 1) + " col " + (col + 1);
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

  /**
   * How many columns the table lays out: for a document's table the positions of its widest row,
   * empty cells included; for a sheet, whose empty cells may not be stored at all, the columns up
   * to the last one holding text ({@link #columnCount()}).
   */
  int width() {
    return width;
  }

  List<Area> merges() {
    return merges;
  }

  /** Cells that held formulas with a saved value (read as that value). */
  List<Cell> formulas() {
    return formulas;
  }

  /**
   * Cells that held formulas without a saved value (a file written by a program that does not
   * calculate): read as empty, since the value is not in the file.
   */
  List<Cell> unsavedFormulas() {
    return List.copyOf(unsaved);
  }

  /**
   * Cells holding a picture that could not be read as text (a tick drawn as an image without a tick
   * for its alt text), each with the picture's file name: what it shows was not read.
   */
  Map<Cell, String> pictures() {
    return java.util.Collections.unmodifiableMap(pictures);
  }

  /** Whether the cell held a formula without a saved value. */
  boolean isUnsavedFormula(int r, int c) {
    return unsaved.contains(new Cell(r, c));
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
