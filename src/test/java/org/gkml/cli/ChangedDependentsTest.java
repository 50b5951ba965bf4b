package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate --changed} never exits 0 when a full {@code validate} fails because of the
 * change: the files a change can affect are found by region code and ids, not by folder (issue
 * #15's review). Each case starts from the shipped sample tree, committed in a temporary
 * repository.
 */
class ChangedDependentsTest {
  private static final String DISTRICT = "regions/511703-达川区/";
  private static final String SANLIPING = DISTRICT + "511703001-三里坪街道/";
  private static final String SHIQIAO = DISTRICT + "511703102-石桥镇/";

  @TempDir Path repo;
  private Path root;
  private Git git;

  @BeforeEach
  void committedSample() throws Exception {
    root = TestCatalogs.copyOfShipped(repo);
    Files.writeString(repo.resolve(".gitignore"), ".gkml-cache/\n");
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    TestGit.commitAll(git, "sample");
  }

  @AfterEach
  void close() {
    git.close();
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

  private void stageAll() throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
  }

  private void offGk213() throws Exception {
    Files.writeString(
        root.resolve("gkml.yaml"),
        Files.readString(root.resolve("gkml.yaml")) + "rules: {GK213: off}\n");
  }

  @Test
  void aCopiedVillageOverlayInANewFolderDuplicatesItsRegion() throws Exception {
    Path village = root.resolve(SANLIPING + "511703001202-新村");
    Files.createDirectories(village);
    Files.copy(
        root.resolve(SANLIPING + "511703001201-凤凰村/employment.yaml"),
        village.resolve("employment.yaml"));
    stageAll();

    CliRun full = validate("--no-cache");
    CliRun changed = validate("--changed");

    assertThat(full.code()).isEqualTo(1);
    assertThat(full.out()).contains("error GK302");
    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.out()).contains("511703001202-新村/employment.yaml").contains("error GK302");
  }

  @Test
  void aDistrictOverlayCopiedIntoATownshipPutsTheDuplicateOnTheUntouchedParent() throws Exception {
    Files.copy(
        root.resolve(DISTRICT + "safety-production.yaml"),
        root.resolve(SHIQIAO + "safety-production.yaml"));
    stageAll();

    CliRun changed = validate("--changed");

    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.out()).contains("达川区/safety-production.yaml").contains("error GK302");
  }

  /** An edit, not a new file: the part-checked path, with the cache, without, and from it. */
  @ParameterizedTest
  @ValueSource(strings = {"--no-cache", "--cache-cold", "--cache-warm"})
  void anEditedIdClashesWithAnUntouchedOverlayInAnotherTownship(String how) throws Exception {
    offGk213();
    TestGit.commitAll(git, "no id prefix rule");
    if (how.equals("--cache-warm")) {
      assertThat(validate().code()).isZero(); // the unchanged tree's run, stored
    }
    TestCatalogs.replaceIn(
        root.resolve(SANLIPING + "safety-production.yaml"),
        "id: 511703001-AQSC-001",
        "id: 511703102-WFGZ-001");

    CliRun full = validate("--no-cache");
    CliRun changed = how.equals("--no-cache") ? validate("--changed", how) : validate("--changed");
    CliRun again = how.equals("--no-cache") ? changed : validate("--changed"); // a cache hit

    assertThat(full.code()).isEqualTo(1);
    for (CliRun run : new CliRun[] {changed, again}) {
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out()).contains("石桥镇/rural-dilapidated-housing.yaml").contains("error GK101");
    }
  }

  @Test
  void anEditReportsItsDependentsOnlyNotAnUnrelatedOldError() throws Exception {
    // an error committed long ago in the 石桥镇 overlay, unrelated to the edit in 三里坪
    TestCatalogs.replaceIn(
        root.resolve(SHIQIAO + "rural-dilapidated-housing.yaml"),
        "id: 511703102-WFGZ-001",
        "id: WFGZ-901");
    TestGit.commitAll(git, "an old error");
    TestCatalogs.replaceIn(root.resolve(SANLIPING + "safety-production.yaml"), "便民服务站", "政府网站");

    CliRun full = validate("--no-cache");
    CliRun changed = validate("--changed");

    assertThat(full.code()).isEqualTo(1);
    assertThat(changed.out()).doesNotContain("石桥镇");
    assertThat(changed.code()).as(changed.out()).isZero();
  }

  @Test
  void removingADuplicateIdUnbreaksTheOtherOverlay() throws Exception {
    offGk213();
    TestCatalogs.replaceIn(
        root.resolve(SANLIPING + "safety-production.yaml"),
        "id: 511703001-AQSC-001",
        "id: 511703102-WFGZ-001");
    TestGit.commitAll(git, "a clash");
    assertThat(validate("--changed", "HEAD~1").code()).isEqualTo(1);
    TestCatalogs.replaceIn(
        root.resolve(SANLIPING + "safety-production.yaml"),
        "id: 511703102-WFGZ-001",
        "id: 511703001-AQSC-009");

    CliRun changed = validate("--changed");

    assertThat(changed.code()).as(changed.out()).isZero();
    assertThat(validate().code()).isZero();
  }

  @Test
  void aRenamedOverlayWhoseItemChangedBreaksTheVillageBelow() throws Exception {
    Path town = root.resolve(SHIQIAO + "rural-dilapidated-housing.yaml");
    Path renamed = root.resolve(SHIQIAO + "rural-housing.yaml");
    Files.move(town, renamed);
    TestCatalogs.replaceIn(renamed, "id: 511703102-WFGZ-001", "id: 511703102-WFGZ-009");
    stageAll();

    CliRun changed = validate("--changed");

    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.out()).contains("金花村/rural-dilapidated-housing.yaml").contains("GK201");
  }

  @Test
  void aStagedDeletionAloneBreaksTheVillageBelow() throws Exception {
    git.rm().addFilepattern("catalogs/" + SHIQIAO + "rural-dilapidated-housing.yaml").call();

    CliRun changed = validate("--changed");

    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.out()).contains("金花村/rural-dilapidated-housing.yaml").contains("GK201");
  }

  @Test
  void anEditedIdThatAVillageModifiesBreaksItSinceARevision() throws Exception {
    TestCatalogs.replaceIn(
        root.resolve(SHIQIAO + "rural-dilapidated-housing.yaml"),
        "id: 511703102-WFGZ-001",
        "id: 511703102-WFGZ-009");
    TestGit.commitAll(git, "the township renames its item");

    CliRun sinceHead = validate("--changed");
    CliRun sincePrevious = validate("--changed", "HEAD~1");

    assertThat(sinceHead.code()).isZero();
    assertThat(sincePrevious.code()).isEqualTo(1);
    assertThat(sincePrevious.out())
        .contains("金花村/rural-dilapidated-housing.yaml")
        .contains("error GK201");
  }
}
