package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;

/**
 * A mutation fuzzer for the importer (issue 11): the shipped sample catalogues exported as official
 * tables, then damaged with POI (wrong cell types, formulas, error cells, huge and control-laden
 * text, rows deleted, repeated or merged, sheets renamed, added or dropped) or at the byte level,
 * and read back through the public {@code import xlsx} command in-process. Whatever the damage:
 * exit 0, 1 or 2, no internal error or stack trace, an end within a time limit, no raw control
 * character in the notes, and the same result twice.
 */
class ImporterFuzzTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final Pattern RAW =
      Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069]");
  private static Path seedDir;
  private static byte[] seed;

  private Path dir;

  /** What a mutation does to the workbook. */
  enum Kind {
    NUMBER,
    BOOLEAN,
    FORMULA,
    ERROR,
    DATE,
    HUGE_TEXT,
    CONTROL_TEXT,
    BLANK,
    REMOVE_ROW,
    REPEAT_ROW,
    MERGE,
    SWAP_CELLS,
    RENAME_SHEET,
    ADD_SHEET,
    REMOVE_SHEET,
    FLIP_BYTE,
    TRUNCATE
  }

  /** One mutation: a kind and where it hits (taken modulo the workbook's sizes). */
  record Mutation(Kind kind, int sheet, int row, int column, int variant) {}

  @BeforeContainer
  static void exportShippedCatalogues() throws IOException {
    seedDir = Files.createTempDirectory("gkml-importer-fuzz");
    Path root = seedDir.resolve("catalogs");
    TestCatalogs.copy(Path.of("catalogs"), root);
    Path table = seedDir.resolve("seed.xlsx");
    CliRun export =
        CliRun.of("export", "xlsx", "--root", root.toString(), "-o", table.toString(), "-q");
    assertThat(export.code()).as(export.err()).isZero();
    seed = Files.readAllBytes(table);
  }

  @AfterContainer
  static void removeSeed() throws IOException {
    FuzzFiles.delete(seedDir);
  }

  @BeforeTry
  void folder() throws IOException {
    dir = Files.createTempDirectory("gkml-importer-try");
  }

  @AfterTry
  void removeFolder() throws IOException {
    FuzzFiles.delete(dir);
  }

  @Property(tries = 10, seed = "20261206")
  void anyDamagedTableEndsCleanlyAndDeterministically(@ForAll("mutations") List<Mutation> mutations)
      throws IOException {
    Path file = dir.resolve("table.xlsx");
    Files.write(file, mutate(mutations));
    CliRun first =
        assertTimeoutPreemptively(LIMIT, () -> CliRun.of("import", "xlsx", file.toString()));
    LoaderFuzzTest.assertClean(first, mutations);
    assertThat(RAW.matcher(first.err()).find()).as("raw control in %s", first.err()).isFalse();
    CliRun second =
        assertTimeoutPreemptively(LIMIT, () -> CliRun.of("import", "xlsx", file.toString()));
    assertThat(second).as("the same result twice for %s", mutations).isEqualTo(first);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 7))
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  private static byte[] mutate(List<Mutation> mutations) throws IOException {
    byte[] bytes;
    try (InputStream in = new java.io.ByteArrayInputStream(seed);
        Workbook book = new XSSFWorkbook(in)) {
      for (Mutation m : mutations) {
        cells(book, m);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      bytes = out.toByteArray();
    }
    for (Mutation m : mutations) {
      if (m.kind() == Kind.FLIP_BYTE) {
        bytes[Math.floorMod(m.row() * 7919 + m.column() * 104729, bytes.length)] ^=
            (byte) (1 << m.variant());
      } else if (m.kind() == Kind.TRUNCATE) {
        bytes = Arrays.copyOf(bytes, Math.floorMod(m.row() * 7919 + m.column(), bytes.length));
      }
    }
    return bytes;
  }

  private static void cells(Workbook book, Mutation m) {
    if (book.getNumberOfSheets() == 0) {
      return;
    }
    int index = m.sheet() % book.getNumberOfSheets();
    Sheet sheet = book.getSheetAt(index);
    int rows = Math.max(1, sheet.getLastRowNum() + 1);
    int r = m.row() % rows;
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    Cell cell =
        row.getCell(m.column()) == null ? row.createCell(m.column()) : row.getCell(m.column());
    switch (m.kind()) {
      case NUMBER ->
          cell.setCellValue(new double[] {0, -1, 1e308, Double.NaN, 3.5, 1, 2, 99}[m.variant()]);
      case BOOLEAN -> cell.setCellValue(m.variant() % 2 == 0);
      case FORMULA ->
          cell.setCellFormula(
              new String[] {
                    "1/0",
                    "A1&B1",
                    "SUM(A1:Z99)",
                    "\"同上\"",
                    "INDIRECT(\"A1\")",
                    "NA()",
                    "REPT(\"长\",30000)",
                    "ROW()"
                  }
                  [m.variant()]);
      case ERROR -> cell.setCellErrorValue(FormulaError.values()[m.variant()].getCode());
      case DATE -> cell.setCellValue(java.time.LocalDateTime.of(2025, 1 + m.variant(), 1, 0, 0));
      case HUGE_TEXT -> cell.setCellValue("长".repeat(32_000));
      case CONTROL_TEXT ->
          cell.setCellValue(
              new String[] {
                    "\u001B[2J0 errors",
                    "行\n伪造",
                    "\u202E主动",
                    "\r",
                    "\u0007",
                    "\u0085",
                    "\u2028",
                    "\t□"
                  }
                  [m.variant()]);
      case BLANK -> cell.setBlank();
      case REMOVE_ROW -> sheet.removeRow(row);
      case REPEAT_ROW -> {
        Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
        for (Cell c : row) {
          copy.createCell(c.getColumnIndex()).setCellValue(c.toString());
        }
      }
      case MERGE -> {
        CellRangeAddress range =
            new CellRangeAddress(r, r + m.variant() % 3, m.column(), m.column() + m.variant() % 2);
        if (range.getNumberOfCells() > 1
            && sheet.getMergedRegions().stream().noneMatch(range::intersects)) {
          sheet.addMergedRegion(range);
        }
      }
      case SWAP_CELLS -> {
        Cell other =
            row.getCell(m.variant()) == null
                ? row.createCell(m.variant())
                : row.getCell(m.variant());
        String a = cell.toString();
        cell.setCellValue(other.toString());
        other.setCellValue(a);
      }
      case RENAME_SHEET ->
          book.setSheetName(
              index,
              new String[] {"History", "x", "安全生产 ", "A'B", "长".repeat(31), "1", "表(1)", "…"}
                  [m.variant()]);
      case ADD_SHEET -> book.createSheet("空表" + m.variant() + "_" + book.getNumberOfSheets());
      case REMOVE_SHEET -> {
        if (book.getNumberOfSheets() > 1) {
          book.removeSheetAt(index);
        }
      }
      case FLIP_BYTE, TRUNCATE -> {
        // applied to the written bytes
      }
    }
  }
}
