package org.gkml.cli;

import java.util.concurrent.Callable;
import org.gkml.model.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gkml import FORMAT FILE}: the parent of the import formats; alone it only explains them.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    subcommands = {ImportXlsxCommand.class})
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    cli.err().println("gkml: " + cli.messages().get("cli.missingFormat", spec.qualifiedName()));
    spec.commandLine().usage(cli.err());
    return ExitCode.USAGE.code();
  }
}
