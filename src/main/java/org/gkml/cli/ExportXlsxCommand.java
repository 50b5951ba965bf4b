package org.gkml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gkml.app.Outcome;
import org.gkml.app.PublishService;
import org.gkml.error.ExitCode;
import org.gkml.export.DocxExporter;
import org.gkml.export.ExcelExporter;
import org.gkml.export.ExcelOptions;
import org.gkml.export.PublishedCatalog;
import org.gkml.model.ChannelVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml export xlsx [--region CODE] [--tier T]}: the official table layout as an Excel
 * workbook; without {@code --region} the basic catalogue with all three tier columns. The work is
 * {@link PublishService#table}.
 */
@Command(name = "xlsx", mixinStandardHelpOptions = true, sortOptions = false)
class ExportXlsxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin RegionOptions regions;

  @Option(
      names = "--channels",
      paramLabel = "checklist|list",
      defaultValue = "checklist",
      descriptionKey = "export.channels",
      converter = ChannelStyleConverter.class,
      completionCandidates = Choices.ChannelStyles.class)
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
    // a name of another format is refused before the tree is read; one without any, completed
    Path named = OutputTarget.ofFormat(output, spec.qualifiedName(), extension());
    Outcome<PublishService.Table> table =
        new PublishService(cli.session()).table(common.root, regions.region, regions.tier);
    if (table.stopped()) {
      return table.exitCode().code();
    }
    PublishedCatalog published = table.value().catalog();
    String name = defaultName(published, extension());
    Path target = named != null ? OutputTarget.resolve(named, name) : Path.of(name);
    OutputTarget.checkClear(target, List.of(common.root));
    Writer writer = writer(table.value().vocabulary(), table.value().sources());
    BinaryOutput.write(cli, target, out -> writer.write(published, out));
    Written.sayExport(cli, common.quiet, target, published.domains());
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

  /**
   * The exporter of this format; a workbook records in its hidden sheet what each domain's table
   * was made from ({@code sources}), for {@code import --region} to compare.
   */
  Writer writer(ChannelVocabulary vocabulary, Map<String, String> sources) {
    ExcelExporter exporter =
        new ExcelExporter(ExcelOptions.defaults().withChannels(channels), vocabulary);
    return (published, out) -> exporter.write(published, sources, out);
  }

  /** The Word exporter ({@code export docx}). */
  static Writer docx(ExcelOptions.ChannelStyle channels, ChannelVocabulary vocabulary) {
    return new DocxExporter(channels, vocabulary)::write;
  }

  /** {@code basic.xlsx}, {@code 511703-达川区.xlsx}, {@code 511703-达川区-乡级.xlsx}. */
  static String defaultName(PublishedCatalog p) {
    return defaultName(p, "xlsx");
  }

  /** As {@link #defaultName(PublishedCatalog)}, with another extension. */
  static String defaultName(PublishedCatalog p, String extension) {
    return PublishService.fileName(p, extension);
  }

  /** Reads {@code --channels}: checklist or list. */
  static final class ChannelStyleConverter implements ITypeConverter<ExcelOptions.ChannelStyle> {
    @Override
    public ExcelOptions.ChannelStyle convert(String value) {
      return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "checklist" -> ExcelOptions.ChannelStyle.CHECKLIST;
        case "list" -> ExcelOptions.ChannelStyle.LIST;
        default -> throw BadValue.notOneOf(new Choices.ChannelStyles());
      };
    }
  }
}
