package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 一级事项 name a page converted from PDF cut over two numbered rows (城镇燃 over 气管理): one name where
 * the items' own cells write it joined, reported in any case where the table's rows were cut.
 */
class CutLevelNamesTest {
  private static final String HEAD =
      "<tr><th>序号</th><th>一级事项</th><th>二级事项</th><th>公开内容</th><th>公开依据</th>"
          + "<th>公开时限</th><th>公开主体</th><th>公开渠道</th></tr>";

  @TempDir Path dir;

  private ImportResult read(String rows) throws Exception {
    return WebPages.imported(dir, "市政服务领域基层政务公开标准目录", HEAD + rows);
  }

  private static String row(String... cells) {
    return WebPages.row(cells);
  }

  /** The rest of an item's channel checklist, alone in the row below it. */
  private static final String MORE_CHANNELS = row("", "", "", "", "", "", "", "□两微一端 □发布会");

  @Test
  void aNameCutOverTwoNumberedRowsThatTheItemsWriteJoinedIsOneName() throws Exception {
    ImportResult r =
        read(
            row("1", "城镇燃", "燃气经营许 可证核发", "申请条件", "《城镇燃气管理 条例》", "20个工作日", "燃气管理部门", "■政府网站")
                + MORE_CHANNELS
                + row("2", "气管理", "燃气设施改动审批", "申请条件", "《城镇燃气管理 条例》", "20个工作日", "燃气管理部门", "■政府网站")
                + MORE_CHANNELS);
    assertThat(r.catalogs().get(0).items())
        .extracting(i -> i.level1())
        .containsExactly("城镇燃气管理", "城镇燃气管理");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.cutLevelName.joined"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.WARNING);
              assertThat(n.cell()).isEqualTo("row 2 col 2");
              assertThat(n.args()).containsExactly("城镇燃", 2, "气管理", 4, "一级事项", "城镇燃气管理", 2, "公开依据");
            });
  }

  @Test
  void whereTheItemsDoNotWriteTheJoinedNameTheNamesAreReadAsPrintedWithoutAWord() throws Exception {
    ImportResult r =
        read(
            row("1", "城镇燃", "燃气经营许可证核发", "申请条件", "《条例》", "20个工作日", "燃气管理部门", "■政府网站")
                + MORE_CHANNELS
                + row("2", "气管理", "燃气设施改动审批", "申请条件", "《条例》", "20个工作日", "燃气管理部门", "■政府网站")
                + MORE_CHANNELS);
    assertThat(r.catalogs().get(0).items())
        .extracting(i -> i.level1())
        .containsExactly("城镇燃", "气管理");
    // 部门文件 over 计划实施 looks the same: a warning on every such pair would be a false one
    assertThat(r.notes())
        .extracting(ImportNote::key)
        .noneMatch(k -> k.startsWith("import.cutLevelName"));
  }

  @Test
  void twoNamesOfOneItemEachInATableWhoseRowsWereNotCutAreReadAsPrinted() throws Exception {
    ImportResult r =
        read(
            row("1", "政策文件", "法律法规", "法律", "《条例》", "20个工作日", "应急管理部门", "■政府网站")
                + row("2", "监管执法", "检查计划", "计划", "《条例》", "20个工作日", "应急管理部门", "■政府网站"));
    assertThat(r.catalogs().get(0).items())
        .extracting(i -> i.level1())
        .containsExactly("政策文件", "监管执法");
    assertThat(r.notes())
        .extracting(ImportNote::key)
        .noneMatch(k -> k.startsWith("import.cutLevel"));
  }

  @Test
  void aSecondNameWiderThanTheFirstIsNoLineOfOneCell() throws Exception {
    // a narrow cell's last line is never wider than its first: these are two names
    ImportResult r =
        read(
            row("1", "城镇", "燃气经营许可证核发", "申请条件", "《城镇燃气管理条例》", "20个工作日", "燃气管理部门", "■政府网站")
                + MORE_CHANNELS
                + row("2", "燃气管理", "燃气设施改动审批", "申请条件", "《城镇燃气管理条例》", "20个工作日", "燃气管理部门", "■政府网站")
                + MORE_CHANNELS);
    assertThat(r.catalogs().get(0).items())
        .extracting(i -> i.level1())
        .containsExactly("城镇", "燃气管理");
    assertThat(r.notes())
        .extracting(ImportNote::key)
        .noneMatch(k -> k.startsWith("import.cutLevel"));
  }

  @Test
  void aNameMergedOverItsItemsIsNoCutName() throws Exception {
    ImportResult r =
        read(
            row(
                    "1",
                    "<td rowspan=\"2\">城镇燃</td>",
                    "许可",
                    "条件",
                    "《城镇燃气管理条例》",
                    "20个工作日",
                    "燃气管理部门",
                    "■政府网站")
                + row("2", "审批", "条件", "《城镇燃气管理条例》", "20个工作日", "燃气管理部门", "■政府网站")
                + row("3", "气管理", "检查", "条件", "《城镇燃气管理条例》", "20个工作日", "燃气管理部门", "■政府网站")
                + MORE_CHANNELS);
    assertThat(r.catalogs().get(0).items())
        .extracting(i -> i.level1())
        .containsExactly("城镇燃", "城镇燃", "气管理");
    assertThat(r.notes())
        .extracting(ImportNote::key)
        .noneMatch(k -> k.startsWith("import.cutLevel"));
  }
}
