package org.gkml.importer;

import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.util.CellReference;
import org.gkml.i18n.Messages;
import org.gkml.model.Severity;

/**
 * One line of the import report: something in the file that could not be used as it stood, or a
 * judgement made while reading it, at {@code sheet!cell} or {@code table N row R col C} (either
 * part may be null for the whole file or table). Errors are required elements a table lacks;
 * warnings are everything else that was not used or was read with a guess. The message is a key of
 * {@code Messages.properties} with its arguments.
 */
public record ImportNote(
    Severity severity, String sheet, String cell, String key, List<Object> args) {

  public ImportNote {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(key);
    args = List.copyOf(args);
  }

  static ImportNote error(String sheet, String cell, String key, Object... args) {
    return new ImportNote(Severity.ERROR, sheet, cell, key, List.of(args));
  }

  /** A judgement made while reading (a 同上 resolved, a row joined to the item above). */
  static ImportNote info(String sheet, String cell, String key, Object... args) {
    return new ImportNote(Severity.INFO, sheet, cell, key, List.of(args));
  }

  static ImportNote warning(String sheet, String cell, String key, Object... args) {
    return new ImportNote(Severity.WARNING, sheet, cell, key, List.of(args));
  }

  /** {@code C5} for a 0-based row and column. */
  static String ref(int row, int col) {
    return CellReference.convertNumToColString(col) + (row + 1);
  }

  /** {@code C5:C30}, or a single reference when the range is one cell. */
  static String range(int firstRow, int firstCol, int lastRow, int lastCol) {
    String a = ref(firstRow, firstCol);
    String b = ref(lastRow, lastCol);
    return a.equals(b) ? a : a + ":" + b;
  }

  /** {@code file:sheet!C5: warning: message}, as the report prints it. */
  public String render(String file, Messages messages) {
    StringBuilder where = new StringBuilder(file);
    if (sheet != null) {
      where.append(':').append(where(sheet, cell, messages));
    }
    return where + ": " + severity.word() + ": " + messages.get(key, args.toArray());
  }

  /**
   * {@code sheet!C5}, or a document's table in the report's language ({@code table 2 row 5 col 3},
   * {@code 第 2 个表格第 5 行第 3 列}): a place as the report names it ({@link Place}).
   */
  public static String where(String sheet, String cell, Messages messages) {
    return Place.shown(sheet, cell, messages);
  }
}
