package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.error.ExitCode;
import org.gkml.export.ExcelExporter;
import org.gkml.export.ExcelOptions;
import org.gkml.export.PublishedCatalog;
import org.gkml.io.SafeName;
import org.gkml.model.CatalogTree;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;
import org.gkml.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code gkml export xlsx [--region CODE] [--tier T]}: the official table layout as an Excel
 * workbook; without {@code --region} the basic catalogue with all three tier columns.
 */
@Command(name = "xlsx", mixinStandardHelpOptions = true, sortOptions = false)
class ExportXlsxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--region", paramLabel = "CODE", descriptionKey = "export.region")
  String region;

  @Option(names = "--tier", paramLabel = "T", descriptionKey = "export.tier")
  String tier;

  @Option(
      names = "--channels",
      paramLabel = "checklist|list",
      defaultValue = "checklist",
      descriptionKey = "export.channels",
      converter = ChannelStyleConverter.class)
  ExcelOptions.ChannelStyle channels;

  @Option(
      names = {"-o", "--output"},
      converter = OutputTarget.Converter.class,
      paramLabel = "FILE",
      descriptionKey = "export.output")
  Path output;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    Pipeline pipeline = Pipeline.of(cli.messages());
    Tier t = MergeCommand.tier(tier);
    PublishedCatalog published;
    ChannelVocabulary vocabulary;
    if (region == null) {
      Pipeline.Checked checked = pipeline.checkBasics(common.root);
      ExitCode gate = pipeline.admit(checked.validation(), cli, "export.invalidTree");
      if (gate != ExitCode.OK) {
        return gate.code();
      }
      CatalogTree tree = checked.validation().loaded().tree();
      published =
          PublishedCatalog.basic(tree.basics(), t, tree.config().issuer(), cli.clock().date());
      vocabulary = ChannelVocabulary.standard().with(tree.config().channels());
    } else {
      RegionCode code = MergeCommand.regionCode(region);
      Pipeline.Checked checked = pipeline.checkRegion(common.root, code, null);
      ExitCode gate = pipeline.admit(checked.validation(), cli, "export.invalidTree");
      if (gate != ExitCode.OK) {
        return gate.code();
      }
      Resolver resolver = checked.resolver();
      List<Effective> catalogues = resolver.effective(code, t);
      published =
          PublishedCatalog.region(
              code, t, catalogues, resolver.tree().config().issuer(), cli.clock().date());
      vocabulary = resolver.vocabulary();
    }
    String name = defaultName(published, extension());
    Path target = output != null ? OutputTarget.resolve(output, name) : Path.of(name);
    OutputTarget.checkClear(target, List.of(common.root));
    PublishedCatalog written = published;
    Writer writer = writer(vocabulary);
    BinaryOutput.write(target, out -> writer.write(written, out));
    // not after a workbook sent to stdout, directly or through /dev/stdout: it would corrupt it
    if (!common.quiet
        && !target.toString().equals(BinaryOutput.STDOUT)
        && !OutputTarget.isStream(target)) {
      long items = published.domains().stream().mapToLong(c -> c.items().size()).sum();
      cli.out()
          .println(
              TerminalText.quote(
                  cli.messages().get("export.written", target, published.domains().size(), items)));
      cli.out().flush();
    }
    return ExitCode.OK.code();
  }

  /** What writes the file: the catalogue to a stream. */
  interface Writer {
    void write(PublishedCatalog published, java.io.OutputStream out) throws java.io.IOException;
  }

  /** The file's extension, without the dot. */
  String extension() {
    return "xlsx";
  }

  /** The exporter of this format. */
  Writer writer(ChannelVocabulary vocabulary) {
    ExcelExporter exporter =
        new ExcelExporter(ExcelOptions.defaults().withChannels(channels), vocabulary);
    return exporter::write;
  }

  /** {@code basic.xlsx}, {@code 511703-达川区.xlsx}, {@code 511703-达川区-乡级.xlsx}. */
  static String defaultName(PublishedCatalog p) {
    return defaultName(p, "xlsx");
  }

  /** As {@link #defaultName(PublishedCatalog)}, with another extension. */
  static String defaultName(PublishedCatalog p, String extension) {
    String base =
        p.isBasic()
            ? "basic"
            : p.regionName().isEmpty() ? p.regionCode() : p.regionCode() + "-" + p.regionName();
    boolean ownTier =
        p.tier() == null
            || (!p.isBasic()
                && Tier.ofCodeLength(p.regionCode().length()).orElse(null) == p.tier());
    // a region's name comes from the catalogue tree: one safe name, inside the working folder
    return SafeName.of(ownTier ? base : base + "-" + p.tier().word(), "." + extension);
  }

  /** Reads {@code --channels}: checklist or list. */
  static final class ChannelStyleConverter implements ITypeConverter<ExcelOptions.ChannelStyle> {
    @Override
    public ExcelOptions.ChannelStyle convert(String value) {
      return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "checklist" -> ExcelOptions.ChannelStyle.CHECKLIST;
        case "list" -> ExcelOptions.ChannelStyle.LIST;
        default -> throw new TypeConversionException("'" + value + "' (checklist, list)");
      };
    }
  }
}
