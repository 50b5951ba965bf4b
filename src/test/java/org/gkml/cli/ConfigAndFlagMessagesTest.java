package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Misspellings in gkml.yaml's rules are shown at the bad key or value with the rule id or level
 * meant; a format version written as 1.1 says what gkml: holds; a flag written as ture says true.
 */
class ConfigAndFlagMessagesTest {

  private static Path withConfigLine(Path dir, String line) throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path config = root.resolve("gkml.yaml");
    Files.writeString(
        config,
        Files.readString(config, StandardCharsets.UTF_8) + line + "\n",
        StandardCharsets.UTF_8);
    return root;
  }

  private static int lines(Path file) throws Exception {
    return Files.readAllLines(file, StandardCharsets.UTF_8).size();
  }

  private static CliRun validate(Path root, String lang) {
    return CliRun.of("validate", "--root", root.toString(), "--lang", lang, "--no-cache");
  }

  @Test
  void aRuleKeyOfTheWrongFormIsShownAtTheKeyWithTheRuleIdMeant(@TempDir Path dir) throws Exception {
    Path root = withConfigLine(dir, "rules: {GK205: of, GK2O6: error}");
    int line = lines(root.resolve("gkml.yaml"));

    CliRun zh = validate(root, "zh");
    CliRun en = validate(root, "en");

    assertThat(zh.out())
        .contains("gkml.yaml:" + line + ":16: error GK001: rules.GK205：“of”不是允许的值")
        .contains("是否应为“off”？")
        .contains(
            "gkml.yaml:"
                + line
                + ":20: error GK001: rules：键“GK2O6”的格式不对，应为规则编号（GK 加三位数字，如 GK101）；是否应为“GK206”？");
    assertThat(en.out())
        .contains("gkml.yaml:" + line + ":16: error GK001: rules.GK205: \"of\" is not allowed")
        .contains(
            "gkml.yaml:"
                + line
                + ":20: error GK001: rules: key \"GK2O6\" does not have the required form;"
                + " expected a rule id (GK and three digits, e.g. GK101); did you mean"
                + " \"GK206\"?");
  }

  @Test
  void aRuleIdInLowerCaseSuggestsItInCapitals(@TempDir Path dir) throws Exception {
    Path root = withConfigLine(dir, "rules: {gk205: off}");
    int line = lines(root.resolve("gkml.yaml"));

    assertThat(validate(root, "zh").out())
        .contains("gkml.yaml:" + line + ":9: error GK001: rules：键“gk205”")
        .contains("是否应为“GK205”？");
    assertThat(validate(root, "en").out())
        .contains("gkml.yaml:" + line + ":9: error GK001: rules: key \"gk205\"")
        .contains("did you mean \"GK205\"?");
  }

  @Test
  void anUnknownRuleIdSuggestsTheNearestRule(@TempDir Path dir) throws Exception {
    Path root = withConfigLine(dir, "rules: {GK196: off}");
    int line = lines(root.resolve("gkml.yaml"));

    assertThat(validate(root, "zh").out())
        .contains(
            "gkml.yaml:" + line + ":9: warning GK007: rules 中的 GK196 不是 gkml 规则；是否应为“GK106”？");
    assertThat(validate(root, "en").out())
        .contains(
            "gkml.yaml:"
                + line
                + ":9: warning GK007: rules names GK196, which is not a gkml rule; did you mean"
                + " \"GK106\"?");
  }

  @Test
  void aFormatVersionOfOnePointOneSaysFilesOfThatFormatWriteOne(@TempDir Path dir)
      throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    TestCatalogs.replaceIn(root.resolve("gkml.yaml"), "gkml: 1\n", "gkml: 1.1\n");

    assertThat(validate(root, "zh").out())
        .contains("error GK001: gkml：应写 1（格式的主版本号，不加引号；按 1.1 版格式写的文件也写 gkml: 1），不能是“1.1”")
        .doesNotContain("是文本");
    assertThat(validate(root, "en").out())
        .contains(
            "error GK001: gkml: write 1 (the format's major version, without quotes; files of"
                + " format 1.1 also write gkml: 1), not \"1.1\"");
  }

  @Test
  void aMisspeltFlagSuggestsTrueInWordsAuthorsKnow(@TempDir Path dir) throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    TestCatalogs.replaceIn(
        root.resolve("basic/employment.yaml"), "    optional: true", "    optional: ture");

    CliRun zh = validate(root, "zh");

    assertThat(zh.out())
        .contains("的 optional：“ture”不是 true 也不是 false：只能写 true 或 false；是否应为“true”？")
        .doesNotContain("布尔");
    assertThat(validate(root, "en").out())
        .contains(
            "\"ture\" is neither true nor false; write true or false; did you mean \"true\"?");
  }
}
