package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code --region} that is a slip of a known code (issue #15's review: {@code 5117031O2} with the
 * letter O, {@code 51170310} a digit short, got no suggestion on the command line though the same
 * code in an overlay's {@code region.code} got GK301 "did you mean 511703102?"): every command that
 * takes {@code --region} suggests the nearest code the register knows, nothing when none is near.
 * The shipped tree's register knows 511703, 511703001, 511703102 and their villages; every run
 * stops at the option, before anything is read or written.
 */
class RegionCodeSlipsOnTheCommandLineTest {
  private static final List<String> COMMANDS =
      List.of(
          "merge",
          "explain AQSC-001",
          "export xlsx -o /nonexistent/x.xlsx",
          "export filing -o /nonexistent/filing",
          "diff catalogs catalogs",
          "import /nonexistent/x.xlsx",
          "new overlay --domain 安全生产");

  private static CliRun run(String command, String region, String lang) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--region", region, "--lang", lang));
    return CliRun.of(args);
  }

  @ParameterizedTest
  @CsvSource({
    "5117031O2, 511703102",
    "51170310, 511703102",
    "5117030, 511703",
    "511703001l, 511703001"
  })
  void everyCommandSuggestsTheCodeMeant(String given, String meant) {
    for (String command : COMMANDS) {
      CliRun run = run(command, given, "en");
      assertThat(run.code()).as(command).isEqualTo(2);
      assertThat(run.err())
          .as(command)
          .contains("--region \"" + given + "\" is not a division code")
          .contains("; did you mean \"" + meant + "\"?");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "99999999999"})
  void aCodeNearNoKnownOneGetsNoSuggestion(String given) {
    CliRun run = run("merge", given, "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("is not a division code").doesNotContain("did you mean");
  }

  @ParameterizedTest
  @ValueSource(strings = {"merge", "new overlay --domain 安全生产"})
  void theSuggestionIsSaidInChinese(String command) {
    CliRun run = run(command, "5117031O2", "zh");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("“5117031O2”").contains("是否应为“511703102”？");
  }
}
