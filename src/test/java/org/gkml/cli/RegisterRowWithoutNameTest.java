package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hardening review #12: a regions.csv row with a code and no name passed validate with no finding
 * and registered a region named "" (FORMAT.md §2: one region a row, {@code code,name}). It is now
 * reported as the other damaged rows are, at its line, and not registered.
 */
class RegisterRowWithoutNameTest {
  private static final Path TREE = Path.of("src/test/resources/validate/valid/overlay-chain");

  @ParameterizedTest
  @ValueSource(strings = {"511703002", "511703002,", "511703002, ", "511703002,\"\""})
  void aRowWithoutANameIsAnErrorAtItsLine(String row, @TempDir Path dir) throws IOException {
    Path root = tree(dir, "code,name\n511703,达川区\n" + row + "\n511703001,三里坪街道\n");

    CliRun en = CliRun.of("validate", "--root", root.toString(), "--lang", "en", "--no-cache");
    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh", "--no-cache");
    CliRun merge =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703002", "--domain", "安全生产");
    CliRun other =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703001", "--domain", "安全生产");

    assertThat(en.code()).isEqualTo(1);
    assertThat(en.out())
        .containsPattern(
            "regions\\.csv:3:\\d+: error GK001: this row has the code 511703002 and"
                + " no name: write the region's name after a comma \\(511703002,name\\)");
    assertThat(en.out().lines().filter(l -> l.contains(": error GK")).count()).isEqualTo(1);
    assertThat(zh.out()).contains("此行只有区划代码 511703002，没有名称");
    // not registered under an empty name; the rows around it are
    assertThat(merge.code()).isEqualTo(2);
    assertThat(merge.out()).doesNotContain("name: \"\"");
    assertThat(other.code()).as(other.err()).isZero();
    assertThat(other.out()).contains("三里坪街道");
  }

  private static Path tree(Path dir, String register) throws IOException {
    Path root = dir.resolve("catalogs");
    TestCatalogs.copy(TREE, root);
    Files.writeString(root.resolve("regions.csv"), register, StandardCharsets.UTF_8);
    return root;
  }
}
