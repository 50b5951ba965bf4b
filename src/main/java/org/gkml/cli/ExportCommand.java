package org.gkml.cli;

import java.util.concurrent.Callable;
import org.gkml.error.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gkml export FORMAT}: the parent of the export formats; alone it only explains them. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    subcommands = {ExportXlsxCommand.class, ExportDocxCommand.class, ExportHtmlCommand.class})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    cli.err().println("gkml: " + cli.messages().get("cli.missingFormat", spec.qualifiedName()));
    spec.commandLine().usage(cli.err());
    return ExitCode.USAGE.code();
  }
}
