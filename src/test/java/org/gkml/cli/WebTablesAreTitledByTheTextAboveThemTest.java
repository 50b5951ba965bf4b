package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web page's table is titled, as a Word table is, by the text shown just above it (import.md §1):
 * a page of one table per domain, each under its heading, gives each table its domain. {@code
 * --domain} applies to tables that name no domain and never merges a table that names another one
 * into it. The notes about such a table say "table", not "sheet".
 */
class WebTablesAreTitledByTheTextAboveThemTest {
  private static final String HEADER =
      "<tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容</td><td>公开依据</td><td>公开时限</td>"
          + "<td>公开主体</td><td>公开渠道和载体</td><td>全社会</td><td>主动</td><td>乡级</td></tr>";

  @TempDir Path tmp;

  private static String table(String level1) {
    return "<table border=1>"
        + HEADER
        + "<tr><td>1</td><td>"
        + level1
        + "</td><td>法律法规</td><td>法律</td><td>《条例》</td><td>10个工作日内</td><td>镇政府</td>"
        + "<td>■政府网站</td><td>√</td><td>√</td><td>√</td></tr></table>";
  }

  private Path page(String body) throws IOException {
    Path p = tmp.resolve("t.html");
    Files.writeString(
        p,
        "<html><head><meta charset=\"utf-8\"><title>标准目录</title></head><body>"
            + body
            + "</body></html>");
    return p;
  }

  @Test
  void eachTableTakesTheDomainOfTheParagraphOrHeadingAboveIt() throws IOException {
    Path p =
        page(
            "<p>安全生产领域基层政务公开标准目录</p>"
                + table("政策文件")
                + "<h3>社会救助领域基层政务公开标准目录</h3><div>版本：2024.2</div>"
                + table("综合业务"));
    CliRun run = CliRun.of("import", p.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("domain: 安全生产", "domain: 社会救助", "title: 社会救助领域基层政务公开标准目录")
        .contains("version: \"2024.2\"")
        .doesNotContain("table 1", "table 2");
  }

  @Test
  void domainAppliesOnlyToTablesThatNameNoneAndSaysWhichItSkipped() throws IOException {
    Path p =
        page("<p>安全生产领域基层政务公开标准目录</p>" + table("政策文件") + "<p>社会救助领域基层政务公开标准目录</p>" + table("综合业务"));
    CliRun run = CliRun.of("import", p.toString(), "--domain", "安全生产", "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("level1: 政策文件").doesNotContain("综合业务", "社会救助");
    assertThat(run.err())
        .contains(
            "t.html:table 2: warning: the table is domain 社会救助 by its own title, not 安全生产;"
                + " skipped");
    CliRun zh = CliRun.of("import", p.toString(), "--domain", "安全生产", "--lang", "zh");
    assertThat(zh.err()).contains("该表格自身的标题写明属于", "社会救助", "已跳过").doesNotContain("工作表");
  }

  @Test
  void hiddenTextAndATableBetweenDoNotTitleTheNextTable() throws IOException {
    Path p =
        page(
            "<p>安全生产领域基层政务公开标准目录</p>"
                + table("政策文件")
                + "<p hidden>社会救助领域基层政务公开标准目录</p>"
                + "<div style=\"display: none\">社会救助</div>"
                + table("综合业务"));
    CliRun run = CliRun.of("import", p.toString(), "--lang", "en");
    assertThat(run.out()).doesNotContain("社会救助").contains("level1: 综合业务");
    // the second table repeats the header and names no domain of its own (the hidden text does
    // not count): it goes on in the first table's domain, as each item printed as its own table
    assertThat(run.err())
        .contains(
            "t.html:table 2: info: the table repeats the header of the table before and names no"
                + " domain of its own")
        .doesNotContain("cannot tell the domain");
    assertThat(run.out()).containsOnlyOnce("domain: 安全生产");
  }

  @Test
  void aPageWithoutHeadingsStillTakesItsTitle() throws IOException {
    Path p = tmp.resolve("one.html");
    Files.writeString(
        p,
        "<html><head><meta charset=\"utf-8\"><title>社会救助领域基层政务公开标准目录</title></head><body>"
            + table("综合业务")
            + "</body></html>");
    CliRun run = CliRun.of("import", p.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("domain: 社会救助");
  }

  @Test
  void aTableWithoutAHeaderIsCalledATableNotASheet() throws IOException {
    Path p = page("<p>安全生产</p><table><tr><td>说明</td></tr></table>" + table("政策文件"));
    CliRun run = CliRun.of("import", p.toString(), "--lang", "zh");
    assertThat(run.err()).contains("t.html:第 1 个表格: warning: 未找到目录表格").contains("该表格未读取");
    assertThat(run.err()).doesNotContain("工作表");
  }

  @Test
  void aTableInALayoutTablesCellSeesTheHeadingAboveTheLayout() throws IOException {
    Path p =
        page("<h2>社会救助领域基层政务公开标准目录</h2><table><tr><td>" + table("综合业务") + "</td></tr></table>");
    CliRun run = CliRun.of("import", p.toString(), "--lang", "en");
    assertThat(run.out()).contains("domain: 社会救助");
  }
}
