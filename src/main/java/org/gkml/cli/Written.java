package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import org.gkml.model.Catalog;
import org.gkml.text.TerminalText;

/**
 * The line a command prints after writing the file named by {@code -o}: what it wrote (and, for an
 * export, how much). Never after output sent to stdout (by default, {@code -o -}, or through {@code
 * /dev/stdout}), where the line would end up inside the output.
 */
final class Written {
  private Written() {}

  /** "wrote FILE", unless {@code quiet} or the output is a stream. */
  static void say(CliContext cli, boolean quiet, Path target) {
    if (toFile(quiet, target)) {
      print(cli, cli.messages().get("output.wrote", target));
    }
  }

  /** "wrote FILE: N domains, M items", unless {@code quiet} or the output is a stream. */
  static void sayExport(CliContext cli, boolean quiet, Path target, List<Catalog> domains) {
    if (toFile(quiet, target)) {
      long items = domains.stream().mapToLong(c -> c.items().size()).sum();
      print(cli, cli.messages().get("export.written", target, domains.size(), items));
    }
  }

  private static boolean toFile(boolean quiet, Path target) {
    return !quiet
        && target != null
        && !target.toString().equals(BinaryOutput.STDOUT)
        && !OutputTarget.isStream(target);
  }

  private static void print(CliContext cli, String line) {
    cli.out().println(TerminalText.quote(line));
    cli.out().flush();
  }
}
