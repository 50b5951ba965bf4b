package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One catalogue printed as several tables, as published pages are: split where a page broke with
 * the header printed once (its last column unticked in every row), each item its own table with the
 * header repeated, channel labels in rows of their own above and below the numbered row.
 */
class SplitTablesTest {
  /** 序号, 公开事项 (一级, 二级), five elements, 公开对象, 公开方式, 公开层级 (县级, 乡、村级): 14 columns. */
  private static final String HEADER =
      "<tr><td rowspan=\"2\">序号</td><td colspan=\"2\">公开事项</td><td rowspan=\"2\">公开内容</td>"
          + "<td rowspan=\"2\">公开依据</td><td rowspan=\"2\">公开时限</td><td rowspan=\"2\">公开主体</td>"
          + "<td rowspan=\"2\">公开渠道和载体</td><td colspan=\"2\">公开对象</td><td colspan=\"2\">公开方式</td>"
          + "<td colspan=\"2\">公开层级</td></tr>"
          + "<tr><td>一级事项</td><td>二级事项</td><td>全社会</td><td>特定群众</td><td>主动</td>"
          + "<td>依申请公开</td><td>县级</td><td>乡、村级</td></tr>";

  @TempDir Path dir;

  /** An item row ticked 全社会, 主动, 县级: its 依申请 and 乡、村级 cells are empty. */
  private static String item(String seq, String level1, String level2) {
    return row(
        seq,
        level1,
        level2,
        "办理流程",
        "《户口登记条例》",
        "20个工作日内",
        "公安分局",
        "■政府网站",
        "√",
        "",
        "√",
        "",
        "√",
        "");
  }

  /** A 生态环境 行政许可 item row ticked 全社会, 主动 and 县级, with its channel cell. */
  private static String permit(String seq, String level2, String channels) {
    return row(
        seq,
        "行政许可",
        level2,
        "环评批复",
        "《环境影响评价法》",
        "20个工作日内",
        "县级生态环境部门",
        channels,
        "√",
        "",
        "√",
        "",
        "√",
        "");
  }

  private static String row(String... cells) {
    StringBuilder b = new StringBuilder("<tr>");
    for (String c : cells) {
      b.append("<td>").append(c).append("</td>");
    }
    return b.append("</tr>").toString();
  }

  private Path page(String title, String body) throws Exception {
    Path p = dir.resolve("page.html");
    Files.writeString(
        p,
        "<html><head><meta charset=\"utf-8\"><title>"
            + title
            + "</title></head><body>"
            + body
            + "</body></html>",
        StandardCharsets.UTF_8);
    return p;
  }

  private static ImportResult read(Path p) {
    return new TableImporter(ChannelVocabulary.standard())
        .read(p, null, p.getFileName().toString());
  }

  private static List<String> keys(ImportResult r, Severity severity) {
    return r.notes().stream().filter(n -> n.severity() == severity).map(ImportNote::key).toList();
  }

  /** Four items, split after the second where a page broke; 乡、村级 is ticked in no row. */
  private Path pageSplitAfterItemTwo() throws Exception {
    return page(
        "户籍管理领域基层政务公开标准目录",
        "<table>"
            + HEADER
            + item("1", "出生登记", "出生登记")
            + item("2", "收养登记", "收养登记")
            + "</table><table>"
            + item("3", "注销登记", "死亡注销")
            + item("4", "注销登记", "服现役注销")
            + "</table>");
  }

  @Test
  void aPageSplitTableWhoseLastColumnIsBlankInEveryRowGoesOn() throws Exception {
    ImportResult r = read(pageSplitAfterItemTwo());
    assertThat(r.catalogs()).hasSize(1);
    assertThat(r.catalogs().get(0).items())
        .extracting(Item::level2)
        .containsExactly("出生登记", "收养登记", "死亡注销", "服现役注销");
    assertThat(r.notes()).extracting(ImportNote::key).contains("import.continuedTable");
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.noTable.table");
  }

  @Test
  void aHeaderlessTableUnderAHeadingOfAnotherDomainIsThatDomainsTable() throws Exception {
    Path p =
        page(
            "户籍管理领域基层政务公开标准目录",
            "<p>户籍管理领域基层政务公开标准目录</p><table>"
                + HEADER
                + item("1", "出生登记", "出生登记")
                + item("2", "收养登记", "收养登记")
                + "</table><p>（二）公共资源交易领域基层政务公开标准目录</p><table>"
                + item("1", "交易公告", "招标公告")
                + "</table>");
    ImportResult r = read(p);
    assertThat(r.catalogs()).extracting(c -> c.domain()).containsExactly("户籍管理", "公共资源交易");
    assertThat(r.catalogs().get(1).items()).extracting(Item::level2).containsExactly("招标公告");
    assertThat(keys(r, Severity.WARNING)).contains("import.headerlessOtherDomain.table");
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.continuedTable");
  }

  @Test
  void aHeadingOfTheSameDomainAboveTheRestKeepsItOneTable() throws Exception {
    Path p =
        page(
            "户籍管理领域基层政务公开标准目录",
            "<p>户籍管理领域基层政务公开标准目录</p><table>"
                + HEADER
                + item("1", "出生登记", "出生登记")
                + "</table><p>户籍管理领域基层政务公开标准目录（续）</p><table>"
                + item("2", "收养登记", "收养登记")
                + "</table>");
    ImportResult r = read(p);
    assertThat(r.catalogs()).hasSize(1);
    assertThat(r.catalogs().get(0).items()).hasSize(2);
    assertThat(r.notes()).extracting(ImportNote::key).contains("import.continuedTable");
  }

  @Test
  void aColumnMissingFromATableSplitByAPageIsOneErrorForAllItsItems() throws Exception {
    String header = row("序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式");
    String item = row("%s", "出生登记", "办理流程", "《户口登记条例》", "20个工作日内", "公安分局", "政府网站", "全社会", "主动");
    ImportResult r =
        read(
            page(
                "户籍管理领域基层政务公开标准目录",
                "<table>"
                    + header
                    + item.formatted("1")
                    + item.formatted("2")
                    + "</table><table>"
                    + item.formatted("3")
                    + "</table>"));
    assertThat(r.catalogs().get(0).items()).hasSize(3);
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.missingColumn"))
        .singleElement()
        .satisfies(n -> assertThat(n.args()).contains(3));
  }

  @Test
  void theSameSplitInAWordDocumentAndInAWorkbookOfTwoSheets() throws Exception {
    List<TableGrid> grids = RealTablesTest.grids(pageSplitAfterItemTwo());
    // a sheet stores no empty cell: the second sheet is one column narrower than the first
    for (Path file :
        List.of(
            RealTablesTest.docx(grids, dir.resolve("split.docx")),
            RealTablesTest.xlsx(grids, dir.resolve("split.xlsx")))) {
      ImportResult r = read(file);
      assertThat(r.catalogs()).as(file.toString()).hasSize(1);
      assertThat(r.catalogs().get(0).items()).as(file.toString()).hasSize(4);
      assertThat(r.notes())
          .extracting(ImportNote::key)
          .as(file.toString())
          .containsAnyOf("import.continuedTable", "import.continuedSheet")
          .doesNotContain("import.noTable", "import.noTable.table");
    }
  }

  @Test
  void aSplitTableThatLeavesOutTheEmptyCellsAtTheEndOfItsRowsGoesOn() throws Exception {
    String shortRow =
        row(
            "3",
            "注销登记",
            "死亡注销",
            "办理流程",
            "《户口登记条例》",
            "20个工作日内",
            "公安分局",
            "■政府网站",
            "√",
            "",
            "√",
            "",
            "√");
    ImportResult r =
        read(
            page(
                "户籍管理领域基层政务公开标准目录",
                "<table>"
                    + HEADER
                    + item("1", "出生登记", "出生登记")
                    + "</table><table>"
                    + shortRow
                    + "</table>"));
    assertThat(r.catalogs().get(0).items()).hasSize(2);
    assertThat(keys(r, Severity.ERROR)).isEmpty();
  }

  @Test
  void aHeaderlessTableOfItemsLackingARequiredColumnIsAnErrorNotDroppedInSilence()
      throws Exception {
    // 公开主体 is the last column, and the second table has none: not a blank tick column left out
    String header = row("序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开渠道", "公开对象", "公开主体");
    ImportResult r =
        read(
            page(
                "户籍管理领域基层政务公开标准目录",
                "<table>"
                    + header
                    + row("1", "出生登记", "办理流程", "《户口登记条例》", "20个工作日内", "政府网站", "全社会", "公安分局")
                    + "</table><table>"
                    + row("2", "死亡注销", "办理流程", "《户口登记条例》", "20个工作日内", "政府网站", "全社会")
                    + "</table>"));
    assertThat(keys(r, Severity.ERROR)).contains("import.continuedTableUnsure.table");
    assertThat(r.catalogs().get(0).items()).hasSize(1);
  }

  @Test
  void aNarrowerHeaderlessTableOfOtherWordsIsNoContinuationAndNoError() throws Exception {
    // words where the catalogue has its ticks: a table of something else, left out with a warning
    String other = row("1", "网站地图", "联系我们", "主办单位", "承办单位", "备案号", "网站标识码", "政务微博", "是否", "访问量");
    ImportResult r =
        read(
            page(
                "户籍管理领域基层政务公开标准目录",
                "<table>"
                    + HEADER
                    + item("1", "出生登记", "出生登记")
                    + "</table><table>"
                    + other
                    + "</table>"));
    assertThat(keys(r, Severity.ERROR)).isEmpty();
    assertThat(keys(r, Severity.WARNING)).contains("import.noTable.table");
    assertThat(r.catalogs().get(0).items()).hasSize(1);
  }

  @Test
  void eachItemItsOwnTableWithTheHeaderRepeatedIsOneTable() throws Exception {
    // the page title names no domain; only the first table has a heading
    ImportResult r =
        read(
            page(
                "文山市人民政府",
                "<p>生态环境领域基层政务公开标准目录</p><table>"
                    + HEADER
                    + item("1", "行政许可", "环评文件审批")
                    + "</table><table>"
                    + HEADER
                    + item("2", "", "防治污染设施拆除审批")
                    + "</table>"));
    assertThat(r.catalogs()).hasSize(1);
    assertThat(r.catalogs().get(0).domain()).isEqualTo("生态环境");
    assertThat(r.catalogs().get(0).items())
        .extracting(Item::level1)
        .containsExactly("行政许可", "行政许可");
    assertThat(r.notes())
        .extracting(ImportNote::key)
        .contains("import.sameHeaderTable.table", "import.levelFromAbove");
    assertThat(keys(r, Severity.ERROR)).isEmpty();
  }

  @Test
  void aTableRepeatingTheHeaderOfATableOfAnotherDomainIsLeftOutWithIt() throws Exception {
    Path p =
        page(
            "文山市人民政府",
            "<p>生态环境领域基层政务公开标准目录</p><table>"
                + HEADER
                + item("1", "行政许可", "环评文件审批")
                + "</table><table>"
                + HEADER
                + item("2", "", "防治污染设施拆除审批")
                + "</table>");
    ImportResult r = new TableImporter(ChannelVocabulary.standard()).read(p, "安全生产", "page.html");
    assertThat(r.catalogs()).isEmpty();
    assertThat(keys(r, Severity.WARNING))
        .contains("import.otherDomain.table", "import.restOfOtherDomain.table");
  }

  /** A row holding only a channel line: every other cell empty. */
  private static String channelLine(String line) {
    return row("", "", "", "", "", "", "", line, "", "", "", "", "", "");
  }

  @Test
  void channelLinesAboveAndBelowTheNumberedRowBelongToItsItem() throws Exception {
    String above = channelLine("■ 政府网站") + channelLine("□政府公报");
    String numbered = permit("%s", "%s", "□广播电视 □纸质媒体");
    String below = channelLine("□精准推送") + channelLine("□其他");
    ImportResult r =
        read(
            page(
                "生态环境领域基层政务公开标准目录",
                "<table>"
                    + HEADER
                    + above
                    + numbered.formatted("1", "环评文件审批")
                    + below
                    + "</table><table>"
                    + HEADER
                    + above
                    + numbered.formatted("2", "设施拆除审批")
                    + below
                    + "</table>"));
    List<Item> items = r.catalogs().get(0).items();
    assertThat(items).extracting(Item::level2).containsExactly("环评文件审批", "设施拆除审批");
    assertThat(items).allSatisfy(i -> assertThat(i.channels()).containsExactly("政府网站"));
    assertThat(r.notes()).extracting(ImportNote::key).contains("import.leadingRow");
    assertThat(keys(r, Severity.ERROR)).isEmpty();
  }

  @Test
  void channelLinesUnderAHeaderRepeatedMidTableBelongToTheItemBelowToo() throws Exception {
    String numbered = permit("%s", "%s", "□广播电视");
    ImportResult r =
        read(
            page(
                "生态环境领域基层政务公开标准目录",
                "<table>"
                    + HEADER
                    + channelLine("■ 政府网站")
                    + numbered.formatted("1", "环评文件审批")
                    + channelLine("□其他")
                    + HEADER
                    + channelLine("■两微一端")
                    + numbered.formatted("2", "设施拆除审批")
                    + "</table>"));
    List<Item> items = r.catalogs().get(0).items();
    assertThat(items.get(0).channels()).containsExactly("政府网站");
    assertThat(items.get(1).channels()).containsExactly("两微一端");
  }

  @Test
  void anItemSplitByAPageBreakGoesOnInTheTableAfter() throws Exception {
    // the rest of item 2's content and channels at the top of the page after, without a number
    String rest = row("", "", "", "所需材料", "", "", "", "■便民服务站", "", "", "", "", "", "");
    ImportResult r =
        read(
            page(
                "户籍管理领域基层政务公开标准目录",
                "<table>"
                    + HEADER
                    + item("1", "出生登记", "出生登记")
                    + item("2", "收养登记", "收养登记")
                    + "</table><table>"
                    + rest
                    + item("3", "注销登记", "死亡注销")
                    + "</table>"));
    List<Item> items = r.catalogs().get(0).items();
    assertThat(items).extracting(Item::level2).containsExactly("出生登记", "收养登记", "死亡注销");
    assertThat(items.get(1).content()).isEqualTo("办理流程\n所需材料");
    assertThat(items.get(1).channels()).containsExactly("政府网站", "便民服务站");
    assertThat(r.rows().get(1).channels()).containsExactly("政府网站", "便民服务站");
    assertThat(r.notes()).extracting(ImportNote::key).contains("import.continuationRow.before");
    assertThat(keys(r, Severity.ERROR)).isEmpty();
  }

  @Test
  void anUncheckedLabelWrappingIntoTheNextRowIsNoChannel() throws Exception {
    String first = permit("1", "环评文件审批", "■政府网站 □广播电视");
    ImportResult r =
        read(
            page(
                "生态环境领域基层政务公开标准目录",
                "<table>"
                    + HEADER
                    + first
                    + channelLine("□社区/企事业单位/")
                    + channelLine("村公示栏")
                    + channelLine("□精准推送 □其他")
                    + "</table>"));
    assertThat(r.catalogs().get(0).items().get(0).channels()).containsExactly("政府网站");
    assertThat(r.notes()).noneMatch(n -> n.key().startsWith("import.unknownChannel"));
  }

  @Test
  void aCheckedLabelWrappingIntoTheNextRowIsOneChannel() throws Exception {
    String first = permit("1", "环评文件审批", "□广播电视");
    ImportResult r =
        read(
            page(
                "生态环境领域基层政务公开标准目录",
                "<table>"
                    + HEADER
                    + first
                    + channelLine("■社区/企事业单位/")
                    + channelLine("村公示栏")
                    + "</table>"));
    assertThat(r.catalogs().get(0).items().get(0).channels()).hasSize(1);
    assertThat(r.catalogs().get(0).items().get(0).channels().get(0)).startsWith("社区/企事业单位/");
  }
}
