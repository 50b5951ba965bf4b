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
 * Every place a user can misspell gets a suggestion (keys, enumerated values, item ids, commands,
 * options, domain names and slugs); Chinese schema messages are ours, quoting the value and the
 * allowed ones; picocli's usage errors speak the user's language; plurals are right.
 */
class SuggestionsAndMessagesTest {

  private static Path basic(Path root, String catalog) throws Exception {
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("basic/safety-production.yaml"), catalog, StandardCharsets.UTF_8);
    return root;
  }

  private static List<String> findings(CliRun run) {
    return run.out().lines().filter(l -> l.contains(" GK")).toList();
  }

  @Test
  void aMisspeltKeyIsOneFindingThatSuggestsTheKey(@TempDir Path root) throws Exception {
    basic(root, TestCatalogs.CATALOG.replace("channels:", "chanels:"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .singleElement()
        .asString()
        .endsWith(
            ":15:5: error GK001: item AQSC-001: unknown key \"chanels\"; did you mean \"channels\"?");
  }

  @Test
  void anUnknownOptionalKeyIsSuggestedFromTheSchema(@TempDir Path root) throws Exception {
    basic(root, TestCatalogs.CATALOG.replace("level2:", "levle2:"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .singleElement()
        .asString()
        .contains("unknown key \"levle2\"; did you mean \"level2\"?");
  }

  @Test
  void chineseSchemaMessagesQuoteTheValueAndTheAllowedOnes(@TempDir Path root) throws Exception {
    basic(
        root,
        TestCatalogs.CATALOG
            .replace("mode: 主动", "mode: 主动公开")
            .replace("tiers: [县级, 乡级]", "tiers: [县级, 乡级]\n    optional: yes"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");

    assertThat(findings(run))
        .containsExactly(
            root
                + "/basic/safety-production.yaml:17:11: error GK001: 事项 AQSC-001 的 mode："
                + "“主动公开”不是允许的值，只能是：主动、依申请；是否应为“主动”？",
            root
                + "/basic/safety-production.yaml:19:15: error GK001: 事项 AQSC-001 的 optional："
                + "“yes”不是 true 也不是 false：只能写 true 或 false；是否应为“true”？");
    assertThat(run.out()).doesNotContain("架构").doesNotContain("枚举");
    assertThat(run.out()).endsWith("2 个错误，0 个警告，涉及 1 个文件\n");
  }

  @Test
  void aWordOutsideAnAnyOfIsOneFindingNotAlsoAWrongType(@TempDir Path root) throws Exception {
    // audience is one of two words, or a list of them: 全体社会 is a word, just not an allowed one
    basic(root, TestCatalogs.CATALOG.replaceFirst("audience: 全社会", "audience: 全体社会"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");

    assertThat(findings(run))
        .singleElement()
        .asString()
        .endsWith("“全体社会”不是允许的值，只能是：全社会、特定群体；是否应为“全社会”？");
  }

  @Test
  void aValueEquallyNearTwoAllowedOnesSuggestsNeither(@TempDir Path root) throws Exception {
    // 郡级 is one edit from 县级, 乡级 and 村级 and names none of them (镇级, as near, names 乡级:
    // OtherScriptsAndSynonymsAreSuggestedTest): guessing would mislead
    basic(root, TestCatalogs.CATALOG.replace("[县级, 乡级]", "[县级, 郡级]"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .singleElement()
        .asString()
        .contains("\"郡级\" is not allowed; allowed: 县级, 乡级, 村级")
        .doesNotContain("did you mean");
  }

  @Test
  void aMisspeltIdInModifySuggestsTheNearestItem(@TempDir Path root) throws Exception {
    basic(root, TestCatalogs.CATALOG);
    Path county = Files.createDirectories(root.resolve("regions/511703-达川区"));
    Files.writeString(
        county.resolve("safety-production.yaml"),
        """
        gkml: 1
        kind: overlay
        domain: 安全生产
        region: {code: "511703", name: 达川区}
        version: "2025.1"
        modify:
          - id: AQSC-01
            owner: 达川区应急管理局
        remove:
          - id: AQSC-0001
            reason: 本区没有
        """,
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run)).hasSize(2).allMatch(l -> l.contains("GK201"));
    assertThat(run.out())
        .contains(
            "modify names item AQSC-01, which does not exist for region 511703; did you mean \"AQSC-001\"?")
        .contains(
            "item AQSC-0001, which does not exist for region 511703; did you mean \"AQSC-001\"?");
  }

  @Test
  void misspeltCommandsAndOptionsGetSuggestionsInTheUsersLanguage() {
    CliRun command = CliRun.of("--lang", "zh", "valdate");
    CliRun option = CliRun.of("validate", "--lang", "en", "--formt", "json");
    CliRun value = CliRun.of("validate", "--lang", "zh", "--format", "xml");
    CliRun missing = CliRun.of("validate", "--lang", "zh", "--root");

    assertThat(command.code()).isEqualTo(2);
    assertThat(command.err()).startsWith("gkml: “valdate”不是 gkml 的命令；是否应为“validate”？\n");
    assertThat(option.err())
        .startsWith("gkml: unknown option \"--formt\"; did you mean \"--format\"?\n");
    assertThat(value.err()).startsWith("gkml: --format：“xml”无效（可选：text、json、sarif、junit、github）");
    assertThat(missing.err()).startsWith("gkml: 选项 --root 缺少取值\n");
    assertThat(List.of(command, option, value, missing)).allMatch(r -> r.code() == 2);
  }

  @Test
  void aMisspeltDomainInAnOverlayIsSuggested(@TempDir Path root) throws Exception {
    TestCatalogs.copy(Path.of("catalogs"), root);
    TestCatalogs.replaceIn(
        root.resolve("regions/511703-达川区/safety-production.yaml"), "domain: 安全生产", "domain: 安全生");

    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh", "--no-cache");

    assertThat(zh.out()).contains("GK303: 领域“安全生”在 basic/ 下没有基础目录；是否应为“安全生产”？");
  }

  @Test
  void theLastLanguageGivenWinsAndEveryOneIsChecked() {
    CliRun en = CliRun.of("--lang", "zh", "validate", "--root", "catalogs", "--lang", "en");
    CliRun fr = CliRun.of("--lang", "zh", "validate", "--root", "catalogs", "--lang", "fr");

    assertThat(en.out()).contains(" in ").doesNotContain("涉及");
    assertThat(fr.code()).isEqualTo(2);
    // refused in the language also asked for, not the system's
    assertThat(fr.err()).contains("“fr”").contains("--lang");
  }

  @Test
  void anUnknownLanguageIsRefused() {
    CliRun fr = CliRun.of("--lang", "fr", "validate", "--root", "src/test/resources/cli/broken");
    CliRun region =
        CliRun.of("--lang=zh-CN", "validate", "--root", "src/test/resources/cli/broken");

    assertThat(fr.code()).isEqualTo(2);
    assertThat(fr.out()).isEmpty();
    assertThat(fr.err()).contains("\"fr\"").contains("zh").contains("en");
    assertThat(region.code()).isEqualTo(1);
    assertThat(region.out()).contains("个错误");
  }

  @Test
  void aDomainMayBeNamedByItsSlugAndAMisspeltOneIsSuggested() {
    String root = "src/test/resources/validate/valid/overlay-chain";
    CliRun byName = CliRun.of("merge", "--root", root, "--region", "511703", "--domain", "安全生产");
    CliRun bySlug =
        CliRun.of("merge", "--root", root, "--region", "511703", "--domain", "safety-production");
    CliRun misspelt =
        CliRun.of(
            "merge",
            "--root",
            root,
            "--region",
            "511703",
            "--domain",
            "safety-productoin",
            "--lang",
            "en");

    assertThat(byName.code()).isZero();
    assertThat(bySlug.code()).isZero();
    assertThat(bySlug.out()).isEqualTo(byName.out());
    assertThat(misspelt.code()).isEqualTo(2);
    assertThat(misspelt.err()).contains("did you mean \"safety-production\"?");
  }

  @Test
  void listsInMessagesAreWrittenTheLanguagesWay() {
    String root = "catalogs";
    CliRun zh =
        CliRun.of("merge", "--root", root, "--region", "511703", "--domain", "安全", "--lang", "zh");
    CliRun en =
        CliRun.of("merge", "--root", root, "--region", "511703", "--domain", "安全", "--lang", "en");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("养老服务、就业、").doesNotContain(", ");
    assertThat(en.err()).contains("养老服务, 就业, ");
  }

  @Test
  void englishCountsAreSingularForOne(@TempDir Path root) throws Exception {
    basic(root, TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[门户网站]"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.out()).endsWith("\n1 error, 0 warnings in 1 file\n");
  }

  @Test
  void englishCountsAreSingularForOneInImportAndReportSummaries() {
    org.gkml.i18n.Messages en = org.gkml.i18n.Messages.of(java.util.Locale.ENGLISH);
    assertThat(en.get("import.regionSummary", "石桥镇", 1, 1, 0, 0, 1))
        .isEqualTo("石桥镇: 1 overlay, 1 item added, 0 modified, 0 removed; 1 warning");
    assertThat(en.get("import.regionSummary", "石桥镇", 2, 3, 0, 0, 0))
        .isEqualTo("石桥镇: 2 overlays, 3 items added, 0 modified, 0 removed; 0 warnings");
    assertThat(en.get("report.text.summary", 1, 1, 1, 1))
        .isEqualTo("1 region: 1 own overlay, 1 domain not applicable, 1 stale overlay");
  }
}
