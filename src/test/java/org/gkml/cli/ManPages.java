package org.gkml.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.gkml.i18n.Messages;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages of gkml and every subcommand as AsciiDoc, from the same picocli model and
 * English help texts that {@code --help} prints (picocli-codegen's ManPageGenerator). {@code mvn
 * package} runs it and converts the pages to troff with Asciidoctor into {@code target/man/man1},
 * which the release archive ships as {@code man/man1/} (pom.xml, src/assembly/release.xml).
 */
public final class ManPages {
  /** A usage width no synopsis reaches. */
  static final int UNWRAPPED = 10_000;

  private ManPages() {}

  /** Usage: {@code ManPages OUT_DIR}. */
  public static void main(String[] args) throws IOException {
    int code = write(new File(args[0]));
    if (code != 0) {
      throw new IllegalStateException("man page generation failed: " + code);
    }
  }

  /**
   * Writes {@code gkml.adoc} and {@code gkml-<command>.adoc} for every command into {@code dir}.
   */
  static int write(File dir) throws IOException {
    return ManPageGenerator.generateManPage(
        dir, null, new boolean[0], /* overwrite= */ true, model().getCommandSpec());
  }

  /** Every command, with help texts from the English bundle (as {@code --lang en --help}). */
  static CommandLine model() {
    Messages messages = Messages.english();
    PrintWriter sink = new PrintWriter(new StringWriter());
    CommandLine cli =
        new CommandLine(new GkmlCommand(new CliContext(sink, sink, messages, Map.of())));
    GkmlCommand.SUBCOMMANDS.forEach(cli::addSubcommand);
    // one line per synopsis: AsciiDoc joins the lines picocli would wrap it into with a space, and
    // a break inside "[--changed[=REV]]" read "--changed [=REV]"; man wraps the page itself
    cli.setUsageHelpWidth(UNWRAPPED);
    cli.setResourceBundle(
        ResourceBundle.getBundle(
            "org.gkml.Messages",
            Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    return cli;
  }
}
