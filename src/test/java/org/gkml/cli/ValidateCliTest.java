package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code gkml validate} as a user meets it, in-process (STYLE 15): exit codes, {@code --strict},
 * languages, help, usage errors. Every run checks exit code, stdout and stderr together.
 */
class ValidateCliTest {
  private static final String VALID = "src/test/resources/validate/valid/overlay-chain";
  private static final String WARNINGS_ONLY =
      "src/test/resources/validate/invalid/deadline-unparsed";
  private static final String UNPARSEABLE =
      "src/test/resources/validate/invalid/syntax-unclosed-flow";
  private static final String BROKEN = ValidateGoldenTest.BROKEN;

  @Test
  void validTreeExitsZero() {
    CliRun run = CliRun.of("validate", "--root", VALID, "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 4 files\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void shippedCataloguesValidateClean() {
    CliRun run = CliRun.of("validate", "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("0 errors, 0 warnings in ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aNamedPipeIsRefusedNotWaitedOn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path fifo = dir.resolve("safety.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo available");

    CliRun run = CliRun.of("validate", "--root", VALID, fifo.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("not a regular file or folder").contains("safety.yaml");
  }

  @Test
  void errorsExitOne() {
    CliRun run = CliRun.of("validate", "--root", BROKEN, "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).endsWith("4 errors, 1 warning in 5 files\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void unparseableFileExitsTwoAfterCheckingTheOthers() {
    CliRun run = CliRun.of("validate", "--root", UNPARSEABLE, "--lang", "en");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out())
        .contains("safety-production.yaml:17:13: error GK002: YAML syntax error")
        .endsWith("1 error, 0 warnings in 1 file\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void warningsExitZeroUnlessStrict() {
    CliRun lenient = CliRun.of("validate", "--root", WARNINGS_ONLY, "--lang", "en");
    CliRun strict = CliRun.of("validate", "--root", WARNINGS_ONLY, "--lang", "en", "--strict");

    assertThat(lenient.code()).isZero();
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.out()).isEqualTo(lenient.out()).contains("warning GK105");
    assertThat(lenient.err() + strict.err()).isEmpty();
  }

  @Test
  void infoNeverFailsEvenWhenStrict() {
    CliRun run =
        CliRun.of(
            "validate", "--root", "src/test/resources/validate/invalid/mixed-brackets", "--strict");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("info GK108");
  }

  @Test
  void langZhGivesChineseMessages() {
    CliRun run = CliRun.of("validate", "--root", BROKEN, "--lang", "zh");

    assertThat(run.out())
        .contains("未知的公开渠道“门户网站”；是否应为“政府网站”？")
        .contains("缺少必填键“version”")
        .endsWith("4 个错误，1 个警告，涉及 5 个文件\n");
    assertThat(run.code()).isEqualTo(1);
  }

  @Test
  void langEnGivesEnglishMessages() {
    CliRun run = CliRun.of("validate", "--root", BROKEN, "--lang", "en");

    assertThat(run.out())
        .contains("unknown channel \"门户网站\"; did you mean \"政府网站\"?")
        .contains("required key \"version\" is missing")
        .doesNotContain("未知");
  }

  @Test
  void langWithEqualsSignAndRegionalVariantsWork() {
    assertThat(CliRun.of("validate", "--root", BROKEN, "--lang=zh-CN").out()).contains("个错误");
    assertThat(CliRun.of("validate", "--root", BROKEN, "--lang=EN").out()).contains("errors");
  }

  @Test
  void rootHelpExplainsItselfAndTheExitCodes() {
    CliRun run = CliRun.of("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Usage: gkml")
        .contains("validate")
        .contains("Exit codes:")
        .contains("  0  success")
        .contains("  1  findings")
        .contains("  2  usage error");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateHelpExplainsItsOptionsAndTheExitCodes() {
    CliRun run = CliRun.of("validate", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Usage: gkml validate")
        .contains("--format=FORMAT")
        .contains("text, json, sarif, junit, github")
        .contains("--strict")
        .contains("--lang=zh|en")
        .contains("the system's")
        .contains("Exit codes:")
        .contains("  2  usage error");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpIsChineseWithLangZh() {
    CliRun run = CliRun.of("validate", "--lang", "zh", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("退出码：").contains("  0  成功").contains("输出格式");
  }

  @Test
  void helpLinesFitEightyColumns() {
    for (String[] args :
        new String[][] {
          {"--help"},
          {"validate", "--help"},
          {"--help", "--lang", "zh"},
          {"validate", "--help", "--lang", "zh"}
        }) {
      assertThat(CliRun.of(args).out().lines())
          .allSatisfy(line -> assertThat(displayWidth(line)).isLessThanOrEqualTo(80));
    }
  }

  /**
   * picocli's own headings are the bundle's, and the Chinese one stands on its own line: picocli
   * indents the synopsis's further lines by the heading's length in characters, and 用法： is three
   * characters but six columns wide.
   */
  @Test
  void chineseHelpHasChineseHeadingsAndItsSynopsisLinesLineUp() {
    String help = CliRun.of("validate", "--help", "--lang", "zh").out();
    List<String> lines = help.lines().toList();
    int heading = lines.indexOf("用法：");

    assertThat(heading).isPositive();
    assertThat(lines.get(heading + 1)).startsWith("  gkml validate [");
    assertThat(lines.get(heading + 2)).startsWith(" ".repeat("  gkml validate ".length()) + "[");
    assertThat(help).doesNotContain("Usage:");
    assertThat(CliRun.of("--help", "--lang", "zh").out())
        .contains("\n命令：\n")
        .doesNotContain("Commands:");
    assertThat(CliRun.of("--help").out()).contains("Usage: gkml [").contains("\nCommands:\n");
  }

  @Test
  void versionPrintsTheVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.code()).isZero();
    assertThat(run.out()).matches("gkml \\S+\\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate --version", "export xlsx -V", "new overlay -V", "init -V"})
  void versionOnAnyCommandPrintsTheVersionAsItsHelpSays(String args) {
    // every command's help lists -V; only gkml itself had a version to print (an empty line)
    CliRun run = CliRun.of(args.split(" "));

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(CliRun.of("--version").out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--bogus", "--format=xml", "--root"})
  void usageErrorExitsTwoWithOneLineAndNoStackTrace(String bad) {
    CliRun run = CliRun.of("validate", bad);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("gkml: ").contains("validate --help");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unknownCommandExitsTwo() {
    CliRun run = CliRun.of("valdiate");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("gkml: ").doesNotContain("\tat ");
  }

  @Test
  void missingRootOrPathExitsTwoWithAClearMessage() {
    CliRun noRoot = CliRun.of("validate", "--root", "no/such/folder", "--lang", "en");
    CliRun noPath = CliRun.of("validate", "no/such/file.yaml", "--lang", "en");

    assertThat(noRoot.code()).isEqualTo(2);
    assertThat(noRoot.err())
        .isEqualTo("gkml: catalogue root no/such/folder does not exist (use --root DIR)\n");
    assertThat(noPath.code()).isEqualTo(2);
    assertThat(noPath.err()).isEqualTo("gkml: no such file or folder: no/such/file.yaml\n");
  }

  @Test
  void namedFileIsReportedAlone() {
    String file = BROKEN + "/regions/511703-达川区/safety-production.yaml";

    CliRun run = CliRun.of("validate", "--root", BROKEN, file, "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().lines().toList())
        .containsExactly(
            file
                + ":8:9: error GK212: added item id AQSC-002 already exists in the resolved chain"
                + " (defined at "
                + BROKEN
                + "/basic/safety-production.yaml:20:5)",
            file
                + ":8:9: error GK213: added item id AQSC-002 must start with the region code: 511703-",
            "2 errors, 0 warnings in 1 file");
  }

  @Test
  void outputFileGetsWhatStdoutWouldShow(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("out/report.sarif");

    CliRun toFile =
        CliRun.of("validate", "--root", BROKEN, "--format", "json", "-o", report.toString());
    CliRun toStdout = CliRun.of("validate", "--root", BROKEN, "--format", "json");

    assertThat(toFile.code()).isEqualTo(1);
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(toStdout.out());
    assertThat(Files.list(report.getParent())).containsExactly(report);
  }

  @Test
  void unwritableOutputExitsTwo(@TempDir Path dir) throws IOException {
    Path blocker = Files.writeString(dir.resolve("file"), "x");

    CliRun run =
        CliRun.of("validate", "--root", VALID, "-o", blocker.resolve("report.txt").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("gkml: cannot write").doesNotContain("\tat ");
  }

  @Test
  void formatNamesAreCaseInsensitive() {
    assertThat(CliRun.of("validate", "--root", VALID, "--format", "JSON").out()).isEqualTo("[ ]\n");
  }

  @Test
  void buildSummarisesTheShippedTree(@TempDir Path dir) {
    CliRun run = CliRun.of("build", "--lang", "en", "-o", dir.resolve("out").toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Published 5 regions (1 county, 2 townships, 2 villages)");
  }

  /** Columns a terminal gives a line: CJK characters take two. */
  private static int displayWidth(String line) {
    return line.codePoints().map(ValidateCliTest::columns).sum();
  }

  /** Terminal columns: two for Chinese characters and full-width punctuation (，：（）). */
  private static int columns(int c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    boolean wide =
        Character.isIdeographic(c)
            || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
            || (c >= 0xFF01 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6);
    return wide ? 2 : 1;
  }
}
