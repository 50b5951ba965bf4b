package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.app.Outcome;
import org.gkml.app.RegionService;
import org.gkml.error.GkmlException;
import org.gkml.model.RegionCode;
import org.gkml.resolve.EffectiveWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml merge --region CODE}: the effective catalogue of a region as YAML or JSON. The files
 * the region depends on are checked first; with an error among their findings nothing is written
 * and the exit code is 1 (warnings go to stderr and the catalogue is written). The work is {@link
 * RegionService#merge}.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false)
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin RegionOptions regions;

  @Option(names = "--domain", paramLabel = "D", descriptionKey = "merge.domain")
  String domain;

  @Option(
      names = "--format",
      paramLabel = "yaml|json",
      defaultValue = "yaml",
      descriptionKey = "merge.format",
      completionCandidates = Choices.MergeFormats.class)
  String format;

  @Option(
      names = {"-o", "--output"},
      converter = OutputTarget.Converter.class,
      paramLabel = "FILE",
      descriptionKey = "option.output")
  Path output;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    RegionCode region = regions.required();
    Path target = OutputTarget.resolve(output, null);
    OutputTarget.checkClear(target, List.of(common.root));
    EffectiveWriter.Format f =
        EffectiveWriter.Format.of(format)
            .orElseThrow(
                () ->
                    GkmlException.usage(
                        "merge.badFormat",
                        format,
                        UsageErrors.hint(format, new Choices.MergeFormats().words())));
    Outcome<RegionService.Merged> merged =
        new RegionService(cli.session()).merge(common.root, region, regions.tier, domain);
    if (merged.stopped()) {
      return merged.exitCode().code();
    }
    TextOutput.write(target, cli.out(), w -> merged.value().write(f, w));
    Written.say(cli, common.quiet, target);
    return 0;
  }
}
