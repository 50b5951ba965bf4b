package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.gkml.publish.BuildProgress;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

  @Test
  void drawsTheBarOnTheCommandsOwnErrorWriter() {
    StringWriter err = new StringWriter();
    try (TerminalProgress bar = new TerminalProgress(new PrintWriter(err), "Publishing")) {
      bar.start(3);
      bar.advance();
      bar.advance();
      bar.advance();
    }
    assertThat(err.toString()).contains("Publishing").contains("3/3").contains("\r");
  }

  @Test
  void quietOrNoTerminalShowsNothing() {
    CliContext cli =
        new CliContext(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            org.gkml.i18n.Messages.english());
    // tests run without a console
    assertThat(TerminalProgress.of(cli, /* quiet= */ false)).isSameAs(BuildProgress.NONE);
    assertThat(TerminalProgress.of(cli, /* quiet= */ true)).isSameAs(BuildProgress.NONE);
  }
}
