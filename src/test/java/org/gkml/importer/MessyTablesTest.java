package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.error.GkmlException;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables that break the usual layout in the ways published tables do. */
class MessyTablesTest {
  private static final ChannelVocabulary VOCABULARY = ChannelVocabulary.standard();

  @TempDir Path dir;

  /** A sheet from rows of cells; merges as A1-style ranges. */
  record SheetSpec(String name, String[][] rows, String... merges) {}

  private Path workbook(String file, SheetSpec... sheets) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (SheetSpec spec : sheets) {
        Sheet s = wb.createSheet(spec.name());
        for (int r = 0; r < spec.rows().length; r++) {
          Row row = s.createRow(r);
          for (int c = 0; c < spec.rows()[r].length; c++) {
            String v = spec.rows()[r][c];
            if (v != null && !v.isEmpty()) {
              row.createCell(c).setCellValue(v);
            }
          }
        }
        for (String m : spec.merges()) {
          s.addMergedRegion(CellRangeAddress.valueOf(m));
        }
      }
      Path p = dir.resolve(file);
      try (OutputStream out = Files.newOutputStream(p)) {
        wb.write(out);
      }
      return p;
    }
  }

  private static ImportResult read(Path p, String domain) {
    return new TableImporter(VOCABULARY).read(p, domain, p.getFileName().toString());
  }

  private static final String[] HEADER = {
    "序 号", "公开事项", "", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "公开对象", "", "公开方式", "", "公开层级", ""
  };
  private static final String[] SUB = {
    "", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定对象", "主动", "依申请公开", "县(区)级", "镇街级"
  };

  @Test
  void headerBelowAnAttachmentLineWithColumnNumbersContinuationsAndRepeats() throws Exception {
    String[][] rows = {
      {"附件2"},
      {"示例县社会救助领域基层政务公开标准目录"},
      {},
      HEADER,
      SUB,
      {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"},
      {
        "1",
        "政策法规",
        "法律法规",
        "社会救助相关法律",
        "1.《社会救助暂行办法》(国务院令第649号);2.《中华人民共和国政府信息公开条例》",
        "信息形成之日起20个工作日内",
        "县民政局",
        "☑政府网站 ☐政府公报 ☑公开查阅点",
        "是",
        "",
        "●",
        "",
        "√",
        ""
      },
      {"", "", "", "（续）适用范围", "", "", "", "", "", "", "", "", "", ""},
      HEADER,
      SUB,
      {"2", "", "规范性文件", "规范性文件\n及解读", "同上", "同上", "县民政局", "政府网站、两微一端", "√", "", "√", "", "√", "√"},
      {
        "3",
        "最低生活保障",
        "审核确认",
        "申请条件",
        "《社会救助暂行办法》",
        "10个工作日",
        "乡镇人民政府",
        "口政府网站 ■便民服务站",
        "",
        "申请人",
        "",
        "√",
        "",
        "√"
      },
      {"", "", "", "", "", "", "", "", "", "", "", "", "", ""},
      {"说明：本目录由县民政局负责解释。"},
    };
    Path p =
        workbook(
            "messy.xlsx",
            new SheetSpec(
                "社会救助", rows, "A4:A5", "B4:C4", "D4:D5", "I4:J4", "K4:L4", "M4:N4", "B7:B8",
                "C7:C8", "A7:A8"));
    ImportResult result = read(p, null);
    assertThat(result.catalogs()).hasSize(1);
    Catalog c = result.catalogs().get(0);
    assertThat(c.domain()).isEqualTo("社会救助");
    assertThat(c.title()).isEqualTo("示例县社会救助领域基层政务公开标准目录");
    assertThat(c.issuer()).isEqualTo("示例县");
    assertThat(c.items()).hasSize(3);
    Item first = c.items().get(0);
    assertThat(first.id()).isEqualTo("SHJZ-001");
    assertThat(first.content()).isEqualTo("社会救助相关法律\n（续）适用范围");
    assertThat(first.basis()).containsExactly("《社会救助暂行办法》(国务院令第649号)", "《中华人民共和国政府信息公开条例》");
    assertThat(first.channels()).containsExactly("政府网站", "公开查阅点");
    assertThat(first.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(first.mode()).isEqualTo(Mode.PROACTIVE);
    assertThat(first.tiers()).containsExactlyInAnyOrder(Tier.COUNTY);
    Item second = c.items().get(1);
    assertThat(second.level1()).isEqualTo("政策法规");
    assertThat(second.content()).isEqualTo("规范性文件\n及解读");
    assertThat(second.basis()).isEqualTo(first.basis());
    assertThat(second.deadline()).isEqualTo(first.deadline());
    assertThat(second.channels()).containsExactly("政府网站", "两微一端");
    assertThat(second.tiers()).containsExactlyInAnyOrder(Tier.COUNTY, Tier.TOWNSHIP);
    Item third = c.items().get(2);
    assertThat(third.level1()).isEqualTo("最低生活保障");
    assertThat(third.channels()).containsExactly("便民服务站");
    assertThat(third.audience()).isEqualTo(Audience.SPECIFIC);
    assertThat(third.note()).isNull();
    assertThat(result.extras().get(third.id())).containsEntry("audience-note", "申请人");
    assertThat(third.mode()).isEqualTo(Mode.ON_REQUEST);
    assertThat(third.tiers()).containsExactlyInAnyOrder(Tier.TOWNSHIP);
    // the footnote is the only cell not used; the rest are judgements (rows joined, 同上 read)
    assertThat(result.notes())
        .filteredOn(n -> n.severity() != org.gkml.model.Severity.INFO)
        .extracting(ImportNote::key)
        .containsExactly("import.footnote");
    // the YAML written for it passes the catalogue schema
    Path yaml = dir.resolve("social-assistance.yaml");
    Files.writeString(yaml, CatalogYaml.write(c, "test"));
    var loaded =
        new org.gkml.load.FileLoader(org.gkml.i18n.Messages.english())
            .load(yaml, "social-assistance.yaml", org.gkml.load.DocumentKind.CATALOG);
    assertThat(loaded.findings()).noneMatch(org.gkml.model.Finding::isError);
    assertThat(loaded.document()).isInstanceOf(Catalog.class);
    assertThat(result.exitCode(false).code()).isZero();
    assertThat(result.exitCode(true).code()).isEqualTo(1);
  }

  @Test
  void oneRowHeaderWithWordColumnsAndAnUnknownColumn() throws Exception {
    String[][] rows = {
      {"事项名称", "公开内容(要素)", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级", "责任人电话"},
      {"办事指南", "办理流程", "《条例》", "实时", "区政务服务中心", "政府网站", "全社会", "主动公开", "县级、乡级", "1234"},
      {"结果公示", "结果", "《条例》", "实时", "区政务服务中心", "政府网站", "特定群体（申请人）", "依申请", "乡、村级", "5678"},
      {"不明", "内容", "《条例》", "实时", "区政务服务中心", "政府网站", "某些人", "随便", "省级", ""},
    };
    Path p = workbook("words.xlsx", new SheetSpec("Sheet1", rows));
    ImportResult result = read(p, "政务服务");
    Catalog c = result.catalogs().get(0);
    assertThat(c.domain()).isEqualTo("政务服务");
    assertThat(c.items()).extracting(Item::id).allMatch(id -> id.matches("X[0-9A-F]{6}-00\\d"));
    Item a = c.items().get(0);
    assertThat(a.level1()).isEqualTo("办事指南");
    assertThat(a.level2()).isNull();
    assertThat(a.mode()).isEqualTo(Mode.PROACTIVE);
    assertThat(a.tiers()).containsExactlyInAnyOrder(Tier.COUNTY, Tier.TOWNSHIP);
    Item b = c.items().get(1);
    assertThat(b.audience()).isEqualTo(Audience.SPECIFIC);
    assertThat(b.note()).isNull();
    assertThat(result.extras().get(b.id())).containsEntry("audience-note", "申请人");
    assertThat(b.mode()).isEqualTo(Mode.ON_REQUEST);
    assertThat(b.tiers()).containsExactlyInAnyOrder(Tier.TOWNSHIP, Tier.VILLAGE);
    // 责任人电话 is the FORMAT 1.1 contact
    assertThat(result.extras().get(b.id())).containsEntry("contact", "5678");
    Item odd = c.items().get(2);
    assertThat(odd.audience()).isEqualTo(Audience.SPECIFIC);
    assertThat(odd.mode()).isNull();
    assertThat(odd.tiers()).isEmpty();
    assertThat(result.notes())
        .extracting(n -> n.key() + "@" + n.cell())
        .contains(
            "import.badWords@H4", "import.badWords@I4", "import.missing@H4", "import.missing@I4");
    assertThat(result.exitCode(false).code()).isEqualTo(1);
  }

  @Test
  void severalSheetsOneDomainEachAndDomainSelection() throws Exception {
    String[][] header = {
      {
        "序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "全社会", "特定群体", "主动", "依申请",
        "县级"
      },
    };
    String[][] safety =
        concat(
            new String[][] {{"安全生产领域基层政务公开标准目录"}},
            header,
            new String[][] {
              {"1", "政策", "法规", "内容", "《条例》", "及时", "应急局", "政府网站", "√", "", "√", "", "√"}
            });
    String[][] housing =
        concat(
            new String[][] {{"住房保障领域基层政务公开标准目录"}},
            header,
            new String[][] {
              {"1", "政策", "法规", "内容", "《条例》", "及时", "住建局", "政府网站", "√", "", "√", "", "√"}
            });
    Path p =
        workbook(
            "two.xlsx",
            new SheetSpec("Sheet1", safety),
            new SheetSpec("Sheet2", housing),
            new SheetSpec("Sheet3", new String[][] {}));
    ImportResult both = read(p, null);
    assertThat(both.catalogs()).extracting(Catalog::domain).containsExactly("安全生产", "保障性住房");
    assertThat(both.catalogs().get(1).items().get(0).id()).isEqualTo("ZFBZ-001");
    assertThat(both.notes()).extracting(ImportNote::key).containsOnly("import.noIssuer");
    ImportResult one = read(p, "住房保障");
    assertThat(one.catalogs()).extracting(Catalog::domain).containsExactly("住房保障");
    assertThat(one.notes()).extracting(ImportNote::key).contains("import.otherDomain");
  }

  @Test
  void aSheetWhoseDomainCannotBeTold() throws Exception {
    String[][] rows = {
      {"序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "全社会", "主动", "乡级"},
      {"1", "事项", "内容", "《条例》", "及时", "镇政府", "政府网站", "√", "√", "√"},
    };
    ImportResult r = read(workbook("anon.xlsx", new SheetSpec("表一", rows)), null);
    assertThat(r.catalogs().get(0).domain()).isEqualTo("表一");
    assertThat(r.notes()).extracting(ImportNote::key).contains("import.noDomain");
    assertThat(r.exitCode(false).code()).isEqualTo(1);
  }

  @Test
  void idColumnsAndDuplicateIds() throws Exception {
    String[][] rows = {
      {"安全生产领域基层政务公开标准目录"},
      {"编号", "一级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "全社会", "主动", "县级"},
      {"AQSC-007", "甲", "内容", "《条例》", "及时", "局", "政府网站", "√", "√", "√"},
      {"AQSC-007", "乙", "内容", "《条例》", "及时", "局", "政府网站", "√", "√", "√"},
      {"", "丙", "内容", "《条例》", "及时", "局", "政府网站", "√", "√", "√"},
    };
    ImportResult r = read(workbook("ids.xlsx", new SheetSpec("s", rows)), null);
    assertThat(r.catalogs().get(0).items())
        .extracting(Item::id)
        .containsExactly("AQSC-007", "AQSC-001", "AQSC-002");
    assertThat(r.notes())
        .extracting(ImportNote::key)
        .containsExactlyInAnyOrder("import.duplicateId", "import.noIssuer");
    // a 编号 column of running numbers is not an id column
    rows[2][0] = "1";
    rows[3][0] = "2";
    rows[4][0] = "3";
    ImportResult n = read(workbook("numbers.xlsx", new SheetSpec("s", rows)), null);
    assertThat(n.catalogs().get(0).items())
        .extracting(Item::id)
        .containsExactly("AQSC-001", "AQSC-002", "AQSC-003");
  }

  @Test
  void limitsRefuseOversizedSheets() throws Exception {
    String[][] rows = new String[400][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = new String[] {"单元格" + r, "内容", "更多内容"};
    }
    Path p = workbook("big.xlsx", new SheetSpec("s", rows));
    WorkbookReader.Limits tight =
        new WorkbookReader.Limits(100L << 20, 30L << 20, 1000, 1_000_000, 256);
    assertThatThrownBy(() -> new TableImporter(VOCABULARY, tight).read(p, null, "big.xlsx"))
        .isInstanceOf(GkmlException.class)
        .extracting(e -> ((GkmlException) e).key())
        .isEqualTo("import.tooManyCells");
    WorkbookReader.Limits small = new WorkbookReader.Limits(1024, 30L << 20, 1000, 1_000_000, 256);
    assertThatThrownBy(() -> new TableImporter(VOCABULARY, small).read(p, null, "big.xlsx"))
        .extracting(e -> ((GkmlException) e).key())
        .isEqualTo("import.fileTooLarge");
    WorkbookReader.Limits narrow =
        new WorkbookReader.Limits(100L << 20, 30L << 20, 100_000, 1_000_000, 2);
    ImportResult r = new TableImporter(VOCABULARY, narrow).read(p, null, "big.xlsx");
    assertThat(r.notes()).extracting(ImportNote::key).contains("import.beyondColumns");
  }

  private static String[][] concat(String[][]... parts) {
    return java.util.Arrays.stream(parts)
        .flatMap(java.util.Arrays::stream)
        .toArray(String[][]::new);
  }
}
