package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.app.CheckService;
import org.gkml.error.GkmlException;
import org.gkml.oversight.ProvinceReport;
import org.gkml.oversight.ReportFormat;
import org.gkml.oversight.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml report [--format text|json|html|xlsx] [-o PATH]}: the province's overview of every
 * known region and domain (CLI.md 1.1). The tree is loaded once (documents only, as validate reads
 * it) and each region's chain resolved once. A file that did not load does not stop it: the
 * standings that depend on it are marked unreadable, its cause is printed, and the exit code is 1
 * (2 when it could not be read at all).
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand implements Callable<Integer> {
  /**
   * The file {@code --format xlsx} writes without {@code -o} (or into the folder {@code -o} names).
   */
  private static final String XLSX = "report.xlsx";

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(
      names = "--format",
      paramLabel = "text|json|html|xlsx",
      defaultValue = "text",
      descriptionKey = "report.format",
      completionCandidates = Choices.ReportFormats.class)
  String format;

  @Option(
      names = {"-o", "--output"},
      converter = OutputTarget.Converter.class,
      paramLabel = "PATH",
      descriptionKey = "report.output")
  Path output;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    ReportFormat f =
        ReportFormat.of(format)
            .orElseThrow(
                () ->
                    GkmlException.usage(
                        "report.badFormat",
                        format,
                        UsageErrors.hint(format, new Choices.ReportFormats().words())));
    // the same guard as every command that writes: never into the tree it reads (its default
    // report.xlsx included, when run inside the tree), through links, nor a folder as a file
    Path target =
        f.binary()
            ? (output != null ? OutputTarget.resolve(output, XLSX) : Path.of(XLSX))
            : OutputTarget.resolve(output, null);
    OutputTarget.checkClear(target, List.of(common.root));
    CheckService.Survey survey = new CheckService(cli.session()).surveyWhole(common.root);
    ProvinceReport report = ProvinceReport.of(survey.resolver(), survey.unread());
    if (f.binary()) {
      BinaryOutput.write(
          cli, target, out -> ReportWriter.writeXlsx(report, cli.clock().date(), out));
    } else {
      TextOutput.write(target, cli.out(), w -> ReportWriter.write(f, report, cli.messages(), w));
    }
    Written.say(cli, common.quiet, target);
    return survey.exitCode().code();
  }
}
