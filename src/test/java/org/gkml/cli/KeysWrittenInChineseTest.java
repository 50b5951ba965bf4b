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
 * A key written with the printed catalogue's Chinese word ({@code 渠道}, {@code 规则}, {@code 领域},
 * {@code 新增}) is one finding at that key naming the English key, and costs nothing else: in {@code
 * gkml.yaml} its value is read as that key's, as for a misspelling ({@code chanels}); in a
 * catalogue or overlay it is not also a missing required key.
 */
class KeysWrittenInChineseTest {

  private static void write(Path root, String file, String text) throws Exception {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static List<String> findings(CliRun run) {
    return run.out().lines().filter(l -> l.contains(" GK")).toList();
  }

  @Test
  void aChineseKeyInTheConfigIsReadAsTheKeyItStandsFor(@TempDir Path root) throws Exception {
    write(
        root,
        "gkml.yaml",
        """
        gkml: 1
        kind: config
        渠道: [投资项目在线审批监管平台]
        规则: {GK108: off}
        """);
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG
            .replace("[政府网站, 两微一端]", "[政府网站, 投资项目在线审批监管平台, 投资平台]")
            .replace("content: 处罚依据、处罚结果", "content: 处罚依据(全角）"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");

    assertThat(run.code()).isEqualTo(1);
    assertThat(findings(run))
        .hasSize(3)
        .contains(
            root.resolve("gkml.yaml") + ":3:1: error GK001: 未知的键“渠道”；键名用英文，应为“channels”",
            root.resolve("gkml.yaml") + ":4:1: error GK001: 未知的键“规则”；键名用英文，应为“rules”");
    assertThat(run.out())
        .as("the declared channel is declared, the rule switched off is off")
        .doesNotContain("“投资项目在线审批监管平台”")
        .doesNotContain("GK108")
        .doesNotContain("GK009")
        .contains("GK103: 未知的公开渠道“投资平台”");
  }

  @Test
  void aChineseConfigKeyWhoseValueIsInvalidThereSaysWhatItLeftUnchecked(@TempDir Path root)
      throws Exception {
    write(root, "gkml.yaml", "gkml: 1\nkind: config\n规则: {GK108: of}\n");
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("content: 处罚依据、处罚结果", "content: 处罚依据(全角）"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.out()).doesNotContain("info GK108").contains("GK009").contains("GK108");
  }

  @Test
  void anUnknownConfigKeyNamingRulesLeavesThemUncheckedNotReportedAsIfOn(@TempDir Path root)
      throws Exception {
    write(root, "gkml.yaml", "gkml: 1\nkind: config\n规则设置: {GK108: off}\n");
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("content: 处罚依据、处罚结果", "content: 处罚依据(全角）"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("gkml.yaml:3:1: error GK001"))
        .anySatisfy(l -> assertThat(l).contains("gkml.yaml:3:1: info GK009").contains("GK108"));
  }

  @Test
  void documentLevelChineseKeysAreOneFindingEachNamingTheEnglishKey(@TempDir Path root)
      throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    write(
        root,
        "regions/511703-达川区/safety-production.yaml",
        ChainFixtures.COUNTY_ADDS
            .replace("domain: 安全生产", "领域: 安全生产")
            .replace("version: \"2025.1\"", "版本: \"2025.1\"")
            .replace("region: {code: \"511703\", name: 达川区}", "region: {代码: \"511703\", 名称: 达川区}"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .hasSize(4)
        .allSatisfy(l -> assertThat(l).contains("GK001").contains("keys are written in English"))
        .anySatisfy(l -> assertThat(l).contains(":3:1:").contains("\"领域\"").contains("\"domain\""))
        .anySatisfy(l -> assertThat(l).contains("\"版本\"").contains("\"version\""))
        .anySatisfy(l -> assertThat(l).contains("\"代码\"").contains("\"code\""))
        .anySatisfy(l -> assertThat(l).contains("\"名称\"").contains("\"name\""));
    assertThat(run.out()).doesNotContain("missing");
  }

  @Test
  void theChineseWordsForAddModifyAndRemoveNameTheirKeys(@TempDir Path root) throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    write(
        root,
        "regions/511703-达川区/safety-production.yaml",
        ChainFixtures.COUNTY_ADDS.replace("add:", "新增:")
            + "修改:\n  - id: AQSC-001\n    owner: 达川区应急管理局\n"
            + "删除:\n  - id: AQSC-002\n    reason: 本县无此事项\n");

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");

    assertThat(findings(run))
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).endsWith("未知的键“新增”；键名用英文，应为“add”"))
        .anySatisfy(l -> assertThat(l).endsWith("未知的键“修改”；键名用英文，应为“modify”"))
        .anySatisfy(l -> assertThat(l).endsWith("未知的键“删除”；键名用英文，应为“remove”"));
  }
}
