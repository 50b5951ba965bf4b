package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code gkml.yaml} that cannot be read whole (saved as GBK, a full-width colon, a list item
 * without its space, a syntax error late in the file, a bad rule setting) is reported once, there;
 * what it still says is used, and what depends on what it could not say is a GK009 note, not a
 * false unknown channel (GK103) in the files that use the channels it declares, nor a finding its
 * {@code rules} may switch off.
 */
class BrokenConfigCostsOnlyWhatItCannotSayTest {
  private static final String DECLARED = "投资项目在线审批监管平台";

  private static List<String> findings(CliRun run) {
    return run.out().lines().filter(l -> l.contains(" GK")).toList();
  }

  private static CliRun validate(Path root, String lang, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("validate", "--root", root.toString(), "--lang", lang, "--no-cache"));
    args.addAll(List.of(more));
    return CliRun.of(args);
  }

  @Test
  void aConfigSavedAsGbkIsReadInGbkAndItsChannelsStayDeclared(@TempDir Path dir) throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path config = root.resolve("gkml.yaml");
    String text = Files.readString(config, StandardCharsets.UTF_8);
    Files.writeString(config, text, Charset.forName("GBK"));
    // a channel the config does not declare is still one: the config was read, not skipped
    TestCatalogs.replaceIn(
        root.resolve("basic/major-construction.yaml"),
        "政务服务中心, " + DECLARED + "]",
        "政务服务中心, 未声明平台, " + DECLARED + "]");

    for (String lang : List.of("zh", "en")) {
      CliRun run = validate(root, lang);

      assertThat(run.code()).isEqualTo(2);
      assertThat(findings(run)).as(lang).hasSize(2);
      assertThat(run.out())
          .contains("gkml.yaml:4:1: error GK003")
          .contains("GK103")
          .contains("未声明平台")
          .doesNotContain("“" + DECLARED + "”")
          .doesNotContain("\"" + DECLARED + "\"")
          .doesNotContain("GK009");
    }
  }

  @Test
  void aFullWidthColonBeforeTheChannelsIsOneErrorAndTheirUsesOneNote(@TempDir Path dir)
      throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    TestCatalogs.replaceIn(root.resolve("gkml.yaml"), "\nchannels:", "\nchannels：");
    int line = lineOf(root.resolve("gkml.yaml"), "channels：");

    CliRun zh = validate(root, "zh");
    CliRun en = validate(root, "en");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(findings(zh)).hasSize(2).noneMatch(l -> l.contains("GK103"));
    assertThat(zh.out())
        .contains("gkml.yaml:" + line + ":9: error GK002: YAML 语法错误：键“channels”后用了全角冒号“：”")
        .containsPattern(
            "major-construction.yaml:\\d+:\\d+: info GK009: “"
                + DECLARED
                + "”等 \\d+ 个渠道未按 gkml.yaml 中声明的渠道检查：该文件未能完整读取（见 \\S*gkml.yaml:"
                + line
                + ":9）");
    assertThat(findings(en)).hasSize(2).noneMatch(l -> l.contains("GK103"));
    assertThat(en.out())
        .containsPattern(
            "major-construction.yaml:\\d+:\\d+: info GK009: \\d+ channels \\(the first: \""
                + DECLARED
                + "\"\\) were not checked against the channels declared in gkml.yaml:"
                + " it could not be read in full \\(see \\S*gkml.yaml:"
                + line
                + ":9\\)");
  }

  @Test
  void aListItemWithoutItsSpaceCostsTheChannelsNotAFalseUnknownChannelEach(@TempDir Path dir)
      throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    TestCatalogs.replaceIn(root.resolve("gkml.yaml"), "  - 公共资源交易平台", "  -公共资源交易平台");

    CliRun run = validate(root, "zh");

    assertThat(run.code()).isEqualTo(2);
    assertThat(findings(run)).hasSize(2);
    assertThat(findings(run).get(0)).contains("major-construction.yaml").contains("info GK009");
    assertThat(findings(run).get(1)).contains("gkml.yaml:").contains("error GK002");
  }

  @Test
  void aSyntaxErrorAfterTheChannelsKeepsThemAndLeavesOutOnlyTheRulesItHides(@TempDir Path dir)
      throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path config = root.resolve("gkml.yaml");
    Files.writeString(
        config,
        Files.readString(config, StandardCharsets.UTF_8) + "rules: {GK105: off\n",
        StandardCharsets.UTF_8);
    int rulesLine = lineOf(config, "rules:");
    // an unparseable deadline (GK105, which the unread rules switch off) and an unknown channel
    Path basic = root.resolve("basic/major-construction.yaml");
    String text = Files.readString(basic, StandardCharsets.UTF_8);
    Files.writeString(
        basic, text.replaceFirst("deadline: .*", "deadline: 看情况"), StandardCharsets.UTF_8);
    TestCatalogs.replaceIn(basic, "政务服务中心, " + DECLARED + "]", "政务服务中心, 未声明平台, " + DECLARED + "]");

    CliRun zh = validate(root, "zh");
    CliRun en = validate(root, "en");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.out())
        .contains("GK103: 未知的公开渠道“未声明平台”")
        .doesNotContain("“" + DECLARED + "”")
        .doesNotContain("warning GK105")
        .contains(
            "gkml.yaml:"
                + rulesLine
                + ":9: info GK009: GK105 的 1 个问题未报告：它在 gkml.yaml 中的级别设置未能读取（见 ");
    assertThat(en.out())
        .contains("gkml.yaml:" + rulesLine + ":9: info GK009: 1 finding of GK105 not reported")
        .contains("error GK002");
  }

  @Test
  void aFullWidthColonAfterRulesKeepsTheChannelsAboveIt(@TempDir Path dir) throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path config = root.resolve("gkml.yaml");
    Files.writeString(
        config,
        Files.readString(config, StandardCharsets.UTF_8) + "rules：\n  GK105: off\n",
        StandardCharsets.UTF_8);
    TestCatalogs.replaceIn(
        root.resolve("basic/major-construction.yaml"), "deadline: 实时公开", "deadline: 看情况");

    CliRun run = validate(root, "en");

    assertThat(findings(run)).hasSize(2);
    assertThat(run.out())
        .contains("error GK002: YAML syntax error: full-width colon \"：\" after the key \"rules\"")
        .contains("info GK009: 1 finding of GK105 not reported")
        .doesNotContain("channels, \"");
  }

  @Test
  void aBadRuleSettingLeavesOutThatRulesFindingsAndSaysSoOnce(@TempDir Path dir) throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path config = root.resolve("gkml.yaml");
    Files.writeString(
        config,
        Files.readString(config, StandardCharsets.UTF_8) + "rules: {GK1O5: off}\n",
        StandardCharsets.UTF_8);
    TestCatalogs.replaceIn(
        root.resolve("basic/major-construction.yaml"), "deadline: 实时公开", "deadline: 看情况");

    CliRun run = validate(root, "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(findings(run)).hasSize(2);
    assertThat(run.out())
        .contains(
            "error GK001: rules: key \"GK1O5\" does not have the required form; expected a rule"
                + " id (GK and three digits, e.g. GK101); did you mean \"GK105\"?")
        .contains("info GK009: 1 finding of GK105 not reported")
        .doesNotContain("warning GK105");
  }

  @Test
  void checkingOneFileUnderABrokenConfigReportsTheConfigAndFails(@TempDir Path dir)
      throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    TestCatalogs.replaceIn(root.resolve("gkml.yaml"), "\nchannels:", "\nchannels：");

    CliRun run = validate(root, "en", root.resolve("basic/major-construction.yaml").toString());

    assertThat(run.code()).isNotZero();
    assertThat(run.out()).contains("gkml.yaml:").contains("error GK002").contains("info GK009");
    assertThat(run.out()).doesNotContain("GK103");
  }

  /**
   * A slip anywhere in the shipped gkml.yaml (an unclosed bracket put after a line, a key's colon
   * typed full-width, a list item's space left out), one line at a time: its errors are in
   * gkml.yaml only, and no channel it declares is ever an unknown one.
   */
  @Test
  void aSlipAnywhereInTheConfigIsReportedThereAndGivesNoFalseUnknownChannel(@TempDir Path dir)
      throws Exception {
    // the config and the catalogue that uses the channels it declares: one run is quick
    Path root = dir.resolve("tree");
    Files.createDirectories(root.resolve("basic"));
    Files.copy(TestCatalogs.SHIPPED.resolve("gkml.yaml"), root.resolve("gkml.yaml"));
    Files.copy(
        TestCatalogs.SHIPPED.resolve("basic/major-construction.yaml"),
        root.resolve("basic/major-construction.yaml"));
    Path config = root.resolve("gkml.yaml");
    List<String> lines = Files.readAllLines(config, StandardCharsets.UTF_8);
    int broken = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      List<List<String>> slips = new java.util.ArrayList<>();
      List<String> inserted = new java.util.ArrayList<>(lines);
      inserted.add(i + 1, "oops: [unclosed");
      slips.add(inserted);
      if (!line.startsWith("#") && line.contains(":")) {
        List<String> colon = new java.util.ArrayList<>(lines);
        colon.set(i, line.replaceFirst(":", "："));
        slips.add(colon);
      }
      if (line.strip().startsWith("- ")) {
        List<String> dash = new java.util.ArrayList<>(lines);
        dash.set(i, line.replaceFirst("- ", "-"));
        slips.add(dash);
      }
      for (List<String> slipped : slips) {
        Files.write(config, slipped, StandardCharsets.UTF_8);

        CliRun run = validate(root, "en");

        List<String> errors = findings(run).stream().filter(l -> l.contains(" error ")).toList();
        assertThat(errors).as("%s", slipped).isNotEmpty().allMatch(l -> l.contains("gkml.yaml:"));
        assertThat(run.out()).as("%s", slipped).doesNotContain("GK103");
        broken++;
      }
    }
    assertThat(broken).isGreaterThan(lines.size());
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
