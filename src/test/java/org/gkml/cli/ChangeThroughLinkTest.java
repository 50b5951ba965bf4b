package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
 * A change that reaches the tree through a symbolic link: the target of a link the tree reads
 * ({@code regions.csv}, {@code gkml.yaml}, an overlay) is no catalogue file by its own path, and
 * {@code validate --changed} (since HEAD, since a revision, staged) used to check 0 files and pass
 * what a full validate fails (docs/ci.md). A tree without links keeps its narrow scope.
 */
class ChangeThroughLinkTest {
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
    write(repo.resolve(".gitignore"), ".gkml-cache/\n");
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
  }

  @AfterEach
  void close() {
    git.close();
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Moves {@code file} to {@code target} (below the root) and links it there by relative path. */
  private void linkTo(Path file, Path target) throws Exception {
    Files.createDirectories(target.getParent());
    Files.move(file, target);
    Files.createSymbolicLink(file, file.getParent().relativize(target));
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

  /**
   * After a committed tree and an edit of {@code target} that a full validate fails for: each form
   * of {@code --changed} fails too, naming {@code expected}.
   */
  private void assertEveryChangedScopeFails(Path target, String edited, String expected)
      throws Exception {
    write(target, edited);
    CliRun full = validate("--no-cache");
    CliRun changed = validate("--changed");
    git.add().addFilepattern(".").call();
    CliRun staged = validate("--changed", "--staged");
    TestGit.commitAll(git, "edit the target");
    CliRun sinceRevision = validate("--changed", "HEAD~1");

    assertThat(full.code()).as(full.out()).isEqualTo(1);
    assertThat(full.out()).contains(expected);
    for (CliRun run : new CliRun[] {changed, staged, sinceRevision}) {
      assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
      assertThat(run.out()).contains(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"shared", ".shared"})
  void anEditOfALinkedOverlaysTargetIsAChangeOfTheOverlay(String folder) throws Exception {
    Path target = root.resolve(folder + "/county.yaml");
    linkTo(county, target);
    TestGit.commitAll(git, "county overlay kept in " + folder);
    assertThat(validate().code()).isZero();

    // the county renames the item its township modifies: the township overlay, untouched, breaks
    assertEveryChangedScopeFails(
        target,
        ChainFixtures.COUNTY_ADDS.replace("511703-AQSC-001", "511703-AQSC-002"),
        "error GK201");
  }

  @Test
  void anEditOfTheLinkedRegistersTargetIsAChangeOfTheRegister() throws Exception {
    Path target = root.resolve("shared/regions.csv");
    write(target, "code,name\n511703,达川区\n511703001,三里坪街道\n");
    Files.createSymbolicLink(root.resolve("regions.csv"), Path.of("shared/regions.csv"));
    TestGit.commitAll(git, "register kept in shared");
    assertThat(validate().code()).isZero();

    assertEveryChangedScopeFails(
        target, "code,name\n511703,达川区\n511703001,三里坪街道\n51170x,坏\n", "error GK301");
  }

  @Test
  void anEditOfTheLinkedConfigsTargetIsAChangeOfTheConfig() throws Exception {
    Path target = root.resolve("shared/gkml.yaml");
    write(target, "gkml: 1\nkind: config\n");
    Files.createSymbolicLink(root.resolve("gkml.yaml"), Path.of("shared/gkml.yaml"));
    TestGit.commitAll(git, "config kept in shared");
    assertThat(validate().code()).as(validate().out()).isZero();

    assertEveryChangedScopeFails(target, "gkml: 1\nkind: config\nbogus_key: 1\n", "gkml.yaml");
  }

  @Test
  void aLinkedTreeWithOnlyItsCacheWrittenHasNothingChanged() throws Exception {
    Files.delete(repo.resolve(".gitignore")); // the cache folder is then untracked, not ignored
    linkTo(county, root.resolve("shared/county.yaml"));
    TestGit.commitAll(git, "county overlay kept in shared");
    assertThat(validate().code()).isZero(); // writes .gkml-cache/ below the root

    CliRun changed = validate("--changed");

    assertThat(root.resolve(".gkml-cache")).isDirectory();
    assertThat(changed.code()).isZero();
    assertThat(changed.out()).isEqualTo("0 errors, 0 warnings in 0 files\n");
  }

  @Test
  void aTreeWithoutLinksKeepsItsScopeWhenOtherFilesBelowTheRootChange() throws Exception {
    TestGit.commitAll(git, "catalogues");
    write(root.resolve("shared/notes.csv"), "code,name\n51170x,坏\n");
    write(root.resolve(".drafts/county.yaml"), "not: [yaml\n");

    CliRun changed = validate("--changed");

    assertThat(changed.code()).isZero();
    assertThat(changed.out()).isEqualTo("0 errors, 0 warnings in 0 files\n");
  }
}
