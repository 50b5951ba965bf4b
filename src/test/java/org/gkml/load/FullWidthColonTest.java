package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.TestCatalogs;
import org.gkml.cli.CliRun;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full-width colon typed for a key's colon is named, at the line and column of the "：", instead
 * of the parser's later error ("could not find expected ':'" on the next line, or an indentation
 * complaint about a "}" the plain scalar swallowed).
 */
class FullWidthColonTest {
  private static final Path BASIC = TestCatalogs.SHIPPED.resolve("basic/safety-production.yaml");
  private static final Path OVERLAY =
      TestCatalogs.SHIPPED.resolve("regions/511703-达川区/safety-production.yaml");

  @Test
  void aFullWidthColonAfterAKeyIsNamedWhereItIsInBothLanguages(@TempDir Path dir) throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path basic = root.resolve("basic/safety-production.yaml");
    Path overlay = root.resolve("regions/511703-达川区/safety-production.yaml");
    TestCatalogs.replaceIn(basic, "domain: 安全生产", "domain：安全生产");
    TestCatalogs.replaceIn(overlay, "channels: {add: [政务服务中心]}", "channels：{add: [政务服务中心]}");
    int domainLine = lineOf(basic, "domain：");
    int channelsLine = lineOf(overlay, "channels：{");

    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh", "--no-cache");
    CliRun en = CliRun.of("validate", "--root", root.toString(), "--lang", "en", "--no-cache");

    assertThat(zh.out())
        .contains(
            "safety-production.yaml:"
                + domainLine
                + ":7: error GK002: YAML 语法错误：键“domain”后用了全角冒号“：”，应为半角冒号“:”")
        .contains(
            "safety-production.yaml:"
                + channelsLine
                + ":13: error GK002: YAML 语法错误：键“channels”后用了全角冒号“：”")
        .doesNotContain("缩进");
    assertThat(en.out())
        .contains(
            ":"
                + domainLine
                + ":7: error GK002: YAML syntax error: full-width colon \"：\" after the key"
                + " \"domain\" where a colon \":\" is meant")
        .contains(":" + channelsLine + ":13: error GK002: YAML syntax error: full-width colon");
  }

  /**
   * Every key of the shipped files, its colon typed full-width: the file either still parses (a
   * mapping's only key becomes its text) or its syntax error names that slip, at the "：".
   */
  @Test
  void everyKeyWithAFullWidthColonIsFoundWhereItIs() throws Exception {
    FileLoader loader = new FileLoader(Messages.of(Locale.CHINESE));
    Pattern key = Pattern.compile("^([ ]*(?:- )?)([a-z][a-z0-9-]*): ", Pattern.MULTILINE);
    int named = 0;
    for (Path file : List.of(BASIC, OVERLAY, TestCatalogs.SHIPPED.resolve("gkml.yaml"))) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = key.matcher(text);
      while (m.find()) {
        String slipped = text.substring(0, m.end(2)) + "：" + text.substring(m.end());
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        int column = m.end(2) - m.start() + 1;
        List<Finding> syntax =
            loader
                .parse(slipped.getBytes(StandardCharsets.UTF_8), file, "x.yaml", null)
                .findings()
                .stream()
                .filter(f -> f.rule() == Rule.SYNTAX)
                .toList();
        if (syntax.isEmpty()) {
          continue;
        }
        assertThat(syntax).as("%s line %d", file, line).hasSize(1);
        Finding f = syntax.get(0);
        assertThat(f.loc().line() + ":" + f.loc().column())
            .as("%s: %s", m.group(), f.message())
            .isEqualTo(line + ":" + column);
        assertThat(f.message()).contains("键“" + m.group(2) + "”后用了全角冒号");
        named++;
      }
    }
    assertThat(named).isGreaterThan(20);
  }

  @Test
  void aFullWidthColonAfterAKeyInsideBracesIsFoundToo() {
    FileLoader loader = new FileLoader(Messages.english());
    String text = "gkml: 1\nkind: overlay\nmodify:\n  - id: A\n    channels: {add：[便民服务站]}\n";

    List<Finding> syntax =
        loader
            .parse(text.getBytes(StandardCharsets.UTF_8), Path.of("x.yaml"), "x.yaml", null)
            .findings()
            .stream()
            .filter(f -> f.rule() == Rule.SYNTAX)
            .toList();

    assertThat(syntax)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.loc().line() + ":" + f.loc().column()).isEqualTo("5:19");
              assertThat(f.message()).contains("after the key \"add\"");
            });
  }

  @Test
  void aFullWidthColonInAValueIsNotBlamedForASyntaxErrorNearIt() {
    FileLoader loader = new FileLoader(Messages.english());
    String text = "gkml: 1\nkind: catalog\ndomain: 安全生产\ntitle: 说明：标题\nnote: [a, b\nissuer: x\n";

    List<Finding> findings =
        loader
            .parse(text.getBytes(StandardCharsets.UTF_8), Path.of("x.yaml"), "x.yaml", null)
            .findings();

    assertThat(findings).extracting(Finding::message).noneMatch(m -> m.contains("full-width"));
  }

  /**
   * The only key of a mapping typed with a full-width colon parses, as a text where the mapping
   * should be: the schema's finding names the slip too, at the "：".
   */
  @Test
  void aMappingThatBecameOneTextByAFullWidthColonIsNamedAtTheColon(@TempDir Path dir)
      throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path config = root.resolve("gkml.yaml");
    Files.writeString(
        config,
        Files.readString(config, StandardCharsets.UTF_8) + "rules:\n  GK205：off\n",
        StandardCharsets.UTF_8);
    int line = lineOf(config, "GK205：off");

    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh", "--no-cache");
    CliRun en = CliRun.of("validate", "--root", root.toString(), "--lang", "en", "--no-cache");

    assertThat(zh.out())
        .contains("gkml.yaml:" + line + ":8: error GK001: rules：键“GK205”后用了全角冒号“：”，应为半角冒号“:”加一个空格");
    assertThat(en.out())
        .contains(
            "gkml.yaml:"
                + line
                + ":8: error GK001: rules: full-width colon \"：\" after the key \"GK205\"");
  }

  /**
   * Inside braces, {@code code："511703"} is no syntax error: it is one key with an empty value. One
   * finding names the colon; the empty value is not a second one.
   */
  @Test
  void aKeyThatSwallowedItsValueInBracesIsOneFindingAtTheColon(@TempDir Path dir) throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path county = root.resolve("regions/511703-达川区/safety-production.yaml");
    Files.writeString(
        county,
        Files.readString(county, StandardCharsets.UTF_8)
            .replace("region: {code: \"511703\",", "region: {code：\"511703\","),
        StandardCharsets.UTF_8);
    int line = lineOf(county, "code：");

    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh", "--no-cache");

    assertThat(zh.out().lines().filter(l -> l.contains(" error ")).toList())
        .singleElement()
        .asString()
        .contains("safety-production.yaml:" + line + ":14: error GK001: region：键“code”后用了全角冒号“：”");
  }

  private static int lineOf(Path file, String text) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }
}
