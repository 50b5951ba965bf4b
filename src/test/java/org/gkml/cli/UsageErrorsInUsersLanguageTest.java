package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15 (review): picocli's own texts reached users in English under {@code --lang zh} ("'abc'
 * is not an int", labelled 可选), and a misspelt option was matched by picocli's rule, which misses a
 * transposition ({@code --fromat}), instead of gkml's.
 */
class UsageErrorsInUsersLanguageTest {
  private static final String TREE = "src/test/resources/validate/valid/overlay-chain";

  /** Two English words in a row: picocli's text, which a Chinese message must not carry. */
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z']{2,} [a-z']{2,}");

  @Test
  void aTransposedOptionIsSuggestedByGkmlsRule() {
    CliRun zh = CliRun.of("validate", "--root", TREE, "--lang", "zh", "--fromat", "sarif");
    CliRun en = CliRun.of("validate", "--root", TREE, "--lang", "en", "--fromat=sarif");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).startsWith("gkml: 未知的选项“--fromat”；是否应为“--format”？\n");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .startsWith("gkml: unknown option \"--fromat\"; did you mean \"--format\"?\n");
  }

  @Test
  void anOptionOfOtherCommandsIsSaidToBeTheirsNotMisspelt() {
    // build has no --region: "did you mean --version?" (3 edits of 6) would mislead
    CliRun zh = CliRun.of("--lang", "zh", "build", "--root", TREE, "--region", "511703");
    CliRun en = CliRun.of("--lang", "en", "fmt", "--format", "text");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err())
        .startsWith("gkml: gkml build 没有选项“--region”；它是 merge、explain、diff、export xlsx、")
        .doesNotContain("--version");
    assertThat(en.err())
        .startsWith(
            "gkml: gkml fmt does not take the option \"--format\"; it is an option of validate,"
                + " merge, diff, report, basis\n");
  }

  @Test
  void anOptionNearNoneGetsNoSuggestionFromTheDashesAlone() {
    CliRun run = CliRun.of("validate", "--root", TREE, "--lang", "en", "--foo");

    assertThat(run.err()).startsWith("gkml: unknown option \"--foo\"\n");
  }

  @Test
  void aNumberPicocliCannotReadIsSaidInTheUsersLanguage() {
    CliRun zh = CliRun.of("--lang", "zh", "build", "--root", TREE, "--jobs", "abc");
    CliRun en = CliRun.of("--lang", "en", "build", "--root", TREE, "--jobs", "abc");
    CliRun large = CliRun.of("--lang", "zh", "build", "--root", TREE, "--jobs", "99999999999");

    assertThat(zh.err()).startsWith("gkml: --jobs：“abc”不是整数\n");
    assertThat(en.err()).startsWith("gkml: --jobs: \"abc\" is not a whole number\n");
    assertThat(large.err()).startsWith("gkml: --jobs：“99999999999”超出范围\n");
    assertThat(List.of(zh, en, large)).allMatch(r -> r.code() == 2);
  }

  @Test
  void aBooleanPicocliCannotReadIsSaidInTheUsersLanguage() {
    CliRun zh = CliRun.of("--lang", "zh", "fmt", "--root", TREE, "--check=yes");
    CliRun en = CliRun.of("--lang", "en", "validate", "--root", TREE, "--strict=maybe");

    assertThat(zh.err()).startsWith("gkml: --check：“yes”应为 true 或 false\n");
    assertThat(en.err()).startsWith("gkml: --strict: \"maybe\" is neither true nor false\n");
  }

  @Test
  void aPathTheSystemCannotNameIsSaidInTheUsersLanguage() {
    CliRun zh = CliRun.of("--lang", "zh", "validate", "--root", TREE, "--baseline", "a\0b");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).startsWith("gkml: --baseline：“a").contains("”不能用作文件路径\n");
  }

  /** A command with the option types picocli converts itself, for the kinds gkml has none of. */
  @picocli.CommandLine.Command(name = "sample")
  static final class Sample {
    enum Colour {
      RED,
      GREEN
    }

    @picocli.CommandLine.Option(names = "--colour")
    Colour colour;

    @picocli.CommandLine.Option(names = "--when")
    java.time.Duration when;
  }

  private static String refusal(String lang, String... args) {
    picocli.CommandLine cli = new picocli.CommandLine(new Sample());
    try {
      cli.parseArgs(args);
    } catch (picocli.CommandLine.ParameterException e) {
      return UsageErrors.describe(
          e, Messages.of(Messages.localeFor(lang)), java.nio.file.Path.of("catalogs"));
    }
    throw new AssertionError("no usage error for " + List.of(args));
  }

  @Test
  void anEnumValueIsRefusedWithItsWordsAndTheNearestOne() {
    assertThat(refusal("zh", "--colour", "gren"))
        .isEqualTo("--colour：“gren”无效（可选：red、green）；是否应为“green”？");
    assertThat(refusal("en", "--colour", "blue"))
        .isEqualTo("--colour: \"blue\" is not valid (red, green)");
  }

  @Test
  void aTypeWithoutWordsIsSaidInTheUsersLanguage() {
    assertThat(refusal("zh", "--when", "soon")).isEqualTo("--when：“soon”无效");
    assertThat(refusal("en", "--when", "soon")).isEqualTo("--when: \"soon\" is not valid");
  }

  /** Every kind of usage error a user can meet, under {@code --lang zh}: no English in it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "build --jobs abc",
        "fmt --check=yes",
        "validate --fromat sarif",
        "validate --format",
        "validate --format xml",
        "validate -x",
        "build --region 511703",
        "validate -q -q",
        "merge --region 51170",
        "merge --region 511703 --tier 镇",
        "explain --region 511703 A B",
        "completion",
        "completion bash zsh",
        "new overlay --region 511703",
        "new overlya",
        "export xslx",
        "valdate",
        "diff a b c",
      })
  void noUsageErrorIsInEnglishUnderChinese(String line) {
    List<String> args = new ArrayList<>(List.of("--lang", "zh"));
    args.addAll(List.of(line.split(" ")));

    CliRun run = CliRun.of(args);

    assertThat(run.code()).isEqualTo(2);
    String first = run.err().lines().findFirst().orElse("");
    assertThat(first).startsWith("gkml: ");
    // a command's name (gkml new, export xlsx) is what the user types, not English prose
    String text =
        first.substring("gkml: ".length()).replaceAll("(gkml|export|import|new) [a-z]+", "");
    assertThat(ENGLISH.matcher(text).find()).as("English in %s", first).isFalse();
  }
}
