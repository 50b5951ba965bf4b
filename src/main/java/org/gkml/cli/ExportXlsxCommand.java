package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.check.Validation;
import org.gkml.export.ExcelExporter;
import org.gkml.export.ExcelOptions;
import org.gkml.export.PublishedCatalog;
import org.gkml.load.TreeLoader;
import org.gkml.model.CatalogTree;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.ExitCode;
import org.gkml.model.Finding;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.report.FindingsFormat;
import org.gkml.report.FindingsReporter;
import org.gkml.report.ReportInput;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;
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
      Validation v = pipeline.validate(common.root, List.of(common.root.resolve("basic")));
      if (v.exitCode(false) != ExitCode.OK) {
        report(v, cli);
        return v.exitCode(false).code();
      }
      CatalogTree tree = v.loaded().tree();
      published =
          PublishedCatalog.basic(tree.basics(), t, tree.config().issuer(), cli.clock().date());
      vocabulary = ChannelVocabulary.standard().with(tree.config().channels());
    } else {
      RegionCode code = MergeCommand.regionCode(region);
      TreeLoader.Result loaded = pipeline.loadChain(common.root, code);
      Resolver resolver = new Resolver(loaded.tree());
      List<Effective> catalogues = resolver.effective(code, t);
      Validation v =
          pipeline.checkChain(
              loaded, resolver, code, catalogues.stream().map(Effective::domain).toList());
      if (v.exitCode(false) != ExitCode.OK) {
        report(v, cli);
        return v.exitCode(false).code();
      }
      published =
          PublishedCatalog.region(
              code, t, catalogues, loaded.tree().config().issuer(), cli.clock().date());
      vocabulary = resolver.vocabulary();
    }
    Path target = output != null ? output : Path.of(defaultName(published, extension()));
    PublishedCatalog written = published;
    Writer writer = writer(vocabulary);
    BinaryOutput.write(target, out -> writer.write(written, out));
    if (!common.quiet && !target.toString().equals(BinaryOutput.STDOUT)) {
      long items = published.domains().stream().mapToLong(c -> c.items().size()).sum();
      cli.out()
          .println(cli.messages().get("export.written", target, published.domains().size(), items));
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
    return (ownTier ? base : base + "-" + p.tier().word()) + "." + extension;
  }

  private static void report(Validation v, CliContext cli) {
    List<Finding> errors = v.findings().stream().filter(Finding::isError).toList();
    ReportInput input =
        new ReportInput(errors, v.files(), false, GkmlCommand.Version.current(), cli.messages());
    try {
      FindingsReporter.write(FindingsFormat.TEXT, input, cli.err());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    cli.err().println("gkml: " + cli.messages().get("export.invalidTree"));
    cli.err().flush();
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
