package org.gkml.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.importer.CatalogYaml;
import org.gkml.importer.ImportNote;
import org.gkml.importer.ImportResult;
import org.gkml.importer.TableImporter;
import org.gkml.importer.TreeIds;
import org.gkml.io.FileBatch;
import org.gkml.io.IoReason;
import org.gkml.load.BoundedInput;
import org.gkml.load.OfficeLockFile;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Severity;
import org.gkml.text.TerminalText;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml import xlsx FILE [--domain D] [-o FILE|DIR] [--strict] [--simplified]}: a published
 * catalogue table as catalogue YAML, with a report of every cell that could not be used and every
 * judgement made. Kept from version 1; it reads whatever {@code gkml import FILE} reads.
 */
@Command(name = "xlsx", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportXlsxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE", descriptionKey = "import.file")
  Path file;

  @Mixin ImportOptions options;

  @Override
  public Integer call() {
    return run(spec, common, file, options, "xlsx");
  }

  /**
   * One import, for {@code gkml import FILE} and {@code gkml import xlsx FILE} alike: the reader is
   * chosen by the file's content, the report printed, the catalogues written.
   */
  /**
   * Refuses an office program's lock file named for the workbook (it holds no table, only who has
   * the workbook open), and warns when one lies beside the workbook: it is open in Excel or WPS,
   * and what the clerk has not saved yet is not in the file that is read.
   */
  private static void officeLocks(CliContext cli, Path file) {
    if (OfficeLockFile.is(file) && Files.isRegularFile(file)) {
      throw GkmlException.usage("import.officeLockFile", file);
    }
    OfficeLockFile.besides(file)
        .ifPresent(
            lock ->
                cli.err()
                    .println(
                        TerminalText.quote(
                            new ImportNote(
                                    Severity.WARNING,
                                    null,
                                    null,
                                    "import.workbookOpen",
                                    List.of(lock.getFileName()))
                                .render(file.toString(), cli.messages()))));
  }

  static int run(
      CommandSpec spec, CommonOptions common, Path file, ImportOptions options, String how) {
    officeLocks(CliContext.of(spec), file);
    if (options.region != null) {
      return RegionImportCommand.run(spec, common, file, options);
    }
    if (options.intoTree) {
      throw GkmlException.usage("import.intoTreeNeedsRegion");
    }
    if (options.acceptChangedTree) {
      throw GkmlException.usage("import.acceptChangedTreeNeedsRegion");
    }
    // as new catalog reads it: a slug names its domain, a slip of a known name is refused
    String domain =
        options.domain == null ? null : TableImporter.domainNamed(options.domain, Map.of());
    Path output = OutputTarget.fileOrStdout(options.output);
    boolean strict = options.strict;
    boolean simplified = options.simplified;
    CliContext cli = CliContext.of(spec);
    Messages messages = cli.messages();
    TableImporter importer =
        new TableImporter(vocabulary(common), () -> TreeIds.of(common.root), simplified);
    ImportResult result;
    try {
      result = importer.read(file, domain, file.toString());
    } catch (OutOfMemoryError e) {
      // the limits should refuse such a file first; if not, still one line
      throw GkmlException.usage("import.tooComplex", file);
    }
    for (ImportNote note : result.notes()) {
      // cell text and sheet names are the workbook's: quoted, one note one line
      cli.err().println(TerminalText.quote(note.render(file.toString(), messages)));
    }
    cli.err().flush();
    if (!result.catalogs().isEmpty()) {
      String comment = "gkml import " + (how.isEmpty() ? "" : how + " ") + file.getFileName();
      write(result, output, comment, cli, common.quiet);
    }
    if (!common.quiet) {
      long items = result.catalogs().stream().mapToLong(c -> c.items().size()).sum();
      cli.err()
          .println(
              messages.get(
                  "import.summary",
                  items,
                  result.catalogs().size(),
                  result.errors(),
                  result.warnings(),
                  result.infos()));
      cli.err().flush();
    }
    return result.exitCode(strict).code();
  }

  private static void write(
      ImportResult result, Path output, String comment, CliContext cli, boolean quiet) {
    List<Catalog> catalogs = result.catalogs();
    Map<String, Map<String, Object>> extras = result.extras();
    if (output == null) {
      TextOutput.write(
          null,
          cli.out(),
          w -> {
            for (int i = 0; i < catalogs.size(); i++) {
              if (catalogs.size() > 1) {
                w.write("---\n");
              }
              w.write(CatalogYaml.write(catalogs.get(i), comment, extras));
            }
          });
      return;
    }
    if (isYamlFile(output) && !Files.isDirectory(output)) {
      if (catalogs.size() != 1) {
        throw GkmlException.usage("import.oneDomainFile", output, catalogs.size());
      }
      TextOutput.write(
          output, cli.out(), w -> w.write(CatalogYaml.write(catalogs.get(0), comment, extras)));
      return;
    }
    // every domain's file or none (CLI.md): all are written aside first, then put in place
    FileBatch batch = new FileBatch();
    List<Path> targets = new ArrayList<>();
    for (Catalog c : catalogs) {
      Path target = output.resolve(TableImporter.fileName(c.domain()));
      batch.write(target, CatalogYaml.write(c, comment, extras).getBytes(StandardCharsets.UTF_8));
      targets.add(target);
    }
    try {
      batch.commit();
    } catch (FileBatch.Failed e) {
      throw IoReason.cannotWrite(e.target(), e.reason());
    }
    if (!quiet) {
      // as import --region --into-tree says what it wrote
      targets.forEach(t -> cli.err().println(cli.messages().get("import.regionWritten", t)));
    }
  }

  private static boolean isYamlFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * The standard channels plus those the catalogue root's gkml.yaml declares, if there is one. Only
   * its {@code channels} list is read (validating the config is {@code validate}'s job).
   */
  static ChannelVocabulary vocabulary(CommonOptions common) {
    Path config = common.root.resolve(TreeLoader.CONFIG_FILE);
    try {
      if (Files.exists(config)) {
        Object doc =
            new Load(LoadSettings.builder().build()).loadFromString(BoundedInput.readText(config));
        if (doc instanceof Map<?, ?> m && m.get("channels") instanceof List<?> list) {
          return ChannelVocabulary.standard()
              .with(
                  list.stream().filter(String.class::isInstance).map(String.class::cast).toList());
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable config declares nothing; validate reports it
    }
    return ChannelVocabulary.standard();
  }
}
