package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --changed --staged} in a pre-commit hook checks the index the commit is made
 * from: {@code git commit -a}, {@code git commit PATH} and {@code git commit -i PATH} stage the
 * commit in a temporary index named by {@code GIT_INDEX_FILE} and leave {@code .git/index} as it
 * was, so a check of {@code .git/index} passed commits that break the tree, and refused ones that
 * repair it (the release's review). The indexes here are the ones real git hands its hook.
 */
class CommitThroughTemporaryIndexTest {
  private static final String TOWNSHIP_ID_LINE = "三里坪街道/safety-production.yaml:7:";

  @TempDir Path repo;
  private Path root;
  private Path county;
  private Git git;

  @BeforeEach
  void committedTree() throws Exception {
    root = repo.resolve("catalogs");
    Files.createDirectories(root.resolve("basic"));
    write(root.resolve("basic/safety-production.yaml"), TestCatalogs.CATALOG);
    county = root.resolve("regions/511703-达川区/safety-production.yaml");
    Path township = root.resolve("regions/511703-达川区/511703001-三里坪街道/safety-production.yaml");
    Files.createDirectories(township.getParent());
    write(county, ChainFixtures.COUNTY_ADDS);
    write(township, ChainFixtures.TOWNSHIP_MODIFIES);
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    TestGit.commitAll(git, "catalogues");
  }

  @AfterEach
  void close() {
    git.close();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The county renames the item its township modifies: the untouched township breaks. */
  private static String brokenCounty() {
    return ChainFixtures.COUNTY_ADDS.replace("511703-AQSC-001", "511703-AQSC-002");
  }

  private static String git(Path in, Map<String, String> env, String... args) throws Exception {
    // whatever the machine's git configuration says: these hooks, no signing
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t"));
    for (String setting :
        List.of("user.email=t@example.org", "core.hooksPath=.git/hooks", "commit.gpgSign=false")) {
      command.addAll(List.of("-c", setting));
    }
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(in.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
    pb.environment().putAll(env);
    Process p = pb.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  /**
   * Runs {@code git commit args…} with a pre-commit hook that keeps a copy of the index git hands
   * it and refuses the commit; the environment the hook saw, with {@code GIT_INDEX_FILE} naming
   * that copy.
   */
  private Map<String, String> hookOf(String... args) throws Exception {
    Path kept = repo.resolve(".git/kept-index");
    Path hook = repo.resolve(".git/hooks/pre-commit");
    Files.createDirectories(hook.getParent());
    write(
        hook,
        "#!/bin/sh\n"
            + "cp \"$GIT_INDEX_FILE\" .git/kept-index\n"
            + "printf %s \"$GIT_INDEX_FILE\" > .git/kept-name\n"
            + "exit 1\n");
    Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> commit = new ArrayList<>(List.of("commit", "-q", "-m", "x"));
    commit.addAll(List.of(args));
    git(repo, Map.of(), commit.toArray(String[]::new));
    String name = Files.readString(repo.resolve(".git/kept-name"), StandardCharsets.UTF_8);
    assertThat(name).as("git stages this commit outside .git/index").doesNotEndWith(".git/index");
    return Map.of("GIT_INDEX_FILE", kept.toString());
  }

  private CliRun staged(Map<String, String> env) {
    return CliRun.withEnv(
        env, "validate", "--root", root.toString(), "--lang=en", "--changed", "--staged");
  }

  @Test
  void commitAllChecksTheWorkTreesEditsItCommits() throws Exception {
    write(county, brokenCounty()); // unstaged: .git/index still holds the committed county

    Map<String, String> hook = hookOf("-a");

    CliRun run = staged(hook);
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains(TOWNSHIP_ID_LINE).contains("error GK201");
    assertThat(staged(Map.of()).code()).as("what .git/index holds is unchanged").isZero();
  }

  @Test
  void commitOfNamedPathsChecksThePathsAsTheWorkTreeHoldsThem() throws Exception {
    write(county, brokenCounty());

    Map<String, String> hook = hookOf("--", repo.relativize(county).toString());

    CliRun run = staged(hook);
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains(TOWNSHIP_ID_LINE);
  }

  @Test
  void commitIncludingPathsChecksTheIndexWithThosePaths() throws Exception {
    write(county, brokenCounty());

    Map<String, String> hook = hookOf("-i", repo.relativize(county).toString());

    CliRun run = staged(hook);
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains(TOWNSHIP_ID_LINE);
  }

  @Test
  void commitAllOfARepairDoesNotFailOnTheBreakStagedBefore() throws Exception {
    write(county, brokenCounty());
    git(repo, Map.of(), "add", repo.relativize(county).toString());
    write(county, ChainFixtures.COUNTY_ADDS.replace("达川区", "达川区（修订）"));

    Map<String, String> hook = hookOf("-a");

    CliRun run = staged(hook);
    assertThat(staged(Map.of()).code()).as(".git/index holds the break").isEqualTo(1);
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).doesNotContain("GK201");
  }

  @Test
  void whereTheCommitsIndexIsTheWorkTreeTheCacheIsUsed() throws Exception {
    write(county, brokenCounty()); // .git/index differs from the work tree, the commit's does not

    Map<String, String> hook = hookOf("-a");
    CliRun run = staged(hook);

    assertThat(run.code()).isEqualTo(1);
    assertThat(root.resolve(".gkml-cache")).as("the work tree is what is committed").exists();
  }

  @Test
  void aRelativeIndexNameIsReadFromTheTopOfTheWorkTree() throws Exception {
    // as git reads it: `GIT_INDEX_FILE=alt git add` in a subfolder writes the top's alt, and a
    // plain commit hands its hook GIT_INDEX_FILE=.git/index
    write(county, brokenCounty());
    Path sub = root.resolve("regions");
    git(sub, Map.of("GIT_INDEX_FILE", "alt-index"), "read-tree", "HEAD");
    git(sub, Map.of("GIT_INDEX_FILE", "alt-index"), "add", sub.relativize(county).toString());

    CliRun alternative = staged(Map.of("GIT_INDEX_FILE", "alt-index"));
    CliRun plain = staged(Map.of("GIT_INDEX_FILE", ".git/index"));

    assertThat(repo.resolve("alt-index")).exists();
    assertThat(alternative.code()).as(alternative.out() + alternative.err()).isEqualTo(1);
    assertThat(alternative.out()).contains(TOWNSHIP_ID_LINE);
    assertThat(plain.code()).as(plain.out() + plain.err()).isZero();
  }

  @Test
  void aWorkTreeApartFromItsGitDirectoryIsFoundThroughGitDirAndGitWorkTree(@TempDir Path store)
      throws Exception {
    // git --git-dir=… --work-tree=… commit: no .git beside the tree, both named to the hook
    Path gitDir = repo.resolve(".git");
    Path moved = store.resolve("catalogues.git");
    Files.move(gitDir, moved);
    write(county, brokenCounty());
    git(
        repo,
        Map.of("GIT_DIR", moved.toString(), "GIT_WORK_TREE", repo.toString()),
        "add",
        repo.relativize(county).toString());

    CliRun lost = staged(Map.of());
    CliRun found = staged(Map.of("GIT_DIR", moved.toString(), "GIT_WORK_TREE", repo.toString()));

    assertThat(lost.code()).isEqualTo(2);
    assertThat(found.code()).as(found.out() + found.err()).isEqualTo(1);
    assertThat(found.out()).contains(TOWNSHIP_ID_LINE);
  }

  @Test
  void aGitDirOfAnotherWorkTreeIsAUsageError(@TempDir Path other) throws Exception {
    Git.init().setDirectory(other.toFile()).call().close();

    CliRun run =
        staged(
            Map.of("GIT_DIR", other.resolve(".git").toString(), "GIT_WORK_TREE", other.toString()));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("not in a git work tree");
  }
}
