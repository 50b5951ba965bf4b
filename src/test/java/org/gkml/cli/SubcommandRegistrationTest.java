package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the running subcommand is built, yet help and typos still see every subcommand. */
class SubcommandRegistrationTest {

  @Test
  void findsTheSubcommandAfterRootOptions() {
    assertThat(Gkml.subcommandOf("validate", "--root", "x")).isEqualTo("validate");
    assertThat(Gkml.subcommandOf("--lang", "zh", "--debug", "export", "xlsx")).isEqualTo("export");
    assertThat(Gkml.subcommandOf("--lang=en", "merge")).isEqualTo("merge");
  }

  @Test
  void namesNoneForHelpVersionOrATypo() {
    assertThat(Gkml.subcommandOf()).isNull();
    assertThat(Gkml.subcommandOf("--help")).isNull();
    assertThat(Gkml.subcommandOf("--help", "validate")).isNull();
    assertThat(Gkml.subcommandOf("--version")).isNull();
    assertThat(Gkml.subcommandOf("--lang")).isNull();
    assertThat(Gkml.subcommandOf("--lang", "validate")).isNull(); // "validate" is the language
    assertThat(Gkml.subcommandOf("valdate", "--root", "x")).isNull();
  }

  @Test
  void aNamedYamlFileIsSeenBeforeParsing() {
    assertThat(Gkml.namesCatalogueFile("validate", "--root", "x", "regions/a/b.yaml")).isTrue();
    assertThat(Gkml.namesCatalogueFile("validate", "B.YML")).isTrue();
    assertThat(Gkml.namesCatalogueFile("validate", "--root", "x")).isFalse();
    assertThat(Gkml.namesCatalogueFile("validate", "--root=x.yaml")).isFalse();
  }

  @Test
  void rootHelpListsEverySubcommand() {
    CliRun run = CliRun.of("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("validate", "build", "merge", "explain", "diff", "export", "import");
  }

  @Test
  void helpBeforeASubcommandStillListsThemAll() {
    CliRun run = CliRun.of("--help", "validate");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("merge", "export", "import", "diff", "build");
  }

  @Test
  void aSubcommandsOwnHelpShowsItsSubcommands() {
    CliRun run = CliRun.of("--lang", "en", "export", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: gkml export", "xlsx", "html");
  }

  @Test
  void aMistypedSubcommandIsAUsageError() {
    CliRun run = CliRun.of("--lang", "en", "valdate");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("\"valdate\" is not a gkml command; did you mean \"validate\"?", "gkml --help");
  }
}
