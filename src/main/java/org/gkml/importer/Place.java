package org.gkml.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.i18n.Messages;

/**
 * A place in an imported file as the report names it: a workbook's {@code sheet!C5}, or a web
 * page's or Word document's table in the reader's language ({@code table 2 row 5 col 3}, {@code 第 2
 * 个表格第 5 行第 3 列}). The readers name a document's tables {@code table N} and their cells {@code row
 * R col C} ({@link TableGrid}); the report says them in words of the bundle, as it says the rest. A
 * sheet of a workbook is named as its tab says, and its cells as Excel does, in every language.
 */
final class Place {
  private static final Pattern TABLE = Pattern.compile("table (\\d+)");
  private static final Pattern CELL = Pattern.compile("row (\\d+) col (\\d+)");
  private static final Pattern CELLS = Pattern.compile("rows (\\d+)-(\\d+) col (\\d+)");

  private Place() {}

  /**
   * The place of {@code sheet} and {@code cell} (null for the whole sheet or table): a string for a
   * sheet's, a text of the bundle for a document table's, to be shown in the report's language.
   */
  static Object of(String sheet, String cell) {
    Matcher table = TABLE.matcher(sheet);
    if (table.matches() && (cell == null || cell.startsWith("row"))) {
      String n = table.group(1);
      if (cell == null) {
        return new Messages.Text("import.place.table", n);
      }
      Matcher one = CELL.matcher(cell);
      if (one.matches()) {
        return new Messages.Text("import.place.tableCell", n, one.group(1), one.group(2));
      }
      Matcher rows = CELLS.matcher(cell);
      if (rows.matches()) {
        return new Messages.Text(
            "import.place.tableCells", n, rows.group(1), rows.group(2), rows.group(3));
      }
    }
    return cell == null ? sheet : sheet + (cell.startsWith("row") ? ' ' : '!') + cell;
  }

  /** {@link #of} as {@code messages} shows it. */
  static String shown(String sheet, String cell, Messages messages) {
    Object place = of(sheet, cell);
    return place instanceof Messages.Text t ? messages.get(t.key(), t.args()) : place.toString();
  }
}
