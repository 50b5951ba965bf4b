package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Policy;
import org.gkml.model.TableVocabulary;
import org.gkml.model.Tier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Reads an exported Word document back with POI and checks the official layout. */
class DocxExportTest {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  private static XWPFDocument region;
  private static byte[] regionBytes;

  static byte[] export(PublishedCatalog p, ExcelOptions.ChannelStyle style) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxExporter(style, ChannelVocabulary.standard().with(List.of("投资项目在线审批监管平台")))
        .write(p, out);
    return out.toByteArray();
  }

  static PublishedCatalog regionCatalog() {
    Catalog empty =
        new Catalog(
            "教育",
            null,
            "2025.1",
            null,
            null,
            Policy.defaults(),
            List.of(),
            ExcelExportTest.safety().loc());
    return new PublishedCatalog(
        "达川区",
        "511703",
        null,
        List.of(ExcelExportTest.safety(), empty),
        Set.of("AQSC-003"),
        "达川区人民政府",
        DATE);
  }

  @BeforeAll
  static void exportRegion() throws Exception {
    regionBytes = export(regionCatalog(), ExcelOptions.ChannelStyle.CHECKLIST);
    region = new XWPFDocument(new ByteArrayInputStream(regionBytes));
  }

  private static String text(XWPFTableCell c) {
    return c.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
  }

  private static XWPFTable domainTable() {
    return region.getTables().get(1);
  }

  @Test
  void pageIsA4Landscape() {
    CTSectPr sect = region.getDocument().getBody().getSectPr();
    assertThat(sect.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
    assertThat(((java.math.BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(16838);
    assertThat(((java.math.BigInteger) sect.getPgSz().getH()).intValue()).isEqualTo(11906);
  }

  @Test
  void headerRowsRepeatOnEveryPageAndItemRowsDoNot() {
    XWPFTable t = domainTable();
    assertThat(t.getRow(0).isRepeatHeader()).isTrue();
    assertThat(t.getRow(1).isRepeatHeader()).isTrue();
    assertThat(t.getRow(2).isRepeatHeader()).isFalse();
  }

  @Test
  void anItemRowIsKeptOnOnePageUnlessItIsTallerThanAPage() {
    // a row broken across pages printed a few lines of one item under the repeated header
    assertThat(domainTable().getRow(2).isCantSplitRow()).isTrue();
    int[] widths = {2000, 2000};
    assertThat(DocxExporter.fitsOnePage(new String[] {"短", "一\n二\n三"}, widths)).isTrue();
    String tall = String.join("\n", java.util.Collections.nCopies(60, "第一行文字"));
    assertThat(DocxExporter.fitsOnePage(new String[] {"短", tall}, widths)).isFalse();
  }

  @Test
  void headerCellsAreMergedAsInThePublishedTables() {
    XWPFTable t = domainTable();
    XWPFTableRow top = t.getRow(0);
    XWPFTableRow sub = t.getRow(1);
    // 序号 spans both rows; 公开事项 spans 一级事项 and 二级事项
    assertThat(text(top.getCell(0))).isEqualTo(TableVocabulary.SEQ);
    assertThat(top.getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
    assertThat(sub.getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
    assertThat(text(top.getCell(1))).isEqualTo(TableVocabulary.ITEM_GROUP);
    assertThat(top.getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
    assertThat(text(sub.getCell(1))).isEqualTo(TableVocabulary.LEVEL1);
    assertThat(text(sub.getCell(2))).isEqualTo(TableVocabulary.LEVEL2);
    List<String> groups =
        top.getTableCells().stream().map(DocxExportTest::text).collect(Collectors.toList());
    assertThat(groups)
        .contains(
            TableVocabulary.AUDIENCE_GROUP, TableVocabulary.MODE_GROUP, TableVocabulary.TIER_GROUP);
    // a region at county tier prints every tier at or below it
    List<String> subs =
        sub.getTableCells().stream().map(DocxExportTest::text).collect(Collectors.toList());
    assertThat(subs).contains(Tier.COUNTY.word(), Tier.TOWNSHIP.word(), Tier.VILLAGE.word());
  }

  @Test
  void itemRowsHaveTicksChecklistMarksAndIds() {
    XWPFTable t = domainTable();
    List<String> first =
        t.getRow(2).getTableCells().stream().map(DocxExportTest::text).collect(Collectors.toList());
    assertThat(first.get(0)).isEqualTo("1");
    assertThat(first.get(2)).isEqualTo("法律法规");
    assertThat(first.get(7)).startsWith("■政府网站 □政府公报");
    assertThat(first.get(7)).contains("■两微一端", "□投资项目在线审批监管平台");
    assertThat(first.get(8)).isEqualTo(TableVocabulary.TICK);
    assertThat(first.get(9)).isEmpty();
    assertThat(first.get(first.size() - 1)).isEqualTo("AQSC-001");
    // the 个性 item: marked after its number and shaded
    XWPFTableRow custom = t.getRow(4);
    assertThat(text(custom.getCell(0))).isEqualTo("3" + TableVocabulary.CUSTOM_MARK);
    assertThat(custom.getCell(0).getCTTc().getTcPr().getShd().getFill()).isNotNull();
  }

  @Test
  void channelNamesAreNeverBrokenAcrossLines() {
    XWPFTable t = domainTable();
    // the column as the document sets it: wide enough for its widest box, so that the word
    // processor, which breaks CJK text between any two characters, breaks no box's name
    int width =
        ((java.math.BigInteger) t.getCTTbl().getTblGrid().getGridColArray(7).getW()).intValue();
    int capacity = DocxExporter.lineUnits(width);
    assertThat(capacity).isGreaterThanOrEqualTo(ExcelText.units("■社区/企事业单位/村公示栏(电子屏)"));
    for (int r = 2; r < t.getNumberOfRows(); r++) {
      for (String line : text(t.getRow(r).getCell(7)).split("\n")) {
        assertThat(line).matches("[■□][^■□]+( [■□][^■□]+)*");
        assertThat(ExcelText.units(line)).as(line).isLessThanOrEqualTo(capacity);
      }
    }
  }

  @Test
  void idsFitTheirColumnOnOneLine() {
    XWPFTable t = domainTable();
    int last = t.getRow(2).getTableCells().size() - 1;
    int width =
        ((java.math.BigInteger) t.getCTTbl().getTblGrid().getGridColArray(last).getW()).intValue();
    for (int r = 2; r < t.getNumberOfRows(); r++) {
      String id = text(t.getRow(r).getCell(last));
      assertThat(DocxExporter.widthFor(ExcelText.units(id), 7)).as(id).isLessThanOrEqualTo(width);
    }
  }

  @Test
  void aDomainWithoutItemsGetsNoTableButALineInTheList() {
    // the list of domains and one domain table: none for 教育, which has no item
    assertThat(region.getTables()).hasSize(2);
    XWPFTable index = region.getTables().get(0);
    assertThat(text(index.getRow(2).getCell(1))).isEqualTo("教育");
    assertThat(text(index.getRow(2).getCell(6))).isEqualTo(TableVocabulary.NO_ITEMS);
  }

  @Test
  void legendExplainsTheMarksAndProperties() {
    String all =
        region.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
    assertThat(all).contains("达川区基层政务公开标准目录", "个性事项", TableVocabulary.CHECKED, "生成日期：2025-06-01");
    var core = region.getProperties().getCoreProperties();
    assertThat(core.getCreator()).isEqualTo("达川区人民政府");
    assertThat(core.getTitle()).isEqualTo("达川区基层政务公开标准目录");
    assertThat(core.getSubject()).contains("达川区");
    assertThat(region.getStyles().getStyle("Normal")).isNotNull();
  }

  @Test
  void listStylePrintsOnlyTheItemsChannels() throws Exception {
    try (XWPFDocument doc =
        new XWPFDocument(
            new ByteArrayInputStream(export(regionCatalog(), ExcelOptions.ChannelStyle.LIST)))) {
      String channels = text(doc.getTables().get(1).getRow(2).getCell(7));
      assertThat(channels).isEqualTo("政府网站\n两微一端");
    }
  }

  @Test
  void sameCatalogueAndDateGiveTheSameBytes() throws Exception {
    assertThat(export(regionCatalog(), ExcelOptions.ChannelStyle.CHECKLIST)).isEqualTo(regionBytes);
  }

  @Test
  void aDomainTableReusedFromAnEarlierDocumentGivesTheSameBytesAsWritingItAfresh()
      throws Exception {
    PublishedCatalog county = regionCatalog();
    // another region publishing the same catalogue objects, as villages publish their township's
    PublishedCatalog other =
        new PublishedCatalog(
            "某某村", "511703101201", null, county.domains(), Set.of("AQSC-003"), "某某村", DATE);
    DocxExporter exporter =
        new DocxExporter(
            ExcelOptions.ChannelStyle.CHECKLIST,
            ChannelVocabulary.standard().with(List.of("投资项目在线审批监管平台")));
    exporter.write(county, new ByteArrayOutputStream());
    ByteArrayOutputStream reused = new ByteArrayOutputStream();
    exporter.write(other, reused);
    assertThat(exporter.reusedTables()).isEqualTo(1);
    assertThat(reused.toByteArray()).isEqualTo(export(other, ExcelOptions.ChannelStyle.CHECKLIST));
    // a different 个性 marking is a different table
    PublishedCatalog unmarked =
        new PublishedCatalog("某某村", "511703101201", null, county.domains(), Set.of(), "某某村", DATE);
    exporter.write(unmarked, new ByteArrayOutputStream());
    assertThat(exporter.reusedTables()).isEqualTo(1);
  }

  @Test
  void rowsReusedInATableOfAnotherCatalogueObjectGiveTheSameBytesAsWritingThemAfresh()
      throws Exception {
    PublishedCatalog county = regionCatalog();
    // a village whose overlay made its own catalogues: other objects, the same items but one, and
    // one item fewer (so the rows below it have other numbers)
    List<Catalog> overlaid =
        county.domains().stream()
            .map(
                c -> c.items().size() < 2 ? c : c.withItems(c.items().subList(1, c.items().size())))
            .toList();
    PublishedCatalog village =
        new PublishedCatalog(
            "某某村", "511703101201", null, overlaid, Set.of("AQSC-003"), "某某村", DATE);
    List<Catalog> copies = county.domains().stream().map(c -> c.withItems(c.items())).toList();
    PublishedCatalog copy =
        new PublishedCatalog("某某村", "511703101202", null, copies, Set.of("AQSC-003"), "某某村", DATE);
    DocxExporter exporter =
        new DocxExporter(
            ExcelOptions.ChannelStyle.CHECKLIST,
            ChannelVocabulary.standard().with(List.of("投资项目在线审批监管平台")));
    for (PublishedCatalog p : List.of(county, village, copy)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      exporter.write(p, out);
      assertThat(out.toByteArray()).isEqualTo(export(p, ExcelOptions.ChannelStyle.CHECKLIST));
    }
    assertThat(exporter.reusedTables()).isZero(); // every table is another catalogue object
    // the copy's rows are the county's; the village's are all renumbered
    int countyRows = county.domains().stream().mapToInt(c -> c.items().size()).sum();
    assertThat(exporter.reusedRows()).isEqualTo(countyRows);
  }

  /** Characters XML cannot hold become U+FFFD, never an unreadable document. */
  @Test
  void charactersXmlCannotHoldAreReplacedVisibly() {
    assertThat(WordXml.xmlCharacters("公开\u0001内容\u001b[2J")).isEqualTo("公开\uFFFD内容\uFFFD[2J");
    assertThat(WordXml.xmlCharacters("行一\n行二\t\uD842\uDFB7")).isEqualTo("行一\n行二\t\uD842\uDFB7");
    assertThat(WordXml.xmlCharacters("\uD842x\uFFFE")).isEqualTo("\uFFFDx\uFFFD");
  }
}
