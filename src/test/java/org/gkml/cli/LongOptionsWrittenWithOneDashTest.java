package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Review of issue #15 (options 1): a long option written with one dash got a wrong suggestion
 * ({@code -changed}: did you mean "--staged"?), a word the user never typed ({@code -quiet}:
 * unknown option "-uiet"), none at all ({@code -format}), or did something else without a word:
 * picocli read {@code -output} as {@code -o utput}, wrote the report to {@code ./utput} and exited
 * 0. Short options, clustered or with their value attached, keep working.
 */
class LongOptionsWrittenWithOneDashTest {
  private static final Path STRAY = Path.of("utput");

  @ParameterizedTest
  @CsvSource({
    "validate -changed,-changed,--changed",
    "merge -region 511703,-region,--region",
    "validate -quiet,-quiet,--quiet",
    "validate -format sarif,-format,--format",
    "validate -lang en,-lang,--lang",
    "validate -output,-output,--output",
    "merge --region 511703 -output,-output,--output",
    "validate -output=report.txt,-output,--output",
    "validate -outptu report.txt,-outptu,--output",
    "validate -out report.txt,-out,--output",
    "validate -stict,-stict,--strict",
    "validate -fromat json,-fromat,--format",
  })
  void aLongOptionAfterOneDashIsAUsageErrorNamingIt(String line, String typed, String meant)
      throws Exception {
    try {
      String[] words = ("--lang en " + line + " --root catalogs").split(" ");
      CliRun run = CliRun.of(words);

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("gkml: unknown option \"" + typed + "\"; did you mean \"" + meant + "\"?\n");
      assertThat(STRAY).doesNotExist();
      assertThat(Path.of("report.txt")).doesNotExist();
    } finally {
      Files.deleteIfExists(STRAY);
      Files.deleteIfExists(Path.of("report.txt"));
    }
  }

  @Test
  void saidInChineseToo() {
    CliRun run = CliRun.of("--lang", "zh", "merge", "-region", "511703", "--root", "catalogs");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("gkml: 未知的选项“-region”；是否应为“--region”？\n");
  }

  @Test
  void anotherCommandsLongOptionAfterOneDashIsToldAsTheLongOne() {
    CliRun validate = CliRun.of("--lang", "en", "validate", "-region", "511703");
    CliRun export = CliRun.of("--lang", "en", "export", "-region", "511703");

    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err())
        .startsWith("gkml: gkml validate does not take the option \"--region\"; it is an option of")
        .doesNotContain("--version");
    assertThat(export.code()).isEqualTo(2);
    assertThat(export.err())
        .contains("(\"--region\" is an option of export xlsx")
        .doesNotContain("--version");
  }

  @Test
  void aClusterPicocliCannotReadIsNamedAsTyped() {
    CliRun run = CliRun.of("--lang", "en", "validate", "-qxyz", "--root", "catalogs");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("gkml: unknown option \"-qxyz\"").doesNotContain("\"-xyz\"");
  }

  @Test
  void shortOptionsAloneClusteredOrWithTheirValueAttachedStillWork(@TempDir Path dir) {
    Path separate = dir.resolve("a.txt");
    Path attached = dir.resolve("b.txt");
    Path clustered = dir.resolve("c.txt");

    CliRun one = CliRun.of("--lang", "en", "validate", "-o", separate.toString(), "catalogs");
    CliRun two = CliRun.of("--lang", "en", "validate", "-o" + attached, "catalogs");
    CliRun three = CliRun.of("--lang", "en", "validate", "-qo", clustered.toString(), "catalogs");

    assertThat(one.code()).isZero();
    assertThat(two.code()).isZero();
    assertThat(three.code()).isZero();
    assertThat(separate).content().contains("0 errors");
    assertThat(attached).content().contains("0 errors");
    assertThat(clustered).content().contains("0 errors");
  }

  @ParameterizedTest
  @CsvSource({
    "-q,", // a short option
    "-qo,", // two, the last taking its value from the next word
    "-ofile,", // -o with its value attached
    "-oout,", // a file name near --root is still a file name after -o
    "-oreport,",
    "-quiet,--quiet",
    "-output,--output",
    "-outptu,--output", // a slip of the name
    "-out,--output", // its beginning
    "-changed=main,--changed",
    "-staged,--staged",
    "-no-cache,--no-cache",
    "-region,", // no short option: left to picocli, whose error is told as of --region
  })
  void theRuleTellsShortOptionsFromLongOnesWrittenWithOneDash(String word, String meant) {
    CommandLine validate = ManPages.model().getSubcommands().get("validate");

    assertThat(UsageErrors.singleDashLong(word, validate).orElse(null)).isEqualTo(meant);
  }
}
