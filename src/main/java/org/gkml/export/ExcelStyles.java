package org.gkml.export;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of an exported workbook, created once per workbook (Excel limits their number).
 * Text is set in 宋体 (SimSun), the usual face of printed government tables; xlsx files name fonts
 * rather than embed them, and the GB2312 charset lets Excel and LibreOffice pick a CJK face when
 * SimSun is missing.
 */
final class ExcelStyles {
  /** The font family of every cell. */
  static final String FONT = "宋体";

  /** What a table cell shows, which decides its alignment and font. */
  enum Role {
    TEXT,
    CENTER,
    ID
  }

  final CellStyle title;
  final CellStyle info;
  final CellStyle header;
  final CellStyle text;
  final CellStyle center;
  final CellStyle link;
  private final Map<Role, CellStyle> plain = new EnumMap<>(Role.class);
  private final Map<Role, CellStyle> custom = new EnumMap<>(Role.class);

  ExcelStyles(Workbook wb) {
    short textFormat = wb.createDataFormat().getFormat("@");
    Font body = font(wb, 10, false);
    Font bold = font(wb, 10, true);
    Font big = font(wb, 16, true);
    Font small = font(wb, 9, false);
    Font id = font(wb, 8, false);
    id.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    Font linkFont = font(wb, 10, false);
    linkFont.setUnderline(Font.U_SINGLE);
    linkFont.setColor(IndexedColors.BLUE.getIndex());

    title = wb.createCellStyle();
    title.setFont(big);
    title.setAlignment(HorizontalAlignment.CENTER);
    title.setVerticalAlignment(VerticalAlignment.CENTER);
    title.setDataFormat(textFormat);

    info = wb.createCellStyle();
    info.setFont(small);
    info.setWrapText(true);
    info.setAlignment(HorizontalAlignment.LEFT);
    info.setVerticalAlignment(VerticalAlignment.CENTER);
    info.setDataFormat(textFormat);

    header = bordered(wb, bold, HorizontalAlignment.CENTER, textFormat);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    text = bordered(wb, body, HorizontalAlignment.LEFT, textFormat);
    center = bordered(wb, body, HorizontalAlignment.CENTER, textFormat);
    link = bordered(wb, linkFont, HorizontalAlignment.LEFT, textFormat);

    for (Role r : Role.values()) {
      Font f = r == Role.ID ? id : body;
      HorizontalAlignment a =
          r == Role.TEXT ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER;
      plain.put(r, bordered(wb, f, a, textFormat));
      CellStyle marked = bordered(wb, f, a, textFormat);
      // 个性 rows: a pale fill that still prints legibly in black and white
      marked.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      custom.put(r, marked);
    }
  }

  /**
   * Gives the workbook a Normal cell style in the tables' face: POI writes none, and the default
   * font (font 0, which Normal uses) is Calibri, which has no CJK glyphs.
   */
  static void normalStyle(org.apache.poi.xssf.usermodel.XSSFWorkbook wb) {
    org.apache.poi.xssf.usermodel.XSSFFont base = wb.getFontAt(0);
    base.setFontName(FONT);
    base.setCharSet(FontCharset.GB2312.getValue());
    // <cellStyles> goes right after <cellXfs>; POI's slimmed schema classes lack its type, so it is
    // written with a cursor
    var sheet = wb.getStylesSource().getCTStylesheet();
    String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    try (org.apache.xmlbeans.XmlCursor c = sheet.newCursor()) {
      if (c.toChild(ns, "cellStyles") || !c.toChild(ns, "cellXfs")) {
        return;
      }
      c.toEndToken();
      c.toNextToken();
      c.beginElement(new javax.xml.namespace.QName(ns, "cellStyles"));
      c.insertAttributeWithValue("count", "1");
      c.beginElement(new javax.xml.namespace.QName(ns, "cellStyle"));
      c.insertAttributeWithValue("name", "Normal");
      c.insertAttributeWithValue("xfId", "0");
      c.insertAttributeWithValue("builtinId", "0");
    }
  }

  /** The style of an item cell. */
  CellStyle cell(Role role, boolean isCustom) {
    return (isCustom ? custom : plain).get(role);
  }

  private static Font font(Workbook wb, int points, boolean bold) {
    Font f = wb.createFont();
    f.setFontName(FONT);
    f.setFontHeightInPoints((short) points);
    f.setBold(bold);
    f.setCharSet(FontCharset.GB2312.getValue());
    return f;
  }

  private static CellStyle bordered(
      Workbook wb, Font font, HorizontalAlignment align, short format) {
    CellStyle s = wb.createCellStyle();
    s.setFont(font);
    s.setWrapText(true);
    s.setAlignment(align);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setDataFormat(format);
    return s;
  }
}
