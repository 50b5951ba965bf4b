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
 * Suggestions for values, as a reviewer found them wanting: several values written as one text are
 * no misspelling of one of them (the list to write, or "only one is allowed"), two unknown keys of
 * one item each get their own nearest key, a list where a word is wanted is one finding, Chinese
 * words written for English values get the English word, and an id without its zeros or with a
 * space at its start gets the id. Each in both languages.
 */
class ValueSuggestionsTest {
  private static final String BASIC = "basic/safety-production.yaml";
  private static final String DISTRICT = "regions/511703-达川区/safety-production.yaml";
  private static final String STREET = "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml";

  /** The findings of a validate run, each from its file's name on. */
  private static List<String> findings(Path root, String lang) {
    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", lang, "--no-cache");
    return run.out()
        .lines()
        .filter(l -> l.contains(" GK") && !l.contains("GK009"))
        .map(l -> l.substring(l.lastIndexOf('/') + 1))
        .toList();
  }

  private static void append(Path file, String text) throws Exception {
    Files.writeString(file, Files.readString(file) + text, StandardCharsets.UTF_8);
  }

  @Test
  void valuesJoinedInOneTextSuggestTheListOrSayOnlyOneIsAllowed(@TempDir Path root)
      throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    Path basic = root.resolve(BASIC);
    // AQSC-001: audience and mode; AQSC-002, -003, -004: tiers joined with 、 , and a space
    TestCatalogs.replaceIn(
        basic,
        "    audience: 全社会\n    mode: 主动\n    tiers: [县级]\n  - id: AQSC-002",
        "    audience: 全社会、特定群体\n    mode: 主动、依申请\n    tiers: [县级]\n  - id: AQSC-002");
    TestCatalogs.replaceIn(
        basic, "    tiers: [县级]\n  - id: AQSC-003", "    tiers: [县级、乡级, 村级]\n  - id: AQSC-003");
    TestCatalogs.replaceIn(
        basic, "    tiers: [县级]\n    optional: true", "    tiers: 县级,乡级\n    optional: true");
    TestCatalogs.replaceIn(
        basic, "    tiers: [县级]\n  - id: AQSC-005", "    tiers: [乡、村级]\n  - id: AQSC-005");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:23:15: error GK001: 事项 AQSC-001 的 audience："
                + "“全社会、特定群体”是几个值写在了一起，应分开写成列表：[全社会, 特定群体]",
            "safety-production.yaml:24:11: error GK001: 事项 AQSC-001 的 mode："
                + "“主动、依申请”写了几个值，这里只能写一个，允许的值：主动、依申请",
            "safety-production.yaml:37:13: error GK001: 事项 AQSC-002 的 tiers 第 1 项："
                + "“县级、乡级”是几个值写在了一起，应分开写成列表：[县级, 乡级, 村级]",
            "safety-production.yaml:49:12: error GK001: 事项 AQSC-003 的 tiers："
                + "“县级,乡级”是文本，应为列表；应写成列表：[县级, 乡级]",
            "safety-production.yaml:63:13: error GK001: 事项 AQSC-004 的 tiers 第 1 项："
                + "“乡、村级”是几个值写在了一起，应分开写成列表：[乡级, 村级]");
    assertThat(findings(root, "en"))
        .containsExactly(
            "safety-production.yaml:23:15: error GK001: audience of item AQSC-001: \"全社会、特定群体\""
                + " joins several values in one text; write them as a list: [全社会, 特定群体]",
            "safety-production.yaml:24:11: error GK001: mode of item AQSC-001: \"主动、依申请\" joins"
                + " several values where only one is allowed; allowed: 主动, 依申请",
            "safety-production.yaml:37:13: error GK001: tiers entry 1 of item AQSC-002: \"县级、乡级\""
                + " joins several values in one text; write them as a list: [县级, 乡级, 村级]",
            "safety-production.yaml:49:12: error GK001: tiers of item AQSC-003: \"县级,乡级\" is text;"
                + " expected a list; write it as a list: [县级, 乡级]",
            "safety-production.yaml:63:13: error GK001: tiers entry 1 of item AQSC-004: \"乡、村级\""
                + " joins several values in one text; write them as a list: [乡级, 村级]");
  }

  @Test
  void theListSuggestedForAnAudienceInModifyIsNoWeakening(@TempDir Path root) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    Path district = root.resolve(DISTRICT);
    Path basic = root.resolve(BASIC);
    TestCatalogs.replaceIn(
        basic,
        "modifiable: [level2, content, basis, deadline, owner, channels]",
        "modifiable: [level2, content, basis, deadline, owner, channels, audience]");
    TestCatalogs.replaceIn(district, "    channels: {add: [政务服务中心]}\n", "    audience: 全社会 特定群体\n");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:38:15: error GK001: modify 中事项 AQSC-005 的 audience："
                + "“全社会 特定群体”是几个值写在了一起，应分开写成列表：[全社会, 特定群体]");

    // the advice followed: no finding, and no weakening (GK209) in particular
    TestCatalogs.replaceIn(district, "audience: 全社会 特定群体", "audience: [全社会, 特定群体]");
    assertThat(findings(root, "en")).isEmpty();
  }

  @Test
  void channelsJoinedInOneTextSuggestTheListNotTheirFirstChannel(@TempDir Path root)
      throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    Path district = root.resolve(DISTRICT);
    TestCatalogs.replaceIn(
        district, "channels: {add: [政务服务中心]}", "channels: {add: [政务服务中心、便民服务站]}");
    TestCatalogs.replaceIn(
        district, "    channels: [政府网站]\n    audience", "    channels: [政府网站，两微一端]\n    audience");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:18:16: error GK103: 未知的公开渠道“政府网站，两微一端”；"
                + "这是几个渠道写在了一起，应分开写成列表：[政府网站, 两微一端]",
            "safety-production.yaml:38:22: error GK103: 未知的公开渠道“政务服务中心、便民服务站”；"
                + "这是几个渠道写在了一起，应分开写成列表：[政务服务中心, 便民服务站]");
    assertThat(findings(root, "en"))
        .contains(
            "safety-production.yaml:38:22: error GK103: unknown channel \"政务服务中心、便民服务站\"; it"
                + " joins several channels in one text: write them as a list: [政务服务中心, 便民服务站]");
  }

  @Test
  void channelsJoinedInAFullListAreNoRemovalOfThoseChannels(@TempDir Path root) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    TestCatalogs.replaceIn(
        root.resolve(DISTRICT), "    channels: [政府网站, 两微一端]\n", "    channels: [政府网站，两微一端]\n");

    // one finding, the cause: no GK205 for 政府网站 or 两微一端, which are both there
    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:42:16: error GK103: 未知的公开渠道“政府网站，两微一端”；"
                + "这是几个渠道写在了一起，应分开写成列表：[政府网站, 两微一端]");
  }

  @Test
  void unknownKeysOfOneItemGetTheirNearestKeyEachNotTheMissingOne(@TempDir Path root)
      throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    Path basic = root.resolve(BASIC);
    TestCatalogs.replaceIn(
        basic, "    content: 与安全生产有关的法律、法规\n", "    contents: 与安全生产有关的法律、法规\n    contacts: 123\n");
    TestCatalogs.replaceIn(
        basic, "    level1: 政策文件\n    level2: 部门和地方规章", "    levle1: 政策文件\n    leve2: 部门和地方规章");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:17:5: error GK001: 事项 AQSC-001：未知的键“contents”；是否应为“content”？",
            "safety-production.yaml:18:5: error GK001: 事项 AQSC-001：未知的键“contacts”；是否应为“contact”？",
            "safety-production.yaml:28:5: error GK001: 事项 AQSC-002：未知的键“levle1”；是否应为“level1”？",
            "safety-production.yaml:29:5: error GK001: 事项 AQSC-002：未知的键“leve2”；是否应为“level2”？");
    assertThat(findings(root, "en"))
        .containsExactly(
            "safety-production.yaml:17:5: error GK001: item AQSC-001: unknown key \"contents\"; did"
                + " you mean \"content\"?",
            "safety-production.yaml:18:5: error GK001: item AQSC-001: unknown key \"contacts\"; did"
                + " you mean \"contact\"?",
            "safety-production.yaml:28:5: error GK001: item AQSC-002: unknown key \"levle1\"; did"
                + " you mean \"level1\"?",
            "safety-production.yaml:29:5: error GK001: item AQSC-002: unknown key \"leve2\"; did you"
                + " mean \"level2\"?");
  }

  @Test
  void aListOrMappingWhereAWordIsWantedIsOneFinding(@TempDir Path root) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    append(
        root.resolve(STREET),
        "  - id: 511703-AQSC-002\n    mode: [主动]\n  - id: 511703-AQSC-001\n    mode: {主动: true}\n");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:26:5: error GK001: modify 中事项 511703-AQSC-002 的 mode：值是列表，应为文本",
            "safety-production.yaml:28:5: error GK001: modify 中事项 511703-AQSC-001 的 mode："
                + "值是映射（“键: 值”），应为文本");
    assertThat(findings(root, "en"))
        .containsExactly(
            "safety-production.yaml:26:5: error GK001: mode of item 511703-AQSC-002 under modify:"
                + " the value is a list; expected text",
            "safety-production.yaml:28:5: error GK001: mode of item 511703-AQSC-001 under modify:"
                + " the value is a mapping (key: value); expected text");
  }

  @Test
  void chineseWordsWrittenForEnglishValuesSuggestTheEnglishWord(@TempDir Path root)
      throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    Path basic = root.resolve(BASIC);
    TestCatalogs.replaceIn(basic, "removable: optional-only", "removable: 可选");
    TestCatalogs.replaceIn(basic, "modifiable: [level2, content,", "modifiable: [level2, 内容,");
    TestCatalogs.replaceIn(
        basic, "    tiers: [县级]\n    optional: true", "    tiers: [县级]\n    optional: 是");
    append(root.resolve("gkml.yaml"), "rules: {GK206: 错误}\n");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:11:24: error GK001: policy.modifiable 第 2 项：“内容”不是允许的值，只能是："
                + "level1、level2、level3、content、basis、deadline、owner、department、contact、"
                + "channels、audience、audience-note、mode、tiers、note、optional；值用英文，应为“content”",
            "safety-production.yaml:12:14: error GK001: policy.removable：“可选”不是允许的值，只能是："
                + "never、optional-only、with-reason；值用英文，应为“optional-only”",
            "safety-production.yaml:50:15: error GK001: 事项 AQSC-003 的 optional：“是”不是 true 也不是"
                + " false：只能写 true 或 false；值用英文，应为“true”",
            "gkml.yaml:12:16: error GK001: rules.GK206：“错误”不是允许的值，只能是：off、info、warning、error；"
                + "值用英文，应为“error”");
    assertThat(findings(root, "en"))
        .filteredOn(f -> f.contains("removable") || f.contains("GK206"))
        .containsExactly(
            "safety-production.yaml:12:14: error GK001: policy.removable: \"可选\" is not allowed;"
                + " allowed: never, optional-only, with-reason; values are written in English:"
                + " \"optional-only\"",
            "gkml.yaml:12:16: error GK001: rules.GK206: \"错误\" is not allowed; allowed: off, info,"
                + " warning, error; values are written in English: \"error\"");
  }

  @Test
  void anIdWithoutItsZerosOrWithASpaceSuggestsTheIdOnce(@TempDir Path root) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    Path district = root.resolve(DISTRICT);
    TestCatalogs.replaceIn(district, "  - id: AQSC-005\n", "  - id: AQSC-5\n");
    TestCatalogs.replaceIn(district, "  - id: AQSC-003\n", "  - id: AQSC-03\n");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:35:9: error GK201: modify 指向的事项 AQSC-5 在区划 511703 的有效目录中不存在；是否应为“AQSC-005”？",
            "safety-production.yaml:44:9: error GK201: remove 指向的事项 AQSC-03 在区划 511703 的有效目录中不存在；是否应为“AQSC-003”？");

    TestCatalogs.replaceIn(district, "  - id: AQSC-5\n", "  - id: \" AQSC-005\"\n");
    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:35:9: error GK001: modify 中事项 AQSC-005 的 id：“ AQSC-005”的格式不对，"
                + "应为编号（以字母或数字开头，由字母、数字和“.”“_”“-”组成，最长 64 个字符，如 AQSC-001）；"
                + "是否应为“AQSC-005”？");
    assertThat(findings(root, "en"))
        .containsExactly(
            "safety-production.yaml:35:9: error GK001: id of item AQSC-005 under modify: \" AQSC-005\""
                + " does not have the required form; expected an id (letters, digits, \".\", \"_\""
                + " and \"-\", starting with a letter or digit, at most 64 characters, e.g."
                + " AQSC-001); did you mean \"AQSC-005\"?");
  }

  @Test
  void anElementToRemoveThatIsASlipForOneTheItemHasIsSuggested(@TempDir Path root)
      throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    TestCatalogs.replaceIn(
        root.resolve(DISTRICT),
        "    channels: {add: [政务服务中心]}\n  - id: AQSC-006",
        "    channels: {add: [政务服务中心], remove: [政府网占]}\n  - id: AQSC-006");

    assertThat(findings(root, "zh"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("GK215")
        .endsWith("中没有“政府网占”，无可删除；是否应为“政府网站”？");
    assertThat(findings(root, "en"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .endsWith("does not contain \"政府网占\"; nothing to remove; did you mean \"政府网站\"?");
  }

  @Test
  void yaml11FlagsGetTheFlagGkmlReads(@TempDir Path root) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    TestCatalogs.replaceIn(root.resolve(BASIC), "    optional: true", "    optional: yes");

    assertThat(findings(root, "en"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("\"yes\" is neither true nor false")
        .endsWith("did you mean \"true\"?");
  }

  @Test
  void namingTheRegisterSaysItIsCheckedWithItsTree(@TempDir Path root) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    Path register = root.resolve("regions.csv");

    CliRun zh = CliRun.of("validate", register.toString(), "--lang", "zh");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err())
        .isEqualTo("gkml: " + register + " 随所在目录树一起检查：请校验整个目录树（" + root.toRealPath() + "）\n");
  }
}
