package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region's workbook edited beyond its cells: a column added (its text goes into the note, and a
 * finding about that note names the added cell, not 备注 that nobody touched), a domain's sheet
 * deleted (the domain's overlay is kept, and that is said), a sheet renamed (its hidden-sheet keys
 * still apply).
 */
class RegionImportSaysWhatTheWorkbookLostOrGainedTest {
  private static final String CODE = "511703102";

  @TempDir Path tmp;

  @Test
  void aFindingAboutTextOfAnAddedColumnNamesThatColumnsCell() throws IOException {
    Path root = copyOfSamples();
    Path xlsx =
        edited(
            root,
            book -> {
              Sheet s = book.getSheet("养老服务");
              s.getRow(2).createCell(18).setCellValue("责任人"); // S3
              s.getRow(4).createCell(18).setCellValue("张三"); // S5
            });
    CliRun run = importRegion(xlsx, root, "en");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(":养老服务!S5: warning: column \"责任人\" is not a catalogue element")
        .contains(":养老服务!S5: error GK203: modify may not change field note")
        .doesNotContain("!P5");
  }

  @Test
  void aDeletedDomainSheetIsSaidAndItsOverlayKept() throws IOException {
    Path root = copyOfSamples();
    Path xlsx = edited(root, book -> book.removeSheetAt(book.getSheetIndex("农村危房改造")));
    CliRun run = importRegion(xlsx, root, "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(
            ": warning: the workbook has no sheet \"农村危房改造\" (domain 农村危房改造) any more: the"
                + " region's overlay for 农村危房改造 is kept as it is");
    assertThat(run.out()).doesNotContain("domain: 农村危房改造");
    CliRun zh = importRegion(xlsx, root, "zh");
    assertThat(zh.err()).contains("工作簿中已没有工作表“农村危房改造”").contains("个性目录原样保留");
    CliRun plain = CliRun.of("import", xlsx.toString(), "--lang", "en");
    assertThat(plain.err())
        .contains("info: the workbook has no sheet \"农村危房改造\" (domain 农村危房改造) any more");
  }

  @Test
  void aRenamedDomainSheetKeepsItsHiddenSheetKeys() throws IOException {
    Path root = copyOfSamples();
    Path xlsx = edited(root, book -> book.setSheetName(book.getSheetIndex("养老服务"), "改了名"));
    CliRun run = importRegion(xlsx, root, "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain(": warning").contains("0 warnings");
    CliRun plain = CliRun.of("import", xlsx.toString(), "--lang", "en");
    assertThat(plain.out()).contains("domain: 养老服务\ntitle: 养老服务领域基层政务公开标准目录\nversion: \"2025.1\"");
  }

  private static CliRun importRegion(Path xlsx, Path root, String lang) {
    return CliRun.of(
        "import", xlsx.toString(), "--root", root.toString(), "--region", CODE, "--lang", lang);
  }

  private Path edited(Path root, Consumer<XSSFWorkbook> edit) throws IOException {
    return EditedRegionWorkbook.of(root, CODE, tmp.resolve("s.xlsx"), edit);
  }

  private Path copyOfSamples() throws IOException {
    Path from = Path.of("catalogs");
    Path root = tmp.resolve("tree/catalogs");
    TestCatalogs.copy(from, root);
    return root;
  }
}
