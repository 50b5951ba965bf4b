package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A region's workbook exported and imported back into the tree without an edit leaves every file of
 * the tree byte for byte (docs/import.md §10), whatever form the region's overlays give their
 * entries: a full channel list where the table could only say what was added, entries in another
 * order than the table's rows, an added item's channels in another order than the table prints.
 */
class RegionRoundTripKeepsTreeTest {
  private static final Pattern REGION_FOLDER = Pattern.compile("(\\d{6}|\\d{9}|\\d{12})-.+");
  private static final String COUNTY_SAFETY = "regions/511703-达川区/safety-production.yaml";

  @TempDir Path tmp;

  /** Every region of the shipped catalogues, by its folder. */
  static List<String> shippedRegions() throws IOException {
    try (Stream<Path> all = Files.walk(TestCatalogs.SHIPPED.resolve("regions"))) {
      return all.filter(Files::isDirectory)
          .map(p -> REGION_FOLDER.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1))
          .sorted()
          .toList();
    }
  }

  @Test
  void theShippedTreeHasRegionsAtEveryLevel() throws IOException {
    assertThat(shippedRegions()).contains("511703", "511703102", "511703102201");
  }

  @ParameterizedTest
  @MethodSource("shippedRegions")
  void aRoundTripWithoutEditsLeavesTheWholeTreeAsItWas(String region) throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Map<String, String> before = TestCatalogs.contentFiles(root);
    Path xlsx = EditedRegionWorkbook.of(root, region, tmp.resolve(region + ".xlsx"), book -> {});

    CliRun r = importIntoTree(root, xlsx, region);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(TestCatalogs.contentFiles(root)).isEqualTo(before);
  }

  @Test
  void anAddedItemWhoseChannelsAreWrittenInAnotherOrderIsKept() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    TestCatalogs.replaceIn(
        root.resolve(COUNTY_SAFETY),
        "channels: [政府网站, 社区/企事业单位/村公示栏(电子屏)]",
        "channels: [社区/企事业单位/村公示栏(电子屏), 政府网站]");
    Map<String, String> before = TestCatalogs.contentFiles(root);
    Path xlsx = EditedRegionWorkbook.of(root, "511703", tmp.resolve("county.xlsx"), book -> {});

    CliRun r = importIntoTree(root, xlsx, "511703");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(TestCatalogs.contentFiles(root)).isEqualTo(before);
  }

  @Test
  void anEditedOverlayKeepsTheFormAndOrderOfTheEntriesTheTableDidNotChange() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            "511703",
            tmp.resolve("county.xlsx"),
            book -> replaceInRowOf(book, "AQSC-005", "10个工作日", "7个工作日"));

    CliRun r = importIntoTree(root, xlsx, "511703");

    assertThat(r.code()).as(r.err()).isZero();
    String written = Files.readString(root.resolve(COUNTY_SAFETY));
    assertThat(written)
        .contains("deadline: 信息形成或变更之日起7个工作日内")
        // AQSC-006's full list, as the overlay wrote it, not re-expressed as {add: [两微一端]}
        .contains("channels: [政府网站, 两微一端]")
        .doesNotContain("两微一端]}");
    assertThat(written.indexOf("id: AQSC-005")).isLessThan(written.indexOf("id: AQSC-006"));
  }

  /** Replaces {@code from} by {@code to} in the cell of the row of item {@code id} that has it. */
  private static void replaceInRowOf(XSSFWorkbook book, String id, String from, String to) {
    for (Sheet s : book) {
      for (Row row : s) {
        if (row.getCell(row.getLastCellNum() - 1) == null || !has(row, id)) {
          continue;
        }
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains(from)) {
            c.setCellValue(c.getStringCellValue().replace(from, to));
            return;
          }
        }
      }
    }
    throw new AssertionError("no cell with " + from + " in the row of " + id);
  }

  private static boolean has(Row row, String text) {
    for (Cell c : row) {
      if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static CliRun importIntoTree(Path root, Path xlsx, String region) {
    return CliRun.of(
        "import",
        xlsx.toString(),
        "--root",
        root.toString(),
        "--region",
        region,
        "--into-tree",
        "--lang",
        "en");
  }
}
