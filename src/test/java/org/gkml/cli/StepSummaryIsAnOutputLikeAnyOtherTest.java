package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review of issue #15 (job summary 2, 3): the file {@code $GITHUB_STEP_SUMMARY} names is written as
 * {@code -o} is. One inside the catalogue root ({@code catalogs/regions.csv}) had the Markdown
 * table appended to it, and every later run failed on the register; and a {@code --changed} run
 * that found nothing changed wrote its count but no summary, while a whole-tree run with nothing to
 * report writes one.
 */
class StepSummaryIsAnOutputLikeAnyOtherTest {
  @TempDir Path dir;

  private CliRun github(Path summary, String... more) {
    String[] args = new String[7 + more.length];
    String[] first = {"validate", "--root", dir.resolve("catalogs").toString()};
    System.arraycopy(first, 0, args, 0, 3);
    args[3] = "--format";
    args[4] = "github";
    args[5] = "--lang";
    args[6] = "en";
    System.arraycopy(more, 0, args, 7, more.length);
    return CliRun.withEnv(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), args);
  }

  @Test
  void aSummaryInsideTheCatalogueRootIsRefusedAndTheInputKept() throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path register = root.resolve("regions.csv");
    byte[] before = Files.readAllBytes(register);

    CliRun run = github(register);
    CliRun newFile = github(root.resolve("regions/summary.md"));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "gkml: will not write GITHUB_STEP_SUMMARY="
                + register
                + ": it lies inside "
                + root
                + ", which this command reads; write outside it\n");
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllBytes(register)).isEqualTo(before);
    assertThat(newFile.code()).isEqualTo(2);
    assertThat(root.resolve("regions/summary.md")).doesNotExist();
    assertThat(CliRun.of("validate", "--root", root.toString()).code()).isZero();
  }

  @Test
  void aSummaryThatIsAnInputOrAnotherOutputIsRefused() throws Exception {
    TestCatalogs.copyOfShipped(dir);
    Path baseline = dir.resolve("baseline.json");
    Path report = dir.resolve("report.txt");
    assertThat(
            CliRun.of(
                    "validate",
                    "--root",
                    dir.resolve("catalogs").toString(),
                    "--write-baseline",
                    baseline.toString())
                .code())
        .isZero();
    byte[] known = Files.readAllBytes(baseline);

    CliRun read = github(baseline, "--baseline", baseline.toString());
    CliRun written = github(dir.resolve("./report.txt"), "-o", report.toString());
    Path b2 = dir.resolve("b2.json");
    CliRun zh =
        CliRun.withEnv(
            Map.of("GITHUB_STEP_SUMMARY", b2.toString()),
            "validate",
            "--root",
            dir.resolve("catalogs").toString(),
            "--format",
            "github",
            "--lang",
            "zh",
            "--write-baseline",
            b2.toString());

    assertThat(read.code()).isEqualTo(2);
    assertThat(read.err()).contains("it is an input of this command");
    assertThat(Files.readAllBytes(baseline)).isEqualTo(known);
    assertThat(written.code()).isEqualTo(2);
    assertThat(written.err())
        .contains("and -o " + report + " name the same file: the job summary would be mixed");
    assertThat(report).doesNotExist();
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("与 --write-baseline").contains("是同一个文件");
    assertThat(dir.resolve("b2.json")).doesNotExist();
  }

  @Test
  void withoutGithubFormatTheVariableIsNotLookedAt() throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);

    CliRun run =
        CliRun.withEnv(
            Map.of("GITHUB_STEP_SUMMARY", root.resolve("regions.csv").toString()),
            "validate",
            "--root",
            root.toString());

    assertThat(run.code()).isZero();
  }

  @Test
  void aChangedRunThatFindsNothingChangedWritesItsSummaryToo() throws Exception {
    TestCatalogs.copyOfShipped(dir);
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      TestGit.commitAll(git, "catalogues");
    }
    Path changed = dir.resolve("changed.md");
    Path staged = dir.resolve("staged.md");
    Path whole = dir.resolve("whole.md");

    CliRun nothing = github(changed, "--changed");
    CliRun nothingStaged = github(staged, "--changed", "--staged");
    CliRun tree = github(whole);

    assertThat(nothing.code()).isZero();
    assertThat(nothing.out()).isEqualTo("0 errors, 0 warnings in 0 files\n");
    assertThat(Files.readString(changed, StandardCharsets.UTF_8))
        .startsWith("### gkml validate\n\n0 errors, 0 warnings in 0 files");
    assertThat(nothingStaged.code()).isZero();
    assertThat(Files.readString(staged, StandardCharsets.UTF_8))
        .startsWith("### gkml validate\n\n0 errors, 0 warnings in 0 files");
    assertThat(tree.code()).isZero();
    assertThat(Files.readString(whole, StandardCharsets.UTF_8)).startsWith("### gkml validate\n");
  }

  @Test
  void aRunWithAnUnreadableFileWritesItsSummaryAndAUsageErrorWritesNone() throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Files.writeString(root.resolve("basic/broken.yaml"), "a: [\n", StandardCharsets.UTF_8);
    Path unreadable = dir.resolve("unreadable.md");
    Path usage = dir.resolve("usage.md");

    CliRun broken = github(unreadable);
    CliRun wrong = github(usage, "--changed", "--no-such-option");

    assertThat(broken.code()).isEqualTo(2);
    assertThat(Files.readString(unreadable, StandardCharsets.UTF_8)).contains("| GK002 |");
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(usage).doesNotExist();
  }
}
