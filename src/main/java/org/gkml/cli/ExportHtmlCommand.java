package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.error.ExitCode;
import org.gkml.export.HtmlExporter;
import org.gkml.export.HtmlPage;
import org.gkml.model.Tier;
import org.gkml.publish.Published;
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
      converter = OutputTarget.Converter.class,
      paramLabel = "FILE",
      descriptionKey = "option.output")
  Path output;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    Tier t = MergeCommand.tier(tier);
    Pipeline pipeline = Pipeline.of(cli.messages());
    Path target = OutputTarget.resolve(output, null);
    OutputTarget.checkClear(target, List.of(common.root));
    HtmlPage page;
    String issuer;
    if (region == null) {
      Pipeline.Checked checked = pipeline.checkBasics(common.root);
      ExitCode gate = pipeline.admit(checked.validation(), cli, "export.invalidTree");
      if (gate != ExitCode.OK) {
        return gate.code();
      }
      var tree = checked.validation().loaded().tree();
      page = HtmlPage.basic(tree.config().name(), tree.basics(), t, cli.clock().date());
      issuer = tree.config().issuer();
    } else {
      var code = MergeCommand.regionCode(region);
      Pipeline.Checked checked = pipeline.checkRegion(common.root, code, null);
      ExitCode gate = pipeline.admit(checked.validation(), cli, "export.invalidTree");
      if (gate != ExitCode.OK) {
        return gate.code();
      }
      Resolver resolver = checked.resolver();
      issuer = resolver.tree().config().issuer();
      List<Effective> catalogues = resolver.effective(code, t);
      Effective first = catalogues.get(0);
      Published p = new Published(first.region(), first.tier(), catalogues);
      page =
          new HtmlPage(
              resolver.tree().config().name(),
              p.region(),
              p.tier(),
              p.domains(),
              p.customIds(),
              List.of(),
              cli.clock().date());
    }
    HtmlExporter exporter = new HtmlExporter("gkml " + GkmlCommand.Version.current());
    HtmlPage written = page;
    String by = issuer;
    if (fragment) {
      TextOutput.write(target, cli.out(), w -> exporter.writeFragment(written, by, w));
    } else {
      TextOutput.write(target, cli.out(), w -> exporter.write(written, w));
    }
    return ExitCode.OK.code();
  }
}
