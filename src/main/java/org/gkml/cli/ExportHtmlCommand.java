package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.check.Validation;
import org.gkml.export.HtmlExporter;
import org.gkml.export.HtmlPage;
import org.gkml.load.TreeLoader;
import org.gkml.model.ExitCode;
import org.gkml.model.Tier;
import org.gkml.publish.Published;
import org.gkml.report.FindingsFormat;
import org.gkml.report.FindingsReporter;
import org.gkml.report.ReportInput;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;
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

  @Option(names = "--fragment", descriptionKey = "html.fragment")
  boolean fragment;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      descriptionKey = "option.output")
  Path output;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    Tier t = MergeCommand.tier(tier);
    Pipeline pipeline = Pipeline.of(cli.messages());
    HtmlPage page;
    Validation v;
    if (region == null) {
      v = pipeline.validate(common.root, List.of(common.root.resolve(TreeLoader.BASIC_DIR)));
      report(v, cli);
      if (v.exitCode(false) != ExitCode.OK) {
        return v.exitCode(false).code();
      }
      var tree = v.loaded().tree();
      page = HtmlPage.basic(tree.config().name(), tree.basics(), t, cli.clock().date());
    } else {
      var code = MergeCommand.regionCode(region);
      TreeLoader.Result loaded = pipeline.loadChain(common.root, code);
      Resolver resolver = new Resolver(loaded.tree());
      List<Effective> catalogues = resolver.effective(code, t);
      v =
          pipeline.checkChain(
              loaded, resolver, code, catalogues.stream().map(Effective::domain).toList());
      report(v, cli);
      if (v.exitCode(false) != ExitCode.OK) {
        return v.exitCode(false).code();
      }
      Effective first = catalogues.get(0);
      Published p = new Published(first.region(), first.tier(), catalogues);
      page =
          new HtmlPage(
              loaded.tree().config().name(),
              p.region(),
              p.tier(),
              p.domains(),
              p.customIds(),
              List.of(),
              cli.clock().date());
    }
    HtmlExporter exporter = new HtmlExporter("gkml " + GkmlCommand.Version.current());
    HtmlPage written = page;
    String issuer = v.loaded() == null ? null : v.loaded().tree().config().issuer();
    if (fragment) {
      TextOutput.write(output, cli.out(), w -> exporter.writeFragment(written, issuer, w));
    } else {
      TextOutput.write(output, cli.out(), w -> exporter.write(written, w));
    }
    return ExitCode.OK.code();
  }

  private static void report(Validation v, CliContext cli) {
    if (v.findings().isEmpty()) {
      return;
    }
    ReportInput input =
        new ReportInput(
            v.findings(), v.files(), false, GkmlCommand.Version.current(), cli.messages());
    TextOutput.write(null, cli.err(), w -> FindingsReporter.write(FindingsFormat.TEXT, input, w));
  }
}
