package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Messages a reviewer of the release found wanting, each a class of slip: one cause reported twice
 * (a blank value broke its form and was empty; an invisible character made a value unknown and was
 * reported again), a message contradicting itself ("true" is neither true nor false), the
 * validator's own words where ours belong (a repeated element), a suggestion missing (an English
 * word for a Chinese value, a pinyin key, a note's header, an id's number); spaces between a
 * Chinese word and a Chinese value are ChineseSpacingTest's. Each in both languages, on the shipped
 * catalogues.
 */
class ReviewedMessageSlipsTest {
  private static final String BASIC = "basic/safety-production.yaml";
  private static final String DISTRICT = "regions/511703-达川区/safety-production.yaml";

  /** The findings of a validate run, each from its file's name on, without the GK009 notes. */
  private static List<String> findings(Path root, String lang) {
    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", lang, "--no-cache");
    return run.out()
        .lines()
        .filter(l -> l.contains(" GK") && !l.contains("GK009"))
        .map(l -> l.substring(l.lastIndexOf('/') + 1))
        .toList();
  }

  private static Path shipped(Path root) throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    return root;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // an id of the basic catalogue, empty or of a full-width space only
        "basic/safety-production.yaml|  - id: AQSC-001|  - id: \"\"|14:9|items 第 1 项的 id",
        "basic/safety-production.yaml|  - id: AQSC-001|  - id: \"　\"|14:9|items 第 1 项的 id",
        // the ids of add, modify and remove
        "regions/511703-达川区/safety-production.yaml|  - id: 511703-AQSC-001|  - id: \"\"|9:9"
            + "|add 第 1 项的 id",
        "regions/511703-达川区/safety-production.yaml|  - id: AQSC-005|  - id: \"\"|35:9"
            + "|modify 第 1 项的 id",
        "regions/511703-达川区/safety-production.yaml|  - id: AQSC-003|  - id: \" \"|44:9"
            + "|remove 第 1 项的 id",
        // a date and an allowed word
        "basic/safety-production.yaml|effective: 2025-03-01|effective: \"\"|9:12|effective",
        "basic/safety-production.yaml|    mode: 主动\\n    tiers: [县级]\\n  - id: AQSC-002"
            + "|    mode: \"\"\\n    tiers: [县级]\\n  - id: AQSC-002|24:11|事项 AQSC-001 的 mode"
      })
  void aBlankValueOfARequiredFormIsOneEmptyFindingNotAlsoAFormOne(
      String file, String from, String to, String at, String place, @TempDir Path root)
      throws Exception {
    TestCatalogs.replaceIn(
        shipped(root).resolve(file), from.replace("\\n", "\n"), to.replace("\\n", "\n"));

    assertThat(findings(root, "zh"))
        .containsExactly("safety-production.yaml:" + at + ": error GK104: " + place + " 为空");
  }

  @Test
  void aBlankRegionCodeIsOneFindingSayingTheCodeMeant(@TempDir Path root) throws Exception {
    TestCatalogs.replaceIn(shipped(root).resolve(DISTRICT), "code: \"511703\"", "code: \"\"");

    assertThat(findings(root, "en"))
        .containsExactly(
            "safety-production.yaml:6:16: error GK301: region code \"\" is not a division code of 6"
                + " (county), 9"
                + " (township) or 12 (village) digits; did you mean \"511703\"?");
  }

  @Test
  void aQuotedTrueOrFalseIsSaidToBeTextToWriteWithoutQuotes(@TempDir Path root) throws Exception {
    TestCatalogs.replaceIn(
        shipped(root).resolve(BASIC), "    optional: true", "    optional: \"true\"");
    TestCatalogs.replaceIn(
        root.resolve(DISTRICT),
        "version: \"2025.1\"\n",
        "version: \"2025.1\"\napplicable: \"false\"\n");

    assertThat(findings(root, "zh"))
        .contains(
            "safety-production.yaml:50:15: error GK001: 事项 AQSC-003 的 optional："
                + "“true”加了引号，是文本，不是布尔值：去掉引号，写 true");
    assertThat(findings(root, "en"))
        .contains(
            "safety-production.yaml:50:15: error GK001: optional of item AQSC-003: \"true\" is"
                + " written in quotes, so it is text, not true or false: write true without quotes",
            "safety-production.yaml:8:13: error GK001: applicable: \"false\" is written in quotes,"
                + " so it is text, not true or false: write false without quotes")
        .noneMatch(l -> l.contains("neither"));
  }

  @Test
  void aRepeatedElementIsOurMessageQuotingItAtItsSecondPlace(@TempDir Path root) throws Exception {
    TestCatalogs.replaceIn(
        shipped(root).resolve(BASIC),
        "    audience: 全社会\n    mode: 主动\n    tiers: [县级]\n  - id: AQSC-002",
        "    audience: [全社会, 特定群体, 全社会]\n    mode: 主动\n    tiers: [县级]\n  - id: AQSC-002");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:23:27: error GK001: 事项 AQSC-001 的 audience："
                + "“全社会”出现多次（第 3 项与第 1 项相同），删去重复的一项");
    assertThat(findings(root, "en"))
        .containsExactly(
            "safety-production.yaml:23:27: error GK001: audience of item AQSC-001: \"全社会\" appears"
                + " more than once (entry 3 is the same as entry 1); delete the repeat");
  }

  @Test
  void anEnglishWordForAChineseValueSuggestsTheChineseValue(@TempDir Path root) throws Exception {
    TestCatalogs.replaceIn(
        shipped(root).resolve(BASIC),
        "    audience: 全社会\n    mode: 主动\n    tiers: [县级]\n  - id: AQSC-002",
        "    audience: Public\n    mode: proactive\n    tiers: [county]\n  - id: AQSC-002");
    TestCatalogs.replaceIn(
        root.resolve(BASIC),
        "    audience: 全社会\n    mode: 主动\n    tiers: [县级]\n  - id: AQSC-003",
        "    audience: [specific group]\n    mode: on request\n    tiers: [县级]\n  - id: AQSC-003");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:23:15: error GK001: 事项 AQSC-001 的 audience：“Public”不是允许的值，"
                + "只能是：全社会、特定群体；值用中文，应为“全社会”",
            "safety-production.yaml:24:11: error GK001: 事项 AQSC-001 的 mode：“proactive”不是允许的值，"
                + "只能是：主动、依申请；值用中文，应为“主动”",
            "safety-production.yaml:25:13: error GK001: 事项 AQSC-001 的 tiers 第 1 项：“county”不是允许的值，"
                + "只能是：县级、乡级、村级；值用中文，应为“县级”",
            "safety-production.yaml:35:16: error GK001: 事项 AQSC-002 的 audience 第 1 项："
                + "“specific group”不是允许的值，只能是：全社会、特定群体；值用中文，应为“特定群体”",
            "safety-production.yaml:36:11: error GK001: 事项 AQSC-002 的 mode：“on request”不是允许的值，"
                + "只能是：主动、依申请；值用中文，应为“依申请”");
    assertThat(findings(root, "en"))
        .contains(
            "safety-production.yaml:24:11: error GK001: mode of item AQSC-001: \"proactive\" is not"
                + " allowed; allowed: 主动, 依申请; values are written in Chinese: \"主动\"");
  }

  @Test
  void aKeyInModifyWrittenInPinyinOrAsANotesHeaderSuggestsTheKeyMeant(@TempDir Path root)
      throws Exception {
    TestCatalogs.replaceIn(
        shipped(root).resolve(DISTRICT),
        "    owner: 达川区应急管理局\n    channels: {add: [政务服务中心]}",
        "    owner: 达川区应急管理局\n    公开对象备注: 申请人\n    qudao: {add: [政务服务中心]}");

    assertThat(findings(root, "zh"))
        .containsExactly(
            "safety-production.yaml:38:5: error GK001: modify 中事项 AQSC-005：未知的键“公开对象备注”；"
                + "键名用英文，应为“audience-note”",
            "safety-production.yaml:39:5: error GK001: modify 中事项 AQSC-005：未知的键“qudao”；"
                + "键名用英文，“qudao”是“渠道”的拼音，应为“channels”");
    assertThat(findings(root, "en"))
        .contains(
            "safety-production.yaml:39:5: error GK001: item AQSC-005 under modify: unknown key"
                + " \"qudao\"; keys are written in English: \"qudao\" is the pinyin of 渠道, write"
                + " \"channels\"");
  }

  @Test
  void anIdWrittenAsItsNumberOnlySuggestsTheBasicIdEndingInIt(@TempDir Path root) throws Exception {
    TestCatalogs.replaceIn(shipped(root).resolve(DISTRICT), "  - id: AQSC-005", "  - id: \"005\"");

    assertThat(findings(root, "en"))
        .containsExactly(
            "safety-production.yaml:35:9: error GK201: modify names item 005, which does not exist"
                + " for region 511703; did you mean \"AQSC-005\"?");
  }

  @Test
  void anInvisibleCharacterInABadValueIsShownEscapedInOneFinding(@TempDir Path root)
      throws Exception {
    TestCatalogs.replaceIn(
        shipped(root).resolve(DISTRICT), "    mode: 主动", "    mode: \"主\u200B动\"");
    TestCatalogs.replaceIn(
        root.resolve(DISTRICT), "    audience: 全社会", "    audience: \"全社会\u00A0\"");

    // the two items of add both write them
    assertThat(findings(root, "zh"))
        .hasSize(4)
        .contains(
            "safety-production.yaml:19:15: error GK001: add 中事项 511703-AQSC-001 的 audience："
                + "“全社会\\u00A0”与“全社会”只差不可见字符（U+00A0），删去后写作“全社会”",
            "safety-production.yaml:20:11: error GK001: add 中事项 511703-AQSC-001 的 mode："
                + "“主\\u200B动”与“主动”只差不可见字符（U+200B），删去后写作“主动”");
    assertThat(findings(root, "en"))
        .contains(
            "safety-production.yaml:20:11: error GK001: mode of item 511703-AQSC-001 under add:"
                + " \"主\\u200B动\" differs from \"主动\" only by invisible characters (U+200B):"
                + " delete them and write \"主动\"");
  }

  @Test
  void anInvisibleCharacterInAnUnknownChannelOrAnIdNamingAPlaceIsShownEscaped(@TempDir Path root)
      throws Exception {
    TestCatalogs.replaceIn(
        shipped(root).resolve(DISTRICT), "    channels: [政府网站]", "    channels: [\"政府网站\u200B\"]");
    assertThat(findings(root, "zh"))
        .contains("safety-production.yaml:18:16: error GK103: 未知的公开渠道“政府网站\\u200B”；最接近的标准渠道：“政府网站”")
        .noneMatch(l -> l.contains("\u200B"));

    // an id with the character: the file breaks the schema, and its place is named with it shown
    TestCatalogs.replaceIn(
        root.resolve(DISTRICT), "  - id: AQSC-005", "  - id: \"AQSC-005\u200B\"");
    assertThat(findings(root, "zh"))
        .contains(
            "safety-production.yaml:35:9: error GK001: modify 中事项 AQSC-005\\u200B 的 id："
                + "“AQSC-005\\u200B”与“AQSC-005”只差不可见字符（U+200B），删去后写作“AQSC-005”")
        .noneMatch(l -> l.contains("\u200B"));
  }

  @Test
  void aBlankValueThatBreaksTheSchemaIsTheCauseItsDependentsPointAt(@TempDir Path root)
      throws Exception {
    TestCatalogs.replaceIn(shipped(root).resolve(BASIC), "  - id: AQSC-001", "  - id: \"\"");

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en", "--no-cache");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("safety-production.yaml:14:9: error GK104: id of items entry 1 is empty")
        .contains("its basic catalogue is invalid (see ")
        .contains("basic/safety-production.yaml:14:9)")
        .doesNotContain("GK001");
  }

  @Test
  void aKeyTheSchemaAllowsNowhereIsOurMessageNotTheValidators(@TempDir Path root) throws Exception {
    TestCatalogs.replaceIn(
        shipped(root).resolve(DISTRICT),
        "version: \"2025.1\"\n",
        "version: \"2025.1\"\napplicable: false\nreason: 本区无此领域\n");

    assertThat(findings(root, "zh"))
        .contains(
            "safety-production.yaml:10:1: error GK001: add：声明领域不适用（applicable: false）的个性目录"
                + "不新增、修改或删除事项：删去这个键，或删去 applicable: false")
        .hasSize(3)
        .noneMatch(l -> l.contains("架构"));
    assertThat(findings(root, "en")).noneMatch(l -> l.contains("schema for"));
  }
}
