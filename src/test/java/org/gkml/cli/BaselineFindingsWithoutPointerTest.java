package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings that no JSON pointer names (register rows, suppression comments, duplicate keys, missing
 * keys of one mapping) and findings in positional lists (revisions, newest first): a baseline must
 * match each by what it is about, so that a new one inserted above an old one is the one reported
 * (they were matched by their order in the file, and the old one was reported as new).
 */
class BaselineFindingsWithoutPointerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path tree(Path dir, String catalog, String register) throws Exception {
    Path root = dir.resolve("catalogs");
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("basic/safety-production.yaml"), catalog, StandardCharsets.UTF_8);
    if (register != null) {
      Files.writeString(root.resolve("regions.csv"), register, StandardCharsets.UTF_8);
    }
    return root;
  }

  private static CliRun validate(Path root, String... more) {
    List<String> args =
        new ArrayList<>(List.of("validate", "--root", root.toString(), "--lang=en"));
    args.addAll(List.of(more));
    return CliRun.of(args);
  }

  private static List<String> findingLines(CliRun run) {
    return run.out().lines().filter(l -> l.contains(" GK")).toList();
  }

  private static void edit(Path file, String from, String to) throws Exception {
    TestCatalogs.replaceIn(file, from, to);
  }

  @Test
  void aNewBadRegisterRowAboveAKnownOneIsTheOneReported(@TempDir Path dir) throws Exception {
    Path root = tree(dir, TestCatalogs.CATALOG, "code,name\n511703,达川区\n4401,广州\n");
    Path baseline = dir.resolve("gkml-baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    edit(root.resolve("regions.csv"), "4401,广州", "4402,深圳\n4401,广州");

    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(check.code()).isEqualTo(1);
    assertThat(findingLines(check)).singleElement().asString().contains("GK301").contains("4402");
    assertThat(Files.readString(baseline)).contains("\"subject\" : \"row/4401\"");
  }

  @Test
  void aNewBadSuppressionAboveAKnownOneIsTheOneReported(@TempDir Path dir) throws Exception {
    String catalog =
        TestCatalogs.CATALOG.replace(
            "    owner: 县级应急管理部门\n", "    # gkml-ignore GK999: old\n    owner: 县级应急管理部门\n");
    Path root = tree(dir, catalog, null);
    Path basic = root.resolve("basic/safety-production.yaml");
    Path baseline = dir.resolve("gkml-baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    edit(basic, "    level2: 行政处罚\n", "    # gkml-ignore GK998: new\n    level2: 行政处罚\n");

    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(check.code()).isZero(); // GK006 is a warning
    assertThat(findingLines(check)).singleElement().asString().contains("GK006").contains("GK998");
    assertThat(Files.readString(baseline)).contains("\"subject\" : \"=# gkml-ignore GK999: old\"");
  }

  @Test
  void aNewDuplicateKeyAboveAKnownOneIsTheOneReported(@TempDir Path dir) throws Exception {
    String catalog =
        TestCatalogs.CATALOG.replace(
            "    owner: 县级应急管理部门\n", "    owner: 县级应急管理部门\n    owner: 应急管理局\n");
    Path root = tree(dir, catalog, null);
    Path baseline = dir.resolve("gkml-baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    edit(
        root.resolve("basic/safety-production.yaml"),
        "    level2: 行政处罚\n",
        "    level2: 行政处罚\n    level2: 行政检查\n");

    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(check.code()).isEqualTo(1);
    assertThat(findingLines(check)).singleElement().asString().contains("GK004").contains("level2");
  }

  @Test
  void aSecondMissingKeyOfTheSameMappingIsTheOneReported(@TempDir Path dir) throws Exception {
    // (the new one's message sorts before the known one's, as the order of the file did)
    Path root = tree(dir, TestCatalogs.CATALOG.replace("title: 安全生产领域基层政务公开标准目录\n", ""), null);
    Path baseline = dir.resolve("gkml-baseline.json");
    validate(root, "--write-baseline", baseline.toString());
    edit(root.resolve("basic/safety-production.yaml"), "issuer: 示例省人民政府办公厅\n", "");

    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(check.code()).isEqualTo(1);
    assertThat(findingLines(check))
        .singleElement()
        .asString()
        .contains("GK001")
        .contains("issuer")
        .doesNotContain("title");
  }

  @Test
  void aKnownRevisionFindingStaysKnownWhenANewerRevisionGoesOnTop(@TempDir Path dir)
      throws Exception {
    String catalog =
        TestCatalogs.CATALOG.replace("version: \"2025.1\"\n", "version: \"2025.2\"\n")
            + """
            revisions:
              - version: "2025.2"
                date: 2025-01-01
                trigger: 其他
                summary: 调整
              - version: "2025.1"
                date: 2025-06-30
                trigger: 其他
                summary: 首次发布
            """;
    Path root = tree(dir, catalog, null);
    Path baseline = dir.resolve("gkml-baseline.json");
    CliRun write = validate(root, "--write-baseline", baseline.toString());
    edit(
        root.resolve("basic/safety-production.yaml"),
        "version: \"2025.2\"\n",
        "version: \"2025.3\"\n");
    edit(
        root.resolve("basic/safety-production.yaml"),
        "revisions:\n",
        "revisions:\n  - version: \"2025.3\"\n    date: 2025-12-01\n    trigger: 其他\n"
            + "    summary: 再次调整\n");

    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(write.out()).contains("GK402");
    assertThat(check.out()).isEqualTo("0 errors, 0 warnings in 1 file\n");
    assertThat(check.code()).isZero();
  }

  /** A run answered from the cache names each finding as the run that checked it did. */
  @Test
  void aCacheHitGivesTheSameSubjects(@TempDir Path dir) throws Exception {
    String catalog =
        TestCatalogs.CATALOG.replace(
            "    owner: 县级应急管理部门\n", "    # gkml-ignore GK999: old\n    owner: 县级应急管理部门\n");
    Path root = tree(dir, catalog, "code,name\n511703,达川区\n4401,广州\n");
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");

    validate(root, "--write-baseline", first.toString());
    assertThat(root.resolve(".gkml-cache")).isDirectory();
    validate(root, "--write-baseline", second.toString());

    JsonNode subjects = JSON.readTree(first.toFile()).path("findings");
    assertThat(subjects.findValuesAsText("subject"))
        .contains("row/4401", "=# gkml-ignore GK999: old");
    assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
  }
}
