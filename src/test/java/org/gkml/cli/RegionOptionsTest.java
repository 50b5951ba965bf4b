package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #12: one option, one reading. {@code --region} and {@code --tier} were parsed by each
 * command in its own copy, with different messages (merge quoted the value, diff named the option
 * and refused {@code County}). Every command that takes them now says the same thing for the same
 * mistake, in the user's language, on one line.
 */
class RegionOptionsTest {

  /** Every command with --region and --tier, with whatever else it needs to parse. */
  static Stream<List<String>> commands() {
    return Stream.of(
        List.of("merge"),
        List.of("explain", "S-001"),
        List.of("diff", "old.yaml", "new.yaml"),
        List.of("export", "xlsx"),
        List.of("export", "docx"),
        List.of("export", "html"));
  }

  private static CliRun run(List<String> command, String... more) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aBadRegionIsTheSameOneLineEverywhere(List<String> command) {
    CliRun en = run(command, "--lang", "en", "--region", "5117");
    CliRun zh = run(command, "--lang", "zh", "--region", "5117");

    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .isEqualTo(
            "gkml: --region \"5117\" is not a division code of 6 (county), 9 (township) or 12"
                + " (village) digits\n");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).isEqualTo("gkml: --region 的值“5117”不是 6 位（县）、9 位（乡）或 12 位（村）区划代码\n");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aBadTierIsTheSameOneLineEverywhere(List<String> command) {
    CliRun en = run(command, "--lang", "en", "--region", "511703", "--tier", "省级");
    CliRun zh = run(command, "--lang", "zh", "--region", "511703", "--tier", "省级");

    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .isEqualTo(
            "gkml: --tier \"省级\" is not a tier: use 县级, 乡级, 村级 or county, township, village\n");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err())
        .isEqualTo("gkml: --tier 的值“省级”不是公开层级：应为县级、乡级、村级或 county、township、village\n");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void eachCommandKeepsItsOwnHelpForTheSharedOptions(List<String> command) {
    CliRun help = run(command.subList(0, command.get(0).equals("export") ? 2 : 1), "--help");

    assertThat(help.code()).isZero();
    String region =
        help.out().lines().filter(l -> l.strip().startsWith("--region=")).findFirst().orElseThrow();
    // a description, not the bare key picocli shows when it finds none
    assertThat(region.substring(region.indexOf("CODE") + 4).strip()).hasSizeGreaterThan(20);
    assertThat(help.out()).contains("--tier");
  }

  @Test
  void aChoiceNotOfferedNamesTheChoicesOnce() {
    // diff said the value twice: --format: "pdf" is not valid ('pdf' (text, json, ...))
    CliRun run = CliRun.of("diff", "--lang", "en", "old.yaml", "new.yaml", "--format", "pdf");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("gkml: --format: \"pdf\" is not valid (text, json, markdown, html, xlsx)\n")
        .contains("diff --help");
  }

  @Test
  void newOverlayReadsTheRegionTheSameWay() {
    CliRun run = CliRun.of("new", "overlay", "--lang", "en", "--region", "12", "--domain", "x");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "gkml: --region \"12\" is not a division code of 6 (county), 9 (township) or 12 (village)"
                + " digits\n");
  }
}
