package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region's workbook exported before the tree changed (staff review 9): imported, it would undo
 * the change silently. The workbook records what each domain's table was made from; an import
 * finding it changed refuses (exit 1, nothing written) naming the domains, unless told {@code
 * --accept-changed-tree}. Importing the same workbook again after importing it is no change.
 */
class StaleRegionWorkbookTest {
  @TempDir Path tmp;

  private static final String TOWN = "511703102";
  private static final String COUNTY_ELDERLY =
      """
      gkml: 1
      kind: overlay
      domain: 养老服务
      region: {code: "511703", name: 达川区}
      version: "2025.1"
      base: "2025.1"
      modify:
        - id: YLFW-002
          owner: 达川区民政局
      """;

  private CliRun importInto(Path xlsx, Path root, String... more) {
    String[] args = {
      "import",
      xlsx.toString(),
      "--root",
      root.toString(),
      "--region",
      TOWN,
      "--into-tree",
      "--lang",
      "zh"
    };
    return CliRun.of(Stream.concat(Stream.of(args), Stream.of(more)).toList());
  }

  @Test
  void aChangeAboveTheRegionSinceTheExportIsNotUndone() throws IOException {
    Path root = copy();
    Path xlsx = EditedRegionWorkbook.of(root, TOWN, tmp.resolve("周一.xlsx"), b -> {});
    Path county = root.resolve("regions/511703-达川区/elderly-care.yaml");
    Files.writeString(county, COUNTY_ELDERLY);
    Map<String, String> before = snapshot(root);
    CliRun run = importInto(xlsx, root);
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("周一.xlsx 导出之后", "养老服务", "未写出任何文件", "--accept-changed-tree")
        .doesNotContain("安全生产");
    assertThat(snapshot(root)).isEqualTo(before);

    CliRun accepted = importInto(xlsx, root, "--accept-changed-tree");
    assertThat(accepted.code()).as(accepted.err()).isZero();
    assertThat(accepted.err()).contains("warning", "养老服务");
    assertThat(root.resolve("regions/511703-达川区/511703102-石桥镇/elderly-care.yaml")).exists();

    // once accepted, the same workbook imported again is no change to refuse (the re-check found
    // it refused every time after); a further change above is refused again
    CliRun again = importInto(xlsx, root);
    assertThat(again.code()).as(again.err()).isZero();
    Files.writeString(county, COUNTY_ELDERLY.replace("达川区民政局", "达川区民政局养老服务股"));
    CliRun later = importInto(xlsx, root);
    assertThat(later.code()).as(later.err()).isEqualTo(1);
    assertThat(later.err()).contains("养老服务", "--accept-changed-tree");
  }

  @Test
  void anItemTheRegionAddedInYamlSinceTheExportIsNotUndone() throws IOException {
    Path root = copy();
    Path xlsx = EditedRegionWorkbook.of(root, TOWN, tmp.resolve("周一.xlsx"), b -> {});
    Path own = root.resolve("regions/511703-达川区/511703102-石桥镇/rural-dilapidated-housing.yaml");
    Files.writeString(own, Files.readString(own).replace("owner: 石桥镇人民政府", "owner: 石桥镇村镇建设服务中心"));
    assertThat(Files.readString(own)).contains("石桥镇村镇建设服务中心");
    CliRun run = importInto(xlsx, root);
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("农村危房改造");
    assertThat(Files.readString(own)).contains("石桥镇村镇建设服务中心");
  }

  @Test
  void commentsAndLayoutAreNoChangeAndTheSameWorkbookImportsAgain() throws IOException {
    Path root = copy();
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            TOWN,
            tmp.resolve("周一.xlsx"),
            b -> b.getSheet("就业").getRow(4).getCell(6).setCellValue("石桥镇人社所"));
    Path county = root.resolve("regions/511703-达川区/safety-production.yaml");
    Files.writeString(county, "# 县应急局 2026-12 复核\n" + Files.readString(county));
    CliRun first = importInto(xlsx, root);
    assertThat(first.code()).as(first.err()).isZero();
    Path employment = root.resolve("regions/511703-达川区/511703102-石桥镇/employment.yaml");
    assertThat(Files.readString(employment)).contains("石桥镇人社所", "# gkml import-sources: ");
    CliRun again = importInto(xlsx, root);
    assertThat(again.code()).as(again.err()).isZero();
    CliRun validate = CliRun.of("validate", "--root", root.toString());
    assertThat(validate.code()).as(validate.out()).isZero();
  }

  @Test
  void aSecondCopyOfTheSameExportDoesNotUndoTheFirstOnesImport() throws IOException {
    Path root = copy();
    Path town = EditedRegionWorkbook.of(root, TOWN, tmp.resolve("镇.xlsx"), b -> {});
    Path first = Files.copy(town, tmp.resolve("甲.xlsx"));
    Path second = Files.copy(town, tmp.resolve("乙.xlsx"));
    edit(first, "就业", "石桥镇人社所A");
    edit(second, "就业", "石桥镇劳动保障所B");
    assertThat(importInto(first, root).code()).isZero();
    CliRun run = importInto(second, root);
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("乙.xlsx 导出之后", "就业");
    Path employment = root.resolve("regions/511703-达川区/511703102-石桥镇/employment.yaml");
    assertThat(Files.readString(employment)).contains("石桥镇人社所A").doesNotContain("所B");
  }

  private static void edit(Path xlsx, String sheet, String owner) throws IOException {
    try (var in = Files.newInputStream(xlsx);
        var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      book.getSheet(sheet).getRow(4).getCell(6).setCellValue(owner);
      try (var out = Files.newOutputStream(xlsx)) {
        book.write(out);
      }
    }
  }

  @Test
  void aWorkbookFromBeforeTheDigestIsImportedAsBefore() throws IOException {
    Path root = copy();
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            TOWN,
            tmp.resolve("旧.xlsx"),
            b -> {
              Sheet meta = b.getSheet("gkml");
              for (Row r : meta) {
                if (r.getRowNum() >= 2 && r.getCell(10) != null) {
                  r.removeCell(r.getCell(10));
                }
              }
            });
    Files.writeString(root.resolve("regions/511703-达川区/elderly-care.yaml"), COUNTY_ELDERLY);
    CliRun run = importInto(xlsx, root);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("导出之后");
  }

  private Path copy() throws IOException {
    return TestCatalogs.copyOfShipped(tmp.resolve("tree"));
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    return TestCatalogs.contentFiles(root);
  }

  @Test
  void acceptingAChangedTreeWithoutARegionIsAUsageError() throws IOException {
    Path page = Files.writeString(tmp.resolve("page.html"), "<table><tr><td>1</td></tr></table>");
    CliRun run = CliRun.of("import", page.toString(), "--accept-changed-tree", "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--accept-changed-tree", "give --region CODE");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBasicCatalogueThatCannotBeReadIsNamedWithItsLineNotTheWorkbook() throws IOException {
    Path root = copy();
    Path xlsx = EditedRegionWorkbook.of(root, TOWN, tmp.resolve("town.xlsx"), book -> {});
    Path basic = root.resolve("basic/elderly-care.yaml");
    String text = Files.readString(basic);
    Files.writeString(basic, text.replaceFirst("(?m)^  - id:", "  -   id:"));
    Map<String, String> before = snapshot(root);

    CliRun run = importInto(xlsx, root);

    assertThat(run.code()).as(run.err()).isNotZero();
    assertThat(run.err())
        .contains("elderly-care.yaml:", "GK002")
        .doesNotContain("目录树中没有领域", "改正表格");
    assertThat(snapshot(root)).isEqualTo(before);
  }
}
