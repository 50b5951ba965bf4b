package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (write failures gave no reason): {@code -o}, {@code --write-baseline}, the export
 * outputs and the GitHub job summary say why they cannot write, in the language asked for, naming
 * the path the user gave (never a temporary file); and every output makes its missing folders.
 */
class WriteFailureReasonTest {
  private static final String VALID = "src/test/resources/validate/valid/overlay-chain";

  @TempDir Path dir;

  @Test
  void aPathBelowAFileNamesTheFileForEveryOutput() throws IOException {
    Path file = Files.writeString(dir.resolve("报告"), "x");
    Path json = file.resolve("x.json");
    CliRun o = CliRun.of("validate", "--root", VALID, "-o", json.toString(), "--lang", "zh");
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).isEqualTo("gkml: 无法写入 " + json + "：" + file + " 是文件，不是文件夹\n");

    Path baseline = file.resolve("b.json");
    CliRun b = CliRun.of("validate", "--root", VALID, "--write-baseline", baseline.toString());
    assertThat(b.code()).isEqualTo(2);
    assertThat(b.err())
        .isEqualTo("gkml: cannot write " + baseline + ": " + file + " is a file, not a folder\n");

    Path xlsx = file.resolve("x.xlsx");
    CliRun x = CliRun.of("export", "xlsx", "--root", "catalogs", "-o", xlsx.toString());
    assertThat(x.code()).isEqualTo(2);
    assertThat(x.err())
        .isEqualTo("gkml: cannot write " + xlsx + ": " + file + " is a file, not a folder\n");
  }

  @Test
  void aBaselineOntoAFolderSaysItIsAFolderInChinese() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("b.json"));
    Files.writeString(folder.resolve("keep"), "x");
    CliRun w =
        CliRun.of(
            "validate", "--root", VALID, "--write-baseline", folder.toString(), "--lang", "zh");
    assertThat(w.code()).isEqualTo(2);
    assertThat(w.err()).isEqualTo("gkml: 无法写入 " + folder + "：这是一个文件夹\n");
    assertThat(folder.resolve("keep")).hasContent("x");

    CliRun r =
        CliRun.of("validate", "--root", VALID, "--baseline", folder.toString(), "--lang", "zh");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("gkml: 无法读取基线文件 " + folder + "：这是一个文件夹\n");
  }

  @Test
  void aMalformedBaselineIsPlacedByLineAndColumnInEitherLanguage() throws IOException {
    Path bad = Files.writeString(dir.resolve("b.json"), "{\n  x: 1}\n");
    CliRun zh =
        CliRun.of("validate", "--root", VALID, "--baseline", bad.toString(), "--lang", "zh");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).isEqualTo("gkml: " + bad + ":2:3：不是 gkml 基线文件（JSON 格式有误）\n");
    CliRun en = CliRun.of("validate", "--root", VALID, "--baseline", bad.toString());
    assertThat(en.err()).isEqualTo("gkml: " + bad + ":2:3: not a gkml baseline (invalid JSON)\n");
  }

  @Test
  void aJobSummaryInAMissingFolderNamesTheFolder() {
    Path summary = dir.resolve("runner/summary.md");
    CliRun run =
        CliRun.withEnv(
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            "validate",
            "--root",
            VALID,
            "--format",
            "github");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "gkml: cannot write the job summary to "
                + summary
                + " (GITHUB_STEP_SUMMARY): the folder "
                + summary.getParent()
                + " does not exist\n");
  }

  @Test
  void aFileThatCannotBeMadeUnderProcIsNoSuchFile() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
    Path proc = Path.of("/proc/gkml-x.json");
    CliRun run = CliRun.of("validate", "--root", VALID, "-o", proc.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("gkml: cannot write " + proc + ": no such file\n");
  }

  @Test
  void everyOutputMakesItsMissingFolders() throws IOException {
    // docs/reliability.md: an output's missing folders are made, whichever option names it
    Path report = dir.resolve("a/b/report.json");
    assertThat(CliRun.of("validate", "--root", VALID, "-o", report.toString()).code()).isZero();
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .isEqualTo("0 errors, 0 warnings in 4 files\n");

    Path baseline = dir.resolve("c/d/b.json");
    CliRun b = CliRun.of("validate", "--root", VALID, "--write-baseline", baseline.toString());
    assertThat(b.code()).as(b.err()).isZero();
    assertThat(baseline).isNotEmptyFile();

    Path xlsx = dir.resolve("e/f/达川区.xlsx");
    CliRun x =
        CliRun.of(
            "export", "xlsx", "--root", "catalogs", "--region", "511703", "-o", xlsx.toString());
    assertThat(x.code()).as(x.err()).isZero();
    assertThat(xlsx).isNotEmptyFile();
  }
}
