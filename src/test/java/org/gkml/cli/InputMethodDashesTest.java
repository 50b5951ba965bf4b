package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review (names 4): an option typed with a Chinese input method's dashes (——region: two em dashes
 * for one key), a word processor's en dash or full-width hyphens was taken for an argument too many
 * or a file that does not exist, with no word of the option meant.
 */
class InputMethodDashesTest {

  @Test
  void emDashesBeforeAnOptionAreToldWithTheOptionMeant() {
    CliRun merge = CliRun.of("--lang", "zh", "merge", "——region", "511703", "--root", "catalogs");
    CliRun validate = CliRun.of("--lang", "zh", "validate", "——format", "json", "catalogs");

    assertThat(merge.code()).isEqualTo(2);
    assertThat(merge.err())
        .startsWith("gkml: “——region”中是输入法打出的破折号，不是连字符；是否应为“--region”？\n")
        .doesNotContain("多余的参数");
    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err())
        .startsWith("gkml: “——format”中是输入法打出的破折号，不是连字符；是否应为“--format”？\n")
        .doesNotContain("不存在");
  }

  @ParameterizedTest
  @CsvSource({
    "－－format,--format", // full-width hyphen-minus
    "–format,--format", // en dash: a word processor's "--"
    "—format,--format",
    "‐‐format,--format", // U+2010 hyphen
    "−−format,--format", // minus sign
    "–q,-q",
    "——fromat,--format", // and misspelt too
    "——format=json,--format"
  })
  void everyDashLikeCharacterIsReadAsTheHyphenMeant(String given, String meant) {
    CliRun run = CliRun.of("--lang", "en", "validate", given, "catalogs");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "gkml: \""
                + given
                + "\" is written with the dashes of an input method, not with hyphens; did you"
                + " mean \""
                + meant
                + "\"?\n");
  }

  @Test
  void aRootOptionBeforeTheCommandIsToldToo() {
    CliRun run = CliRun.of("——lang", "zh", "validate", "catalogs");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("did you mean \"--lang\"?");
  }

  @Test
  void aDashedWordNamingNoOptionIsLeftAsItWas() {
    CliRun run = CliRun.of("--lang", "en", "validate", "——没有这个", "--root", "catalogs");

    assertThat(run.err()).doesNotContain("input method");
  }
}
