package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gkml.i18n.Messages;
import org.gkml.model.RegionCode;
import org.gkml.resolve.RegionSuggestion;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (review): a region given on the command line in full-width digits, with two digits
 * swapped, or by its name, and a domain given by the start of its name, got no hint. One rule
 * ({@link RegionSuggestion}) answers every command that takes {@code --region}.
 */
class RegionAndDomainHintsTest {
  private static final String ROOT = "catalogs"; // regions.csv: 511703 达川区, 511703102 石桥镇 …

  @Test
  void fullWidthDigitsAreReadAsTheCodeTheyWrite() {
    CliRun zh = CliRun.of("merge", "--root", ROOT, "--lang", "zh", "--region", "５１１７０３");
    CliRun en = CliRun.of("explain", "--lang", "en", "--region", "５１１７０３", "AQSC-001");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).startsWith("gkml: --region 的值“５１１７０３”").endsWith("；是否应为“511703”？\n");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err()).endsWith("digits; did you mean \"511703\"?\n");
  }

  @Test
  void aCodeTheTreeLacksSuggestsTheNearestOfItsTier() {
    CliRun merge = CliRun.of("merge", "--root", ROOT, "--lang", "zh", "--region", "511730");
    CliRun scaffold =
        CliRun.of(
            "new",
            "overlay",
            "--root",
            ROOT,
            "--lang",
            "en",
            "--region",
            "511730",
            "--domain",
            "安全生产");
    CliRun diff = CliRun.of("diff", ROOT, ROOT, "--lang", "en", "--region", "511730");

    assertThat(merge.err())
        .isEqualTo("gkml: 未知的区划“511730”：既不在 regions.csv 中，也没有个性目录；是否应为“511703”？\n");
    assertThat(scaffold.err())
        .isEqualTo(
            "gkml: unknown region \"511730\": add it to regions.csv (code,name) first; did you mean"
                + " \"511703\"?\n");
    assertThat(diff.err())
        .contains("unknown region \"511730\"")
        .endsWith("did you mean \"511703\"?\n");
    assertThat(merge.code()).isEqualTo(2);
    assertThat(scaffold.code()).isEqualTo(2);
  }

  @Test
  void aRegionsNameIsAnsweredWithItsCodeWhereverRootIsGiven() {
    CliRun before = CliRun.of("merge", "--root", ROOT, "--lang", "zh", "--region", "石桥镇");
    CliRun after = CliRun.of("export", "filing", "--region", "石桥镇", "--root", ROOT, "--lang", "en");
    CliRun near = CliRun.of("merge", "--lang", "zh", "--region", "石桥");

    assertThat(before.err()).endsWith("区划代码；“石桥镇”是区划名称，请写代码“511703102”\n");
    assertThat(after.err())
        .endsWith("digits; \"石桥镇\" is the name of a region: write its code \"511703102\"\n");
    assertThat(near.err()).endsWith("；最接近的区划名称是“石桥镇”，请写代码“511703102”\n");
    assertThat(before.code()).isEqualTo(2);
    assertThat(after.code()).isEqualTo(2);
  }

  @Test
  void aRegionsFolderNameIsReadAsItsCode() {
    CliRun run = CliRun.of("merge", "--root", ROOT, "--lang", "en", "--region", "511703-达川区");

    assertThat(run.err()).endsWith("; did you mean \"511703\"?\n");
  }

  @Test
  void theStartOfOneDomainsNameNamesIt() {
    CliRun zh =
        CliRun.of(
            "new",
            "overlay",
            "--root",
            ROOT,
            "--lang",
            "zh",
            "--region",
            "511703",
            "--domain",
            "安全");
    CliRun en =
        CliRun.of("merge", "--root", ROOT, "--lang", "en", "--region", "511703", "--domain", "安全");

    assertThat(zh.err()).startsWith("gkml: 未知的领域“安全”；是否应为“安全生产”？基础目录的领域：");
    assertThat(en.err()).startsWith("gkml: unknown domain \"安全\"; did you mean \"安全生产\"?");
  }

  @Test
  void aNameSeveralRegionsShareListsTheirCodesAndAFarCodeGetsNone() {
    Map<RegionCode, String> names =
        Map.of(
            new RegionCode("511703001201"), "金花村",
            new RegionCode("511703102201"), "金花村",
            new RegionCode("511703"), "达川区");
    Messages zh = Messages.of(java.util.Locale.CHINESE);

    assertThat(zh.get("cli.hint", RegionSuggestion.hint("金花村", names)))
        .isEqualTo("；“金花村”是多个区划的名称，请写其中一个的代码：511703001201、511703102201");
    assertThat(RegionSuggestion.hint("110101", names)).isEqualTo("");
    assertThat(RegionSuggestion.hint("  ", names)).isEqualTo("");
    assertThat(RegionSuggestion.hint("北京", names)).isEqualTo("");
  }
}
