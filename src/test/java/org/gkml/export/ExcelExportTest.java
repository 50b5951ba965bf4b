package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.Policy;
import org.gkml.model.SourceFile;
import org.gkml.model.TableVocabulary;
import org.gkml.model.Tier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads an exported workbook back with POI and checks the official layout cell by cell. */
class ExcelExportTest {
  private static final SourceFile FILE =
      SourceFile.unstructured(java.nio.file.Path.of("t.yaml"), "t.yaml");
  private static XSSFWorkbook basic;
  private static XSSFWorkbook region;

  static Item item(
      String id, String level1, String level2, List<String> channels, Set<Tier> tiers) {
    return new Item(
        id,
        level1,
        level2,
        "内容：" + level2,
        List.of("《中华人民共和国政府信息公开条例》（国务院令第711号）", "《中华人民共和国安全生产法》"),
        "信息形成或者变更之日起20个工作日内",
        "县级应急管理部门",
        channels,
        Audience.PUBLIC,
        Mode.PROACTIVE,
        tiers,
        false,
        null,
        FILE.at(1, 1));
  }

  static Catalog safety() {
    List<Item> items = new ArrayList<>();
    items.add(item("AQSC-001", "政策文件", "法律法规", List.of("政府网站", "两微一端"), Set.of(Tier.COUNTY)));
    items.add(
        item("AQSC-002", "政策文件", "规章", List.of("政府网站"), EnumSet.of(Tier.COUNTY, Tier.TOWNSHIP)));
    items.add(item("AQSC-003", "政策文件", "标准", List.of("政府网站"), Set.of(Tier.COUNTY)));
    Item odd =
        new Item(
            "AQSC-004",
            "行政处罚",
            "=HYPERLINK(\"http://x\")",
            "+1 -2 @3",
            List.of("-《条例》"),
            "@SUM(A1)",
            "=1+1",
            List.of("政府网站", "投资项目在线审批监管平台"),
            Audience.SPECIFIC,
            Mode.ON_REQUEST,
            EnumSet.of(Tier.TOWNSHIP, Tier.VILLAGE),
            true,
            "备注文字",
            FILE.at(1, 1));
    items.add(odd);
    return new Catalog(
        "安全生产",
        "安全生产领域基层政务公开标准目录",
        "2025.1",
        "示例省人民政府办公厅",
        "2025-03-01",
        Policy.defaults(),
        items,
        FILE.at(1, 1));
  }

  static ExcelExporter exporter(ExcelOptions options) {
    return new ExcelExporter(options, ChannelVocabulary.standard().with(List.of("投资项目在线审批监管平台")));
  }

  static XSSFWorkbook export(PublishedCatalog p, ExcelOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter(options).write(p, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @BeforeAll
  static void exportBoth() throws Exception {
    LocalDate date = LocalDate.of(2025, 6, 1);
    basic =
        export(
            PublishedCatalog.basic(List.of(safety()), null, "示例省", date), ExcelOptions.defaults());
    region =
        export(
            new PublishedCatalog(
                "达川区", "511703", null, List.of(safety()), Set.of("AQSC-003"), "达川区人民政府", date),
            ExcelOptions.defaults());
  }

  private static String text(XSSFSheet s, int r, int c) {
    XSSFRow row = s.getRow(r);
    XSSFCell cell = row == null ? null : row.getCell(c);
    if (cell == null) {
      return "";
    }
    return cell.getCellType() == CellType.NUMERIC
        ? String.valueOf((long) cell.getNumericCellValue())
        : cell.getStringCellValue();
  }

  @Test
  void sheetsAreIndexThenDomainsThenHiddenMetadata() {
    assertThat(basic.getNumberOfSheets()).isEqualTo(3);
    assertThat(basic.getSheetName(0)).isEqualTo("目录");
    assertThat(basic.getSheetName(1)).isEqualTo("安全生产");
    assertThat(basic.getSheetName(2)).isEqualTo(ExcelLayout.METADATA_SHEET);
    assertThat(basic.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
  }

  @Test
  void titleRowNamesRegionAndDomain() {
    assertThat(text(basic.getSheet("安全生产"), 0, 0)).isEqualTo("安全生产领域基层政务公开标准目录");
    assertThat(text(region.getSheet("安全生产"), 0, 0)).isEqualTo("达川区安全生产领域基层政务公开标准目录");
  }

  @Test
  void twoHeaderRowsWithMergedGroups() {
    XSSFSheet s = basic.getSheet("安全生产");
    List<String> top = new ArrayList<>();
    List<String> sub = new ArrayList<>();
    for (int c = 0; c < 17; c++) {
      top.add(text(s, 2, c));
      sub.add(text(s, 3, c));
    }
    assertThat(top)
        .containsExactly(
            "序号",
            "公开事项",
            "",
            "公开内容(要素)",
            "公开依据",
            "公开时限",
            "公开主体",
            "公开渠道和载体",
            "公开对象",
            "",
            "公开方式",
            "",
            "公开层级",
            "",
            "",
            "备注",
            "编号");
    assertThat(sub)
        .containsExactly(
            "", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "县级", "乡级", "村级",
            "", "");
    List<CellRangeAddress> merged = s.getMergedRegions();
    assertThat(merged)
        .contains(
            CellRangeAddress.valueOf("A1:Q1"),
            CellRangeAddress.valueOf("A3:A4"),
            CellRangeAddress.valueOf("B3:C3"),
            CellRangeAddress.valueOf("D3:D4"),
            CellRangeAddress.valueOf("I3:J3"),
            CellRangeAddress.valueOf("K3:L3"),
            CellRangeAddress.valueOf("M3:O3"),
            CellRangeAddress.valueOf("Q3:Q4"));
  }

  @Test
  void anItemOfBothAudiencesTicksBothColumns() throws Exception {
    Item i = item("AQSC-001", "政策文件", "法律法规", List.of("政府网站"), Set.of(Tier.COUNTY));
    Item both =
        new Item(
            i.id(),
            i.level1(),
            i.level2(),
            i.content(),
            i.basis(),
            i.deadline(),
            i.owner(),
            i.channels(),
            Audience.BOTH,
            i.mode(),
            i.tiers(),
            false,
            null,
            i.loc());
    Catalog c = safety();
    XSSFWorkbook book =
        export(
            PublishedCatalog.basic(
                List.of(c.withItems(List.of(both))), null, "示例省", LocalDate.of(2025, 6, 1)),
            ExcelOptions.defaults());
    XSSFSheet s = book.getSheet("安全生产");
    assertThat(text(s, 4, 8)).isNotBlank().isEqualTo(text(s, 4, 9));
    assertThat(text(s, 4, 10)).isEqualTo(text(s, 4, 8));
  }

  @Test
  void level1MergedDownItsRun() {
    XSSFSheet s = basic.getSheet("安全生产");
    assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("B5:B7"));
    assertThat(text(s, 4, 1)).isEqualTo("政策文件");
    assertThat(text(s, 7, 1)).isEqualTo("行政处罚");
  }

  @Test
  void itemRowsWithTicksChecklistAndIds() {
    XSSFSheet s = basic.getSheet("安全生产");
    assertThat(text(s, 4, 0)).isEqualTo("1");
    assertThat(text(s, 4, 2)).isEqualTo("法律法规");
    assertThat(text(s, 4, 4)).isEqualTo("《中华人民共和国政府信息公开条例》（国务院令第711号）\n《中华人民共和国安全生产法》");
    // the checklist breaks into lines between boxes, never inside a channel's name
    assertThat(text(s, 4, 7)).startsWith("■政府网站 □政府公报 ■两微一端");
    // the column holds its widest box on one line (Excel breaks CJK text anywhere), and each
    // line of boxes fits it
    int width = s.getColumnWidth(7) / 256;
    assertThat(width).isGreaterThanOrEqualTo(ExcelText.units("■社区/企事业单位/村公示栏(电子屏)"));
    for (String line : text(s, 4, 7).split("\n")) {
      assertThat(line.matches("[■□][^■□]+( [■□][^■□]+)*")).as(line).isTrue();
      assertThat(ExcelText.units(line)).as(line).isLessThanOrEqualTo(width);
    }
    assertThat(text(s, 4, 7)).contains("□投资项目在线审批监管平台");
    assertThat(text(s, 4, 8)).isEqualTo("✓");
    assertThat(text(s, 4, 9)).isEmpty();
    assertThat(text(s, 4, 10)).isEqualTo("✓");
    assertThat(text(s, 4, 12)).isEqualTo("✓");
    assertThat(text(s, 4, 13)).isEmpty();
    assertThat(text(s, 4, 16)).isEqualTo("AQSC-001");
    assertThat(text(s, 5, 13)).isEqualTo("✓");
    // the odd item: specific, on request, township and village, optional with a note
    assertThat(text(s, 7, 9)).isEqualTo("✓");
    assertThat(text(s, 7, 11)).isEqualTo("✓");
    assertThat(text(s, 7, 12)).isEmpty();
    assertThat(text(s, 7, 13)).isEqualTo("✓");
    assertThat(text(s, 7, 14)).isEqualTo("✓");
    assertThat(text(s, 7, 15)).isEqualTo("可选事项\n备注文字");
    assertThat(text(s, 7, 7)).contains("■投资项目在线审批监管平台");
  }

  @Test
  void everyCellIsLiteralNeverAFormula() {
    for (XSSFWorkbook wb : List.of(basic, region)) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(i)) {
          for (org.apache.poi.ss.usermodel.Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
    XSSFSheet s = basic.getSheet("安全生产");
    assertThat(text(s, 7, 2)).isEqualTo("=HYPERLINK(\"http://x\")");
    assertThat(text(s, 7, 6)).isEqualTo("=1+1");
    assertThat(text(s, 7, 5)).isEqualTo("@SUM(A1)");
  }

  @Test
  void readyToPrint() {
    XSSFSheet s = basic.getSheet("安全生产");
    PrintSetup ps = s.getPrintSetup();
    assertThat(ps.getLandscape()).isTrue();
    assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    assertThat(s.getFitToPage()).isTrue();
    assertThat(ps.getFitWidth()).isEqualTo((short) 1);
    assertThat(ps.getFitHeight()).isEqualTo((short) 0);
    assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:4"));
    PaneInformation pane = s.getPaneInformation();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 4);
    XSSFCell content = s.getRow(4).getCell(3);
    assertThat(content.getCellStyle().getWrapText()).isTrue();
    assertThat(content.getCellStyle().getFont().getFontName()).isEqualTo("宋体");
    assertThat(s.getColumnWidth(3)).isGreaterThan(s.getColumnWidth(16));
    assertThat(s.getRow(4).getHeightInPoints()).isGreaterThan(12f);
    assertThat(basic.getPrintArea(1)).contains("$A$1:$Q$8");
  }

  @Test
  void customItemsAreMarkedWithLegend() {
    XSSFSheet s = region.getSheet("安全生产");
    assertThat(text(s, 6, 0)).isEqualTo("3" + ExcelLayout.CUSTOM_MARK);
    assertThat(s.getRow(6).getCell(3).getCellStyle().getFillForegroundColor())
        .isNotEqualTo(s.getRow(4).getCell(3).getCellStyle().getFillForegroundColor());
    assertThat(text(s, 1, 0)).contains("区域：达川区（511703）").contains(ExcelLayout.CUSTOM_MARK);
    assertThat(text(basic.getSheet("安全生产"), 1, 0)).doesNotContain(ExcelLayout.CUSTOM_MARK);
  }

  @Test
  void indexSheetCountsBasicAndCustomItems() {
    XSSFSheet s = region.getSheet("目录");
    assertThat(text(s, 0, 0)).isEqualTo("达川区基层政务公开标准目录");
    assertThat(text(s, 2, 1)).isEqualTo("领域");
    assertThat(text(s, 3, 1)).isEqualTo("安全生产");
    assertThat(text(s, 3, 2)).isEqualTo("4");
    assertThat(text(s, 3, 3)).isEqualTo("3");
    assertThat(text(s, 3, 4)).isEqualTo("1");
    assertThat(text(s, 3, 5)).isEqualTo("2025.1");
    assertThat(s.getRow(3).getCell(6).getHyperlink().getAddress()).isEqualTo("'安全生产'!A1");
    StringBuilder facts = new StringBuilder();
    for (int r = 5; r <= s.getLastRowNum(); r++) {
      facts.append(text(s, r, 0)).append('\n');
    }
    assertThat(facts).contains("区域：达川区（511703）").contains("生成日期：2025-06-01");
  }

  @Test
  void channelListStyle() throws Exception {
    XSSFWorkbook wb =
        export(
            PublishedCatalog.basic(List.of(safety()), null, null, LocalDate.of(2025, 6, 1)),
            ExcelOptions.defaults().withChannels(ExcelOptions.ChannelStyle.LIST));
    assertThat(text(wb.getSheet("安全生产"), 4, 7)).isEqualTo("政府网站\n两微一端");
  }

  @Test
  void tierFilterAndTierColumns() throws Exception {
    PublishedCatalog township =
        PublishedCatalog.basic(List.of(safety()), Tier.TOWNSHIP, null, LocalDate.of(2025, 6, 1));
    assertThat(township.domains().get(0).items())
        .extracting(Item::id)
        .containsExactly("AQSC-002", "AQSC-004");
    PublishedCatalog village =
        new PublishedCatalog(
            "凤凰村", "511703001201", null, List.of(), Set.of(), null, LocalDate.now());
    assertThat(village.tierColumns()).containsExactly(Tier.VILLAGE);
    PublishedCatalog county =
        new PublishedCatalog("达川区", "511703", null, List.of(), Set.of(), null, LocalDate.now());
    assertThat(county.tierColumns()).containsExactly(Tier.COUNTY, Tier.TOWNSHIP, Tier.VILLAGE);
  }

  @Test
  void sheetNamesAreSafeAndUnique() {
    List<Item> one = List.of(safety().items().get(0));
    Catalog a = new Catalog("a/b", null, null, null, null, Policy.defaults(), one, FILE.at(1, 1));
    Catalog b = new Catalog("a?b", null, null, null, null, Policy.defaults(), one, FILE.at(1, 1));
    Catalog c = new Catalog("目录", null, null, null, null, Policy.defaults(), one, FILE.at(1, 1));
    assertThat(ExcelExporter.sheetNames(List.of(a, b, c)))
        .containsExactly("a_b", "a_b(2)", "目录(2)");
  }

  @Test
  void aDomainWithoutItemsIsHiddenAndListedAsHavingNone() throws Exception {
    Catalog empty =
        new Catalog("教育", null, "2025.1", null, null, Policy.defaults(), List.of(), FILE.at(1, 1));
    XSSFWorkbook book =
        export(
            PublishedCatalog.basic(
                List.of(safety(), empty), Tier.VILLAGE, "示例省", LocalDate.of(2025, 6, 1)),
            ExcelOptions.defaults());
    // kept for the import, but hidden: printing the workbook gives no page of headers alone
    assertThat(book.getSheetVisibility(book.getSheetIndex("教育"))).isEqualTo(SheetVisibility.HIDDEN);
    assertThat(book.getSheetVisibility(book.getSheetIndex("安全生产")))
        .isEqualTo(SheetVisibility.VISIBLE);
    // LibreOffice prints a hidden sheet that has a print area (seen converting to PDF)
    assertThat(book.getPrintArea(book.getSheetIndex("教育"))).isNull();
    assertThat(book.getPrintArea(book.getSheetIndex("安全生产"))).isNotNull();
    XSSFSheet index = book.getSheet("目录");
    assertThat(text(index, 4, 1)).isEqualTo("教育");
    assertThat(text(index, 4, 6)).isEqualTo(TableVocabulary.NO_ITEMS);
    assertThat(index.getPrintSetup().getLandscape()).isTrue();
    assertThat(book.getProperties().getCoreProperties().getCreator()).isEqualTo("示例省");
    assertThat(book.getProperties().getCoreProperties().getTitle()).isNotEmpty();
  }
}
