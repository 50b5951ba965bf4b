package org.gkml.report;

import java.io.IOException;
import java.io.Writer;
import org.gkml.model.Finding;
import org.gkml.text.TerminalText;

/**
 * GNU-style lines ({@code file:line:col: severity RULE: message}) that editors and CI matchers pick
 * up.
 */
final class TextReport {
  private TextReport() {}

  static void write(ReportInput input, Writer out) throws IOException {
    for (Finding f : input.findings()) {
      out.write(line(f));
      out.write('\n');
    }
    out.write(
        input
            .messages()
            .get("summary.findings", input.errors(), input.warnings(), input.files().size()));
    out.write('\n');
  }

  /** One finding on one line, whatever its file name or message holds (quoted, never raw). */
  static String line(Finding f) {
    return TerminalText.quote(
        f.loc().file().display()
            + ":"
            + f.loc().line()
            + ":"
            + f.loc().column()
            + ": "
            + f.severity().word()
            + " "
            + f.rule().id()
            + ": "
            + f.message());
  }
}
