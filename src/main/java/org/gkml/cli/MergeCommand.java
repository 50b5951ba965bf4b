package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.resolve.Effective;
import org.gkml.resolve.EffectiveWriter;
import org.gkml.resolve.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml merge --region CODE}: the effective catalogue of a region as YAML or JSON. The files
 * the region depends on are checked first; with an error among their findings nothing is written
 * and the exit code is 1 (warnings go to stderr and the catalogue is written).
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false)
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--region", paramLabel = "CODE", descriptionKey = "merge.region")
  String region;

  @Option(names = "--tier", paramLabel = "T", descriptionKey = "merge.tier")
  String tier;

  @Option(names = "--domain", paramLabel = "D", descriptionKey = "merge.domain")
  String domain;

  @Option(
      names = "--format",
      paramLabel = "yaml|json",
      defaultValue = "yaml",
      descriptionKey = "merge.format")
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
    Pipeline pipeline = Pipeline.of(cli.messages());
    if (region == null) {
      throw GkmlException.usage("merge.noRegion");
    }
    RegionCode code = regionCode(region);
    Path target = OutputTarget.resolve(output, null);
    OutputTarget.checkClear(target, List.of(common.root));
    Tier t = tier(tier);
    EffectiveWriter.Format f =
        EffectiveWriter.Format.of(format)
            .orElseThrow(() -> GkmlException.usage("merge.badFormat", format));
    Pipeline.Checked checked = pipeline.checkRegion(common.root, code, domain);
    ExitCode gate = pipeline.admit(checked.validation(), cli, null);
    if (gate != ExitCode.OK) {
      return gate.code();
    }
    Resolver resolver = checked.resolver();
    List<Effective> catalogues =
        domain == null ? resolver.effective(code, t) : List.of(resolver.effective(code, t, domain));
    EffectiveWriter writer = new EffectiveWriter(resolver);
    TextOutput.write(
        target,
        cli.out(),
        w -> {
          if (domain == null) {
            writer.writeAll(f, catalogues, w);
          } else {
            writer.writeOne(f, catalogues.get(0), w);
          }
        });
    return 0;
  }

  /** A {@code --region} value: a division code, else a usage error. */
  static RegionCode regionCode(String text) {
    return RegionCode.parse(text.strip())
        .orElseThrow(() -> GkmlException.usage("resolve.badRegion", text));
  }

  /** A {@code --tier} value (null: the region's own tier), else a usage error. */
  static Tier tier(String text) {
    if (text == null) {
      return null;
    }
    return Tier.parse(text.toLowerCase(Locale.ROOT))
        .orElseThrow(() -> GkmlException.usage("resolve.badTier", text));
  }
}
