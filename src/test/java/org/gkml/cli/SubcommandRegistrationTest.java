package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
  void rootHelpListsEverySubcommand() {
    StringWriter out = new StringWriter();
    int code = Gkml.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help");
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("validate", "build", "merge", "explain", "diff", "export", "import");
  }

  @Test
  void helpBeforeASubcommandStillListsThemAll() {
    StringWriter out = new StringWriter();
    int code =
        Gkml.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help", "validate");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("merge", "export", "import", "diff", "build");
  }

  @Test
  void aSubcommandsOwnHelpShowsItsSubcommands() {
    StringWriter out = new StringWriter();
    int code =
        Gkml.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "--lang",
            "en",
            "export",
            "--help");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("Usage: gkml export", "xlsx", "html");
  }

  @Test
  void aMistypedSubcommandIsAUsageError() {
    StringWriter err = new StringWriter();
    int code =
        Gkml.run(
            new PrintWriter(new StringWriter()), new PrintWriter(err), "--lang", "en", "valdate");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("valdate is not a gkml command; did you mean validate?", "gkml --help");
  }
}
