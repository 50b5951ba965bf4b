package org.gkml.cli;

import java.util.concurrent.Callable;
import org.gkml.error.ExitCode;
import org.gkml.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gkml export FORMAT}: the parent of the export formats; alone it only explains them. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    subcommands = {
      ExportXlsxCommand.class,
      ExportDocxCommand.class,
      ExportHtmlCommand.class,
      ExportFilingCommand.class
    })
final class ExportCommand implements Callable<Integer>, CommandGroup {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    cli.err().println("gkml: " + missingSubcommand(spec, cli.messages()));
    spec.commandLine().usage(cli.err());
    return ExitCode.USAGE.code();
  }

  @Override
  public String missingSubcommand(CommandSpec spec, Messages messages) {
    // every format there is, in the order of the help (not only the first one written)
    String formats = String.join("|", spec.subcommands().keySet());
    return messages.get("cli.missingFormat", spec.qualifiedName(), formats);
  }
}
