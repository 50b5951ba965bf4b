package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Gkml.run registers only the subcommand a command line names (start-up time), and all of them
 * whenever help or an unknown name needs the whole list.
 */
class SubcommandRegistrationTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gkml.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aNamedCommandIsTheOnlyOneBuilt() {
    assertThat(Gkml.subcommandsFor("export", "xlsx", "--region", "511703"))
        .containsExactly(ExportCommand.class);
    assertThat(Gkml.subcommandsFor("--lang", "zh", "--debug", "validate"))
        .containsExactly(ValidateCommand.class);
    assertThat(Gkml.subcommandsFor("--lang=en", "import", "xlsx", "x.xlsx"))
        .containsExactly(ImportCommand.class);
  }

  @Test
  void helpVersionAndMistakesSeeEveryCommand() {
    assertThat(Gkml.subcommandsFor()).isEqualTo(GkmlCommand.SUBCOMMANDS);
    assertThat(Gkml.subcommandsFor("--help", "validate")).isEqualTo(GkmlCommand.SUBCOMMANDS);
    assertThat(Gkml.subcommandsFor("--version")).isEqualTo(GkmlCommand.SUBCOMMANDS);
    assertThat(Gkml.subcommandsFor("valdate")).isEqualTo(GkmlCommand.SUBCOMMANDS);
    assertThat(Gkml.subcommandsFor("--lang")).isEqualTo(GkmlCommand.SUBCOMMANDS);

    Run help = run("--help", "validate");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("validate", "merge", "export", "import", "diff", "build");
    Run typo = run("valdate");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("'valdate'").contains("gkml --help");
    Run sub = run("--lang", "en", "export", "--help");
    assertThat(sub.code()).isZero();
    assertThat(sub.out()).contains("Usage: gkml export").contains("xlsx").contains("html");
  }
}
