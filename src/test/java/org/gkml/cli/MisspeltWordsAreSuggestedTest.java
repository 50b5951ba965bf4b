package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The places a user can misspell that had no "did you mean" yet: {@code new overlay --domain},
 * commands below a command, option values, and a rule id in {@code gkml.yaml}; and the wording of a
 * required option left out.
 */
class MisspeltWordsAreSuggestedTest {
  private static final String TREE = "src/test/resources/validate/valid/overlay-chain";

  @Test
  void newOverlaySuggestsADomainByNameOrSlugAsMergeDoes() {
    CliRun name =
        CliRun.of(
            "new",
            "overlay",
            "--root",
            TREE,
            "--region",
            "511703",
            "--domain",
            "安全生",
            "--lang",
            "zh");
    CliRun slug =
        CliRun.of(
            "new",
            "overlay",
            "--root",
            TREE,
            "--region",
            "511703",
            "--domain",
            "safety-productoin",
            "--lang",
            "en");

    assertThat(name.code()).isEqualTo(2);
    assertThat(name.err()).startsWith("gkml: 未知的领域“安全生”；是否应为“安全生产”？");
    assertThat(slug.code()).isEqualTo(2);
    assertThat(slug.err())
        .startsWith(
            "gkml: unknown domain \"safety-productoin\"; did you mean \"safety-production\"?");
  }

  @Test
  void aMisspeltCommandBelowACommandIsSuggested() {
    CliRun export = CliRun.of("export", "xslx", "--lang", "en");
    CliRun overlay = CliRun.of("new", "overlya", "--lang", "zh");

    assertThat(export.code()).isEqualTo(2);
    assertThat(export.err())
        .startsWith("gkml: \"xslx\" is not a command of gkml export; did you mean \"xlsx\"?\n");
    assertThat(overlay.code()).isEqualTo(2);
    assertThat(overlay.err()).startsWith("gkml: “overlya”不是 gkml new 的命令；是否应为“overlay”？\n");
  }

  @Test
  void aMisspeltOptionValueIsSuggested() {
    CliRun sarif = CliRun.of("validate", "--root", TREE, "--format", "sariff", "--lang", "en");
    CliRun tier =
        CliRun.of("merge", "--root", TREE, "--region", "511703", "--tier", "乡", "--lang", "zh");
    CliRun report = CliRun.of("report", "--root", TREE, "--format", "jsn", "--lang", "en");

    assertThat(sarif.err())
        .startsWith(
            "gkml: --format: \"sariff\" is not valid (text, json, sarif, junit, github); did you"
                + " mean \"sarif\"?\n");
    assertThat(tier.err()).contains("--tier 的值“乡”不是公开层级").endsWith("；是否应为“乡级”？\n");
    assertThat(report.err())
        .isEqualTo(
            "gkml: unknown report format \"jsn\" (text, json, html, xlsx); did you mean \"json\"?\n");
    assertThat(sarif.code()).isEqualTo(2);
    assertThat(tier.code()).isEqualTo(2);
    assertThat(report.code()).isEqualTo(2);
  }

  @Test
  void aValueNearNoneIsNotGivenASuggestion() {
    CliRun report = CliRun.of("report", "--root", TREE, "--format", "pdf", "--lang", "en");

    assertThat(report.err()).doesNotContain("did you mean");
  }

  @Test
  void aRequiredOptionLeftOutIsSaidToBeRequiredNotEmpty() {
    CliRun absent = CliRun.of("new", "overlay", "--region", "511703", "--lang", "en");
    CliRun empty = CliRun.of("new", "overlay", "--region", "511703", "--lang", "en", "--domain");

    assertThat(absent.err()).startsWith("gkml: option --domain is required\n");
    assertThat(empty.err()).startsWith("gkml: option --domain needs a value\n");
    assertThat(absent.code()).isEqualTo(2);
  }

  @Test
  void aMalformedRuleIdSaysWhatARuleIdLooksLike(@TempDir Path root) throws Exception {
    TestCatalogs.copy(Path.of("catalogs"), root);
    Path config = root.resolve("gkml.yaml");
    Files.writeString(
        config,
        Files.readString(config, StandardCharsets.UTF_8) + "rules:\n  GK10: off\n",
        StandardCharsets.UTF_8);

    CliRun en = CliRun.of("validate", "--root", root.toString(), "--lang", "en", "--no-cache");
    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh", "--no-cache");

    assertThat(en.out())
        .contains(
            "key \"GK10\" does not have the required form; expected a rule id (GK and three"
                + " digits, e.g. GK101)")
        .doesNotContain("[0-9]");
    assertThat(zh.out()).contains("键“GK10”的格式不对，应为规则编号（GK 加三位数字，如 GK101）");
  }
}
