package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.app.Outcome;
import org.gkml.app.PublishService;
import org.gkml.error.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml export html [--region CODE] [--tier T] [-o FILE]}: a self-contained publication page;
 * without {@code --region} the basic catalogue. The files the page depends on are checked first;
 * with an error among their findings nothing is written and the exit code is 1. The work is {@link
 * PublishService#page}.
 */
@Command(name = "html", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportHtmlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin RegionOptions regions;

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
    Path target =
        OutputTarget.ofFormat(
            OutputTarget.resolve(output, null), spec.qualifiedName(), "html", "htm");
    OutputTarget.checkClear(target, List.of(common.root));
    Outcome<PublishService.Page> page =
        new PublishService(cli.session()).page(common.root, regions.region, regions.tier);
    if (page.stopped()) {
      return page.exitCode().code();
    }
    TextOutput.write(target, cli.out(), w -> page.value().write(fragment, w));
    Written.sayExport(cli, common.quiet, target, page.value().page().publication().domains());
    return ExitCode.OK.code();
  }
}
