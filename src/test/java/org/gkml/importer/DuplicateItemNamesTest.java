package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.cli.CliRun;
import org.gkml.error.ExitCode;
import org.gkml.i18n.Messages;
import org.gkml.model.Item;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import never writes, with exit 0, a file that validate rejects for items named alike (GK102):
 * such items are an error naming both rows; and a header repeating 一级事项 right after the first under
 * 公开事项 is read as 一级事项, 二级事项, as a person reads it.
 */
class DuplicateItemNamesTest {
  private static final String TITLE = "交通运输领域基层政务公开标准目录";
  private static final String HEADER =
      WebPages.row("序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级");

  @TempDir Path dir;

  private static String item(String seq, String name, String content) {
    return WebPages.row(seq, name, content, "《条例》", "20日", "交通局", "政府网站", "全社会", "主动", "县级");
  }

  @Test
  void itemsNamedAlikeAreAnErrorNamingBothRows() throws Exception {
    ImportResult r =
        WebPages.imported(
            dir,
            TITLE,
            HEADER + item("1", "公路建设", "计划") + item("2", "养护", "计划") + item("3", "公路建设", "审批"));
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.duplicateName"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.ERROR);
              assertThat(n.cell()).isEqualTo("row 4 col 2");
              assertThat(n.render("t.html", Messages.english()))
                  .contains("table 1 row 2 col 2", "GK102");
            });
    assertThat(r.exitCode(false)).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void itemsDifferingInTheirThirdLevelAreNoDuplicates() throws Exception {
    String header =
        "<tr><td rowspan=2>序号</td><td colspan=3>公开事项</td><td rowspan=2>公开内容</td>"
            + "<td rowspan=2>公开依据</td><td rowspan=2>公开时限</td><td rowspan=2>公开主体</td>"
            + "<td rowspan=2>公开渠道和载体</td><td rowspan=2>公开对象</td><td rowspan=2>公开方式</td>"
            + "<td rowspan=2>公开层级</td></tr>"
            + WebPages.row("一级事项", "二级事项", "三级事项");
    String a =
        WebPages.row("1", "公路", "建设", "计划", "内容", "《条例》", "20日", "交通局", "政府网站", "全社会", "主动", "县级");
    String b =
        WebPages.row("2", "公路", "建设", "审批", "内容", "《条例》", "20日", "交通局", "政府网站", "全社会", "主动", "县级");
    ImportResult r = WebPages.imported(dir, TITLE, header + a + b);
    assertThat(r.catalogs().get(0).items()).extracting(Item::level3).containsExactly("计划", "审批");
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.duplicateName");
  }

  @Test
  void whatImportCallsDuplicateIsWhatValidateRejects() throws Exception {
    Path page = dir.resolve("page.htm");
    Files.writeString(
        page,
        "<html><head><meta charset=utf-8><title>"
            + TITLE
            + "</title></head><body><table>"
            + HEADER
            + item("1", "公路建设", "计划")
            + item("2", "公路建设", "审批")
            + "</table></body></html>");
    Path out = dir.resolve("out.yaml");
    CliRun imported = CliRun.of("import", page.toString(), "-o", out.toString());
    assertThat(imported.code()).isEqualTo(1);
    assertThat(imported.err()).contains("GK102").contains("row 2 col 2").contains("row 3 col 2");
    CliRun validated = CliRun.of("validate", out.toString());
    assertThat(validated.code()).isEqualTo(1);
    assertThat(validated.out() + validated.err()).contains("GK102");
  }

  @Test
  void aSecond一级事项BesideTheFirstUnder公开事项Is二级事项() throws Exception {
    String header =
        "<tr><td rowspan=2>序号</td><td colspan=2>公开事项</td><td rowspan=2>公开内容</td>"
            + "<td rowspan=2>公开依据</td><td rowspan=2>公开时限</td><td rowspan=2>公开主体</td>"
            + "<td rowspan=2>公开渠道和载体</td><td rowspan=2>公开对象</td><td rowspan=2>公开方式</td>"
            + "<td rowspan=2>公开层级</td></tr>"
            + WebPages.row("一级事项", "一级事项");
    String a =
        WebPages.row("1", "公共服务", "政策文件", "内容", "《条例》", "20日", "局", "政府网站", "全社会", "主动", "县级");
    String b =
        WebPages.row("2", "公共服务", "专项规划", "内容", "《条例》", "20日", "局", "政府网站", "全社会", "主动", "县级");
    ImportResult r = WebPages.imported(dir, TITLE, header + a + b);
    assertThat(r.catalogs().get(0).items())
        .extracting(Item::level1, Item::level2)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("公共服务", "政策文件"),
            org.assertj.core.groups.Tuple.tuple("公共服务", "专项规划"));
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.level1Repeated"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.INFO);
              assertThat(n.cell()).isEqualTo("row 2 col 3");
            });
    assertThat(r.errors()).isZero();
  }
}
