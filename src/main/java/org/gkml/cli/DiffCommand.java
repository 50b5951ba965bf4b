package org.gkml.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gkml.app.RegionService;
import org.gkml.diff.DiffResult;
import org.gkml.diff.Differ;
import org.gkml.diff.FailOn;
import org.gkml.diff.render.DiffFormat;
import org.gkml.diff.render.DiffReporter;
import org.gkml.diff.render.Palette;
import org.gkml.diff.source.Revision;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.io.IoReason;
import org.gkml.io.SafeName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml diff OLD NEW} and {@code gkml diff --git REV|A..B [PATH]}: the classified changes
 * between two catalogue versions, as a CI gate ({@code --fail-on}) and a 修订对照表.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false)
final class DiffCommand implements Callable<Integer> {
  private static final String GIT = "--git";

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "0..2", descriptionKey = "diff.paths")
  List<Path> paths;

  @Option(names = GIT, paramLabel = "REV|A..B", descriptionKey = "diff.git")
  String git;

  @Mixin RegionOptions regions;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      descriptionKey = "diff.format",
      completionCandidates = Choices.DiffFormats.class,
      converter = FormatConverter.class)
  DiffFormat format;

  @Option(
      names = "--fail-on",
      paramLabel = "breaking|any|none",
      defaultValue = "breaking",
      descriptionKey = "diff.failOn",
      completionCandidates = Choices.FailOnWords.class,
      converter = FailOnConverter.class)
  FailOn failOn;

  @Option(
      names = "--color",
      paramLabel = "auto|always|never",
      defaultValue = "auto",
      descriptionKey = "diff.color",
      completionCandidates = Choices.ColorWords.class,
      converter = ColorConverter.class)
  Ansi color;

  @Option(
      names = {"-o", "--output"},
      converter = OutputTarget.Converter.class,
      paramLabel = "FILE",
      descriptionKey = "option.output")
  Path output;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    if (git != null) {
      Revision.namedOrRange(GIT, git); // before anything is read, as every option taking a revision
    }
    Differ differ = new Differ(cli.messages());
    Differ.RegionView view = regionView();
    List<Path> named = paths == null ? List.of() : paths;
    OutputTarget.checkClear(
        OutputTarget.resolve(output, format.binary() ? defaultXlsx() : null),
        git != null && named.isEmpty() ? List.of(common.root) : named);
    DiffResult result;
    if (git != null) {
      if (named.size() > 1) {
        throw GkmlException.usage("diff.usage.gitPath");
      }
      result = differ.git(GIT, git, named.isEmpty() ? common.root : named.get(0), view);
    } else {
      if (named.size() != 2) {
        throw GkmlException.usage("diff.usage.twoPaths");
      }
      result = differ.paths(named.get(0), named.get(1), view);
    }
    write(result, cli);
    return (failOn.fails(result) ? ExitCode.FINDINGS : ExitCode.OK).code();
  }

  private Differ.RegionView regionView() {
    if (regions.region == null) {
      if (regions.tier != null) {
        throw GkmlException.usage("diff.usage.tierWithoutRegion");
      }
      return null;
    }
    return new Differ.RegionView(regions.region, regions.tier, RegionService.effectiveCatalogs());
  }

  private void write(DiffResult result, CliContext cli) {
    if (format.binary()) {
      Path target =
          output != null ? OutputTarget.resolve(output, defaultXlsx()) : Path.of(defaultXlsx());
      // rendered before the output is opened: a failure or an interrupt while the workbook is
      // built leaves no temporary file behind
      ByteArrayOutputStream workbook = new ByteArrayOutputStream();
      try {
        DiffReporter.writeXlsx(result, cli.clock().date(), workbook);
      } catch (IOException e) {
        throw IoReason.cannotWrite(target, e);
      }
      BinaryOutput.write(cli, target, workbook::writeTo);
      Written.say(cli, common.quiet, target);
      return;
    }
    Palette palette =
        format == DiffFormat.TEXT && output == null && color.enabled()
            ? DiffCommand::paint
            : Palette.PLAIN;
    StringWriter report = new StringWriter();
    try {
      DiffReporter.write(format, result, cli.messages(), palette, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    Path target = OutputTarget.resolve(output, null);
    TextOutput.write(target, cli.out(), w -> w.write(report.toString()));
    Written.say(cli, common.quiet, target);
  }

  /** {@code diff.xlsx}, or {@code diff-<region>.xlsx}. */
  private String defaultXlsx() {
    return regions.region == null
        ? "diff.xlsx"
        : SafeName.of("diff-" + regions.region.digits(), ".xlsx");
  }

  /** Colours through picocli's ANSI styles. */
  private static String paint(Palette.Tone tone, String text) {
    Style[] styles =
        switch (tone) {
          case HEADING -> new Style[] {Style.bold};
          case BREAKING -> new Style[] {Style.fg_red, Style.bold};
          case CHANGED -> new Style[] {Style.fg_yellow};
          case ADDITIVE -> new Style[] {Style.fg_green};
          case DELETED -> new Style[] {Style.fg_red};
          case INSERTED -> new Style[] {Style.fg_green};
          case DIM -> new Style[] {Style.faint};
        };
    return Style.on(styles) + text + Style.reset.on();
  }

  static final class FormatConverter implements ITypeConverter<DiffFormat> {
    @Override
    public DiffFormat convert(String value) {
      return DiffFormat.of(value).orElseThrow(() -> BadValue.notOneOf(new Choices.DiffFormats()));
    }
  }

  static final class FailOnConverter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      for (FailOn f : FailOn.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw BadValue.notOneOf(new Choices.FailOnWords());
    }
  }

  /** {@code auto} leaves it to picocli (a console, no NO_COLOR...); the others force it. */
  static final class ColorConverter implements ITypeConverter<Ansi> {
    @Override
    public Ansi convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "auto" -> Ansi.AUTO;
        case "always" -> Ansi.ON;
        case "never" -> Ansi.OFF;
        default -> throw BadValue.notOneOf(new Choices.ColorWords());
      };
    }
  }
}
