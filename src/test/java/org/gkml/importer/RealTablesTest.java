package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gkml.model.ChannelVocabulary;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The twenty real published tables of {@code reference/tables} (copied to the test resources), each
 * imported as the saved web page, and as an .xlsx and a .docx built here with POI from the page's
 * table model, so all three readers feed the one interpreter. Each table and format must reach the
 * floor of cells read as a person reads them ({@link CellScore}); the floor is what the importer
 * reaches today, so a regression fails.
 */
class RealTablesTest {
  static final Path TABLES = Path.of("src", "test", "resources", "import", "published");

  /** Cells right per table and format, at least. */
  private static final double FLOOR = 1.0;

  private static final ChannelVocabulary VOCABULARY = ChannelVocabulary.standard();

  @TempDir Path dir;

  static Stream<Arguments> tables() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(TABLES)) {
      for (Path p : s.filter(Files::isDirectory).sorted().toList()) {
        for (String format : List.of("html", "xlsx", "docx")) {
          out.add(Arguments.of(p.getFileName().toString(), format));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("tables")
  void everyCellReadsAsPublished(String table, String format) throws Exception {
    Path folder = TABLES.resolve(table);
    Path html = folder.resolve("raw.html");
    Path file =
        switch (format) {
          case "html" -> html;
          case "xlsx" -> xlsx(grids(html), dir.resolve("t.bin"));
          default -> docx(grids(html), dir.resolve("t.data"));
        };
    ImportResult result = new TableImporter(VOCABULARY).read(file, null, table + "." + format);
    CellScore.Score score =
        CellScore.score(CellScore.expected(folder.resolve("expected.csv")), result.rows());
    System.out.printf(
        Locale.ROOT,
        "cells-right %s %s %d/%d %.1f%%%n",
        table,
        format,
        score.right(),
        score.total(),
        100 * score.share());
    score.wrong().forEach(w -> System.out.println("  " + w));
    assertThat(score.share())
        .as(table + " as " + format + ": " + score.wrong())
        .isGreaterThanOrEqualTo(FLOOR);
  }

  static List<TableGrid> grids(Path html) throws IOException {
    return HtmlTables.read(html, WorkbookReader.Limits.defaults());
  }

  /** A workbook with one sheet per table, merged cells as merged regions, the caption on top. */
  static Path xlsx(List<TableGrid> grids, Path target) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (TableGrid g : grids) {
        Sheet sheet = wb.createSheet("Sheet" + (wb.getNumberOfSheets() + 1));
        int offset = 0;
        if (!g.caption().isEmpty()) {
          sheet.createRow(0).createCell(0).setCellValue(g.caption());
          offset = 1;
        }
        for (int r = 0; r < g.rowCount(); r++) {
          Row row = sheet.createRow(r + offset);
          for (int c = 0; c < g.columnCount(); c++) {
            String text = g.own(r, c);
            if (!text.isEmpty()) {
              Cell cell = row.createCell(c);
              cell.setCellValue(text);
            }
          }
        }
        for (TableGrid.Area a : g.merges()) {
          sheet.addMergedRegion(
              new CellRangeAddress(
                  a.firstRow() + offset, a.lastRow() + offset, a.firstCol(), a.lastCol()));
        }
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        wb.write(out);
      }
    }
    return target;
  }

  /** A Word document: the caption as a paragraph, then each table with gridSpan and vMerge. */
  static Path docx(List<TableGrid> grids, Path target) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (TableGrid g : grids) {
        if (!g.caption().isEmpty()) {
          doc.createParagraph().createRun().setText(g.caption());
        }
        // every position the table lays out, empty cells included, as Word stores them
        int cols = Math.max(1, g.width());
        XWPFTable table = doc.createTable(Math.max(1, g.rowCount()), 1);
        for (int r = 0; r < g.rowCount(); r++) {
          XWPFTableRow row = table.getRow(r);
          while (row.getTableCells().size() > 0) {
            row.removeCell(0);
          }
          for (int c = 0; c < cols; ) {
            TableGrid.Area a = g.mergeAt(r, c);
            int width = a == null ? 1 : a.width();
            XWPFTableCell cell = row.addNewTableCell();
            CTTcPr pr =
                cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            if (width > 1) {
              pr.addNewGridSpan().setVal(BigInteger.valueOf(width));
            }
            if (a != null && a.isVertical()) {
              pr.addNewVMerge().setVal(a.firstRow() == r ? STMerge.RESTART : STMerge.CONTINUE);
            }
            if (a == null || a.firstRow() == r) {
              setText(cell, g.own(r, c));
            }
            c += width;
          }
        }
        doc.createParagraph();
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        doc.write(out);
      }
    }
    return target;
  }

  private static void setText(XWPFTableCell cell, String text) {
    String[] lines = text.split("\n", -1);
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.createRun().setText(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      cell.addParagraph().createRun().setText(lines[i]);
    }
  }
}
