package org.gkml.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The date a workbook cell shows. A date typed into a cell (公开时限 2025/3/1) is stored as a serial
 * number (45717) with a date format in the cell's style; the importer reads the cell as the text a
 * person sees in Excel, WPS or LibreOffice, not as the number. Numbers in other formats are left as
 * stored: formatting them (General in particular) would shorten a telephone number stored as a
 * number.
 */
final class CellDates {

  /**
   * Built-in formats Excel shows in the reader's own short-date style (14 m/d/yy, 22 m/d/yy h:mm):
   * a Chinese Excel shows 2025/3/1, an American one 3/1/25. Written unambiguously instead.
   */
  private static final Map<Integer, String> LOCALE_DATES =
      Map.of(14, "yyyy-mm-dd", 22, "yyyy-mm-dd hh:mm");

  /** The day after 9999-12-31, the last date Excel shows. */
  private static final double LAST_DAY = 2_958_466;

  /** Style index (the {@code s} attribute of a cell) to number format id, from cellXfs. */
  private final List<Integer> styleFormats;

  /** Format codes of the workbook's own number formats (ids 164 and up). */
  private final Map<Integer, String> codes;

  private final boolean date1904;

  CellDates(List<Integer> styleFormats, Map<Integer, String> codes, boolean date1904) {
    this.styleFormats = List.copyOf(styleFormats);
    this.codes = Map.copyOf(codes);
    this.date1904 = date1904;
  }

  /** A workbook without styles: no cell shows a date. */
  static CellDates none() {
    return new CellDates(List.of(), Map.of(), false);
  }

  /**
   * The date text of a number cell of an .xlsx sheet with style index {@code style} (null for the
   * default style), or null when the cell is not a date: not a number, or not in a date format.
   */
  String text(String raw, String style) {
    if (style == null || raw == null || raw.isBlank()) {
      return null;
    }
    int formatId;
    try {
      int s = Integer.parseInt(style.strip());
      if (s < 0 || s >= styleFormats.size()) {
        return null;
      }
      formatId = styleFormats.get(s);
    } catch (NumberFormatException e) {
      return null;
    }
    String code =
        codes.containsKey(formatId)
            ? codes.get(formatId)
            : BuiltinFormats.getBuiltinFormat(formatId);
    double value;
    try {
      value = Double.parseDouble(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
    return text(value, formatId, code, date1904);
  }

  /**
   * The date text of {@code value} shown in format {@code formatId} / {@code code}, or null when
   * the format is no date format or the number no date (negative, not finite).
   */
  static String text(double value, int formatId, String code, boolean date1904) {
    if (code == null
        || Double.isNaN(value)
        || Double.isInfinite(value)
        || !DateUtil.isValidExcelDate(value)
        || value >= LAST_DAY
        || !DateUtil.isADateFormat(formatId, code)) {
      return null;
    }
    String shown = LOCALE_DATES.getOrDefault(formatId, code);
    try {
      // CellFormat follows Excel's rules for quoted text (yyyy"年"m"月"d"日"), which
      // DataFormatter prints with its quotes
      return CellFormat.getInstance(Locale.ROOT, shown)
          .apply(DateUtil.getJavaDate(value, date1904))
          .text;
    } catch (RuntimeException e) {
      // a format CellFormat cannot apply ([DBNum1] Chinese numerals): the date, unambiguously
      return new DataFormatter(Locale.ROOT)
          .formatRawCellContents(value, -1, "yyyy-mm-dd", date1904);
    }
  }
}
