package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.cli.CliRun;
import org.gkml.error.ExitCode;
import org.gkml.i18n.Messages;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import never exits 0 writing a file validate rejects: a channel neither in the vocabulary nor
 * declared in the tree's gkml.yaml (GK103 in validate) is an error at its cell that says how to put
 * it right; declared under {@code --root}, it is a channel like any other. The report quotes a
 * channel as the file holds it ({@code --simplified}), with the table's glyphs beside.
 */
class ChannelsValidateRejectsTest {
  private static final String TITLE = "公共法律服务领域基层政务公开标准目录";
  private static final String HEADER =
      WebPages.row("序号", "一级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级");

  @TempDir Path dir;

  private static String item(String channels) {
    return WebPages.row("1", "法律援助", "办事指南", "《条例》", "20个工作日内", "司法所", channels, "全社会", "主动", "乡级");
  }

  private ImportNote only(ImportResult r, String key) {
    return r.notes().stream().filter(n -> n.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void anUnknownChannelIsAnErrorAtItsCellNamingTheRule() throws Exception {
    ImportResult r = WebPages.imported(dir, TITLE, HEADER + item("■政府网站 ■村务公开栏"));
    ImportNote n = only(r, "import.unknownChannelRejected");
    assertThat(n.severity()).isEqualTo(Severity.ERROR);
    assertThat(n.cell()).isEqualTo("row 2 col 7");
    assertThat(n.args()).contains("村务公开栏", "GK103");
    assertThat(r.exitCode(false)).isEqualTo(ExitCode.FINDINGS);
    // the channel is still written, as a duplicate name is: the file is what the table says
    assertThat(r.catalogs().get(0).items().get(0).channels()).containsExactly("政府网站", "村务公开栏");
  }

  @Test
  void aMisspeltChannelIsAnErrorSuggestingTheStandardOne() throws Exception {
    ImportResult r = WebPages.imported(dir, TITLE, HEADER + item("■政府网占 □政府公报"));
    String shown = only(r, "import.unknownChannelRejected").render("page.htm", Messages.english());
    assertThat(shown)
        .contains("error: unknown channel \"政府网占\" (closest standard channel: \"政府网站\")")
        .contains("GK103")
        .contains("gkml.yaml");
  }

  @Test
  void anUndeclaredDomainChannelIsAnErrorSayingWhereToDeclareIt() throws Exception {
    ImportResult r = WebPages.imported(dir, TITLE, HEADER + item("■其他法律服务网 □政府公报"));
    ImportNote n = only(r, "import.undeclaredChannelRejected");
    assertThat(n.severity()).isEqualTo(Severity.ERROR);
    assertThat(n.render("page.htm", Messages.of(java.util.Locale.CHINESE)))
        .contains("渠道“其他法律服务网”是领域或地方渠道")
        .contains("gkml.yaml 的 channels 中声明")
        .contains("--root");
    assertThat(r.exitCode(false)).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void whatImportRejectsIsWhatValidateRejectsAndADeclarationMendsBoth() throws Exception {
    Path page = dir.resolve("page.htm");
    Files.writeString(
        page,
        "<html><head><meta charset=utf-8><title>"
            + TITLE
            + "</title></head><body><table>"
            + HEADER
            + item("■政府网站 ■其他法律服务网")
            + "</table></body></html>");
    Path out = dir.resolve("out.yaml");
    CliRun imported = CliRun.of("import", page.toString(), "-o", out.toString(), "--lang", "en");
    assertThat(imported.code()).as(imported.err()).isEqualTo(1);
    assertThat(imported.err()).contains("row 2 col 7: error: channel \"其他法律服务网\"");
    assertThat(out).exists();
    CliRun validated = CliRun.of("validate", out.toString(), "--lang", "en");
    assertThat(validated.code()).isEqualTo(1);
    assertThat(validated.out() + validated.err()).contains("GK103").contains("其他法律服务网");

    // declared in the tree's gkml.yaml: imported under --root, nothing to say, and it validates
    Path root = dir.resolve("catalogs");
    Files.createDirectories(root);
    Files.writeString(root.resolve("gkml.yaml"), "gkml: 1\nkind: config\nchannels:\n  - 其他法律服务网\n");
    Path inTree = root.resolve("basic").resolve("legal.yaml");
    Files.createDirectories(inTree.getParent());
    CliRun again =
        CliRun.of(
            "import",
            page.toString(),
            "--root",
            root.toString(),
            "-o",
            inTree.toString(),
            "--lang",
            "en");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).doesNotContain("其他法律服务网");
    CliRun tree = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(tree.out() + tree.err()).doesNotContain("GK103");
  }

  @Test
  void withSimplifiedTheReportQuotesTheChannelAsTheFileHoldsIt() throws Exception {
    Path page = dir.resolve("page.htm");
    Files.writeString(
        page,
        "<html><head><meta charset=utf-8><title>"
            + TITLE
            + "</title></head><body><table>"
            + HEADER
            + item("■政府網站 ■村務公開欄")
            + "</table></body></html>");
    Path out = dir.resolve("out.yaml");
    CliRun run =
        CliRun.of("import", page.toString(), "--simplified", "-o", out.toString(), "--lang", "en");
    assertThat(run.err()).contains("unknown channel \"村务公开栏\" (printed \"村務公開欄\" in the table)");
    assertThat(Files.readString(out)).contains("村务公开栏").doesNotContain("村務公開欄");
    // without --simplified the file keeps the glyphs, and so does the report, once
    CliRun kept = CliRun.of("import", page.toString(), "-o", out.toString(), "--lang", "en");
    assertThat(kept.err()).contains("unknown channel \"村務公開欄\":").doesNotContain("(printed");
  }
}
