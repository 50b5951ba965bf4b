package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --baseline}: a tree that adopted gkml with findings fails only on new ones, and a
 * finding stays known when lines above it move, because it is matched by rule, file and item.
 */
class BaselineTest {
  private static final Path BROKEN = Path.of(ValidateGoldenTest.BROKEN);

  private static Path copyOfBroken(Path dir) throws IOException {
    Path root = dir.resolve("catalogs");
    TestCatalogs.copy(BROKEN, root);
    return root;
  }

  private static Path basic(Path root) {
    return root.resolve("basic/safety-production.yaml");
  }

  private static CliRun validate(Path root, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "validate";
    args[1] = "--root";
    args[2] = root.toString();
    args[3] = "--lang=en";
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.of(args);
  }

  @Test
  void writtenBaselineMakesTheSameTreePass(@TempDir Path dir) throws Exception {
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("gkml-baseline.json");

    CliRun write = validate(root, "--write-baseline", baseline.toString());
    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(write.code()).isZero();
    assertThat(write.out()).contains("error GK103");
    assertThat(write.err()).contains("7 findings written to the baseline");
    JsonNode json = new ObjectMapper().readTree(baseline.toFile());
    assertThat(json.path("findings")).hasSize(7);
    assertThat(json.path("findings").get(1).path("file").asText())
        .isEqualTo("catalogs/basic/safety-production.yaml");
    assertThat(json.path("findings").get(1).path("subject").asText())
        .isEqualTo("items/AQSC-001/channels/=门户网站");
    assertThat(check.code()).isZero();
    assertThat(check.out()).isEqualTo("0 errors, 0 warnings in 5 files\n");
    assertThat(check.err()).contains("7 findings are in the baseline");
  }

  @Test
  void aBaselineSavedWithAByteOrderMarkIsRead(@TempDir Path dir) throws Exception {
    // PowerShell 5's Set-Content -Encoding UTF8 puts a BOM before the JSON
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("gkml-baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    Path withBom = dir.resolve("bl-bom.json");
    Files.writeString(
        withBom,
        "\uFEFF" + Files.readString(baseline, StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
    assertThat(Files.readAllBytes(withBom)).startsWith(0xEF, 0xBB, 0xBF);

    CliRun check = validate(root, "--baseline", withBom.toString());

    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.out()).isEqualTo("0 errors, 0 warnings in 5 files\n");
    assertThat(check.err()).contains("7 findings are in the baseline");
  }

  @Test
  void aNewFindingFailsAndIsTheOnlyOneShown(@TempDir Path dir) throws Exception {
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    TestCatalogs.replaceIn(basic(root), "channels: [政府网站]", "channels: [政府网站, 公告栏]");

    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out().lines().filter(l -> l.contains(" GK")).toList())
        .singleElement()
        .asString()
        .contains("error GK103")
        .contains("公告栏");
  }

  @Test
  void knownFindingsStayKnownWhenLinesAboveThemMove(@TempDir Path dir) throws Exception {
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    // a comment block at the top, and a new clean item before the broken ones
    String clean =
        """
          - id: AQSC-000
            level1: 行政执法
            level2: 行政强制
            content: 强制依据
            basis: [《中华人民共和国安全生产法》]
            deadline: 信息形成或者变更之日起20个工作日内
            owner: 县级应急管理部门
            channels: [政府网站]
            audience: 全社会
            mode: 主动
            tiers: [县级]
        """;
    TestCatalogs.replaceIn(basic(root), "gkml: 1\n", "# reviewed\n# again\ngkml: 1\n");
    TestCatalogs.replaceIn(basic(root), "items:\n", "items:\n" + clean);

    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(check.out()).isEqualTo("0 errors, 0 warnings in 5 files\n");
    assertThat(check.code()).isZero();
  }

  /** A text in a list is named by itself, so putting another one before it changes nothing. */
  @Test
  void knownFindingsStayKnownWhenAnotherChannelIsInsertedBeforeThem(@TempDir Path dir)
      throws Exception {
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    TestCatalogs.replaceIn(basic(root), "[门户网站, 两微一端, 两微一端]", "[政府网站, 门户网站, 两微一端, 两微一端]");

    CliRun all = validate(root);
    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(all.out()).contains("error GK103").contains("门户网站");
    assertThat(check.out()).isEqualTo("0 errors, 0 warnings in 5 files\n");
    assertThat(check.code()).isZero();
  }

  /** Another bad text in the same list is a new finding, even where the known one stood. */
  @Test
  void aDifferentBadChannelInTheSamePlaceIsNew(@TempDir Path dir) throws Exception {
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    TestCatalogs.replaceIn(basic(root), "[门户网站, 两微一端, 两微一端]", "[门户网址, 两微一端, 两微一端]");

    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out().lines().filter(l -> l.contains(" GK")).toList())
        .singleElement()
        .asString()
        .contains("error GK103")
        .contains("门户网址");
  }

  @Test
  void fixingAFindingAndMakingAnotherOfTheSameRuleElsewhereIsNew(@TempDir Path dir)
      throws Exception {
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    // the unknown channel moves from AQSC-001 to AQSC-002: same rule, same file, other item
    TestCatalogs.replaceIn(basic(root), "[门户网站, 两微一端, 两微一端]", "[政府网站, 两微一端, 两微一端]");
    TestCatalogs.replaceIn(basic(root), "channels: [政府网站]\n", "channels: [门户网站]\n");

    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out()).contains(":27:16: error GK103");
  }

  /**
   * GK104, GK107 and GK108 once named their value by list index ({@code items.1.level2}); now they
   * name the item ({@code level2 of item AQSC-002}). A baseline is matched by rule, file and
   * subject, never by message, so one written before still suppresses the same findings.
   */
  @Test
  void aBaselineWrittenWhenTextFindingsNamedListIndexesStillMatches(@TempDir Path dir)
      throws Exception {
    Path root = copyOfBroken(dir);
    TestCatalogs.replaceIn(basic(root), "level2: 行政检查", "level2: \"\"");
    TestCatalogs.replaceIn(
        basic(root),
        "    owner: 县级应急管理部门\n    channels: [政府网站]",
        "    owner: 县级应急\u200B管理部门\n    channels: [政府网站]");
    Path baseline = dir.resolve("baseline.json");
    // as gkml wrote it before, old messages and all
    Files.writeString(
        baseline,
        """
        {
          "gkml-baseline" : 1,
          "findings" : [ {
            "rule" : "GK108",
            "file" : "catalogs/basic/safety-production.yaml",
            "subject" : "items/AQSC-001/content",
            "message" : "items.0.content mixes full-width and half-width brackets"
          }, {
            "rule" : "GK104",
            "file" : "catalogs/basic/safety-production.yaml",
            "subject" : "items/AQSC-002/level2",
            "message" : "items.1.level2 is empty"
          }, {
            "rule" : "GK107",
            "file" : "catalogs/basic/safety-production.yaml",
            "subject" : "items/AQSC-002/owner",
            "message" : "invisible character U+200B in items.1.owner"
          } ]
        }
        """,
        StandardCharsets.UTF_8);

    CliRun all = validate(root);
    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(all.out())
        .contains("info GK108: content of item AQSC-001 mixes full-width and half-width brackets")
        .contains("error GK104: level2 of item AQSC-002 is empty")
        .contains("info GK107: invisible character U+200B in owner of item AQSC-002");
    assertThat(check.out()).contains("error GK103").doesNotContain("GK104", "GK107", "GK108");
    assertThat(check.err()).contains("3 findings are in the baseline");
  }

  @Test
  void aFileThatCannotBeParsedIsNeitherWrittenToNorHiddenByABaseline(@TempDir Path dir)
      throws Exception {
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("baseline.json");
    Path overlay = root.resolve("regions/unparseable.yaml");
    Files.writeString(overlay, "gkml: 1\nkind: overlay\nadd: [unclosed\n");

    CliRun write = validate(root, "--write-baseline", baseline.toString());
    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(write.code()).isEqualTo(2);
    assertThat(write.out()).contains("unparseable.yaml:").contains("error GK002");
    assertThat(write.err())
        .contains("7 findings written to the baseline")
        .contains(
            "1 finding about files that cannot be read or parsed (GK002, GK003, GK005) was not"
                + " written to the baseline: it still fails the run until the files are fixed");
    assertThat(Files.readString(baseline)).doesNotContain("GK002").doesNotContain("unparseable");
    // the run still fails with exit code 2, and shows why
    assertThat(check.code()).isEqualTo(2);
    assertThat(check.out().lines().filter(l -> l.contains(" GK")).toList())
        .singleElement()
        .asString()
        .contains("unparseable.yaml:")
        .contains("error GK002");
    assertThat(check.out()).contains("1 error, 0 warnings");
    assertThat(check.err()).contains("7 findings are in the baseline");
  }

  @Test
  void aBaselineWrittenByHandCannotHideAnUnparseableFile(@TempDir Path dir) throws Exception {
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(root.resolve("regions/unparseable.yaml"), "gkml: 1\nadd: [unclosed\n");
    Files.writeString(
        baseline,
        """
        {"gkml-baseline": 1, "findings": [
          {"rule": "GK002", "file": "catalogs/regions/unparseable.yaml", "subject": ""}]}
        """);

    CliRun check = validate(root, "--baseline", baseline.toString(), "--no-cache");

    assertThat(check.code()).isEqualTo(2);
    assertThat(check.out()).contains("unparseable.yaml:").contains("error GK002");
  }

  @Test
  void aMissingOrMalformedBaselineIsAUsageErrorNamingIt(@TempDir Path dir) throws Exception {
    Path root = copyOfBroken(dir);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"gkml-baseline\": 1,\n  \"findings\": [\n");

    CliRun missing = validate(root, "--baseline", dir.resolve("none.json").toString());
    CliRun malformed = validate(root, "--baseline", bad.toString());
    CliRun both = validate(root, "--baseline", bad.toString(), "--write-baseline", bad.toString());

    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json does not exist").doesNotContain("Exception");
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.err()).contains("bad.json:4:").contains("not a gkml baseline");
    assertThat(both.code()).isEqualTo(2);
    assertThat(Files.readString(bad)).startsWith("{\n  \"gkml-baseline\"");
  }

  /**
   * Regression (a later format was called no baseline at all): a baseline a newer gkml wrote says
   * so, and what to do, instead of "not a gkml baseline".
   */
  @Test
  void aBaselineOfALaterFormatIsNamedAsSuchNotAsNoBaseline(@TempDir Path dir) throws Exception {
    Path root = copyOfBroken(dir);
    Path newer = dir.resolve("newer.json");
    Files.writeString(newer, "{\"gkml-baseline\": 2, \"findings\": [], \"more\": {}}\n");
    Path older = dir.resolve("older.json");
    Files.writeString(older, "{\"gkml-baseline\": 0, \"findings\": []}\n");

    CliRun en = validate(root, "--baseline", newer.toString());
    CliRun zh =
        CliRun.of(
            "validate", "--root", root.toString(), "--lang", "zh", "--baseline", newer.toString());
    CliRun zero = validate(root, "--baseline", older.toString());

    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .contains("newer.json: baseline format 2 was written by a newer gkml")
        .contains("upgrade gkml, or write the baseline again")
        .doesNotContain("not a gkml baseline");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("基线格式 2 由更新版本的 gkml 写出");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("not a gkml baseline");
  }

  /**
   * Regression (any value Jackson could read as 1 passed for format 1): only the JSON integer 1 is
   * this format; true, "1", 1e0, 1.5 and 1.0 are no baseline, and a larger integer, however large,
   * is a later format.
   */
  @Test
  void onlyTheInteger1IsBaselineFormat1(@TempDir Path dir) throws Exception {
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("b.json");
    for (String version : new String[] {"true", "\"1\"", "1e0", "1.5", "1.0", "null", "[1]"}) {
      Files.writeString(baseline, "{\"gkml-baseline\": " + version + ", \"findings\": []}");

      CliRun run = validate(root, "--baseline", baseline.toString());

      assertThat(run.code()).as(version).isEqualTo(2);
      assertThat(run.err()).as(version).contains("b.json: not a gkml baseline");
    }
    Files.writeString(baseline, "{\"gkml-baseline\": 99999999999999999999, \"findings\": []}");
    CliRun huge = validate(root, "--baseline", baseline.toString());
    Files.writeString(baseline, "{\"gkml-baseline\": 1, \"findings\": []}");
    CliRun one = validate(root, "--baseline", baseline.toString());

    assertThat(huge.code()).isEqualTo(2);
    assertThat(huge.err()).contains("baseline format 99999999999999999999 was written by a newer");
    assertThat(one.code()).isEqualTo(1); // a valid, empty baseline: every finding is new
    assertThat(one.err()).doesNotContain("baseline");
  }

  /** File paths are relative to the baseline's folder: a copy kept elsewhere matches nothing. */
  @Test
  void aBaselineKeptInAnotherFolderSaysItNamesNoFileOfTheTree(@TempDir Path dir) throws Exception {
    Path root = copyOfBroken(dir);
    Path baseline = dir.resolve("gkml-baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    Path moved = root.resolve("gkml-baseline.json");
    Files.copy(baseline, moved);

    CliRun check = validate(root, "--baseline", moved.toString());
    CliRun zh =
        CliRun.of(
            "validate", "--root", root.toString(), "--lang", "zh", "--baseline", moved.toString());
    CliRun right = validate(root, "--baseline", baseline.toString());

    assertThat(check.code()).isEqualTo(1);
    assertThat(check.err())
        .containsOnlyOnce("none of its 7 entries names a file of this tree")
        .contains("relative to the folder the baseline file is in");
    assertThat(zh.code()).isEqualTo(1);
    assertThat(zh.err()).contains("基线中的 7 条记录都不对应本目录树中的文件");
    assertThat(right.err()).doesNotContain("names a file");
  }
}
