package org.gkml.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gkml.Golden;
import org.gkml.cli.CliRun;
import org.gkml.export.HtmlDom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code gkml report} (CLI.md 1.1) on a tree with an overlay, a stale overlay, a domain declared
 * not applicable and regions that inherit: the JSON is compared with {@code expected.json} (rewrite
 * it with {@code -Dgkml.golden.update}), the other formats are read back.
 */
class ProvinceReportTest {
  private static final Path CASE = Path.of("src/test/resources/report/stale-and-skipped");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonMatchesTheGolden() throws IOException {
    CliRun run = CliRun.of("report", "--root", CASE.resolve("tree").toString(), "--format", "json");

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    Path expected = CASE.resolve("expected.json");
    JsonNode actual = JSON.readTree(run.out());
    Golden.assertJson(expected, actual);
  }

  @Test
  void statusesCountsAndStalenessAreWhatTheTreeSays() throws IOException {
    JsonNode r =
        JSON.readTree(
            CliRun.of("report", "--root", CASE.resolve("tree").toString(), "--format", "json")
                .out());
    JsonNode county = r.get("regions").get(0);
    assertThat(county.get("code").asText()).isEqualTo("511703");
    JsonNode safety = county.get("domains").get("安全生产");
    assertThat(safety.get("status").asText()).isEqualTo("overlay");
    assertThat(safety.get("custom").asInt()).isEqualTo(1);
    assertThat(safety.get("modified").asInt()).isEqualTo(2);
    assertThat(safety.get("removed").asInt()).isEqualTo(1);
    assertThat(safety.get("stale").asBoolean()).isTrue();
    assertThat(county.get("domains").get("农村危房改造").get("status").asText()).isEqualTo("inherited");
    JsonNode village = r.get("regions").get(2);
    assertThat(village.get("code").asText()).isEqualTo("511703001201");
    assertThat(village.get("domains").get("农村危房改造").get("status").asText())
        .isEqualTo("not-applicable");
    assertThat(r.get("summary").get("not-applicable").asInt()).isEqualTo(2);
  }

  @Test
  void textListsWhatRegionsDidAndTheirLastRevision() {
    CliRun run = CliRun.of("report", "--root", CASE.resolve("tree").toString(), "--lang", "zh");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("511703 达川区（县级）\n  安全生产：个性目录 · 事项 3 项 · 新增 1，修改 2，删除 1 · 已过时\n")
        .contains("最近修订 2025.1（2025-03-01，安全生产）：明确区应急管理局为公开主体")
        .contains("农村危房改造：未涉及 · 事项 0 项");
  }

  @Test
  void htmlIsOneAccessibleMatrixWithFilters(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("report.html");
    CliRun run =
        CliRun.of(
            "report",
            "--root",
            CASE.resolve("tree").toString(),
            "--format",
            "html",
            "-o",
            page.toString(),
            "--lang",
            "zh");

    assertThat(run.code()).isZero();
    HtmlDom dom = HtmlDom.parse(Files.readString(page, StandardCharsets.UTF_8));
    assertThat(dom.root().getAttribute("lang")).isEqualTo("zh-CN");
    assertThat(dom.all("link")).isEmpty();
    assertThat(dom.all("script")).allMatch(s -> s.getAttribute("src").isEmpty());
    Element matrix = dom.byId("matrix");
    assertThat(HtmlDom.all(matrix, "caption").get(0).getTextContent()).isNotBlank();
    List<String> columns =
        HtmlDom.all(matrix, "th").stream()
            .filter(th -> th.getAttribute("scope").equals("col"))
            .map(Element::getTextContent)
            .toList();
    assertThat(columns).contains("安全生产", "农村危房改造");
    List<Element> rowHeads =
        HtmlDom.all(matrix, "th").stream()
            .filter(th -> th.getAttribute("scope").equals("row"))
            .toList();
    assertThat(rowHeads).hasSize(6);
    assertThat(rowHeads.get(0).getTextContent()).isEqualTo("511703 达川区");
    assertThat(dom.all("label").stream().map(l -> l.getAttribute("for")).toList())
        .containsExactly("q", "tier", "status", "stale");
    assertThat(dom.withAttribute("aria-live").get(0).getTextContent()).isEqualTo("显示 6 个区域");
    assertThat(
            HtmlDom.all(matrix, "td").stream()
                .filter(td -> td.getAttribute("class").equals("not-applicable"))
                .findFirst()
                .orElseThrow()
                .getTextContent())
        .startsWith("未涉及");
  }

  @Test
  void workbookHasOneRowPerRegionAndAColumnPerDomain(@TempDir Path dir) throws IOException {
    Path book = dir.resolve("report.xlsx");
    CliRun run =
        CliRun.of(
            "report",
            "--root",
            CASE.resolve("tree").toString(),
            "--format",
            "xlsx",
            "-o",
            book.toString());

    assertThat(run.code()).isZero();
    try (InputStream in = Files.newInputStream(book);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet m = wb.getSheet("概况");
      assertThat(m.getLastRowNum()).isEqualTo(6);
      assertThat(m.getRow(0).getCell(3).getStringCellValue()).isNotBlank();
      assertThat(m.getRow(1).getCell(0).getStringCellValue()).isEqualTo("511703");
      assertThat(wb.getSheet("合计").getRow(0).getCell(1).getNumericCellValue()).isEqualTo(6);
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.of("report", "--root", CASE.resolve("tree").toString(), "--format", "pdf");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("pdf");
  }
}
