package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.TableVocabulary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every form shows everything a catalogue of FORMAT.md 1.1 holds: the optional columns (三级事项, 责任科室,
 * 联系方式) where a table's items use them and only there, the group an item of both audiences names,
 * and domains that do not apply as 不适用 with the reason instead of a table.
 */
class CatalogFieldsExportTest {
  private static XSSFWorkbook workbook;
  private static XWPFDocument document;
  private static Document page;
  private static Document fragment;

  @BeforeAll
  static void export() throws Exception {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    new ExcelExporter(ExcelOptions.defaults(), ChannelVocabulary.standard())
        .write(HtmlFixtures.fieldsCatalog(), xlsx);
    workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()));
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    new DocxExporter(ExcelOptions.ChannelStyle.CHECKLIST, ChannelVocabulary.standard())
        .write(HtmlFixtures.fieldsCatalog(), docx);
    document = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
    page = Jsoup.parse(HtmlFixtures.render(HtmlFixtures.fieldsPage()));
    StringWriter w = new StringWriter();
    new HtmlExporter(HtmlFixtures.GENERATOR).writeFragment(HtmlFixtures.fieldsPage(), null, w);
    fragment = Jsoup.parseBodyFragment(w.toString());
  }

  // ---------------------------------------------------------------- optional item fields

  @Test
  void workbookPrintsTheOptionalColumnsBesideTheirNeighbours() {
    XSSFSheet s = workbook.getSheet("安全生产");
    List<String> sub = row(s, 3);
    List<String> top = row(s, 2);
    assertThat(sub.subList(1, 4)).containsExactly("一级事项", "二级事项", "三级事项");
    assertThat(top.subList(7, 10)).containsExactly("公开主体", "责任科室", "联系方式");
    List<String> item = row(s, 4);
    assertThat(item.subList(1, 4)).containsExactly("行政许可", "危险化学品经营许可", "许可证核发");
    assertThat(item.subList(7, 10)).containsExactly("县级应急管理部门", "危化品监管科", "0818-2000001");
    // both audiences: 全社会 ticked, 特定群体 names the group (the importer reads it back as such)
    int pub = sub.indexOf(TableVocabulary.AUDIENCE_PUBLIC);
    assertThat(item.get(pub)).isEqualTo(TableVocabulary.TICK);
    assertThat(item.get(pub + 1)).isEqualTo("申请人");
    // the item without the fields: empty cells, and only 全社会 ticked
    List<String> plain = row(s, 5);
    assertThat(plain.get(3)).isEmpty();
    assertThat(plain.get(8)).isEmpty();
    assertThat(plain.get(pub)).isEqualTo(TableVocabulary.TICK);
    assertThat(plain.get(pub + 1)).isEmpty();
  }

  @Test
  void aTableWhoseItemsLackTheFieldsHasNoOptionalColumns() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExcelExporter(ExcelOptions.defaults(), ChannelVocabulary.standard())
        .write(
            PublishedCatalog.basic(
                List.of(ExcelExportTest.safety()), null, null, HtmlFixtures.DATE),
            out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> headers = new ArrayList<>(row(wb.getSheet("安全生产"), 2));
      headers.addAll(row(wb.getSheet("安全生产"), 3));
      assertThat(headers)
          .doesNotContain(
              TableVocabulary.LEVEL3,
              TableVocabulary.DEPARTMENT,
              TableVocabulary.CONTACT,
              TableVocabulary.REMOVAL_REASON_HEADER);
    }
  }

  @Test
  void wordTablePrintsTheOptionalColumnsAndTheGroup() {
    XWPFTable t = document.getTables().get(1);
    List<String> sub = cells(t.getRow(1));
    List<String> top = cells(t.getRow(0));
    assertThat(sub).contains("三级事项");
    assertThat(top).contains("责任科室", "联系方式");
    List<String> item = cells(t.getRow(2));
    assertThat(item).contains("许可证核发", "危化品监管科", "0818-2000001", "申请人");
  }

  @Test
  void pageAndFragmentPrintTheOptionalColumnsAndTheGroup() {
    for (Document d : List.of(page, fragment)) {
      Element table =
          d.select("table").stream()
              .filter(t -> t.text().contains("许可证核发"))
              .findFirst()
              .orElseThrow();
      assertThat(table.select("thead th").eachText())
          .contains("三级事项", "责任科室", "联系方式", "全社会", "特定群体");
      Element row = table.select("tbody tr").first();
      assertThat(row.select("td").eachText()).contains("许可证核发", "危化品监管科", "0818-2000001", "申请人");
      // header cells and data cells agree in number: the optional cells are in the rows too
      int columns = 0;
      for (Element th : table.select("thead tr").first().select("th")) {
        columns += th.hasAttr("colspan") ? Integer.parseInt(th.attr("colspan")) : 1;
      }
      assertThat(row.select("th, td")).hasSize(columns);
    }
    // the phone cards label each optional cell with its column's word
    assertThat(page.select("td[data-label=三级事项]").eachText()).containsExactly("许可证核发");
    assertThat(page.select("td[data-label=责任科室]").eachText()).contains("危化品监管科");
    assertThat(page.select("td[data-label=联系方式]").eachText()).contains("0818-2000001");
    assertThat(page.select("td[data-label=特定群体]").eachText()).contains("申请人");
  }

  // ---------------------------------------------------------------- domains that do not apply

  @Test
  void workbookListsDomainsThatDoNotApplyOnTheIndexWithNoSheet() {
    assertThat(workbook.getSheet("农村危房改造")).isNull();
    assertThat(workbook.getSheet("教育")).isNull();
    XSSFSheet index = workbook.getSheet(ExcelLayout.INDEX_SHEET);
    Map<String, String> said = new java.util.HashMap<>();
    for (Row r : index) {
      List<String> cells = row(index, r.getRowNum());
      if (cells.size() > 6) {
        said.put(cells.get(1), cells.get(6));
      }
    }
    assertThat(said.get("农村危房改造")).isEqualTo("不适用（理由：本街道无农村住房）");
    // declared above the region: who declared it
    assertThat(said.get("教育")).isEqualTo("不适用（达川区声明）");
    // the hidden sheet keeps the declaration for an import of the workbook
    XSSFSheet meta = workbook.getSheet(ExcelLayout.METADATA_SHEET);
    List<List<String>> rows = new ArrayList<>();
    for (Row r : meta) {
      rows.add(row(meta, r.getRowNum()));
    }
    assertThat(ExcelMetadata.notApplicable(rows))
        .containsExactly(Map.entry("农村危房改造", "本街道无农村住房"), Map.entry("教育", ""));
    assertThat(ExcelMetadata.read(rows)).containsOnlyKeys("安全生产");
  }

  @Test
  void wordListsDomainsThatDoNotApplyWithNoTable() {
    // the list of domains and the one table of 安全生产
    assertThat(document.getTables()).hasSize(2);
    XWPFTable index = document.getTables().get(0);
    assertThat(cells(index.getRow(2))).contains("农村危房改造", "不适用（理由：本街道无农村住房）");
    assertThat(cells(index.getRow(3))).contains("教育", "不适用（达川区声明）");
  }

  @Test
  void pageShowsDomainsThatDoNotApplyWithTheReasonAndNoTable() {
    Element section = page.getElementById("_d-农村危房改造");
    assertThat(section.select("table")).isEmpty();
    assertThat(section.select("p.na").text()).isEqualTo("不适用（理由：本街道无农村住房）");
    assertThat(section.select("h2").text()).contains("不适用");
    assertThat(page.select("nav li").eachText()).contains("农村危房改造 (不适用)");
    assertThat(page.select("p.print-only").text())
        .contains("农村危房改造：不适用（理由：本街道无农村住房）", "教育：不适用（达川区声明）");
  }

  @Test
  void fragmentSaysWhichDomainsDoNotApply() {
    assertThat(fragment.select("table caption").eachText()).noneMatch(c -> c.contains("农村危房改造"));
    assertThat(fragment.select("p").eachText())
        .contains("农村危房改造：不适用（理由：本街道无农村住房）。", "教育：不适用（达川区声明）。");
  }

  @Test
  void buildIndexSaysWhichDomainsDoNotApplyUnderTheRegion() throws Exception {
    HtmlPage p = HtmlFixtures.fieldsPage();
    HtmlIndex index =
        new HtmlIndex(
            null,
            "2025.1",
            HtmlFixtures.DATE,
            new HtmlIndex.Entry(null, "基础目录", "basic/index.html", 3, 0, List.of()),
            List.of(
                new HtmlIndex.Entry(
                    p.region().code(),
                    p.region().name(),
                    "511703001/index.html",
                    1,
                    1,
                    List.of(),
                    p.notApplicable())));
    StringWriter w = new StringWriter();
    new HtmlExporter(HtmlFixtures.GENERATOR).writeIndex(index, w);
    Element li = Jsoup.parse(w.toString()).selectFirst("li[data-find]");
    assertThat(li.select(".na-list").text())
        .contains("农村危房改造：不适用（理由：本街道无农村住房）")
        .contains("教育：不适用（达川区声明）");
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> row(XSSFSheet s, int r) {
    DataFormatter f = new DataFormatter();
    List<String> out = new ArrayList<>();
    Row row = s.getRow(r);
    if (row == null) {
      return out;
    }
    for (int c = 0; c < row.getLastCellNum(); c++) {
      out.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
    }
    return out;
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
  }
}
