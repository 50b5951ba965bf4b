package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gkml diff --git} against a temporary repository with three commits and an edited working
 * tree: the first commit is the tree-impact case's old tree; the second makes a deadline longer
 * (breaking); the third adds an item (additive); the working tree then changes an owner.
 */
class GitDiffTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path repo;
  static Path catalogs;
  static Path basic;

  @BeforeAll
  static void threeCommits() throws IOException, GitAPIException {
    catalogs = repo.resolve("catalogs");
    TestCatalogs.copy(DiffGoldenTest.CASES.resolve("tree-impact/old"), catalogs);
    basic = catalogs.resolve("basic/safety-production.yaml");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      TestGit.commitAll(git, "first");
      edit(
          "deadline: 信息形成或者变更之日起20个工作日内\n    owner: 县级应急管理部门\n    channels: [政府网站]\n"
              + "    audience: 全社会\n    mode: 主动\n    tiers: [县级, 乡级]\n  - id: AQSC-002",
          "deadline: 信息形成或者变更之日起30个工作日内\n    owner: 县级应急管理部门\n    channels: [政府网站]\n"
              + "    audience: 全社会\n    mode: 主动\n    tiers: [县级, 乡级]\n  - id: AQSC-002");
      TestGit.commitAll(git, "second: AQSC-001 deadline longer");
      Files.writeString(
          basic,
          Files.readString(basic, StandardCharsets.UTF_8)
              + "  - id: AQSC-009\n    level1: 行政执法\n    content: 检查结果\n"
              + "    basis: [《中华人民共和国安全生产法》]\n    deadline: 信息形成之日起10个工作日内\n"
              + "    owner: 县级应急管理部门\n    channels: [政府网站]\n    audience: 全社会\n"
              + "    mode: 主动\n    tiers: [县级]\n",
          StandardCharsets.UTF_8);
      TestGit.commitAll(git, "third: AQSC-009 added");
    }
    edit(
        "owner: 县级应急管理部门\n    channels: [政府网站]\n    audience: 全社会\n    mode: 主动\n"
            + "    tiers: [县级, 乡级]\n  - id: AQSC-003",
        "owner: 县级应急管理局\n    channels: [政府网站]\n    audience: 全社会\n    mode: 主动\n"
            + "    tiers: [县级, 乡级]\n  - id: AQSC-003");
  }

  private static void edit(String from, String to) throws IOException {
    TestCatalogs.replaceIn(basic, from, to);
  }

  private static List<String> changes(CliRun run) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode c : JSON.readTree(run.out()).get("changes")) {
      out.add(
          c.get("item").asText()
              + " "
              + c.get("kind").asText()
              + " "
              + c.get("field").asText()
              + " "
              + c.get("class").asText());
    }
    return out;
  }

  @Test
  void revisionAgainstTheWorkingTree() throws IOException {
    CliRun run = CliRun.of("diff", "--git", "HEAD~2", catalogs.toString(), "--format", "json");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(1);
    assertThat(changes(run))
        .containsExactly(
            "AQSC-001 modified deadline breaking",
            "AQSC-002 modified owner changed",
            "AQSC-009 added null additive");
  }

  @Test
  void theRootIsTheDefaultPath() throws IOException {
    CliRun run =
        CliRun.of("diff", "--git", "HEAD", "--root", catalogs.toString(), "--format", "json");
    assertThat(run.code()).isZero();
    assertThat(changes(run)).containsExactly("AQSC-002 modified owner changed");
  }

  @Test
  void aRangeOfTwoRevisions() throws IOException {
    CliRun first =
        CliRun.of("diff", "--git", "HEAD~2..HEAD~1", catalogs.toString(), "--format", "json");
    assertThat(first.code()).isEqualTo(1);
    assertThat(changes(first)).containsExactly("AQSC-001 modified deadline breaking");
    CliRun second = CliRun.of("diff", "--git", "HEAD~1..HEAD", catalogs.toString());
    assertThat(second.code()).isZero();
    assertThat(second.out())
        .startsWith("--- HEAD~1:catalogs\n+++ HEAD:catalogs\n")
        .contains("HEAD:catalogs/basic/safety-production.yaml")
        .contains("+ AQSC-009 item added");
  }

  @Test
  void theEffectiveCatalogueOfARegionAtTwoRevisions() throws IOException {
    CliRun run =
        CliRun.of(
            "diff",
            "--git",
            "HEAD~2..HEAD",
            catalogs.toString(),
            "--region",
            "511703001",
            "--format",
            "json");
    assertThat(run.err()).isEmpty();
    assertThat(changes(run)).containsExactly("AQSC-001 modified deadline breaking");
    assertThat(run.out()).contains("\"region\" : \"511703001\"");
  }

  @Test
  void aSingleFile() throws IOException {
    CliRun run = CliRun.of("diff", "--git", "HEAD~2..HEAD", basic.toString(), "--format", "json");
    assertThat(changes(run))
        .containsExactly("AQSC-001 modified deadline breaking", "AQSC-009 added null additive");
    CliRun working = CliRun.of("diff", "--git", "HEAD", basic.toString(), "--format", "json");
    assertThat(changes(working)).containsExactly("AQSC-002 modified owner changed");
  }

  @Test
  void aFileNewInTheWorkingTreeIsAllAdditions(@TempDir Path other) throws Exception {
    try (Git git = Git.init().setDirectory(other.toFile()).setInitialBranch("main").call()) {
      Files.writeString(other.resolve("README"), "x\n", StandardCharsets.UTF_8);
      TestGit.commitAll(git, "first");
    }
    Path file = other.resolve("employment.yaml");
    Files.copy(DiffGoldenTest.CASES.resolve("tree-impact/new/basic/employment.yaml"), file);
    CliRun run = CliRun.of("diff", "--git", "HEAD", file.toString(), "--format", "json");
    assertThat(changes(run))
        .containsExactly("JYCY-001 added null additive", "JYCY-002 added null additive");
    Path tree = other.resolve("catalogs");
    TestCatalogs.copy(DiffGoldenTest.CASES.resolve("tree-impact/new"), tree);
    CliRun trees = CliRun.of("diff", "--git", "HEAD", tree.toString(), "--format", "json");
    assertThat(trees.code()).isZero();
    assertThat(changes(trees)).hasSize(17);
    assertThat(trees.out()).doesNotContain("\"impact\"");
    DiffCommandTest.assertOneLine(
        CliRun.of("diff", "--git", "HEAD", other.resolve("missing.yaml").toString()),
        "no such file");
    DiffCommandTest.assertOneLine(
        CliRun.of("diff", "--git", "HEAD..", other.resolve("README").toString()),
        "HEAD:README:1:1");
  }

  @Test
  void aMissingRevisionSaysHowToFetchIt() {
    CliRun run = CliRun.of("diff", "--git", "no-such-branch", catalogs.toString());
    DiffCommandTest.assertOneLine(run, "revision \"no-such-branch\" is not in the repository");
    // a repository without a remote: there is nowhere to fetch it from
    assertThat(run.err()).contains("check its name").doesNotContain("git fetch");
    DiffCommandTest.assertOneLine(
        CliRun.of("diff", "--git", "HEAD~7", catalogs.toString()), "HEAD~7");
  }

  @Test
  void aShallowCloneNamesGitFetchDeepen(@TempDir Path clone) throws Exception {
    try (Git git =
        Git.cloneRepository()
            .setURI(repo.toUri().toString())
            .setDirectory(clone.toFile())
            .setDepth(1)
            .call()) {
      assertThat(git.getRepository().getObjectDatabase().getShallowCommits()).isNotEmpty();
    }
    CliRun run = CliRun.of("diff", "--git", "HEAD~1", clone.resolve("catalogs").toString());
    DiffCommandTest.assertOneLine(run, "shallow clone");
    assertThat(run.err()).contains("git fetch --deepen");
  }

  @Test
  void pathsOutsideARepository(@TempDir Path elsewhere) {
    DiffCommandTest.assertOneLine(
        CliRun.of("diff", "--git", "HEAD", elsewhere.toString()), "no git repository");
    DiffCommandTest.assertOneLine(
        CliRun.of("diff", "--git", "HEAD", catalogs.toString(), catalogs.toString()),
        "at most one PATH");
    DiffCommandTest.assertOneLine(
        CliRun.of("diff", "--git", "HEAD~1..HEAD", catalogs.resolve("nothing").toString()),
        "exists in neither side");
  }
}
