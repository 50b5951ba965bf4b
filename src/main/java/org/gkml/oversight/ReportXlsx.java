package org.gkml.oversight;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gkml.export.PackageDates;
import org.gkml.export.PackageZip;
import org.gkml.i18n.Messages;

/**
 * The report as a workbook, always in Chinese like the 修订对照表: a 概况 sheet with one row per region
 * and one column per domain (frozen header, filters on every column), and a 合计 sheet. Streamed, so
 * a province's rows never sit in memory at once; every cell is text or a number.
 */
final class ReportXlsx {
  static final String MATRIX_SHEET = "概况";
  static final String SUMMARY_SHEET = "合计";

  private ReportXlsx() {}

  static void write(ProvinceReport report, LocalDate date, OutputStream out) throws IOException {
    Messages messages = Messages.of(Locale.CHINESE);
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    try {
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);
      SXSSFSheet sheet = book.createSheet(MATRIX_SHEET);
      Row head = sheet.createRow(0);
      int col = 0;
      put(head, col++, messages.get("report.html.region"), header);
      put(head, col++, "名称", header);
      put(head, col++, messages.get("report.html.tier"), header);
      for (String d : report.domains()) {
        put(head, col++, d, header);
      }
      put(head, col, messages.get("report.html.last"), header);
      int r = 1;
      for (ProvinceReport.RegionRow region : report.regions()) {
        Row row = sheet.createRow(r++);
        int c = 0;
        put(row, c++, region.region().code().digits(), null);
        put(row, c++, region.region().name(), null);
        put(row, c++, region.region().tier().word(), null);
        for (ProvinceReport.DomainStatus d : region.domains().values()) {
          put(row, c++, ReportText.cell(d, messages), null);
        }
        put(row, c, region.last() == null ? "" : ReportText.last(region.last(), messages), null);
      }
      sheet.createFreezePane(3, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, col));
      sheet.setColumnWidth(0, 16 * 256);
      sheet.setColumnWidth(1, 20 * 256);
      for (int i = 3; i < col; i++) {
        sheet.setColumnWidth(i, 28 * 256);
      }
      sheet.setColumnWidth(col, 48 * 256);
      summary(book.createSheet(SUMMARY_SHEET), report, messages, header);
      // dated by the printed date, not POI's clock: the same tree gives the same bytes
      book.getXSSFWorkbook()
          .getProperties()
          .getCoreProperties()
          .setCreated(java.util.Optional.of(PackageDates.created(date)));
      PackageZip.write(book::write, date, out);
    } finally {
      book.close();
      book.dispose();
    }
  }

  private static void summary(
      Sheet sheet, ProvinceReport report, Messages messages, CellStyle header) {
    ProvinceReport.Summary s = report.summary();
    int r = 0;
    r = line(sheet, r, messages.get("report.html.regions"), s.regions(), header);
    for (ProvinceReport.Status status : s.statuses()) {
      r = line(sheet, r, messages.get(status.labelKey()), s.byStatus().get(status), header);
    }
    r = line(sheet, r, messages.get("report.html.custom"), s.custom(), header);
    r = line(sheet, r, messages.get("report.html.modified"), s.modified(), header);
    r = line(sheet, r, messages.get("report.html.removed"), s.removed(), header);
    line(sheet, r, messages.get("report.stale"), s.stale(), header);
    sheet.setColumnWidth(0, 24 * 256);
  }

  private static int line(Sheet sheet, int r, String label, int value, CellStyle header) {
    Row row = sheet.createRow(r);
    put(row, 0, label, header);
    row.createCell(1).setCellValue(value);
    return r + 1;
  }

  private static void put(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
