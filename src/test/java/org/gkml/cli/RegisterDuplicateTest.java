package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region code twice in regions.csv is a duplicate key (GK004) at the second row: before, the last
 * row silently named the published folder, whatever the overlay said.
 */
class RegisterDuplicateTest {
  private static final Path TREE = Path.of("src/test/resources/validate/valid/overlay-chain");

  @Test
  void aCodeGivenTwiceIsReportedAtItsSecondRowAndStopsTheBuild(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("catalogs");
    TestCatalogs.copy(TREE, root);
    Files.writeString(
        root.resolve("regions.csv"),
        "code,name\n511703,达川区\n511703001,三里坪街道\n511703001,别名街道\n",
        StandardCharsets.UTF_8);

    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");
    CliRun build =
        CliRun.of("build", "--root", root.toString(), "-o", dir.resolve("site").toString());

    assertThat(zh.code()).isEqualTo(1);
    assertThat(zh.out())
        .contains("regions.csv:4:1: error GK004")
        .contains("区划代码“511703001”重复：第 3 行已写过（“三里坪街道”）");
    assertThat(build.code()).isEqualTo(1);
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void distinctCodesPass(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("catalogs");
    TestCatalogs.copy(TREE, root);
    Files.writeString(
        root.resolve("regions.csv"),
        "code,name\n511703,达川区\n511703001,三里坪街道\n511703001201,凤凰村\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.out()).doesNotContain("GK004");
    assertThat(run.code()).isZero();
  }
}
