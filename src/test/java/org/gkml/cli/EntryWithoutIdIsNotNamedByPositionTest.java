package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (a finding about an item without an id was matched by the item's position): {@code
 * idd: AQSC-002} was recorded as {@code items/#1/idd}, so an item inserted above made it new,
 * though docs/ci.md promises that inserting items does not. An entry without an id is now named by
 * something of its own: the value of a key that is a slip for {@code id}, else its content, else a
 * digest of the entry. A baseline written with positions still matches where it did.
 */
class EntryWithoutIdIsNotNamedByPositionTest {
  private static final String FILE = "basic/safety-production.yaml";

  /** A clean item, inserted above all others (the one without an id among them). */
  private static final String INSERTED =
      """
        - id: AQSC-099
          level1: 政策文件
          level2: 法律法规
          content: 与安全生产有关的另一些法律、法规
          basis:
            - 《中华人民共和国政府信息公开条例》
          deadline: 半年至少更新1次
          owner: 县级应急管理部门
          channels: [政府网站, 两微一端]
          audience: 全社会
          mode: 主动
          tiers: [县级]
      """;

  @TempDir Path dir;

  private Path tree() throws IOException {
    return TestCatalogs.copyOfShipped(dir);
  }

  private static CliRun validate(Path root, String... more) {
    List<String> args =
        new ArrayList<>(List.of("validate", "--root", root.toString(), "--lang=en"));
    args.addAll(List.of(more));
    return CliRun.of(args);
  }

  private static List<String> subjects(Path baseline) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode entry : new ObjectMapper().readTree(baseline.toFile()).path("findings")) {
      if (entry.path("file").asText().endsWith(FILE)) {
        out.add(entry.path("subject").asText());
      }
    }
    return out;
  }

  private static void insertAboveAll(Path root) throws IOException {
    TestCatalogs.replaceIn(root.resolve(FILE), "items:\n", "items:\n" + INSERTED);
  }

  /** Writes a baseline, inserts an item above, and says what the baseline run found. */
  private CliRun afterInsertingAbove(Path root, Path baseline) throws IOException {
    assertThat(validate(root, "--write-baseline", baseline.toString()).code()).isZero();
    insertAboveAll(root);
    return validate(root, "--baseline", baseline.toString());
  }

  @Test
  void aSlipForTheIdNamesTheItem() throws IOException {
    Path root = tree();
    TestCatalogs.replaceIn(root.resolve(FILE), "  - id: AQSC-002", "  - idd: AQSC-002");
    Path baseline = dir.resolve("b.json");

    CliRun check = afterInsertingAbove(root, baseline);

    assertThat(subjects(baseline)).containsExactly("items/#idd=AQSC-002/idd");
    assertThat(check.out()).doesNotContain("GK001");
    assertThat(check.code()).isZero();
  }

  @Test
  void aChineseOrUpperCaseIdKeyNamesTheItemToo() throws IOException {
    Path root = tree();
    TestCatalogs.replaceIn(root.resolve(FILE), "  - id: AQSC-002", "  - 编号: AQSC-002");
    TestCatalogs.replaceIn(root.resolve(FILE), "  - id: AQSC-003", "  - ID: AQSC-003");
    Path baseline = dir.resolve("b.json");

    CliRun check = afterInsertingAbove(root, baseline);

    assertThat(subjects(baseline))
        .contains("items/#编号=AQSC-002/编号", "items/#ID=AQSC-003/ID")
        .noneMatch(s -> s.matches("items/#\\d+/.*"));
    assertThat(check.code()).isZero();
  }

  @Test
  void anItemWithNoIdAtAllIsNamedByItsContent() throws IOException {
    Path root = tree();
    TestCatalogs.replaceIn(root.resolve(FILE), "  - id: AQSC-002\n    level1:", "  - level1:");
    Path baseline = dir.resolve("b.json");

    CliRun check = afterInsertingAbove(root, baseline);

    assertThat(subjects(baseline)).containsExactly("items/#content=与安全生产有关的部门和地方规章/id");
    assertThat(check.code()).isZero();
  }

  @Test
  void anItemWithoutIdOrContentIsNamedByADigestOfItself() throws IOException {
    Path root = tree();
    TestCatalogs.replaceIn(
        root.resolve(FILE),
        "  - id: AQSC-002\n    level1: 政策文件\n    level2: 部门和地方规章\n    content: 与安全生产有关的部门和地方规章\n",
        "  - level1: 政策文件\n    level2: 部门和地方规章\n");
    Path baseline = dir.resolve("b.json");

    CliRun check = afterInsertingAbove(root, baseline);

    assertThat(subjects(baseline))
        .isNotEmpty()
        .allMatch(s -> s.matches("items/#sha256=[0-9a-f]{16}/(id|content)"), "a digest");
    assertThat(check.code()).isZero();
  }

  /**
   * The other side of naming by position: a new item without an id, where a fixed one stood, took
   * over the old finding's entry and hid behind it.
   */
  @Test
  void aNewItemWithoutAnIdWhereAFixedOneStoodIsNew() throws IOException {
    Path root = tree();
    TestCatalogs.replaceIn(root.resolve(FILE), "  - id: AQSC-002", "  - idd: AQSC-002");
    Path baseline = dir.resolve("b.json");
    assertThat(validate(root, "--write-baseline", baseline.toString()).code()).isZero();
    // AQSC-002 is fixed, and a new item without an id goes in where it was, as entry 2
    TestCatalogs.replaceIn(
        root.resolve(FILE),
        "  - idd: AQSC-002",
        INSERTED.replace("- id: AQSC-099", "- idd: AQSC-098").stripTrailing()
            + "\n  - id: AQSC-002");

    CliRun check = validate(root, "--baseline", baseline.toString());

    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out()).contains("items entry 2: unknown key \"idd\"");
  }

  /**
   * A baseline gkml 0.1 wrote ({@code items/#1/idd}) still matches the finding where it stands; an
   * item inserted above moved it then as now, so that case is new, as it was.
   */
  @Test
  void aBaselineOfPositionsStillMatchesWhereItDid() throws IOException {
    Path root = tree();
    TestCatalogs.replaceIn(root.resolve(FILE), "  - id: AQSC-002", "  - idd: AQSC-002");
    Path baseline = dir.resolve("old.json");
    Files.writeString(
        baseline,
        """
        {"gkml-baseline": 1, "findings": [
          {"rule": "GK001", "file": "catalogs/%s", "subject": "items/#1/idd"},
          {"rule": "GK009", "file": "catalogs/regions/511703-达川区/safety-production.yaml",
           "subject": "domain"},
          {"rule": "GK009",
           "file": "catalogs/regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
           "subject": "domain"}]}
        """
            .formatted(FILE),
        StandardCharsets.UTF_8);

    CliRun same = validate(root, "--baseline", baseline.toString());
    insertAboveAll(root);
    CliRun moved = validate(root, "--baseline", baseline.toString());

    assertThat(same.out()).doesNotContain("GK001");
    assertThat(same.code()).isZero();
    assertThat(moved.out()).contains("unknown key \"idd\"");
    assertThat(moved.code()).isEqualTo(1);
  }
}
