package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header line of regions.csv is checked (FORMAT.md §2: {@code code,name}). Before, the parser
 * mapped columns by whatever the header said: a misspelt column ({@code code,nmae}) validated clean
 * and registered every region without a name (merge printed {@code name: ''}, build made nameless
 * folders), a register without its header line swallowed its first region, and a header of {@code
 * 代码,名称} or {@code name,code} gave one malformed-code finding per row quoting an empty value or a
 * name. Now a wrong header is one finding at its line that quotes it and says what to write, and
 * the rows are not read.
 */
class RegisterHeaderTest {
  private static final Path TREE = Path.of("src/test/resources/validate/valid/overlay-chain");
  private static final String ROWS = "511703,达川区\n511703001,三里坪街道\n511703002,测试街道\n";

  @Test
  void aMisspeltColumnIsOneFindingAtTheHeaderAndRegistersNoNamelessRegion(@TempDir Path dir)
      throws IOException {
    Path root = tree(dir, "code,nmae\n" + ROWS);

    CliRun validate = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    CliRun merge =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703002", "--domain", "安全生产");
    CliRun build =
        CliRun.of("build", "--root", root.toString(), "-o", dir.resolve("site").toString());

    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.out())
        .contains(
            "regions.csv:1:6: error GK001: the header of regions.csv is \"code,nmae\"; it should"
                + " be \"code,name\": there is no column \"nmae\"; did you mean \"name\"?")
        .doesNotContain("GK301");
    assertThat(errorLines(validate)).isEqualTo(1);
    // a region known from the register alone is unknown while the register is unreadable
    assertThat(merge.code()).isEqualTo(2);
    assertThat(merge.out()).doesNotContain("name:");
    assertThat(merge.err())
        .contains(
            "unknown region \"511703002\": it has no overlay, and regions.csv cannot be used (")
        .contains("regions.csv:1:6: the header of regions.csv is \"code,nmae\"");
    assertThat(build.code()).isEqualTo(1);
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void chineseColumnNamesAreOneFindingNamingTheEnglishOnes(@TempDir Path dir) throws IOException {
    Path root = tree(dir, "代码,名称\n" + ROWS);

    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");

    assertThat(zh.code()).isEqualTo(1);
    assertThat(zh.out())
        .contains(
            "regions.csv:1:1: error GK001: regions.csv 的表头是“代码,名称”，应为“code,name”："
                + "列名用英文，“代码”应为“code”、“名称”应为“name”")
        .doesNotContain("GK301");
    assertThat(errorLines(zh)).isEqualTo(1);
  }

  @Test
  void aRegisterWithoutItsHeaderLineSaysSoInsteadOfSwallowingTheFirstRegion(@TempDir Path dir)
      throws IOException {
    Path root = tree(dir, ROWS);
    // a blank first line: the parser skips it, and the first region was taken for the header
    Path blankFirst = tree(dir.resolve("blank"), "\n" + ROWS);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    CliRun blank = CliRun.of("validate", "--root", blankFirst.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "regions.csv:1:1: error GK001: the header of regions.csv is \"511703,达川区\"; it should"
                + " be \"code,name\": the first line looks like a region, not a header; add the"
                + " line \"code,name\" above it");
    assertThat(errorLines(run)).isEqualTo(1);
    assertThat(blank.code()).isEqualTo(1);
    assertThat(blank.out()).contains("regions.csv:2:1: error GK001");
    assertThat(errorLines(blank)).isEqualTo(1);
  }

  @Test
  void swappedColumnsAreOneFindingNotAMalformedCodePerRow(@TempDir Path dir) throws IOException {
    Path root = tree(dir, "name,code\n" + ROWS);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("regions.csv:1:1: error GK001: the header of regions.csv is \"name,code\"")
        .contains("code comes first, then name")
        .doesNotContain("GK301");
    assertThat(errorLines(run)).isEqualTo(1);
  }

  @Test
  void aColumnBeyondCodeAndNameIsNamedAtItsPlace(@TempDir Path dir) throws IOException {
    Path root = tree(dir, "code,name,note\n" + ROWS);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "regions.csv:1:11: error GK001: the header of regions.csv is \"code,name,note\"; it"
                + " should be \"code,name\": the register has the two columns code and name only,"
                + " not \"note\"");
    assertThat(errorLines(run)).isEqualTo(1);
  }

  @Test
  void aFullWidthCommaBetweenTheColumnsIsPointedAt(@TempDir Path dir) throws IOException {
    Path root = tree(dir, "code，name\n" + ROWS);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("regions.csv:1:1: error GK001")
        .contains("columns are separated by a comma \",\", not \"，\"");
    assertThat(errorLines(run)).isEqualTo(1);
  }

  @Test
  void emptyColumnsASpreadsheetSavesAfterTheLastAreNoColumns(@TempDir Path dir) throws IOException {
    Path root = tree(dir, "code,name,,\n511703,达川区,,\n511703001,三里坪街道,,\n");

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    CliRun merge =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703001", "--domain", "安全生产");

    assertThat(run.code()).as(run.out()).isZero();
    assertThat(merge.out()).contains("三里坪街道");
  }

  @Test
  void aNameCutAtAnUnquotedCommaIsReportedNotRegisteredShort(@TempDir Path dir) throws IOException {
    Path root = tree(dir, "code,name\n511703,达川区\n511703002,测试街道,东区\n");

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    CliRun merge =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703002", "--domain", "安全生产");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "regions.csv:3:16: error GK001: this row has 3 fields, and the register has two: code"
                + " and name (a name that holds a comma is written in double quotes:"
                + " \"测试街道,东区\")");
    assertThat(errorLines(run)).isEqualTo(1);
    assertThat(merge.code()).isEqualTo(2);
  }

  @Test
  void theRightHeaderStillRegistersEveryRow(@TempDir Path dir) throws IOException {
    Path root = tree(dir, " code , name \n" + ROWS);

    CliRun merge =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703002", "--domain", "安全生产");

    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(merge.out()).contains("测试街道");
  }

  private static Path tree(Path dir, String register) throws IOException {
    Path root = dir.resolve("catalogs");
    TestCatalogs.copy(TREE, root);
    Files.writeString(root.resolve("regions.csv"), register, StandardCharsets.UTF_8);
    return root;
  }

  private static long errorLines(CliRun run) {
    return run.out().lines().filter(l -> l.contains(": error GK")).count();
  }
}
