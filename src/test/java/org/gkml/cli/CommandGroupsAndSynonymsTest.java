package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words a user can get wrong around gkml's command groups (issue #15's review): a group named
 * without its command but with an option of its commands ({@code gkml export --region 511703}) is
 * told to name the command first, not that the option belongs to seventeen other commands; a
 * misspelt command taken for a file ({@code import xlxs FILE}) and words from other tools or
 * everyday speech ({@code lint}, {@code excel}, {@code word}) get the command meant.
 */
class CommandGroupsAndSynonymsTest {

  private static CliRun run(String words) {
    return CliRun.of(words.split(" "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "export --lang en|--lang",
        "export --region 511703 -o a.xlsx --lang en|--region",
        "export -o a.xlsx --lang en|-o"
      })
  void anExportWithoutItsFormatNamesTheFormatsFirst(String words, String option) {
    CliRun run = run(words);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst().orElseThrow())
        .startsWith("gkml: name a format: gkml export xlsx|docx|html|filing (\"" + option + "\"")
        .contains("is an option of export xlsx, export docx, export html")
        .doesNotContain("validate")
        .doesNotContain("merge");
  }

  @Test
  void anOptionNoneOfTheGroupsCommandsTakesIsSaidSo() {
    CliRun run = run("export --strict --lang en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "gkml: name a format: gkml export xlsx|docx|html|filing"
                + " (none of its commands takes \"--strict\")");
  }

  @Test
  void aNewWithoutItsKindNamesTheKindsFirstInChinese() {
    CliRun run = run("new --domain X --lang zh");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "gkml: 请指定要新建什么：gkml new overlay 或 gkml new catalog"
                + "（“--domain”是 new overlay、new catalog 的选项，写在命令之后）");
  }

  @ParameterizedTest
  @CsvSource({"import xlxs file.xlsx, xlxs", "import xlxs, xlxs", "import excel, excel"})
  void aMisspeltImportCommandTakenForAFileIsSuggested(String words, String word) {
    CliRun run = run(words + " --lang en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "gkml: \""
                + word
                + "\" is neither a file nor a command of gkml import; did you mean \"xlsx\"?");
  }

  @Test
  void aMissingFileNamedLikeAFileIsNotTakenForACommand() {
    CliRun run = run("import x.xlsx --lang en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no such file: x.xlsx").doesNotContain("did you mean");
  }

  @ParameterizedTest
  @CsvSource({
    "lint, validate",
    "check, validate",
    "verify, validate",
    "valdate, validate",
    "export excel, xlsx",
    "export xls, xlsx",
    "export word, docx",
    "export Excel, xlsx",
    "export hmtl, html"
  })
  void wordsOfOtherToolsAndMisspellingsGetTheCommandMeant(String words, String meant) {
    CliRun run = run(words + " --lang en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines().findFirst().orElseThrow())
        .endsWith("; did you mean \"" + meant + "\"?");
  }

  @Test
  void aSynonymIsSuggestedOnlyWhereItsWordIsAllowed() {
    // validate's formats have no xlsx: excel is near none of them
    CliRun validate = run("validate --format excel --lang en");
    CliRun diff = run("diff --format excel a b --lang en");

    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err()).doesNotContain("did you mean");
    assertThat(diff.code()).isEqualTo(2);
    assertThat(diff.err()).contains("did you mean \"xlsx\"?");
  }

  @Test
  void anOptionOfTheCommandTypedBeforeItIsToldWhereItGoes() {
    CliRun en = run("new --domain 安全生产 overlay --region 511703102 --lang en");
    CliRun zh = run("new --domain=安全生产 catalog --lang zh");

    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .startsWith("gkml: --domain is written after the command: gkml new overlay --domain ...\n");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).startsWith("gkml: --domain 要写在命令之后：gkml new catalog --domain ...\n");
  }

  @Test
  void aMisspeltRequiredOptionIsNamedWithTheOptionMeantNotReportedMissing() {
    CliRun overlay = run("new overlay --region 511703102 --domian 安全生产 --lang en");
    CliRun region = run("new overlay --regoin=511703102 --domain 安全生产 --lang zh");
    CliRun catalog = run("new catalog --domian 安全生产 --lang en");
    CliRun unrelated = run("new catalog --colour red --lang en");

    assertThat(overlay.code()).isEqualTo(2);
    assertThat(overlay.err())
        .startsWith("gkml: unknown option \"--domian\"; did you mean \"--domain\"?\n");
    assertThat(region.err()).startsWith("gkml: 未知的选项“--regoin”；是否应为“--region”？\n");
    assertThat(catalog.err())
        .startsWith("gkml: unknown option \"--domian\"; did you mean \"--domain\"?\n");
    // an option near no required one: the required option is still what is missing
    assertThat(unrelated.code()).isEqualTo(2);
    assertThat(unrelated.err()).doesNotContain("did you mean \"--domain\"");
  }
}
