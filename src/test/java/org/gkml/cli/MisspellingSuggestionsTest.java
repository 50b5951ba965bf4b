package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Misspellings in the shipped tree, as a reviewer found them: each is one finding, in both
 * languages, that says what was meant. Covers values allowed in two forms (a list or a mapping, a
 * word or a list), a key too many beside a required key missing, table headers written as keys,
 * swapped letters, ids typed full-width or of another domain, domains written as their slug, and
 * words cut short.
 */
class MisspellingSuggestionsTest {
  private static final String STREET = "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml";
  private static final String HEAD =
      """
      gkml: 1
      kind: overlay
      domain: 安全生产
      region: {code: "511703001", name: 三里坪街道}
      version: "2025.1"
      """;

  private static Path streetOverlay(Path root, String body) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    Files.writeString(root.resolve(STREET), HEAD + body, StandardCharsets.UTF_8);
    return root;
  }

  /** The findings of a validate run, each from its line number on. */
  private static List<String> findings(Path root, String lang) {
    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", lang, "--no-cache");
    return run.out()
        .lines()
        .filter(l -> l.contains(" GK"))
        .map(l -> l.substring(l.indexOf(".yaml:") + ".yaml:".length()))
        .toList();
  }

  @Test
  void aValueAllowedInTwoFormsIsJudgedByTheFormItsTypeFits(@TempDir Path root) throws Exception {
    streetOverlay(
        root,
        """
        modify:
          - id: 511703-AQSC-002
            channels: {ad: [政务服务中心]}
          - id: 511703-AQSC-002
            channels: {add: 政务服务中心}
          - id: 511703-AQSC-002
            channels: {add: [政务服务中心], remvoe: [政府网站]}
          - id: 511703-AQSC-002
            audience: [全社会, 特定人群]
          - id: 511703-AQSC-002
            tiers: 村级
        """);

    assertThat(findings(root, "zh"))
        .containsExactly(
            "8:16: error GK001: modify 中事项 511703-AQSC-002 的 channels：未知的键“ad”；是否应为“add”？",
            "10:21: error GK001: modify 中事项 511703-AQSC-002 的 channels.add：“政务服务中心”是文本，应为列表",
            "12:31: error GK001: modify 中事项 511703-AQSC-002 的 channels：未知的键“remvoe”；是否应为“remove”？",
            "14:21: error GK001: modify 中事项 511703-AQSC-002 的 audience 第 2 项："
                + "“特定人群”不是允许的值，只能是：全社会、特定群体；是否应为“特定群体”？",
            "16:12: error GK001: modify 中事项 511703-AQSC-002 的 tiers：“村级”是文本，应为列表或映射（“键: 值”）");
    assertThat(findings(root, "en"))
        .containsExactly(
            "8:16: error GK001: channels of item 511703-AQSC-002 under modify: unknown key \"ad\";"
                + " did you mean \"add\"?",
            "10:21: error GK001: channels.add of item 511703-AQSC-002 under modify:"
                + " \"政务服务中心\" is text; expected a list",
            "12:31: error GK001: channels of item 511703-AQSC-002 under modify: unknown key"
                + " \"remvoe\"; did you mean \"remove\"?",
            "14:21: error GK001: audience entry 2 of item 511703-AQSC-002 under modify: \"特定人群\""
                + " is not allowed; allowed: 全社会, 特定群体; did you mean \"特定群体\"?",
            "16:12: error GK001: tiers of item 511703-AQSC-002 under modify: \"村级\" is text;"
                + " expected a list or a mapping (key: value)");
  }

  @Test
  void aKeyTooManyBesideARequiredKeyMissingIsOneFinding(@TempDir Path root) throws Exception {
    String item =
        """
          - id: 511703001-AQSC-00N
            level1: 宣传教育
            level2: 安全生产月活动N
            content: 宣传
            basis: [《中华人民共和国安全生产法》]
            deadline: 信息形成或变更之日起5个工作日内
            owner: 三里坪街道办事处
            KEY: [两微一端]
            audience: 全社会
            mode: 主动
            tiers: [乡级]
        """;
    streetOverlay(
        root,
        "add:\n"
            + item.replace("N", "1").replace("KEY", "qudao")
            + item.replace("N", "2").replace("KEY", "渠道")
            + item.replace("N", "3").replace("KEY", "公开时限").replace("    deadline", "    note")
            + "modify:\n  - di: AQSC-005\n    owner: 三里坪街道办事处\n"
            + "  - id: AQSC-005\n    公开對象說明: 辖区企业\n");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "14:5: error GK001: add 中事项 511703001-AQSC-001：未知的键“qudao”；是否应为缺少的必填键“channels”？",
            "25:5: error GK001: add 中事项 511703001-AQSC-002：未知的键“渠道”；键名用英文，应为“channels”",
            "29:5: error GK001: add 中事项 511703001-AQSC-003：缺少必填键“channels”",
            "36:5: error GK001: add 中事项 511703001-AQSC-003：未知的键“公开时限”；键名用英文，应为“deadline”",
            "41:5: error GK001: modify 第 1 项：未知的键“di”；是否应为“id”？",
            "44:5: error GK001: modify 中事项 AQSC-005：未知的键“公开對象說明”；键名用英文，应为“audience-note”");
    assertThat(findings(root, "en"))
        .containsExactly(
            "14:5: error GK001: item 511703001-AQSC-001 under add: unknown key \"qudao\"; is it the"
                + " missing required key \"channels\"?",
            "25:5: error GK001: item 511703001-AQSC-002 under add: unknown key \"渠道\"; keys are"
                + " written in English: \"channels\"",
            "29:5: error GK001: item 511703001-AQSC-003 under add: required key \"channels\" is"
                + " missing",
            "36:5: error GK001: item 511703001-AQSC-003 under add: unknown key \"公开时限\"; keys are"
                + " written in English: \"deadline\"",
            "41:5: error GK001: modify entry 1: unknown key \"di\"; did you mean \"id\"?",
            "44:5: error GK001: item AQSC-005 under modify: unknown key \"公开對象說明\"; keys are"
                + " written in English: \"audience-note\"");
  }

  @Test
  void idsTypedFullWidthOrOfAnotherDomainSayWhatWasMeant(@TempDir Path root) throws Exception {
    streetOverlay(
        root,
        """
        modify:
          - id: ＡＱＳＣ-005
            owner: 三里坪街道办事处
          - id: AQSC－005
            owner: 三里坪街道办事处
        """);
    Path other = Files.createDirectories(root.resolve("other"));
    streetOverlay(
        other,
        """
        modify:
          - id: SHBX-001
            owner: 三里坪街道办事处
        remove:
          - id: shbx-001
            reason: 本街道没有
        """);

    assertThat(findings(root, "zh"))
        .hasSize(2)
        .allMatch(
            f ->
                f.contains("GK001")
                    && f.endsWith(
                        "的格式不对，应为编号（以字母或数字开头，由字母、数字和“.”“_”“-”组成，最长 64 个字符，如 AQSC-001）；是否应为“AQSC-005”？"));
    assertThat(findings(root, "en"))
        .hasSize(2)
        .allMatch(f -> f.endsWith("; did you mean \"AQSC-005\"?"));
    assertThat(findings(other, "zh"))
        .containsExactly(
            "7:9: error GK201: modify 指向的事项 SHBX-001 在区划 511703001 的有效目录中不存在；SHBX-001 是社会保险领域的事项，不属于安全生产领域",
            "10:9: error GK201: remove 指向的事项 shbx-001 在区划 511703001 的有效目录中不存在；SHBX-001 是社会保险领域的事项，不属于安全生产领域");
    assertThat(findings(other, "en"))
        .containsExactly(
            "7:9: error GK201: modify names item SHBX-001, which does not exist for region"
                + " 511703001; SHBX-001 is an item of the 社会保险 domain, not 安全生产",
            "10:9: error GK201: remove names item shbx-001, which does not exist for region"
                + " 511703001; SHBX-001 is an item of the 社会保险 domain, not 安全生产");
  }

  @Test
  void explainSuggestsAnIdWrittenInOtherCase() {
    CliRun zh =
        CliRun.of(
            "explain", "--root", "catalogs", "--region", "511703001", "aqsc-005", "--lang", "zh");
    CliRun en =
        CliRun.of(
            "explain", "--root", "catalogs", "--region", "511703001", "aqsc-005", "--lang", "en");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("“aqsc-005”").contains("；是否应为“AQSC-005”？");
    assertThat(en.err()).contains("did you mean \"AQSC-005\"?");
  }

  @Test
  void aDomainWrittenAsItsSlugOrCutShortSuggestsTheName(@TempDir Path root) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    TestCatalogs.replaceIn(
        root.resolve("regions/511703-达川区/safety-production.yaml"),
        "domain: 安全生产",
        "domain: safety-production");
    TestCatalogs.replaceIn(
        root.resolve("regions/511703-达川区/rural-dilapidated-housing.yaml"),
        "domain: 农村危房改造",
        "domain: 农村危房");

    assertThat(findings(root, "zh"))
        .filteredOn(f -> f.contains("GK303"))
        .containsExactly(
            "5:9: error GK303: 领域“农村危房”在 basic/ 下没有基础目录；是否应为“农村危房改造”？",
            "5:9: error GK303: 领域“safety-production”在 basic/ 下没有基础目录；是否应为“安全生产”？");
    assertThat(findings(root, "en"))
        .filteredOn(f -> f.contains("GK303"))
        .containsExactly(
            "5:9: error GK303: domain \"农村危房\" has no basic catalogue under basic/; did you mean"
                + " \"农村危房改造\"?",
            "5:9: error GK303: domain \"safety-production\" has no basic catalogue under basic/; did"
                + " you mean \"安全生产\"?");
  }

  @Test
  void anEnumeratedWordCutShortSuggestsTheOnlyWordItBegins(@TempDir Path root) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    TestCatalogs.replaceIn(
        root.resolve("basic/safety-production.yaml"),
        "removable: optional-only",
        "removable: optional");
    Files.writeString(
        root.resolve("gkml.yaml"),
        Files.readString(root.resolve("gkml.yaml")) + "rules: {GK205: warn}\n",
        StandardCharsets.UTF_8);

    assertThat(findings(root, "zh"))
        .filteredOn(f -> f.contains("GK001"))
        .containsExactly(
            "12:14: error GK001: policy.removable：“optional”不是允许的值，只能是：never、optional-only、with-reason；是否应为“optional-only”？",
            "12:16: error GK001: rules.GK205：“warn”不是允许的值，只能是：off、info、warning、error；是否应为“warning”？");
    assertThat(findings(root, "en"))
        .filteredOn(f -> f.contains("GK001"))
        .containsExactly(
            "12:14: error GK001: policy.removable: \"optional\" is not allowed; allowed: never,"
                + " optional-only, with-reason; did you mean \"optional-only\"?",
            "12:16: error GK001: rules.GK205: \"warn\" is not allowed; allowed: off, info, warning,"
                + " error; did you mean \"warning\"?");
  }

  @Test
  void mixedBracketsQuoteTheTextWithoutAStraySpace(@TempDir Path root) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    TestCatalogs.replaceIn(
        root.resolve("basic/safety-production.yaml"),
        "      - 《中华人民共和国政府信息公开条例》\n    deadline: 半年至少更新1次\n    owner: 县级应急管理部门\n    channels: [政府网站, 两微一端]",
        "      - 《中华人民共和国政府信息公开条例》(第十九条）\n    deadline: 半年至少更新1次\n    owner: 县级应急管理部门\n    channels: [政府网站, 两微一端]");

    List<String> zh = findings(root, "zh").stream().filter(f -> f.contains("GK108")).toList();
    List<String> en = findings(root, "en").stream().filter(f -> f.contains("GK108")).toList();

    assertThat(zh)
        .first()
        .asString()
        .endsWith("info GK108: 事项 AQSC-001 的 basis 第 1 项：“《中华人民共和国政府信息公开条例》(第十九条）”中全角和半角括号混用");
    assertThat(en)
        .first()
        .asString()
        .endsWith(
            "info GK108: basis entry 1 of item AQSC-001 mixes full-width and half-width brackets:"
                + " \"《中华人民共和国政府信息公开条例》(第十九条）\"");
  }

  @Test
  void theSchemaRuleHasAPlainChineseTitle() {
    org.gkml.i18n.Messages zh = org.gkml.i18n.Messages.of(java.util.Locale.CHINESE);
    assertThat(zh.ruleTitle(org.gkml.model.Rule.SCHEMA)).isEqualTo("格式不符");
    assertThat(zh.ruleHelp(org.gkml.model.Rule.SCHEMA))
        .doesNotContain("模式")
        .doesNotContain("枚举")
        .doesNotContain("Schema");
  }
}
