package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole-root command pointed at a folder that holds no catalogue (a mistyped {@code --root} in a
 * CI job) stops with exit 2 instead of checking or publishing nothing and succeeding.
 */
class NotACatalogueRootTest {

  @Test
  void validateBuildAndReportOfAFolderWithoutACatalogueExitWith2(@TempDir Path dir)
      throws Exception {
    Path empty = Files.createDirectory(dir.resolve("空 文件夹"));
    Files.writeString(empty.resolve("notes.txt"), "not a catalogue");
    Path out = dir.resolve("site");

    CliRun validate = CliRun.of("validate", "--root", empty.toString(), "--lang=en");
    CliRun build =
        CliRun.of("build", "--root", empty.toString(), "-o", out.toString(), "--lang=en");
    CliRun report = CliRun.of("report", "--root", empty.toString(), "--lang=zh");

    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.out()).isEmpty();
    assertThat(validate.err())
        .contains("is not a catalogue root: it has no gkml.yaml, basic/ or regions/");
    assertThat(build.code()).isEqualTo(2);
    assertThat(out).doesNotExist();
    assertThat(report.code()).isEqualTo(2);
    assertThat(report.err()).contains("不是目录根文件夹：其中没有 gkml.yaml、basic/ 或 regions/");
  }

  @Test
  void aFileGivenAsTheRootIsSaidToBeAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("gkml.yaml"), "gkml: 1\n");

    CliRun run = CliRun.of("validate", "--root", file.toString(), "--lang=zh");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("gkml: --root " + file + " 是一个文件，不是文件夹\n");
  }

  @Test
  void aRootWithOnlyItsConfigIsACatalogueRoot(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("repo");
    assertThat(CliRun.of("init", repo.toString()).code()).isZero();
    Path root = Files.createDirectory(dir.resolve("tree"));
    Files.copy(repo.resolve("catalogs/gkml.yaml"), root.resolve("gkml.yaml"));

    CliRun validate = CliRun.of("validate", "--root", root.toString(), "--lang=en");

    assertThat(validate.code()).isZero();
    assertThat(validate.out()).contains("in 1 file");
  }
}
