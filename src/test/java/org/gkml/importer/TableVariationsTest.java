package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.Severity;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ways published tables vary that the twenty fixtures do not all show, each as a small web page:
 * heading rows and numbered levels, repeated headers, 序号-only and footnote rows, tiers written as
 * text, 公开属性 beside 公开方式, numbered channel lists, a 五公开 checklist that is not channels, header
 * words broken and in traditional script, a lost 一级 merge, a lone 社区 tier column.
 */
class TableVariationsTest {
  private static final String HEAD =
      "<tr><th>序号</th><th>公开事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th>"
          + "<th>公开主体</th><th>公开渠道</th>";

  @TempDir Path dir;

  private ImportResult read(String rows) throws Exception {
    return WebPages.imported(dir, "安全生产领域基层政务公开标准目录", rows);
  }

  private static String row(String... cells) {
    return WebPages.row(cells);
  }

  @Test
  void headingRowsNameTheLevelOfTheRowsBelow() throws Exception {
    ImportResult r =
        read(
            HEAD
                + "<th>公开对象</th><th>公开方式</th></tr>"
                + row("", "1.政策文件", "", "", "", "", "", "", "")
                + row("1", "1.1法律法规", "法律", "《条例》", "20日", "应急局", "政府网站", "全社会", "主动公开")
                + row("2", "1.2规章", "规章", "《条例》", "20日", "应急局", "政府网站", "全社会", "主动公开")
                + row("", "2.监管执法", "", "", "", "", "", "", "")
                + row("3", "2.1检查计划", "计划", "《条例》", "20日", "应急局", "政府网站", "全社会", "主动公开"));
    assertThat(r.rows())
        .extracting(ImportedRow::level1, ImportedRow::level2)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1.政策文件", "1.1法律法规"),
            org.assertj.core.groups.Tuple.tuple("1.政策文件", "1.2规章"),
            org.assertj.core.groups.Tuple.tuple("2.监管执法", "2.1检查计划"));
    assertThat(r.notes()).extracting(ImportNote::key).contains("import.headingRow");
  }

  @Test
  void repeatedHeadersSeqOnlyRowsAndFootnotesAreNoItems() throws Exception {
    String header = HEAD + "<th>公开对象</th><th>公开方式</th></tr>";
    ImportResult r =
        read(
            header
                + row("1", "事项一", "内容一", "《条例》", "20日", "应急局", "政府网站", "全社会", "主动")
                + header
                + row("2", "", "", "", "", "", "", "", "")
                + row("3", "事项三", "内容三", "《条例》", "20日", "应急局", "政府网站", "全社会", "主动")
                + "<tr><td colspan=\"9\">注：本目录由县应急管理局负责解释。</td></tr>");
    assertThat(r.rows()).extracting(ImportedRow::level1).containsExactly("事项一", "事项三");
    assertThat(r.notes())
        .extracting(ImportNote::key)
        .contains("import.repeatedHeader", "import.seqOnly", "import.footnote");
  }

  @Test
  void tiersWrittenAsTextInTierColumnsAndInOneColumn() throws Exception {
    ImportResult r =
        read(
            "<tr><th rowspan=\"2\">公开事项</th><th rowspan=\"2\">公开内容</th><th rowspan=\"2\">公开依据</th>"
                + "<th rowspan=\"2\">公开时限</th><th rowspan=\"2\">公开主体</th>"
                + "<th colspan=\"2\">公开层级</th><th rowspan=\"2\">公开层级</th></tr>"
                + "<tr><th>州级县级</th><th>乡级</th></tr>"
                + row("甲", "内容", "《条例》", "20日", "州应急局", "县级", "", "")
                + row("乙", "内容", "《条例》", "20日", "州应急局", "√", "√", ""));
    assertThat(r.rows().get(0).tiers()).containsExactly("县级");
    assertThat(r.rows().get(1).tiers()).containsExactly("州级县级", "乡级");
    Item second = r.catalogs().get(0).items().get(1);
    assertThat(second.tiers()).containsExactlyInAnyOrder(Tier.COUNTY, Tier.TOWNSHIP);
    assertThat(r.notes()).extracting(ImportNote::key).contains("import.tierText");

    ImportResult words =
        read(
            "<tr><th>公开事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th><th>公开主体</th>"
                + "<th>公开层级</th></tr>"
                + row("甲", "内容", "《条例》", "20日", "县局", "县级、乡、村级"));
    // the whole text is one tier word (as 乡、村级 is), printed as it stands
    assertThat(words.rows().get(0).tiers()).containsExactly("县级、乡、村级");
    assertThat(words.catalogs().get(0).items().get(0).tiers())
        .containsExactlyInAnyOrder(Tier.COUNTY, Tier.TOWNSHIP, Tier.VILLAGE);
  }

  @Test
  void publicityAttributeBesideHowItIsPublished() throws Exception {
    for (boolean attributeFirst : List.of(true, false)) {
      String a = "<th>公开属性</th>";
      String b = "<th>公开方式</th>";
      String va = "<td>依申请公开</td>";
      String vb = "<td>全文发布</td>";
      ImportResult r =
          read(
              "<tr><th>公开事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th><th>公开主体</th>"
                  + (attributeFirst ? a + b : b + a)
                  + "</tr><tr><td>甲</td><td>内容</td><td>《条例》</td><td>20日</td><td>县局</td>"
                  + (attributeFirst ? va + vb : vb + va)
                  + "</tr>");
      assertThat(r.rows().get(0).mode()).isEqualTo("依申请");
      Item item = r.catalogs().get(0).items().get(0);
      assertThat(item.mode()).isEqualTo(Mode.ON_REQUEST);
      assertThat(item.note()).isEqualTo("公开方式：全文发布");
    }
  }

  @Test
  void numberedChannelListsAndAFivePublicChecklistThatIsNoChannel() throws Exception {
    ImportResult r =
        read(
            "<tr><th>公开事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th><th>公开主体</th>"
                + "<th>公开渠道和载体</th><th>五公开阶段</th></tr>"
                + row("甲", "内容", "《条例》", "20日", "县局", "1.政府网站 2.两微一端；3.公开查阅点", "■决策 □执行 ■结果")
                + row("乙", "● 第一项<br>● 第二项", "《条例》", "20日", "县局", "政府网站/政务服务中心", "□决策"));
    assertThat(r.rows().get(0).channels()).containsExactly("政府网站", "两微一端", "公开查阅点");
    assertThat(r.rows().get(1).channels()).containsExactly("政府网站", "政务服务中心");
    assertThat(r.rows().get(1).content()).isEqualTo("● 第一项\n● 第二项");
    Item first = r.catalogs().get(0).items().get(0);
    assertThat(first.channels()).doesNotContain("决策", "结果");
    assertThat(first.note()).isEqualTo("五公开阶段：■决策 □执行 ■结果");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.keptInNote"))
        .singleElement()
        .satisfies(n -> assertThat(n.args()).first().isEqualTo("五公开阶段"));
  }

  @Test
  void brokenTraditionalHeaderWordsLostMergeAndALoneVillageColumn() throws Exception {
    ImportResult r =
        read(
            "<tr><th>序 號</th><th>一級<br>事項</th><th>二級 事項</th><th>公開內容<br>(要素)</th>"
                + "<th>公開 依據</th><th>公開時(shí)限</th><th>公開 主體</th><th>公開渠道</th>"
                + "<th>公開<br>對象</th><th>社區</th></tr>"
                + row("1", "政策文件", "法律", "法律全文", "《條例》", "20日", "社區居委會", "■政府網站 □政府公報", "全社會", "√")
                + row("2", "", "規章", "規章全文", "《條例》", "20日", "社區居委會", "口政府網站 ■公開查閱點", "全社會", ""));
    assertThat(r.rows()).hasSize(2);
    ImportedRow second = r.rows().get(1);
    assertThat(second.level1()).isEqualTo("政策文件");
    assertThat(second.channels()).containsExactly("公開查閱點");
    assertThat(r.rows().get(0).tiers()).containsExactly("社區");
    Item first = r.catalogs().get(0).items().get(0);
    assertThat(first.tiers()).containsExactly(Tier.VILLAGE);
    assertThat(first.channels()).containsExactly("政府网站");
    assertThat(first.owner()).isEqualTo("社區居委會");
    assertThat(r.notes())
        .filteredOn(n -> n.severity() == Severity.INFO)
        .extracting(ImportNote::key)
        .contains("import.levelFromAbove");
  }

  @Test
  void simplifiedOnRequest() throws Exception {
    Path p = dir.resolve("trad.html");
    Files.writeString(
        p,
        "<table><tr><th>公開事項</th><th>公開內容</th><th>公開依據</th><th>公開時限</th>"
            + "<th>公開主體</th></tr><tr><td>綜合業務(wù)</td><td>政策</td><td>《條例》</td>"
            + "<td>20個工作日</td><td>縣民政局</td></tr></table>",
        StandardCharsets.UTF_8);
    ImportResult kept = new TableImporter(ChannelVocabulary.standard()).read(p, "社会救助", "t");
    assertThat(kept.catalogs().get(0).items().get(0).level1()).isEqualTo("綜合業務(wù)");
    ImportResult simple =
        new TableImporter(ChannelVocabulary.standard(), java.util.Set.of(), true)
            .read(p, "社会救助", "t");
    Item item = simple.catalogs().get(0).items().get(0);
    assertThat(item.level1()).isEqualTo("综合业务");
    assertThat(item.owner()).isEqualTo("县民政局");
  }

  @Test
  void oneTickColumnPerChannelUnderAChannelsGroup() throws Exception {
    ImportResult r =
        read(
            "<tr><th rowspan=\"2\">公开事项</th><th rowspan=\"2\">公开内容</th><th rowspan=\"2\">公开依据</th>"
                + "<th rowspan=\"2\">公开时限</th><th rowspan=\"2\">公开主体</th>"
                + "<th colspan=\"3\">公开渠道和载体</th></tr>"
                + "<tr><th>政府网站</th><th>政务服务中心</th><th>村公示栏</th></tr>"
                + row("甲", "内容", "《条例》", "20日", "县局", "√", "", "√"));
    assertThat(r.rows().get(0).channels()).containsExactly("政府网站", "村公示栏");
  }

  @Test
  void aPageTableSplitWithItsHeaderPrintedOnce() throws Exception {
    String first =
        "<tr><th>公开事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th><th>公开主体</th></tr>"
            + row("甲", "内容", "《条例》", "20日", "县局");
    ImportResult r =
        read(first + "</table><p>第 2 页</p><table>" + row("乙", "内容", "《条例》", "20日", "县局"));
    assertThat(r.rows()).extracting(ImportedRow::level1).containsExactly("甲", "乙");
    assertThat(r.catalogs()).hasSize(1);
    assertThat(r.notes()).extracting(ImportNote::key).contains("import.continuedTable");
  }

  @Test
  void wingdingsBoxesThatLostTheirFont() {
    ChannelCells cells = new ChannelCells(ChannelVocabulary.standard());
    assertThat(cells.read("t政府網站□政府公報\n□兩微一端t公開查閱點").printed()).containsExactly("政府網站", "公開查閱點");
    assertThat(cells.read("\uF0FE政府网站 \uF0A8政府公报").printed()).containsExactly("政府网站");
    // without other boxes a letter is only a letter
    assertThat(cells.read("net政府网站").printed()).containsExactly("net政府网站");
  }

  @Test
  void aPageOfSeveralTablesEachWithItsDomainInItsTitleRow() throws Exception {
    String header = "<tr><th>公开事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th><th>公开主体</th></tr>";
    ImportResult r =
        read(
            "<tr><td colspan=\"5\">(一)重大建设项目领域基层政务公开标准目录</td></tr>"
                + header
                + row("甲", "内容", "《条例》", "20日", "街道办")
                + "</table><table><tr><td colspan=\"5\">(二)公共资源交易领域基层政务公开标准目录</td></tr>"
                + header
                + row("乙", "内容", "《条例》", "20日", "街道办"));
    assertThat(r.catalogs()).extracting(c -> c.domain()).containsExactly("重大建设项目", "公共资源交易");
  }

  @Test
  void aSpanningSectionRowNamesTheFirstLevelOfTheRowsBelow() throws Exception {
    ImportResult r =
        read(
            "<tr><th>序号</th><th>公开事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th>"
                + "<th>公开主体</th></tr>"
                + "<tr><td colspan=\"6\">一、政策文件</td></tr>"
                + row("1", "法律法规", "内容", "《条例》", "20日", "县局")
                + "<tr><td colspan=\"6\">注：本表由县局负责解释。</td></tr>");
    assertThat(r.rows())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.level1()).isEqualTo("一、政策文件");
              assertThat(x.level2()).isEqualTo("法律法规");
            });
    assertThat(r.notes())
        .extracting(ImportNote::key)
        .contains("import.headingRow", "import.footnote");
  }

  @Test
  void aChinesePageSavedWithoutACharsetIsReadAsGb18030() throws Exception {
    Path p = dir.resolve("gbk.htm");
    String page =
        "<table><tr><th>公开事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th><th>公开主体</th>"
            + "</tr><tr><td>政策文件</td><td>法律</td><td>《条例》</td><td>20日</td><td>县局</td></tr></table>";
    Files.write(p, page.getBytes(java.nio.charset.Charset.forName("GBK")));
    ImportResult r = new TableImporter(ChannelVocabulary.standard()).read(p, "安全生产", "gbk.htm");
    assertThat(r.rows()).extracting(ImportedRow::level1).containsExactly("政策文件");
  }

  @Test
  void blankHeadersOverTheNumbersAndTheFirstLevel() throws Exception {
    ImportResult r =
        read(
            "<tr><th></th><th></th><th>二级 事项</th><th>公开内容 (要素)</th><th>公开依据</th>"
                + "<th>公开 时限</th><th>公开 主体</th></tr>"
                + row("0505", "计划生育", "独生子女父母奖励", "法律法规", "《法》", "20日", "街道办事处"));
    assertThat(r.rows())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.level1()).isEqualTo("计划生育");
              assertThat(x.level2()).isEqualTo("独生子女父母奖励");
            });
    assertThat(r.catalogs().get(0).items().get(0).note()).isNull();
  }

  @Test
  void numbersUnderABlankHeaderBesideTheSeqColumnAreACodeKeptInTheNote() throws Exception {
    ImportResult r =
        read(
            "<tr><th>序号</th><th></th><th>二级 事项</th><th>公开内容 (要素)</th><th>公开依据</th>"
                + "<th>公开 时限</th><th>公开 主体</th></tr>"
                + row("0505", "05", "独生子女父母奖励", "法律法规", "《法》", "20日", "街道办事处"));
    assertThat(r.catalogs().get(0).items().get(0).note()).isEqualTo("05");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.keptInNote"))
        .extracting(ImportNote::cell)
        .containsExactly("row 2 col 2");
    // an empty blank-headed column is no 一级 column: the table lacks one, said once for the table
    assertThat(r.notes())
        .filteredOn(n -> n.severity() == Severity.ERROR)
        .extracting(ImportNote::key)
        .contains("import.missingColumn")
        .doesNotContain("import.missing");
  }

  @Test
  void anEmptyColumnUnderABlankHeaderBeforeTheSecondLevelIsNoFirstLevelColumn() throws Exception {
    ImportResult r =
        read(
            "<tr><th>序号</th><th></th><th>二级 事项</th><th>公开内容 (要素)</th><th>公开依据</th>"
                + "<th>公开 时限</th><th>公开 主体</th></tr>"
                + row("0507", "", "特别扶助", "法律法规", "《法》", "20日", "街道办事处"));
    assertThat(r.notes())
        .filteredOn(n -> n.severity() == Severity.ERROR)
        .extracting(ImportNote::key)
        .contains("import.missingColumn")
        .doesNotContain("import.missing");
  }
}
