package org.gkml.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gkml.check.Validation;
import org.gkml.export.HtmlExporter;
import org.gkml.export.HtmlPage;
import org.gkml.model.CatalogTree;
import org.gkml.model.ExitCode;
import org.gkml.model.Finding;
import org.gkml.model.GkmlException;
import org.gkml.model.Tier;
import org.gkml.report.FindingsFormat;
import org.gkml.report.FindingsReporter;
import org.gkml.report.ReportInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml export html [--region CODE] [--tier T] [-o FILE]}: a self-contained publication page;
 * without {@code --region} the basic catalogue. The files the page depends on are checked first;
 * with an error among their findings nothing is written and the exit code is 1.
 */
@Command(name = "html", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportHtmlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--region", paramLabel = "CODE", descriptionKey = "html.region")
  String region;

  @Option(names = "--tier", paramLabel = "T", descriptionKey = "html.tier")
  String tier;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      descriptionKey = "option.output")
  Path output;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    Tier t = tier(tier);
    if (region != null) {
      throw GkmlException.usage("html.regionUnavailable", region);
    }
    Validation v =
        Pipeline.of(cli.messages()).validate(common.root, List.of(common.root.resolve("basic")));
    report(v, cli);
    if (v.exitCode(false) != ExitCode.OK) {
      return v.exitCode(false).code();
    }
    CatalogTree tree = v.loaded().tree();
    HtmlPage page = HtmlPage.basic(tree.config().name(), tree.basics(), t, LocalDate.now());
    HtmlExporter exporter = new HtmlExporter("gkml " + GkmlCommand.Version.current());
    TextOutput.write(output, cli.out(), w -> exporter.write(page, w));
    return ExitCode.OK.code();
  }

  /** A {@code --tier} value (null: the region's own tier), else a usage error. */
  static Tier tier(String text) {
    if (text == null) {
      return null;
    }
    return Tier.parse(text.toLowerCase(Locale.ROOT))
        .orElseThrow(() -> GkmlException.usage("html.badTier", text));
  }

  private static void report(Validation v, CliContext cli) {
    List<Finding> shown = v.findings();
    if (shown.isEmpty()) {
      return;
    }
    ReportInput input =
        new ReportInput(shown, v.files(), false, GkmlCommand.Version.current(), cli.messages());
    TextOutput.write(null, cli.err(), w -> FindingsReporter.write(FindingsFormat.TEXT, input, w));
  }
}
