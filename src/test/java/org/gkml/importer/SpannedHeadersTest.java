package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A header cell spanning two columns that each hold part of one element, as published pages print
 * them: 二级事项 over a column of running numbers and one of names (no 序号 header of its own), 一级事项 over
 * two columns repeating one name, 公开渠道和载体 over two halves of one checklist.
 */
class SpannedHeadersTest {
  @TempDir Path dir;

  private ImportResult read(String rows) throws Exception {
    return WebPages.imported(dir, "安全生产领域基层政务公开标准目录", rows);
  }

  private static String row(String... cells) {
    return WebPages.row(cells);
  }

  private static final String GROUP_ROW =
      row(
          "<td colspan=\"3\">公开事项</td>",
          "<td rowspan=\"2\">公开内容</td>",
          "<td rowspan=\"2\">公开依据</td>",
          "<td rowspan=\"2\">公开时限</td>",
          "<td rowspan=\"2\">公开主体</td>",
          "<td rowspan=\"2\">公开渠道和载体</td>",
          "<td colspan=\"2\">公开对象</td>",
          "<td colspan=\"2\">公开方式</td>");

  private static final String TICKS = "√</td><td></td><td>√</td><td>";

  private static String item(String... cells) {
    return row(cells).replace("</tr>", "<td>" + TICKS + "</td></tr>");
  }

  @ParameterizedTest
  @CsvSource({"1,2", "（一）,（二）", "(1),(2)", "一、,二、", "①,②"})
  void runningNumbersUnderASecondLevelHeaderSpanningTwoColumnsAreTheSeqColumn(
      String first, String second) throws Exception {
    ImportResult r =
        read(
            GROUP_ROW
                + row("一级事项", "<td colspan=\"2\">二级事项</td>", "全社会", "特定群体", "主动", "依申请")
                + item(
                    "<td rowspan=\"2\">政策文件</td>",
                    first,
                    "法律法规",
                    "与安全生产有关的法律",
                    "《条例》",
                    "20个工作日内",
                    "应急管理部门",
                    "■政府网站")
                + item(second, "部门和地方规章", "规章", "《条例》", "20个工作日内", "应急管理部门", "■政府网站"));
    assertThat(r.rows()).extracting(ImportedRow::level2).containsExactly("法律法规", "部门和地方规章");
    assertThat(r.catalogs().get(0).items()).extracting(Item::note).containsOnlyNulls();
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.keptInNote");
  }

  @Test
  void besideASeqColumnNumbersUnderASpannedLevelHeaderAreACodeKeptInTheNote() throws Exception {
    ImportResult r =
        read(
            row(
                    "<td rowspan=\"2\">序号</td>",
                    "<td colspan=\"3\">公开事项</td>",
                    "<td rowspan=\"2\">公开内容</td>",
                    "<td rowspan=\"2\">公开依据</td>",
                    "<td rowspan=\"2\">公开时限</td>",
                    "<td rowspan=\"2\">公开主体</td>",
                    "<td rowspan=\"2\">公开渠道和载体</td>",
                    "<td colspan=\"2\">公开对象</td>",
                    "<td colspan=\"2\">公开方式</td>")
                + row("一级事项", "<td colspan=\"2\">二级事项</td>", "全社会", "特定群体", "主动", "依申请")
                + item("1", "政策文件", "05", "法律法规", "法律", "《条例》", "20个工作日内", "应急管理部门", "■政府网站"));
    assertThat(r.rows()).extracting(ImportedRow::level2).containsExactly("法律法规");
    assertThat(r.catalogs().get(0).items().get(0).note()).isEqualTo("二级事项：05");
  }

  @Test
  void aFirstLevelHeaderOverTwoColumnsRepeatingOneNameReadsThatName() throws Exception {
    String head =
        row(
                "<td rowspan=\"2\">序号</td>",
                "<td colspan=\"3\">公开事项</td>",
                "<td rowspan=\"2\">公开内容</td>",
                "<td rowspan=\"2\">公开依据</td>",
                "<td rowspan=\"2\">公开时限</td>",
                "<td rowspan=\"2\">公开主体</td>",
                "<td rowspan=\"2\">公开渠道和载体</td>",
                "<td colspan=\"2\">公开对象</td>",
                "<td colspan=\"2\">公开方式</td>")
            + row("<td colspan=\"2\">一级事项</td>", "二级事项", "全社会", "特定群体", "主动", "依申请");
    ImportResult r =
        read(
            head
                + item(
                    "1",
                    "<td rowspan=\"2\">法治宣传教育</td>",
                    "<td rowspan=\"2\">法治宣传教育</td>",
                    "法律知识普及服务",
                    "法律法规资讯",
                    "《条例》",
                    "20个工作日内",
                    "司法行政部门",
                    "■政府网站")
                + item("2", "推广法治文化服务", "法治文化作品", "《条例》", "20个工作日内", "司法行政部门", "■政府网站")
                + item(
                    "3",
                    "<td colspan=\"2\">律师</td>",
                    "律师执业处罚",
                    "处罚决定",
                    "《律师法》",
                    "20个工作日内",
                    "司法行政部门",
                    "■政府网站")
                + item("4", "公证", "公证处", "公证机构信息", "名录", "《公证法》", "20个工作日内", "司法行政部门", "■政府网站"));
    assertThat(r.rows())
        .extracting(ImportedRow::level1)
        .containsExactly("法治宣传教育", "法治宣传教育", "律师", "公证");
    assertThat(r.rows())
        .extracting(ImportedRow::level2)
        .containsExactly("法律知识普及服务", "推广法治文化服务", "律师执业处罚", "公证机构信息");
    // a cell saying something else than the name beside it is kept, and that column reported
    assertThat(r.catalogs().get(0).items())
        .extracting(Item::note)
        .containsExactly(null, null, null, "一级事项：公证处");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.keptInNote"))
        .singleElement()
        .satisfies(n -> assertThat(n.cell()).isEqualTo("row 6 col 3"));
  }

  @Test
  void aChannelHeaderSpanningTwoColumnsReadsBothHalvesOfTheChecklist() throws Exception {
    ImportResult r =
        read(
            row(
                    "<td colspan=\"2\">公开事项</td>",
                    "<td rowspan=\"2\">公开内容</td>",
                    "<td rowspan=\"2\">公开依据</td>",
                    "<td rowspan=\"2\">公开时限</td>",
                    "<td rowspan=\"2\">公开主体</td>",
                    "<td rowspan=\"2\" colspan=\"2\">公开渠道和载体</td>",
                    "<td colspan=\"2\">公开对象</td>",
                    "<td colspan=\"2\">公开方式</td>")
                + row("一级事项", "二级事项", "全社会", "特定群体", "主动", "依申请")
                + item(
                    "<td rowspan=\"2\">政策文件</td>",
                    "法律法规",
                    "法律",
                    "《条例》",
                    "20个工作日内",
                    "应急管理部门",
                    "<td rowspan=\"2\">■政府网站 ■两微一端 □广播电视<br>□便民服务站</td>",
                    "<td rowspan=\"2\">□政府公报 ■政务服务中心<br>□社区/企事业单位、村公示栏(电子屏)</td>")
                + item("规章", "规章", "《条例》", "20个工作日内", "应急管理部门"));
    assertThat(r.rows())
        .extracting(ImportedRow::channels)
        .containsOnly(java.util.List.of("政府网站", "两微一端", "政务服务中心"));
    assertThat(r.catalogs().get(0).items()).extracting(Item::note).containsOnlyNulls();
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.keptInNote");
  }

  @Test
  void aChannelHeaderWhoseRemarkLostItsOpeningBracketIsStillTheChannelColumn() throws Exception {
    ImportResult r =
        read(
            row(
                    "<td colspan=\"2\">公开事项</td>",
                    "<td rowspan=\"2\">公开内容</td>",
                    "<td rowspan=\"2\">公开依据</td>",
                    "<td rowspan=\"2\">公开时限</td>",
                    "<td rowspan=\"2\">公开主体</td>",
                    "<td rowspan=\"2\">公开渠道和载体<br>“■”表示必选项,“□”表示可选 项)</td>",
                    "<td colspan=\"2\">公开对象</td>",
                    "<td colspan=\"2\">公开方式</td>")
                + row("一级事项", "二级事项", "全社会", "特定群体", "主动", "依申请")
                + item("政策文件", "法律法规", "法律", "《条例》", "20个工作日内", "应急管理部门", "■政府网站 □政府公报"));
    assertThat(r.rows().get(0).channels()).containsExactly("政府网站");
    assertThat(r.catalogs().get(0).items().get(0).note()).isNull();
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.keptInNote");
  }

  @Test
  void aRemarkWithBothBracketsOrNoneIsReadAsBefore() {
    assertThat(TableLayout.nameBeforeRemark("公开渠道和载体\n(“■”表示必选项,“□”表示可选项)")).isEqualTo("公开渠道和载体");
    assertThat(TableLayout.nameBeforeRemark("公开渠道和载体\n“■”表示必选项,“□”表示可选项)")).isEqualTo("公开渠道和载体");
    // a sentence is no column name, whatever bracket it ends with
    assertThat(TableLayout.nameBeforeRemark("其他可以公开的与安全生产有关的政策文件\n包括改革方案)")).isNull();
    assertThat(TableLayout.nameBeforeRemark("公开渠道和载体\n“■”表示必选项")).isNull();
  }
}
