package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 修订对照表 read back with POI: sheets, headers, rows, and text that stays text. */
class XlsxDiffTest {

  static Workbook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return WorkbookFactory.create(in);
    }
  }

  static List<String> row(Sheet sheet, int r) {
    List<String> out = new ArrayList<>();
    Row row = sheet.getRow(r);
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      out.add(cell.getStringCellValue());
    }
    return out;
  }

  @Test
  void aSheetPerDomainAndASummary(@TempDir Path dir) throws IOException {
    Path tree = DiffGoldenTest.CASES.resolve("tree-impact");
    Path xlsx = dir.resolve("修订对照表.xlsx");
    CliRun run =
        CliRun.of(
            "diff",
            tree.resolve("old").toString(),
            tree.resolve("new").toString(),
            "--format",
            "xlsx",
            "-o",
            xlsx.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("wrote " + xlsx);
    try (Workbook book = read(xlsx)) {
      assertThat(book.getNumberOfSheets()).isEqualTo(4);
      assertThat(book.getSheetName(0)).isEqualTo("汇总");
      assertThat(book.getSheetName(1)).isEqualTo("安全生产");
      assertThat(book.getSheetName(2)).isEqualTo("就业");
      assertThat(book.getSheetName(3)).isEqualTo("下游影响");
      Sheet summary = book.getSheetAt(0);
      assertThat(row(summary, 3)).containsExactly("领域", "破坏性变更", "一般变更", "增补性变更", "合计");
      assertThat(row(summary, 4)).containsExactly("安全生产", "2", "2", "1", "5");
      assertThat(row(summary, 5)).containsExactly("就业", "0", "1", "0", "1");
      assertThat(row(summary, 6)).containsExactly("合计", "2", "3", "1", "6");
      Sheet safety = book.getSheetAt(1);
      assertThat(row(safety, 0))
          .containsExactly("事项编号", "一级事项", "二级事项", "字段", "修改前", "修改后", "变更类型", "区域");
      assertThat(row(safety, 1).subList(3, 8))
          .containsExactly(
              "个性化策略",
              "可修改字段：level2、content、basis、deadline、owner、channels\n可删除事项：optional-only",
              "可修改字段：level2、content、basis、deadline、channels\n可删除事项：optional-only",
              "一般变更",
              "基础目录");
      assertThat(row(safety, 2).subList(0, 4))
          .containsExactly("AQSC-002", "行政执法", "行政处罚(AQSC-002)", "删除事项");
      assertThat(row(safety, 2).get(4)).startsWith("事项编号：AQSC-002\n一级事项：行政执法");
      assertThat(row(safety, 2).subList(5, 8)).containsExactly("", "破坏性变更", "基础目录");
      assertThat(row(safety, 4).subList(3, 7)).containsExactly("公开层级", "县级\n乡级", "县级", "破坏性变更");
      Sheet employment = book.getSheetAt(2);
      assertThat(row(employment, 1))
          .containsExactly("JYCY-002", "", "", "删除条目（remove）", "", "理由：本区另行公开", "一般变更", "511703");
      Sheet impact = book.getSheetAt(3);
      assertThat(row(impact, 0)).containsExactly("文件", "行", "领域", "区域", "事项编号", "规则", "说明");
      assertThat(impact.getLastRowNum()).isEqualTo(6);
    }
  }

  @Test
  void valuesThatLookLikeFormulasStayText(@TempDir Path dir) throws IOException {
    Path old = dir.resolve("old.yaml");
    Path neu = dir.resolve("new.yaml");
    String text =
        Files.readString(
            DiffGoldenTest.CASES.resolve("item-fields/old.yaml"), StandardCharsets.UTF_8);
    Files.writeString(old, text, StandardCharsets.UTF_8);
    Files.writeString(
        neu,
        text.replace("owner: 县级应急管理部门", "owner: \"=HYPERLINK(\\\"http://x\\\")\"")
            .replace("content: 处罚依据、处罚结果", "content: \"@SUM(A1)+处罚依据\""),
        StandardCharsets.UTF_8);
    Path xlsx = dir.resolve("out.xlsx");
    CliRun run =
        CliRun.of(
            "diff", old.toString(), neu.toString(), "--format", "xlsx", "-o", xlsx.toString());
    assertThat(run.code()).isZero();
    try (Workbook book = read(xlsx)) {
      Sheet sheet = book.getSheet("安全生产");
      int formulas = 0;
      for (Row r : sheet) {
        for (Cell c : r) {
          assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
          String v = c.getStringCellValue();
          if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            formulas++;
            assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
          }
        }
      }
      assertThat(formulas).isEqualTo(29);
      assertThat(row(sheet, 1).get(5)).isEqualTo("@SUM(A1)+处罚依据、处罚结果");
      assertThat(row(sheet, 2).get(5)).isEqualTo("=HYPERLINK(\"http://x\")");
    }
  }

  @Test
  void theDefaultFileNameAndAnEmptyDiff(@TempDir Path dir) throws IOException {
    Path same = DiffGoldenTest.CASES.resolve("renames/old.yaml");
    Path xlsx = dir.resolve("sub/empty.xlsx");
    CliRun run =
        CliRun.of(
            "diff",
            same.toString(),
            same.toString(),
            "--format",
            "xlsx",
            "-o",
            xlsx.toString(),
            "-q");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    try (Workbook book = read(xlsx)) {
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      assertThat(row(book.getSheetAt(0), 4)).containsExactly("合计", "0", "0", "0", "0");
    }
  }
}
