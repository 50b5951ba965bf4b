package org.gkml.diff.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.diff.Change;
import org.gkml.diff.ChangeClass;
import org.gkml.diff.ChangeKind;
import org.gkml.diff.DiffResult;
import org.gkml.diff.Impact;
import org.gkml.diff.RevisionNote;
import org.gkml.error.GkmlException;
import org.gkml.export.SheetNames;
import org.gkml.i18n.Messages;

/**
 * The 修订对照表 (revision comparison table) as an Excel workbook: a summary sheet, then a sheet per
 * domain with one row per change — 事项编号, 一级事项, 二级事项, 字段, 修改前, 修改后, 变更类型, and 区域 — and a sheet of
 * broken overlays when there are any. Always in Chinese, the language of the reviews it goes to.
 * Every cell is a text cell; values that look like formulas ({@code =}, {@code +}, {@code -},
 * {@code @}) are also quote-prefixed, so no spreadsheet ever evaluates them.
 */
final class XlsxDiffReport {
  static final String SUMMARY_SHEET = "汇总";
  static final String IMPACT_SHEET = "下游影响";
  static final String REVISION_SHEET = "修订说明";
  static final List<String> COLUMNS =
      List.of("事项编号", "一级事项", "二级事项", "字段", "修改前", "修改后", "变更类型", "区域");

  /** Characters an Excel cell holds. */
  private static final int CELL_LIMIT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private final Messages messages = Messages.of(Locale.CHINESE);
  private final XSSFWorkbook book = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle formulaLike;
  private final XSSFFont deleted;
  private final XSSFFont inserted;

  private XlsxDiffReport() {
    Font bold = book.createFont();
    bold.setBold(true);
    header = book.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    borders(header);
    text = book.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    borders(text);
    formulaLike = book.createCellStyle();
    formulaLike.cloneStyleFrom(text);
    ((XSSFCellStyle) formulaLike).setQuotePrefixed(true);
    deleted = book.createFont();
    deleted.setStrikeout(true);
    deleted.setColor(IndexedColors.RED.getIndex());
    inserted = book.createFont();
    inserted.setUnderline(Font.U_SINGLE);
    inserted.setColor(IndexedColors.GREEN.getIndex());
  }

  /**
   * Writes the workbook; {@code date} dates the package (its properties and zip entries), so the
   * same diff gives the same bytes.
   */
  static void write(DiffResult result, java.time.LocalDate date, OutputStream out)
      throws IOException {
    XlsxDiffReport r = new XlsxDiffReport();
    try (XSSFWorkbook book = r.book) {
      r.report(result);
      var core = book.getProperties().getCoreProperties();
      core.setCreated(java.util.Optional.of(org.gkml.export.PackageDates.created(date)));
      core.setTitle("修订对照表");
      core.setCreator("gkml");
      book.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("gkml");
      org.gkml.export.PackageZip.write(book::write, date, out);
    }
  }

  private void report(DiffResult result) {
    Map<String, List<Change>> byDomain = new LinkedHashMap<>();
    for (Change c : result.changes()) {
      byDomain.computeIfAbsent(c.domain(), d -> new ArrayList<>()).add(c);
    }
    summary(result, byDomain);
    SheetNames names = new SheetNames(SUMMARY_SHEET, IMPACT_SHEET, REVISION_SHEET);
    byDomain.forEach((domain, changes) -> domainSheet(names.add(domain), changes));
    if (!result.revisions().isEmpty()) {
      revisions(result.revisions());
    }
    if (!result.impacts().isEmpty()) {
      impacts(result.impacts());
    }
  }

  private void summary(DiffResult result, Map<String, List<Change>> byDomain) {
    XSSFSheet sheet = book.createSheet(SUMMARY_SHEET);
    int r = 0;
    row(sheet, r++, text, "修订前", result.oldLabel());
    row(sheet, r++, text, "修订后", result.newLabel());
    r++;
    row(
        sheet,
        r++,
        header,
        "领域",
        label(ChangeClass.BREAKING),
        label(ChangeClass.CHANGED),
        label(ChangeClass.ADDITIVE),
        "合计");
    for (Map.Entry<String, List<Change>> e : byDomain.entrySet()) {
      List<Change> changes = e.getValue();
      row(
          sheet,
          r++,
          text,
          e.getKey(),
          count(changes, ChangeClass.BREAKING),
          count(changes, ChangeClass.CHANGED),
          count(changes, ChangeClass.ADDITIVE),
          count(changes.size()));
    }
    row(
        sheet,
        r++,
        header,
        "合计",
        count(result.count(ChangeClass.BREAKING)),
        count(result.count(ChangeClass.CHANGED)),
        count(result.count(ChangeClass.ADDITIVE)),
        count(result.changes().size()));
    if (!result.revisions().isEmpty()) {
      r++;
      row(sheet, r++, text, REVISION_SHEET, count(result.revisions().size()));
    }
    if (!result.impacts().isEmpty()) {
      r++;
      row(sheet, r, text, IMPACT_SHEET, count(result.impacts().size()));
    }
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 40 * 256);
    for (int c = 2; c <= 4; c++) {
      sheet.setColumnWidth(c, 14 * 256);
    }
  }

  private void domainSheet(String name, List<Change> changes) {
    XSSFSheet sheet = book.createSheet(name);
    row(sheet, 0, header, COLUMNS.toArray(String[]::new));
    int r = 1;
    for (Change c : changes) {
      Row row = sheet.createRow(r++);
      put(row, 0, c.item() == null ? "" : c.item());
      put(row, 1, nonNull(c.subject().level1()));
      put(row, 2, nonNull(c.subject().level2()));
      put(row, 3, field(c));
      c.accept(new Values(row));
      put(row, 6, label(c.changeClass()));
      put(row, 7, c.region() == null ? messages.get("diff.basic") : c.region());
    }
    int[] widths = {18, 18, 22, 14, 48, 48, 14, 14};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, COLUMNS.size() - 1));
  }

  /**
   * Writes a change's 修改前 and 修改后 cells (columns 4 and 5) into its row; lists as the whole lists,
   * the cells a reviewer compares.
   */
  private final class Values implements ValueCells<Void> {
    private final Row row;

    Values(Row row) {
      this.row = row;
    }

    @Override
    public Void inline(Change.TextChanged c) {
      put(row, 4, c.before());
      XlsxDiffReport.this.inline(row.createCell(5), c.before(), c.after());
      return null;
    }

    @Override
    public Void list(Change.ListChanged c) {
      return plain(c);
    }

    @Override
    public Void applicability(Change.ApplicabilityChanged c) {
      put(row, 4, ValueText.applicability(c.was(), messages));
      put(row, 5, ValueText.applicability(c.now(), messages));
      return null;
    }

    /** The whole records, one entry a line, as lists are shown here. */
    @Override
    public Void revisions(Change.RevisionsChanged c) {
      put(row, 4, String.join("\n", ValueText.revisions(c.before(), messages)));
      put(row, 5, String.join("\n", ValueText.revisions(c.after(), messages)));
      return null;
    }

    @Override
    public Void plain(Change c) {
      put(row, 4, String.join("\n", ValueText.lines(c, true, messages)));
      put(row, 5, String.join("\n", ValueText.lines(c, false, messages)));
      return null;
    }
  }

  /** The 修订说明 of the revisions between the two sides, one row each. */
  private void revisions(List<RevisionNote> notes) {
    XSSFSheet sheet = book.createSheet(REVISION_SHEET);
    row(sheet, 0, header, RevisionColumns.headers(messages).toArray(String[]::new));
    int r = 1;
    for (RevisionNote n : notes) {
      row(sheet, r++, text, RevisionColumns.cells(n, messages).toArray(String[]::new));
    }
    int[] widths = {18, 14, 12, 12, 14, 60, 18};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private void impacts(List<Impact> impacts) {
    XSSFSheet sheet = book.createSheet(IMPACT_SHEET);
    row(sheet, 0, header, "文件", "行", "领域", "区域", "事项编号", "规则", "说明");
    int r = 1;
    for (Impact i : impacts) {
      row(
          sheet,
          r++,
          text,
          i.loc().file().display(),
          Integer.toString(i.loc().line()),
          i.domain(),
          nonNull(i.region()),
          nonNull(i.item()),
          i.rule().id(),
          i.message());
    }
    sheet.setColumnWidth(0, 60 * 256);
    sheet.setColumnWidth(6, 80 * 256);
  }

  /** 字段: the field's label for a modification, what happened for a whole item. */
  private String field(Change c) {
    return c.kind() == ChangeKind.MODIFIED
        ? ValueText.fieldLabel(c.field(), messages)
        : ValueText.kindLabel(c.kind(), messages);
  }

  /**
   * The new text with deletions struck through and insertions underlined, one run per segment. Runs
   * are appended (applying a font to a range rebuilds every run, quadratic in their number); when
   * old and new together exceed what a cell holds, the new text is shown plain.
   */
  private void inline(Cell cell, String before, String after) {
    List<InlineDiff.Segment> segments = InlineDiff.of(before, after);
    int length = segments.stream().mapToInt(s -> s.text().length()).sum();
    if (length > CELL_LIMIT) {
      put(cell, after);
      return;
    }
    XSSFRichTextString rich = new XSSFRichTextString();
    StringBuilder all = new StringBuilder(length);
    for (InlineDiff.Segment s : segments) {
      all.append(s.text());
      rich.append(
          s.text(),
          switch (s.op()) {
            case DELETE -> deleted;
            case INSERT -> inserted;
            case EQUAL -> null;
          });
    }
    CellStyle style = styleFor(all.toString()); // first: it refuses a value too long
    cell.setCellValue(rich);
    cell.setCellStyle(style);
  }

  private void row(XSSFSheet sheet, int r, CellStyle style, String... values) {
    Row row = sheet.createRow(r);
    for (int i = 0; i < values.length; i++) {
      Cell cell = row.createCell(i);
      CellStyle s = styleFor(values[i]);
      cell.setCellValue(values[i]);
      cell.setCellStyle(style == text ? s : style);
    }
  }

  /** A literal text cell, never a formula. */
  private void put(Row row, int column, String value) {
    put(row.createCell(column), value);
  }

  private void put(Cell cell, String value) {
    CellStyle style = styleFor(value);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /**
   * The style of a text cell; every text cell passes here, so here a value too long for Excel is
   * refused with a clear message (the trees diff compares need not have been validated, and GK110
   * would say the same) rather than an internal error halfway through the workbook.
   */
  private CellStyle styleFor(String value) {
    if (value.length() > CELL_LIMIT) {
      throw GkmlException.usage("diff.cellTooLong", value.length(), CELL_LIMIT);
    }
    return looksLikeFormula(value) ? formulaLike : text;
  }

  static boolean looksLikeFormula(String value) {
    return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
  }

  private String label(ChangeClass c) {
    return ValueText.classLabel(c, messages);
  }

  private static String count(List<Change> changes, ChangeClass c) {
    return count(changes.stream().filter(x -> x.changeClass() == c).count());
  }

  private static String count(long n) {
    return Long.toString(n);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static void borders(CellStyle s) {
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
  }
}
