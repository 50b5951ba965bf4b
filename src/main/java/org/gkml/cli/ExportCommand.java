package org.gkml.cli;

import java.util.concurrent.Callable;
import org.gkml.model.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gkml export FORMAT}: the parent of the export formats. Temporary in branch publish, until
 * the excel branch's parent of the same name arrives; then only the subcommand line matters.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    subcommands = {ExportHtmlCommand.class})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    spec.commandLine().usage(cli.err());
    return ExitCode.USAGE.code();
  }
}
