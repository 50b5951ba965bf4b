package org.gkml.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml import FILE [--domain D] [--root DIR] [-o PATH] [--strict] [--simplified]}: a
 * published catalogue table — workbook, saved web page or Word document, told apart by content — as
 * catalogue YAML. {@code import xlsx FILE} stays as the version 1 spelling.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    subcommands = {ImportXlsxCommand.class})
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "import.anyFile")
  Path file;

  @Mixin ImportOptions options;

  @Override
  public Integer call() {
    if (file == null) {
      CliContext cli = CliContext.of(spec);
      cli.err().println("gkml: " + cli.messages().get("import.noFileGiven", spec.qualifiedName()));
      spec.commandLine().usage(cli.err());
      return ExitCode.USAGE.code();
    }
    if (UsageErrors.commandLike(file.toString())) {
      // import xlxs: a misspelt command taken for the file
      Optional<String> meant = UsageErrors.meant(file.toString(), spec.subcommands().keySet());
      if (meant.isPresent()) {
        throw GkmlException.usage(
            "cli.notFileNorCommand",
            file,
            spec.qualifiedName(),
            new Messages.Text("cli.didYouMean", meant.get()));
      }
    }
    return ImportXlsxCommand.run(spec, common, file, options, "");
  }
}
