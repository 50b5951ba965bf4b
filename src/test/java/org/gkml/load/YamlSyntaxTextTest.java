package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gkml.cli.CliRun;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A YAML syntax error reads in the user's language, not in SnakeYAML's English. */
class YamlSyntaxTextTest {
  private static final Messages ZH = Messages.of(Locale.CHINESE);
  private static final Messages EN = Messages.english();

  /** Broken files of the kinds people write, each giving SnakeYAML another phrase. */
  private static final List<String> BROKEN =
      List.of(
          "gkml: 1\nkind: catalog\nitems:\n  - id: A\n    channels: [政府网站,, 两微一端]\n",
          "gkml: 1\nkind: catalog\nitems:\n  - id: \"A\n",
          "gkml: 1\nkind: catalog\n  items: x\n",
          "gkml: 1\nkind: catalog\nnote: a: b\n",
          "gkml: 1\nkind: catalog\nchannels: [a, b\n",
          "gkml: 1\nkind: catalog\nregion: {code: 1\n",
          "gkml: 1\nkind: catalog\nnote: @作者\n",
          "gkml: 1\nkind: catalog\nnote: \"a\\q\"\n",
          "gkml: 1\nkind: catalog\nitems:\n- a\n b: c\n");

  private static final Pattern ENGLISH = Pattern.compile("\\b(while|expected|found|parsing)\\b");

  @Test
  void syntaxErrorsInChineseFilesSayNoEnglish(@TempDir Path root) throws Exception {
    Path file = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    for (String text : BROKEN) {
      Files.writeString(file, text, StandardCharsets.UTF_8);

      CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh", "--no-cache");
      CliRun en = CliRun.of("validate", "--root", root.toString(), "--lang", "en", "--no-cache");

      assertThat(zh.out()).as(text).contains("GK002: YAML 语法错误：");
      assertThat(ENGLISH.matcher(zh.out()).find()).as(zh.out()).isFalse();
      assertThat(en.out()).as(text).contains("GK002: YAML syntax error: ");
    }
  }

  @Test
  void aQuoteNeverClosedIsReportedWhereItOpensNotAtTheFilesEnd(@TempDir Path root)
      throws Exception {
    Path file = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    Files.writeString(
        file,
        "gkml: 1\nkind: catalog\ndomain: 安全生产\ntitle: \"安全生产\nversion: x\nitems: []\n",
        StandardCharsets.UTF_8);

    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh", "--no-cache");

    assertThat(zh.out()).contains("safety-production.yaml:4:8: error GK002: YAML 语法错误：读取带引号的文本时");
  }

  @Test
  void aFlowNodeWithAnEmptyEntryIsSaidInBothLanguages() {
    Object[] said =
        YamlSyntaxText.arguments(
            "while parsing a flow node", "expected the node content, but found ','");

    assertThat(ZH.get("load.syntaxWhile", said)).isEqualTo("YAML 语法错误：解析括号内的值时，此处应有一个值，却遇到“,”");
    assertThat(EN.get("load.syntaxWhile", said))
        .isEqualTo(
            "YAML syntax error: while parsing a flow node: expected the node content, but found"
                + " ','");
  }

  @Test
  void whatTheParserFoundIsNamedInTheUsersLanguage() {
    Object[] said =
        YamlSyntaxText.arguments(
            "while parsing a flow sequence", "expected ',' or ']', but got <stream end>");

    assertThat(ZH.get("load.syntaxWhile", said)).endsWith("应为“,”或“]”，却遇到“文件末尾”");
    assertThat(EN.get("load.syntaxWhile", said))
        .endsWith("expected ',' or ']', but got <stream end>");
  }

  @Test
  void aPhraseTheTableDoesNotKnowIsShownAsSnakeYamlWroteIt() {
    Object[] said = YamlSyntaxText.arguments("", "a newer parser's own words");

    assertThat(ZH.get("load.syntax", said)).isEqualTo("YAML 语法错误：a newer parser's own words");
  }
}
