package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (a file validate writes replaced one it must not): {@code --write-baseline} wrote over
 * {@code gkml.yaml} and overlays that {@code -o} refuses to touch, {@code -o} wrote the report over
 * the baseline {@code --baseline} had just read, and {@code --write-baseline F -o F} announced a
 * baseline the report then replaced. Every file validate writes now passes the same guard, before
 * the check runs, and nothing is written when it refuses.
 */
class FilesValidateWritesAreGuardedTest {
  @TempDir Path dir;

  private Path tree() throws IOException {
    return TestCatalogs.copyOfShipped(dir);
  }

  private static CliRun validate(Path root, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "validate";
    args[1] = "--root";
    args[2] = root.toString();
    args[3] = "--lang=en";
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.of(args);
  }

  @Test
  void aBaselineIsNotWrittenOverACatalogueFile() throws IOException {
    Path root = tree();
    Path config = root.resolve("gkml.yaml");
    Path overlay;
    try (var files = Files.walk(root.resolve("regions"))) {
      overlay = files.filter(p -> p.toString().endsWith(".yaml")).findFirst().orElseThrow();
    }
    String configBefore = Files.readString(config);
    String overlayBefore = Files.readString(overlay);

    CliRun onConfig = validate(root, "--write-baseline", config.toString());
    CliRun onOverlay = validate(root, "--write-baseline", overlay.toString());
    CliRun newFile = validate(root, "--write-baseline", root.resolve("b.json").toString());

    for (CliRun run : new CliRun[] {onConfig, onOverlay, newFile}) {
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("will not write").contains("it lies inside " + root);
      assertThat(run.out()).isEmpty();
    }
    assertThat(config).hasContent(configBefore);
    assertThat(overlay).hasContent(overlayBefore);
    assertThat(root.resolve("b.json")).doesNotExist();
    // beside the tree, as docs/ci.md shows it, a baseline is written as before
    CliRun beside = validate(root, "--write-baseline", dir.resolve("b.json").toString());
    assertThat(beside.code()).isZero();
    assertThat(dir.resolve("b.json")).exists();
  }

  @Test
  void theReportIsNotWrittenOverTheBaselineItReads() throws IOException {
    Path root = tree();
    Path baseline = dir.resolve("b.json");
    assertThat(validate(root, "--write-baseline", baseline.toString()).code()).isZero();
    String before = Files.readString(baseline);
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), baseline);
    Files.createDirectories(dir.resolve("sub"));

    for (String output :
        new String[] {
          baseline.toString(), dir.resolve("sub/../b.json").toString(), link.toString()
        }) {
      CliRun run = validate(root, "--baseline", baseline.toString(), "-o", output);
      assertThat(run.code()).as(output).isEqualTo(2);
      assertThat(run.err()).as(output).contains("will not write").contains("b.json");
      assertThat(baseline).hasContent(before);
    }
    assertThat(validate(root, "--baseline", baseline.toString()).code()).isZero();
  }

  @Test
  void theReportAndTheBaselineWrittenCannotBeOneFile() throws IOException {
    Path root = tree();
    Path baseline = dir.resolve("s.json");
    Path link = dir.resolve("link.json");
    Files.createSymbolicLink(link, baseline);

    CliRun same =
        validate(
            root,
            "--write-baseline",
            baseline.toString(),
            "-o",
            baseline.toString(),
            "--format",
            "json");
    CliRun throughLink =
        validate(root, "--write-baseline", baseline.toString(), "-o", link.toString());
    CliRun zh =
        CliRun.of(
            "validate",
            "--root",
            root.toString(),
            "--lang=zh",
            "--write-baseline",
            baseline.toString(),
            "-o",
            baseline.toString());

    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err())
        .contains("-o " + baseline + " and --write-baseline " + baseline + " name the same file")
        .doesNotContain("written to the baseline");
    assertThat(throughLink.code()).isEqualTo(2);
    assertThat(throughLink.err()).contains("name the same file");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("是同一个文件");
    assertThat(baseline).doesNotExist();
  }

  @Test
  void aHardLinkOfTheBaselineIsTheSameFile() throws IOException {
    Path root = tree();
    Path baseline = dir.resolve("s.json");
    Files.writeString(baseline, "{}");
    Path hard = Files.createLink(dir.resolve("hard.json"), baseline);

    CliRun run = validate(root, "--write-baseline", baseline.toString(), "-o", hard.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("name the same file");
    assertThat(baseline).hasContent("{}");
  }
}
