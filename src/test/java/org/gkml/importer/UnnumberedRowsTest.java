package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row that names an item but has no 序号 of its own, in a numbered table (import.md §6): the rest
 * of the item above where a page converted from PDF cut each of its cells over several rows, an
 * item of its own where the table numbers only its 一级 groups, and reported where the numbers do not
 * tell.
 */
class UnnumberedRowsTest {
  private static final String HEAD =
      "<tr><th>序号</th><th>一级事项</th><th>二级事项</th><th>公开内容</th><th>公开依据</th>"
          + "<th>公开时限</th><th>公开主体</th><th>公开渠道</th></tr>";

  @TempDir Path dir;

  private ImportResult read(String rows) throws Exception {
    return WebPages.imported(dir, "救灾领域基层政务公开标准目录", HEAD + rows);
  }

  private static String row(String... cells) {
    return WebPages.row(cells);
  }

  @Test
  void aRowWithoutANumberUnderAMergedLevelThatNumbersEachItemIsTheRestOfTheItemAbove()
      throws Exception {
    ImportResult r =
        read(
            row("1", "<td rowspan=\"4\">政策文件</td>", "法律法规", "法律", "《条例》", "20日", "应急局", "政府网站")
                + row("2", "部门和", "部门和", "《中华人民共和国政府信息", "信息形成或变", "应急局,镇", "政府网站")
                + row("", "地方规章", "地方规章", "公开条例》", "更之日起20", "人民政府", "两微一端")
                + row("", "", "", "", "工作日内", "", "")
                + row("3", "政策文件", "其他政策文件", "其他", "《条例》", "20日", "应急局", "政府网站"));
    assertThat(r.rows()).hasSize(3);
    ImportedRow second = r.rows().get(1);
    assertThat(second.level2()).isEqualTo("部门和\n地方规章");
    assertThat(r.catalogs().get(0).items().get(1).basis()).containsExactly("《中华人民共和国政府信息公开条例》");
    assertThat(second.deadline()).isEqualTo("信息形成或变\n更之日起20\n工作日内");
    assertThat(second.channels()).containsExactly("政府网站", "两微一端");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.unnumberedRow.numbered"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.WARNING);
              assertThat(n.cell()).isEqualTo("row 4 col 1");
              assertThat(n.args()).containsExactly("地方规章", 3, "2");
            });
  }

  @Test
  void aBookTitleLeftOpenInTheRowAboveJoinsAnUnnumberedRowEvenWhereNumbersDoNotTell()
      throws Exception {
    ImportResult r =
        read(
            row("1", "政策文件", "部门和", "部门和", "《中华人民共和国政府信息", "20日", "应急局", "政府网站")
                + row("", "", "地方规章", "地方规章", "公开条例》", "", "", "")
                + row("2", "监管执法", "检查计划", "计划", "《条例》", "20日", "应急局", "政府网站"));
    assertThat(r.rows()).extracting(ImportedRow::level2).containsExactly("部门和\n地方规章", "检查计划");
    assertThat(r.notes()).extracting(ImportNote::key).contains("import.unnumberedRow.open");
  }

  @Test
  void whereTheTableNumbersOnlyItsFirstLevelGroupsAnUnnumberedRowIsAnItem() throws Exception {
    ImportResult r =
        read(
            row("1", "<td rowspan=\"3\">政策文件</td>", "法律法规", "法律", "《条例》", "20日", "应急局", "政府网站")
                + row("", "规章", "规章", "《条例》", "20日", "应急局", "政府网站")
                + row("", "规范性文件", "文件", "《条例》", "20日", "应急局", "政府网站")
                + row(
                    "2", "<td rowspan=\"2\">监管执法</td>", "检查计划", "计划", "《条例》", "20日", "应急局", "政府网站")
                + row("", "检查结果", "结果", "《条例》", "20日", "应急局", "政府网站"));
    assertThat(r.rows())
        .extracting(ImportedRow::level2)
        .containsExactly("法律法规", "规章", "规范性文件", "检查计划", "检查结果");
    assertThat(r.notes())
        .extracting(ImportNote::key)
        .noneMatch(k -> k.startsWith("import.unnumbered"));
  }

  @Test
  void whereTheNumbersDoNotTellTheRowIsAnItemAndReported() throws Exception {
    ImportResult r =
        read(
            row("1", "政策文件", "法律法规", "法律", "《条例》", "20日", "应急局", "政府网站")
                + row("", "", "规章", "规章", "《条例》", "20日", "应急局", "政府网站")
                + row("2", "监管执法", "检查计划", "计划", "《条例》", "20日", "应急局", "政府网站"));
    // 规章 under a blank 一级事项: a lost merge, or the rest of 法律法规? An item, and a warning
    assertThat(r.rows()).extracting(ImportedRow::level2).containsExactly("法律法规", "规章", "检查计划");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.unnumberedRow.item"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.WARNING);
              assertThat(n.cell()).isEqualTo("row 3 col 1");
            });
  }
}
