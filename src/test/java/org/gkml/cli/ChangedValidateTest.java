package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --changed}: the changed files and every file whose result depends on them, so a
 * change that breaks an untouched overlay below it is caught (checking the changed file alone
 * passes).
 */
class ChangedValidateTest {

  @TempDir Path repo;
  private Path root;
  private Path county;
  private Path township;
  private Git git;

  @BeforeEach
  void committedTree() throws Exception {
    root = repo.resolve("catalogs");
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("basic/safety-production.yaml"), TestCatalogs.CATALOG, StandardCharsets.UTF_8);
    county = root.resolve("regions/511703-达川区/safety-production.yaml");
    township = root.resolve("regions/511703-达川区/511703001-三里坪街道/safety-production.yaml");
    Files.createDirectories(township.getParent());
    Files.writeString(county, ChainFixtures.COUNTY_ADDS, StandardCharsets.UTF_8);
    Files.writeString(township, ChainFixtures.TOWNSHIP_MODIFIES, StandardCharsets.UTF_8);
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    commit("catalogues");
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    git.close();
  }

  private void commit(String message) throws Exception {
    TestGit.commitAll(git, message);
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

  private void breakCounty() throws Exception {
    // the county renames the item its township modifies: the township overlay, untouched, breaks
    Files.writeString(
        county,
        ChainFixtures.COUNTY_ADDS.replace("511703-AQSC-001", "511703-AQSC-002"),
        StandardCharsets.UTF_8);
  }

  @Test
  void aBreakInAnUntouchedOverlayBelowTheChangeIsCaught() throws Exception {
    breakCounty();

    CliRun alone = validate(county.toString());
    CliRun changed = validate("--changed");

    assertThat(alone.code()).isZero();
    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.out()).contains("三里坪街道/safety-production.yaml").contains("error GK201");
  }

  @Test
  void aChangedBasicCatalogueChecksEveryOverlay() throws Exception {
    Files.writeString(
        root.resolve("basic/safety-production.yaml"),
        TestCatalogs.CATALOG.replace("[县级, 乡级]", "[县级]"),
        StandardCharsets.UTF_8);
    Files.writeString(
        township,
        ChainFixtures.TOWNSHIP_MODIFIES.replace("511703-AQSC-001", "AQSC-001"),
        StandardCharsets.UTF_8);
    commit("township modifies a basic item");
    Files.writeString(
        root.resolve("basic/safety-production.yaml"),
        TestCatalogs.CATALOG.replace("AQSC-001", "AQSC-009"),
        StandardCharsets.UTF_8);

    CliRun changed = validate("--changed");

    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.out()).contains("三里坪街道/safety-production.yaml").contains("GK201");
  }

  @Test
  void nothingChangedChecksNothingAndPasses() {
    CliRun changed = validate("--changed");

    assertThat(changed.code()).isZero();
    assertThat(changed.out()).isEqualTo("0 errors, 0 warnings in 0 files\n");
  }

  @Test
  void changesSinceARevisionIncludeCommittedOnes() throws Exception {
    breakCounty();
    commit("county renames its item");

    CliRun sinceHead = validate("--changed");
    CliRun sincePrevious = validate("--changed", "HEAD~1");

    assertThat(sinceHead.code()).isZero();
    assertThat(sincePrevious.code()).isEqualTo(1);
    assertThat(sincePrevious.out()).contains("error GK201");
  }

  @Test
  void aDeletedOverlayRechecksTheRegionsBelowIt() throws Exception {
    Files.delete(county);

    CliRun changed = validate("--changed");

    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.out()).contains("三里坪街道/safety-production.yaml").contains("GK201");
  }

  @Test
  void anUnknownRevisionOrNoRepositoryIsAUsageError(@TempDir Path elsewhere) throws Exception {
    CliRun bad = validate("--changed", "no-such-branch");
    Files.createDirectories(elsewhere.resolve("basic"));
    CliRun outside =
        CliRun.of("validate", "--root", elsewhere.toString(), "--lang=en", "--changed");

    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .contains("--changed: revision \"no-such-branch\" is not in the repository");
    assertThat(outside.code()).isEqualTo(2);
    assertThat(outside.err()).contains("not in a git work tree");
  }

  @Test
  void aPathRightAfterChangedIsRefusedAsAPathNotAsAnUnknownRevision() {
    CliRun file = validate("--changed", county.toString());
    CliRun folder = validate("--changed", root.resolve("basic").toString(), "--staged");

    assertThat(file.code()).isEqualTo(2);
    assertThat(file.err())
        .contains("--changed chooses the files itself; give no PATH with it")
        .doesNotContain("is not in the repository");
    assertThat(folder.code()).isEqualTo(2);
    assertThat(folder.err()).contains("give no PATH with it");
  }

  @Test
  void aRevisionAfterAnotherOptionIsToldWhereItGoes() {
    CliRun run = validate("--changed", "--staged", "main");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("\"main\" is no file: if it is a revision, write it right after --changed")
        .contains("--changed=main");
  }

  /**
   * A file git ignores is read by a validate like any other, so {@code --changed} counts it as
   * changed (a local overlay kept out of git broke the tree while {@code --changed} checked 0
   * files); it is not committed, so {@code --staged} does not.
   */
  @Test
  void anOverlayGitIgnoresIsAChangeTheFullCheckSees() throws Exception {
    Files.writeString(
        repo.resolve(".gitignore"), "catalogs/regions/**/local-*.yaml\n", StandardCharsets.UTF_8);
    commit("ignore local overlays");
    Files.copy(county, county.resolveSibling("local-budget.yaml"));

    CliRun full = validate("--no-cache");
    CliRun changed = validate("--changed");
    CliRun staged = validate("--changed", "--staged");

    assertThat(git.status().call().getIgnoredNotInIndex())
        .contains("catalogs/regions/511703-达川区/local-budget.yaml");
    assertThat(full.code()).isEqualTo(1);
    assertThat(full.out()).contains("GK302");
    assertThat(changed.code()).as(changed.out() + changed.err()).isEqualTo(1);
    assertThat(changed.out()).contains("local-budget.yaml").contains("GK302");
    assertThat(staged.code()).as(staged.out()).isZero();
    assertThat(staged.out()).isEqualTo("0 errors, 0 warnings in 0 files\n");
  }

  /** A folder git ignores whole is named alone by the status: its files count all the same. */
  @Test
  void aFolderGitIgnoresWholeIsAChangeOfEveryFileInIt() throws Exception {
    Files.writeString(
        repo.resolve(".gitignore"), "catalogs/regions/drafts/\n", StandardCharsets.UTF_8);
    commit("ignore drafts");
    Path draft = root.resolve("regions/drafts/511703001-三里坪街道/safety-production.yaml");
    Files.createDirectories(draft.getParent());
    Files.writeString(
        draft,
        ChainFixtures.TOWNSHIP_MODIFIES.replace("511703-AQSC-001", "511703-AQSC-009"),
        StandardCharsets.UTF_8);
    Path hidden = root.resolve("regions/drafts/.old/safety-production.yaml");
    Files.createDirectories(hidden.getParent());
    Files.writeString(hidden, "not: [yaml\n", StandardCharsets.UTF_8);

    CliRun full = validate("--no-cache");
    CliRun changed = validate("--changed");

    assertThat(git.status().call().getIgnoredNotInIndex()).contains("catalogs/regions/drafts");
    assertThat(full.code()).isEqualTo(1);
    assertThat(changed.code()).as(changed.out() + changed.err()).isEqualTo(1);
    assertThat(changed.out()).isEqualTo(full.out()).contains("drafts").doesNotContain(".old");
  }
}
