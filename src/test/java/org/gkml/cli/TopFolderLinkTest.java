package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code basic/} or {@code regions/} itself a symbolic link (to a folder, in the root or out of it,
 * or to nothing): it is not followed, and reported once (GK008) at the link. It used to crash
 * validate and report (a folder code looked for above the root), or pass a tree with every overlay
 * gone; what depends on a {@code basic/} link is not checked (GK009) rather than blamed (GK303).
 */
class TopFolderLinkTest {
  @TempDir Path work;
  Path root;

  @BeforeEach
  void copyTree() throws IOException {
    root = work.resolve("catalogs");
    TestCatalogs.copy(PathEscapeTest.CHAIN, root);
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--root";
    all[args.length + 1] = root.toString();
    all[args.length + 2] = "--lang";
    all[args.length + 3] = "en";
    return CliRun.of(all);
  }

  /** Moves {@code name} to {@code to} and leaves a link to it in its place. */
  private void linkAway(String name, Path to) throws IOException {
    Files.move(root.resolve(name), to);
    Files.createSymbolicLink(root.resolve(name), to);
  }

  private static void assertOneFinding(CliRun run, String link, String words) {
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("internal error");
    assertThat(run.out()).contains(link + ":1:1: error GK008").contains(words);
    assertThat(run.out().lines().filter(l -> l.contains(" error "))).hasSize(1);
  }

  @Test
  void aRegionsFolderLinkedInsideTheRootIsOneFindingNotACrash() throws IOException {
    linkAway("regions", root.resolve("rg"));

    CliRun validate = run("validate");
    CliRun report = run("report");

    assertOneFinding(validate, "catalogs/regions", "folder");
    assertThat(report.code()).isEqualTo(1);
    assertThat(report.err()).doesNotContain("internal error").contains("GK008");
  }

  @Test
  void aRegionsFolderLinkedOutOfTheRootIsOneFindingNotACrash() throws IOException {
    linkAway("regions", work.resolve("elsewhere"));

    assertOneFinding(run("validate"), "catalogs/regions", "folder");
  }

  @Test
  void aRegionsLinkToNothingFailsInsteadOfPassingWithoutOverlays() throws IOException {
    Files.move(root.resolve("regions"), work.resolve("gone"));
    Files.createSymbolicLink(root.resolve("regions"), Path.of("nowhere"));

    CliRun validate = run("validate");
    CliRun merge = run("merge", "--region", "511703");

    assertOneFinding(validate, "catalogs/regions", "nothing");
    assertThat(merge.code()).isEqualTo(2);
    assertThat(merge.err()).contains("511703").contains("catalogs/regions:1:1");
  }

  @Test
  void aBasicLinkToNothingIsTheOneCauseAndItsOverlaysAreNotChecked() throws IOException {
    Files.move(root.resolve("basic"), work.resolve("gone"));
    Files.createSymbolicLink(root.resolve("basic"), Path.of("nowhere"));

    CliRun validate = run("validate");

    assertOneFinding(validate, "catalogs/basic", "nothing");
    assertThat(validate.out()).doesNotContain("GK303");
    assertThat(validate.out().lines().filter(l -> l.contains("info GK009")))
        .hasSize(3)
        .allMatch(l -> l.contains("catalogs/basic:1:1)"))
        .allMatch(l -> l.contains("to a folder or to nothing"));
  }

  @Test
  void aBasicFolderLinkIsTheOneCauseForValidateMergeAndReport() throws IOException {
    linkAway("basic", root.resolve("bs"));

    CliRun validate = run("validate");
    CliRun merge = run("merge", "--region", "511703001");
    CliRun report = run("report");

    assertOneFinding(validate, "catalogs/basic", "folder");
    assertThat(validate.out()).doesNotContain("GK303").contains("info GK009");
    assertThat(merge.code()).isEqualTo(1);
    assertThat(merge.out() + merge.err()).contains("GK008").doesNotContain("GK303");
    assertThat(report.code()).isEqualTo(1);
    assertThat(report.out())
        .contains("安全生产: unreadable · cause at ")
        .contains("catalogs/basic:1\n");
  }

  @Test
  void aFileOrFolderNamedThroughTheRegionsLinkIsTheLinksFindingAsInTheWholeTree()
      throws IOException {
    linkAway("regions", root.resolve("rg"));
    Path county = root.resolve("regions/511703-达川区");

    CliRun file = run("validate", county.resolve("safety-production.yaml").toString());
    CliRun folder = run("validate", county.toString());

    assertOneFinding(file, "catalogs/regions", "folder");
    assertOneFinding(folder, "catalogs/regions", "folder");
  }

  @Test
  void newWritesNothingIntoALinkedFolderItWouldNotRead() throws IOException {
    linkAway("basic", work.resolve("bs"));

    CliRun run = run("new", "catalog", "--domain", "新领域");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("catalogs/basic").contains("GK008");
    try (var files = Files.list(work.resolve("bs"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsOnly("safety-production.yaml");
    }
  }
}
