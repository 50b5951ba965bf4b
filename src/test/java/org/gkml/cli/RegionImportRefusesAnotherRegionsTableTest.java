package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --region R} of a table exported for another region, or for the basic catalogue, is
 * refused before anything is written (exit 2, both regions named): read as R's, it would replace
 * R's overlays with another region's items. A table that records no region is read as R's.
 */
class RegionImportRefusesAnotherRegionsTableTest {
  @TempDir Path tmp;
  private Path root;

  @BeforeEach
  void tree() throws IOException {
    root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
  }

  private CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path export(String region, String name) {
    Path xlsx = tmp.resolve(name);
    CliRun export =
        region == null
            ? run("export", "xlsx", "--root", root.toString(), "-o", xlsx.toString())
            : run(
                "export",
                "xlsx",
                "--root",
                root.toString(),
                "--region",
                region,
                "-o",
                xlsx.toString());
    assertThat(export.code()).as(export.err()).isZero();
    return xlsx;
  }

  @Test
  void anotherRegionsWorkbookIsRefusedIntoTheTreeNamingBothRegions() throws IOException {
    Path sanli = export("511703001", "sanli.xlsx");
    Map<String, String> before = snapshot(root);
    CliRun en =
        run(
            "import",
            sanli.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703102",
            "--into-tree",
            "--lang",
            "en");
    assertThat(en.code()).as(en.err()).isEqualTo(2);
    assertThat(en.err())
        .contains("was exported for 三里坪街道（511703001）, not for 石桥镇 (511703102)")
        .contains("--region 511703001")
        .contains("nothing written")
        .doesNotContain("Exception");
    assertThat(snapshot(root)).isEqualTo(before);
    CliRun zh =
        run(
            "import",
            sanli.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703102",
            "--into-tree",
            "--lang",
            "zh");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err())
        .contains("三里坪街道（511703001）")
        .contains("石桥镇（511703102）")
        .contains("未写出任何文件");
    assertThat(snapshot(root)).isEqualTo(before);
  }

  @Test
  void anotherRegionsWorkbookIsRefusedIntoAFolderWhichStaysUnwritten() throws IOException {
    Path county = export("511703", "county.xlsx");
    Path out = tmp.resolve("out");
    CliRun r =
        run(
            "import",
            county.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703102",
            "-o",
            out.toString(),
            "--lang",
            "en");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("达川区（511703）").contains("石桥镇 (511703102)");
    assertThat(out).doesNotExist();
  }

  @Test
  void theBasicCataloguesWorkbookIsRefusedForARegion() throws IOException {
    Path basic = export(null, "basic.xlsx");
    Map<String, String> before = snapshot(root);
    CliRun r =
        run(
            "import",
            basic.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703",
            "--into-tree",
            "--domain",
            "安全生产",
            "--lang",
            "en");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("is the basic catalogue's table, not the one of 达川区 (511703)");
    assertThat(snapshot(root)).isEqualTo(before);
  }

  @Test
  void theRegionsOwnWorkbookImports() throws IOException {
    Path own = export("511703102", "own.xlsx");
    CliRun r =
        run(
            "import",
            own.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703102",
            "--into-tree",
            "--lang",
            "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("was exported for");
  }

  @Test
  void aTableThatRecordsNoRegionIsReadAsTheRegionsAsBefore() throws IOException {
    Path sanli = export("511703001", "sanli.xlsx");
    // the 区域 facts cleared, as in a table made by hand: nothing says whose it is
    try (var in = Files.newInputStream(sanli);
        var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      for (Sheet s : book) {
        for (Row row : s) {
          for (Cell c : row) {
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                && c.getStringCellValue().contains("区域：")) {
              String cleared = c.getStringCellValue().replaceAll("区域：[^（]*（\\d+）", "");
              c.setBlank(); // POI sets an inline string's value beside the text it keeps
              c.setCellValue(cleared);
            }
          }
        }
      }
      try (var o = Files.newOutputStream(sanli)) {
        book.write(o);
      }
    }
    CliRun r =
        run(
            "import",
            sanli.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703102",
            "--lang",
            "en");
    assertThat(r.err()).doesNotContain("was exported for");
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    return TestCatalogs.everyFile(root);
  }
}
