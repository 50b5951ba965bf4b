package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import org.gkml.model.Catalog;
import org.gkml.text.TerminalText;

/** The line every export prints after writing a file: what it wrote, and how much. */
final class ExportWritten {
  private ExportWritten() {}

  /**
   * Says that {@code target} holds {@code domains}, unless {@code quiet} or the output went to
   * stdout (directly, {@code -}, or through {@code /dev/stdout}), where the line would corrupt it.
   */
  static void say(CliContext cli, boolean quiet, Path target, List<Catalog> domains) {
    if (quiet
        || target == null
        || target.toString().equals(BinaryOutput.STDOUT)
        || OutputTarget.isStream(target)) {
      return;
    }
    long items = domains.stream().mapToLong(c -> c.items().size()).sum();
    cli.out()
        .println(
            TerminalText.quote(
                cli.messages().get("export.written", target, domains.size(), items)));
    cli.out().flush();
  }
}
