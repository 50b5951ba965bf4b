package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF as code scanning wants it: rules with descriptions and help in the user's language,
 * fingerprints that do not move when lines do, the unit of columns, suppressed findings listed with
 * their reason; and {@code --format github}'s count and job summary.
 */
class SarifForGithubTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode sarif(Path root, String lang) throws Exception {
    CliRun run =
        CliRun.of("validate", "--root", root.toString(), "--format", "sarif", "--lang", lang);
    return JSON.readTree(run.out()).path("runs").get(0);
  }

  private static Path tree(Path root, String catalog) throws Exception {
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("basic/safety-production.yaml"), catalog, StandardCharsets.UTF_8);
    return root;
  }

  @Test
  void everyRuleHasDescriptionAndHelpInTheUsersLanguage(@TempDir Path root) throws Exception {
    tree(root, TestCatalogs.CATALOG);

    for (String lang : List.of("en", "zh")) {
      JsonNode rules = sarif(root, lang).path("tool").path("driver").path("rules");
      assertThat(rules).hasSize(org.gkml.model.Rule.values().length);
      for (JsonNode rule : rules) {
        assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
        assertThat(rule.path("fullDescription").path("text").asText())
            .isNotBlank()
            .doesNotContain("`");
        assertThat(rule.path("help").path("text").asText()).isNotBlank();
        assertThat(rule.path("help").path("markdown").asText())
            .contains("docs/rules.md#" + rule.path("id").asText().toLowerCase());
        assertThat(rule.path("name").asText()).matches("([A-Z][a-z0-9]+)+");
        assertThat(rule.has("helpUri")).isFalse();
      }
      JsonNode schema = rules.get(0).path("help").path("markdown");
      if (lang.equals("zh")) {
        assertThat(schema.asText()).contains("必填键");
      } else {
        assertThat(schema.asText()).contains("required key");
      }
    }
  }

  /**
   * Review of issue #15 (SARIF 4): docs/rules.md links one rule to another ({@code
   * [GK107](#gk107)}); copied into SARIF help such a link resolves to nothing on a code-scanning
   * alert page, which has no base for it. The help names the rule instead.
   */
  @Test
  void crossReferencesInRuleHelpAreNoDeadLinks(@TempDir Path root) throws Exception {
    tree(root, TestCatalogs.CATALOG);

    for (String lang : List.of("en", "zh")) {
      JsonNode rules = sarif(root, lang).path("tool").path("driver").path("rules");
      for (JsonNode rule : rules) {
        assertThat(rule.path("help").path("markdown").asText())
            .as("%s %s", lang, rule.path("id").asText())
            .doesNotContainPattern("\\]\\((?![A-Za-z][A-Za-z0-9+.-]*:)");
      }
      JsonNode gk210 = rules.get(org.gkml.model.Rule.REMOVE_FORBIDDEN.ordinal());
      assertThat(gk210.path("id").asText()).isEqualTo("GK210");
      assertThat(gk210.path("help").path("markdown").asText()).contains("GK001");
    }
  }

  /** A help that announces a list (ends with a colon) carries the list: GK110's states limits. */
  @Test
  void ruleHelpCarriesTheListItAnnounces(@TempDir Path root) throws Exception {
    tree(root, TestCatalogs.CATALOG);

    for (String lang : List.of("en", "zh")) {
      JsonNode rules = sarif(root, lang).path("tool").path("driver").path("rules");
      for (JsonNode rule : rules) {
        assertThat(rule.path("fullDescription").path("text").asText())
            .as(lang + " " + rule.path("id").asText())
            .doesNotEndWith(":")
            .doesNotEndWith("：");
      }
      JsonNode gk110 = rules.get(org.gkml.model.Rule.CELL_LIMIT.ordinal());
      assertThat(gk110.path("id").asText()).isEqualTo("GK110");
      assertThat(gk110.path("help").path("markdown").asText())
          .as(lang)
          .contains("\n- ")
          .contains("32,767")
          .contains("1,000");
    }
  }

  @Test
  void columnsAreDeclaredInCodePoints(@TempDir Path root) throws Exception {
    tree(root, TestCatalogs.CATALOG);

    assertThat(sarif(root, "en").path("columnKind").asText()).isEqualTo("unicodeCodePoints");
  }

  @Test
  void suppressionCommentColumnsAreCountedInCodePointsLikeTheParsers(@TempDir Path root)
      throws Exception {
    // 𠀀 is one code point and two UTF-16 units: the parser's columns and the suppression
    // scanner's both count it once
    tree(
        root,
        TestCatalogs.CATALOG
            .replace("level2: 行政处罚", "level2: 行政处罚𠀀  # gkml-ignore GK103 no colon")
            .replace("[政府网站, 两微一端]", "[𠀀, 门户网站]"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.out()).contains(":10:20: warning GK006").contains(":15:19: error GK103");
  }

  @Test
  void fingerprintsStayWhenLinesAboveChange(@TempDir Path root) throws Exception {
    String broken = TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[政府网站, 门户网站]");
    tree(root, broken);
    JsonNode before = sarif(root, "en").path("results");

    // a second item inserted above moves the finding down by twelve lines
    String secondItem =
        broken
            .substring(broken.indexOf("  - id: AQSC-001"))
            .replace("AQSC-001", "AQSC-000")
            .replace("行政处罚", "行政许可")
            .replace("[政府网站, 门户网站]", "[政府网站]");
    tree(root, broken.replace("items:\n", "items:\n" + secondItem));
    JsonNode after = sarif(root, "en").path("results");

    assertThat(before).hasSize(1);
    assertThat(after).hasSize(1);
    int lineBefore = before.get(0).at("/locations/0/physicalLocation/region/startLine").asInt();
    int lineAfter = after.get(0).at("/locations/0/physicalLocation/region/startLine").asInt();
    assertThat(lineAfter).isGreaterThan(lineBefore);
    assertThat(after.get(0).path("partialFingerprints"))
        .isEqualTo(before.get(0).path("partialFingerprints"));
    assertThat(before.get(0).path("partialFingerprints").path("gkmlFindingKey/v1").asText())
        .matches("[0-9a-f]{32}:1");
  }

  @Test
  void fingerprintsDifferForDifferentItems(@TempDir Path root) throws Exception {
    String broken = TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[门户网站]");
    String secondItem =
        broken
            .substring(broken.indexOf("  - id: AQSC-001"))
            .replace("AQSC-001", "AQSC-002")
            .replace("行政处罚", "行政许可");
    tree(root, broken + secondItem);

    JsonNode results = sarif(root, "en").path("results");

    assertThat(results).hasSize(2);
    assertThat(results.get(0).path("partialFingerprints"))
        .isNotEqualTo(results.get(1).path("partialFingerprints"));
  }

  @Test
  void suppressedFindingsAreListedWithTheWrittenReason(@TempDir Path root) throws Exception {
    tree(
        root,
        TestCatalogs.CATALOG.replace(
            "channels: [政府网站, 两微一端]", "channels: [政府网站, 门户网站]  # gkml-ignore GK103: 本县门户网站即政府网站"));

    CliRun text = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    JsonNode results = sarif(root, "en").path("results");

    assertThat(text.code()).isZero();
    assertThat(text.out()).doesNotContain("GK103");
    assertThat(results).hasSize(1);
    JsonNode suppression = results.get(0).path("suppressions").get(0);
    assertThat(results.get(0).path("ruleId").asText()).isEqualTo("GK103");
    assertThat(suppression.path("kind").asText()).isEqualTo("inSource");
    assertThat(suppression.path("justification").asText()).isEqualTo("本县门户网站即政府网站");
  }

  @Test
  void sarifWithSuppressionsAndFingerprintsValidatesAgainstTheSchema(@TempDir Path root)
      throws Exception {
    tree(
        root,
        TestCatalogs.CATALOG
            .replace(
                "channels: [政府网站, 两微一端]",
                "channels: [政府网站, 门户网站]  # gkml-ignore GK103: 本县门户网站即政府网站")
            .replace("deadline: 信息形成或者变更之日起20个工作日内", "deadline: 视情况而定"));
    com.networknt.schema.JsonSchema schema;
    try (java.io.InputStream in =
        getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema =
          com.networknt.schema.JsonSchemaFactory.getInstance(
                  com.networknt.schema.SpecVersion.VersionFlag.V4)
              .getSchema(JSON.readTree(in));
    }

    for (String lang : List.of("en", "zh")) {
      CliRun run =
          CliRun.of("validate", "--root", root.toString(), "--format", "sarif", "--lang", lang);
      JsonNode log = JSON.readTree(run.out());

      assertThat(schema.validate(log)).as(lang).isEmpty();
      JsonNode results = log.path("runs").get(0).path("results");
      assertThat(results).hasSize(2);
      assertThat(results).allSatisfy(r -> assertThat(r.path("partialFingerprints").size()).isOne());
      assertThat(results).filteredOn(r -> r.has("suppressions")).hasSize(1);
    }
  }

  @Test
  void githubFormatEndsWithTheCountAndWritesTheStepSummary(@TempDir Path dir) throws Exception {
    Path root =
        tree(dir.resolve("catalogs"), TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[门户网站, 门口网站]"));
    // the runner's file, outside the catalogue root
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "earlier step\n");

    CliRun run =
        CliRun.withEnv(
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            "validate",
            "--root",
            root.toString(),
            "--format",
            "github",
            "--lang",
            "en");

    List<String> lines = new ArrayList<>(run.out().lines().toList());
    assertThat(run.code()).isEqualTo(1);
    assertThat(lines.get(lines.size() - 1)).isEqualTo("2 errors, 0 warnings in 1 file");
    String md = Files.readString(summary, StandardCharsets.UTF_8);
    assertThat(md).startsWith("earlier step\n### gkml validate\n\n2 errors, 0 warnings in 1 file");
    assertThat(md).contains("| GK103 | Unknown channel | 2 |");
  }

  @Test
  void theStepSummaryStartsOnANewLineAfterAnUnfinishedLastLine(@TempDir Path dir) throws Exception {
    Path root =
        tree(dir.resolve("catalogs"), TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[门户网站]"));
    // the runner's file, outside the catalogue root
    Path summary = dir.resolve("summary.md");
    // an earlier step's table, its last line without a newline
    Files.writeString(summary, "| a | b |\n|---|---|\n| 1 | 2 |");

    CliRun run =
        CliRun.withEnv(
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            "validate",
            "--root",
            root.toString(),
            "--format",
            "github",
            "--lang",
            "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .startsWith("| a | b |\n|---|---|\n| 1 | 2 |\n### gkml validate\n\n1 error,");
  }

  @Test
  void theStepSummaryOfOnlySuppressedFindingsHasOneBlankLineBetweenBlocks(@TempDir Path dir)
      throws Exception {
    Path root =
        tree(
            dir.resolve("catalogs"),
            TestCatalogs.CATALOG.replace(
                "[政府网站, 两微一端]", "[门口网站]  # gkml-ignore GK103: a channel of this county only"));
    // the runner's file, outside the catalogue root
    Path summary = dir.resolve("summary.md");

    CliRun run =
        CliRun.withEnv(
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            "validate",
            "--root",
            root.toString(),
            "--format",
            "github",
            "--lang",
            "en");

    assertThat(run.code()).isZero();
    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .isEqualTo(
            "### gkml validate\n\n0 errors, 0 warnings in 1 file\n\n"
                + "1 finding is suppressed by # gkml-ignore comments with a reason.\n");
  }

  @Test
  void githubFormatWithoutTheVariableWritesNoSummary(@TempDir Path root) throws Exception {
    tree(root, TestCatalogs.CATALOG);

    CliRun run =
        CliRun.withEnv(
            Map.of(), "validate", "--root", root.toString(), "--format", "github", "--lang", "zh");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("0 个错误，0 个警告，涉及 1 个文件\n");
    try (var files = Files.list(root)) {
      // (the whole-tree cache is validate's own, not a summary)
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> !n.equals(org.gkml.cache.ValidationCache.TREE_FOLDER)))
          .containsExactly("basic");
    }
  }

  /**
   * Findings known from a baseline stay in the SARIF, suppressed as accepted: were they left out,
   * code scanning would close the alerts uploaded before as fixed.
   */
  @Test
  void baselinedFindingsAreListedAsSuppressedWithTheirFingerprints(@TempDir Path dir)
      throws Exception {
    Path root = tree(dir.resolve("catalogs"), TestCatalogs.CATALOG.replace("两微一端", "门户网站"));
    Path baseline = dir.resolve("gkml-baseline.json");
    CliRun.of("validate", "--root", root.toString(), "--write-baseline", baseline.toString());
    JsonNode before = sarif(root, "en").path("results");
    tree(root, TestCatalogs.CATALOG.replace("两微一端", "门户网站, 门口网站"));

    CliRun run =
        CliRun.of(
            "validate",
            "--root",
            root.toString(),
            "--format",
            "sarif",
            "--lang",
            "en",
            "--baseline",
            baseline.toString());
    JsonNode results = JSON.readTree(run.out()).path("runs").get(0).path("results");

    assertThat(run.code()).isEqualTo(1); // the new finding fails the run, as in every format
    assertThat(run.err())
        .contains("1 finding is in the baseline")
        .contains("listed as suppressed")
        .doesNotContain("not shown");
    assertThat(results).hasSize(2);
    JsonNode fresh = results.get(0);
    JsonNode known = results.get(1);
    assertThat(fresh.has("suppressions")).isFalse();
    assertThat(fresh.path("message").path("text").asText()).contains("门口网站");
    JsonNode suppression = known.path("suppressions").get(0);
    assertThat(suppression.path("kind").asText()).isEqualTo("external");
    assertThat(suppression.path("status").asText()).isEqualTo("accepted");
    assertThat(suppression.path("justification").asText())
        .isEqualTo("in the baseline " + baseline + " (validate --baseline)");
    assertThat(known.path("message").path("text").asText()).contains("门户网站");
    // the alert uploaded before the baseline is the same alert, now suppressed
    assertThat(known.path("partialFingerprints"))
        .isEqualTo(before.get(0).path("partialFingerprints"));
  }

  @Test
  void theStepSummarySaysHowManyFindingsTheBaselineKnew(@TempDir Path dir) throws Exception {
    Path root = tree(dir.resolve("catalogs"), TestCatalogs.CATALOG.replace("两微一端", "门户网站"));
    Path baseline = dir.resolve("gkml-baseline.json");
    CliRun.of("validate", "--root", root.toString(), "--write-baseline", baseline.toString());
    Path summary = dir.resolve("summary.md");

    CliRun run =
        CliRun.withEnv(
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            "validate",
            "--root",
            root.toString(),
            "--format",
            "github",
            "--lang",
            "en",
            "--baseline",
            baseline.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 1 file\n");
    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .isEqualTo(
            "### gkml validate\n\n0 errors, 0 warnings in 1 file\n\n"
                + "1 finding is in the baseline and not listed.\n");
  }
}
