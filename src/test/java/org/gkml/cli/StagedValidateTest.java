package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --changed --staged} checks the tree as it would be committed, the index's
 * content, not the work tree: a pre-commit hook must not pass a commit that breaks the tree because
 * an untracked file or an unstaged edit still makes the work tree look right (issue #15's review),
 * nor refuse one because of what is not being committed. Findings name the real paths, at the lines
 * of the staged content.
 */
class StagedValidateTest {
  /** The line of the township's {@code - id:} under {@code modify:} (GK201 points there). */
  private static final String TOWNSHIP_ID_LINE = "三里坪街道/safety-production.yaml:7:";

  @TempDir Path repo;
  private Path root;
  private Path county;
  private Path township;
  private Git git;

  @BeforeEach
  void committedTree() throws Exception {
    root = repo.resolve("catalogs");
    Files.createDirectories(root.resolve("basic"));
    write(root.resolve("basic/safety-production.yaml"), TestCatalogs.CATALOG);
    county = root.resolve("regions/511703-达川区/safety-production.yaml");
    township = root.resolve("regions/511703-达川区/511703001-三里坪街道/safety-production.yaml");
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

  private static void write(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private void stage(Path file) throws Exception {
    git.add().addFilepattern(repo.relativize(file).toString().replace('\\', '/')).call();
  }

  private CliRun validate(String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "validate";
    args[1] = "--root";
    args[2] = root.toString();
    args[3] = "--lang=en";
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.of(args);
  }

  private CliRun staged(String... more) {
    String[] args = new String[2 + more.length];
    args[0] = "--changed";
    System.arraycopy(more, 0, args, 1, more.length);
    args[args.length - 1] = "--staged";
    return validate(args);
  }

  /**
   * Stages a new title of the basic catalogue: every file of the tree is then reported (a check of
   * the work tree would report a broken file that is not being committed, wherever it is).
   */
  private void stageHarmlessBasicEdit() throws Exception {
    Path basic = root.resolve("basic/safety-production.yaml");
    write(basic, TestCatalogs.CATALOG.replace("标准目录", "标准目录（修订）"));
    stage(basic);
  }

  /** The county renames the item its township modifies: the untouched township breaks. */
  private static String brokenCounty() {
    return ChainFixtures.COUNTY_ADDS.replace("511703-AQSC-001", "511703-AQSC-002");
  }

  @Test
  void anOverlayMovedAsideUntrackedIsAbsentFromTheCommit() throws Exception {
    // the reviewer's case (a): the county's file moved to a new, untracked folder and the
    // deletion staged (git add -u); the work tree still holds the file, the commit does not
    Path moved = root.resolve("regions/moved/safety-production.yaml");
    Files.createDirectories(moved.getParent());
    Files.move(county, moved);
    git.add().addFilepattern(".").setUpdate(true).call();

    CliRun workTree = validate("--changed");
    CliRun hook = staged();

    assertThat(workTree.code()).as(workTree.out()).isZero();
    assertThat(hook.code()).as(hook.out() + hook.err()).isEqualTo(1);
    assertThat(hook.out())
        .contains(Path.of("catalogs", "regions", "511703-达川区", "511703001-三里坪街道").toString())
        .contains(TOWNSHIP_ID_LINE)
        .contains("error GK201")
        .doesNotContain("moved")
        .doesNotContain("gkml-staged");
  }

  /** Everything unstaged (git rm -r --cached): the message names the real root, not a copy. */
  @Test
  void aCommitWithoutTheCatalogueIsNamedByTheRealRoot() throws Exception {
    git.rm().setCached(true).addFilepattern("catalogs").call();

    CliRun hook = staged();

    assertThat(hook.code()).isEqualTo(2);
    assertThat(hook.err())
        .contains("the commit would hold no catalogue below " + root)
        .doesNotContain("gkml-staged");
  }

  /** A split index, which JGit cannot read: one clear usage error, not an internal error. */
  @Test
  void aSplitIndexIsSaidToBeUnsupportedWithWhatToDo() throws Exception {
    write(county, brokenCounty());
    for (String[] command :
        List.of(
            new String[] {"git", "config", "core.splitIndex", "true"},
            new String[] {"git", "update-index", "--split-index"},
            new String[] {"git", "add", "--", repo.relativize(county).toString()})) {
      Process p =
          new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
      assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
    }

    CliRun hook = staged();
    CliRun changed = validate("--changed");

    for (CliRun run : List.of(hook, changed)) {
      assertThat(run.code()).as(run.err()).isEqualTo(2);
      assertThat(run.err())
          .contains("split index (core.splitIndex)", "git update-index --no-split-index")
          .doesNotContain("internal error");
    }
  }

  /** {@code git add -N} only reserves a name: the file is not in the commit, so not checked. */
  @Test
  void aFileOnlyIntendedToBeAddedIsNotPartOfTheCommit() throws Exception {
    Path draft = root.resolve("regions/511703-达川区/social-assistance.yaml");
    write(draft, "gkml: 1\nkind: overlay\nadd: [broken\n");
    Process add =
        new ProcessBuilder("git", "add", "-N", repo.relativize(draft).toString())
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(add.waitFor()).isZero();

    CliRun hook = staged();

    assertThat(hook.code()).as(hook.out() + hook.err()).isZero();
    assertThat(hook.out()).doesNotContain("social-assistance").doesNotContain("GK0");
  }

  @Test
  void aBreakingEditStagedThenUndoneInTheWorkTreeIsCaught() throws Exception {
    // the reviewer's case (b): the plain .git/hooks/pre-commit sees the work tree restored
    write(county, brokenCounty());
    stage(county);
    write(county, ChainFixtures.COUNTY_ADDS);

    CliRun workTree = validate("--changed");
    CliRun hook = staged();

    assertThat(workTree.code()).isZero();
    assertThat(hook.code()).as(hook.out() + hook.err()).isEqualTo(1);
    assertThat(hook.out()).contains(TOWNSHIP_ID_LINE).contains("error GK201");
  }

  @Test
  void anEntryMarkedAssumeUnchangedIsReadFromTheIndex() throws Exception {
    write(county, brokenCounty());
    stage(county);
    write(county, ChainFixtures.COUNTY_ADDS);
    // git update-index --assume-unchanged: the status no longer compares the file
    DirCache index = git.getRepository().lockDirCache();
    index.getEntry(repo.relativize(county).toString().replace('\\', '/')).setAssumeValid(true);
    index.write();
    index.commit();

    CliRun hook = staged();

    assertThat(git.status().call().getModified()).isEmpty();
    assertThat(hook.code()).as(hook.out() + hook.err()).isEqualTo(1);
    assertThat(hook.out()).contains(TOWNSHIP_ID_LINE);
  }

  @Test
  void aStagedDeletionOfAFileKeptInTheWorkTreeIsChecked() throws Exception {
    git.rm().addFilepattern(repo.relativize(county).toString()).setCached(true).call();

    CliRun hook = staged();

    assertThat(Files.exists(county)).isTrue();
    assertThat(hook.code()).isEqualTo(1);
    assertThat(hook.out()).contains(TOWNSHIP_ID_LINE).contains("error GK201");
  }

  @Test
  void anUntrackedBrokenFileIsNotPartOfTheCommit() throws Exception {
    Path village = township.getParent().resolve("511703001001-新村/safety-production.yaml");
    Files.createDirectories(village.getParent());
    write(village, "gkml: 1\nkind: overlay\nnot a mapping at all: [\n");
    stageHarmlessBasicEdit();

    CliRun workTree = validate("--changed");
    CliRun hook = staged();

    assertThat(workTree.code()).isNotZero();
    assertThat(workTree.out()).contains("新村");
    assertThat(hook.code()).as(hook.out() + hook.err()).isZero();
    assertThat(hook.out()).doesNotContain("新村");
  }

  @Test
  void anIgnoredBrokenFileIsNotPartOfTheCommit() throws Exception {
    write(repo.resolve(".gitignore"), "*.local.yaml\n");
    TestGit.commitAll(git, "ignore drafts");
    // beside tracked files: git lists the file as ignored, and nothing else
    Path village = township.getParent().resolve("draft.local.yaml");
    write(village, ChainFixtures.TOWNSHIP_MODIFIES.replace("511703-AQSC-001", "511703-AQSC-009"));
    stageHarmlessBasicEdit();

    CliRun full = validate("--no-cache");
    CliRun hook = staged();

    assertThat(full.out()).contains("draft.local.yaml");
    assertThat(hook.code()).as(hook.out() + hook.err()).isZero();
  }

  @Test
  void aPartlyStagedFileIsCheckedAsStagedAtTheStagedLines() throws Exception {
    // staged: two comment lines more and the break; in the work tree: the break undone
    String shifted = "# one\n# two\n" + ChainFixtures.TOWNSHIP_MODIFIES;
    write(township, shifted.replace("511703-AQSC-001", "511703-AQSC-009"));
    stage(township);
    write(township, ChainFixtures.TOWNSHIP_MODIFIES);

    CliRun hook = staged();

    assertThat(hook.code()).as(hook.out() + hook.err()).isEqualTo(1);
    assertThat(hook.out()).contains("三里坪街道/safety-production.yaml:9:").contains("GK201");
  }

  @Test
  void aBreakLeftUnstagedDoesNotStopTheCommit() throws Exception {
    // staged: a harmless edit of the township; in the work tree: the county breaks it
    write(township, ChainFixtures.TOWNSHIP_MODIFIES.replace("三里坪街道办事处", "三里坪街道应急办"));
    stage(township);
    write(county, brokenCounty());

    CliRun workTree = validate("--changed");
    CliRun hook = staged();

    assertThat(workTree.code()).isEqualTo(1);
    assertThat(hook.code()).as(hook.out() + hook.err()).isZero();
  }

  @Test
  void nothingStagedChecksNothing() throws Exception {
    write(county, brokenCounty());

    CliRun hook = staged();

    assertThat(hook.code()).isZero();
    assertThat(hook.out()).isEqualTo("0 errors, 0 warnings in 0 files\n");
  }

  @Test
  void aRevisionCountsTheCommitsSinceIt() throws Exception {
    write(county, brokenCounty());
    TestGit.commitAll(git, "county renames its item");

    CliRun sinceHead = staged();
    CliRun sincePrevious = staged("HEAD~1");

    assertThat(sinceHead.code()).isZero();
    assertThat(sincePrevious.code()).isEqualTo(1);
    assertThat(sincePrevious.out()).contains(TOWNSHIP_ID_LINE);
  }

  @Test
  void theCacheIsUsedWhetherOrNotTheIndexIsTheWorkTree() throws Exception {
    write(county, brokenCounty());
    stage(county);
    Path cache = root.resolve(".gkml-cache");
    Path statIndex = cache.resolve("stat-index.bin");
    Path untracked = root.resolve("regions/notes.yaml");

    write(untracked, "gkml: 1\n");
    CliRun fromIndex = staged();
    boolean cachedFromIndex = Files.exists(cache);
    boolean statsFromIndex = Files.exists(statIndex);
    Files.delete(untracked);
    CliRun asIs = staged();

    assertThat(fromIndex.code()).isEqualTo(1);
    assertThat(cachedFromIndex).as("entries are keyed by the bytes checked").isTrue();
    assertThat(statsFromIndex).as("the untracked file's stat is no file's of the commit").isFalse();
    assertThat(statIndex).as("the work tree, which is the index, vouched for").exists();
    assertThat(asIs.out()).isEqualTo(fromIndex.out());
    assertThat(asIs.out()).isEqualTo(validate("--changed").out());
  }

  @Test
  void aBaselineMatchesFindingsOfTheIndexsCopyByTheirRealPaths() throws Exception {
    write(county, brokenCounty());
    Path baseline = repo.resolve("baseline.json");
    assertThat(validate("--write-baseline", baseline.toString()).code()).isZero();
    stage(county);
    write(root.resolve("regions/notes.yaml"), "gkml: 1\n"); // untracked: the copy is checked

    CliRun without = staged();
    CliRun with = staged("HEAD", "--baseline", baseline.toString());

    assertThat(without.code()).isEqualTo(1);
    assertThat(with.code()).as(with.out() + with.err()).isZero();
  }

  @Test
  void aLinkByAbsolutePathIntoTheRootReadsTheStagedFile() throws Exception {
    // a village overlay linked to the township's file by its absolute path, staged as a link
    Path link = township.getParent().resolve("511703001001-新村/safety-production.yaml");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, township.toAbsolutePath());
    TestGit.commitAll(git, "a link");
    String full = validate("--no-cache").out();
    // staged: the township broken; in the work tree: as committed
    write(township, ChainFixtures.TOWNSHIP_MODIFIES.replace("511703-AQSC-001", "511703-AQSC-009"));
    stage(township);
    write(township, ChainFixtures.TOWNSHIP_MODIFIES);

    CliRun hook = staged();

    assertThat(hook.code()).as(hook.out() + hook.err()).isEqualTo(1);
    // the link reads what the township's file holds in the index, as a checkout of it would
    assertThat(hook.out())
        .contains("新村/safety-production.yaml:7:9: error GK201")
        .contains("511703-AQSC-009")
        .doesNotContain("gkml-staged");
    assertThat(full).doesNotContain("GK201");
  }

  @Test
  void beforeTheFirstCommitEverythingStagedIsNew(@TempDir Path fresh) throws Exception {
    Path other = fresh.resolve("catalogs");
    Files.createDirectories(other.resolve("basic"));
    write(other.resolve("basic/safety-production.yaml"), TestCatalogs.CATALOG);
    Path there = other.resolve(repo.resolve("catalogs").relativize(township).toString());
    Files.createDirectories(there.getParent());
    write(there.getParent().resolveSibling("safety-production.yaml"), brokenCounty());
    write(there, ChainFixtures.TOWNSHIP_MODIFIES);
    try (Git first = Git.init().setDirectory(fresh.toFile()).setInitialBranch("main").call()) {
      CliRun nothing =
          CliRun.of("validate", "--root", other.toString(), "--lang=en", "--changed", "--staged");
      first.add().addFilepattern(".").call();
      CliRun all =
          CliRun.of("validate", "--root", other.toString(), "--lang=en", "--changed", "--staged");

      assertThat(nothing.out()).isEqualTo("0 errors, 0 warnings in 0 files\n");
      assertThat(nothing.code()).isZero();
      assertThat(all.code()).as(all.out() + all.err()).isEqualTo(1);
      assertThat(all.out()).contains(TOWNSHIP_ID_LINE);
    }
  }

  @Test
  void outsideAGitWorkTreeItIsAUsageError(@TempDir Path elsewhere) throws Exception {
    Files.createDirectories(elsewhere.resolve("basic"));
    write(elsewhere.resolve("basic/safety-production.yaml"), TestCatalogs.CATALOG);

    CliRun run =
        CliRun.of("validate", "--root", elsewhere.toString(), "--lang=en", "--changed", "--staged");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("not in a git work tree");
  }

  @Test
  void stagedWithoutChangedIsAUsageError() {
    CliRun run = validate("--staged");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--changed");
  }
}
