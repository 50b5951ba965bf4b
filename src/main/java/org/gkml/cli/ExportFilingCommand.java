package org.gkml.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gkml.app.Outcome;
import org.gkml.app.PublishService;
import org.gkml.app.RegionService;
import org.gkml.diff.DiffResult;
import org.gkml.diff.Differ;
import org.gkml.diff.RevisionNote;
import org.gkml.diff.render.DiffReporter;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.export.ExcelOptions;
import org.gkml.export.PublishedCatalog;
import org.gkml.i18n.Messages;
import org.gkml.io.AtomicFile;
import org.gkml.model.RegionCode;
import org.gkml.oversight.FilingManifest;
import org.gkml.oversight.RevisionStatement;
import org.gkml.publish.StagedOutput;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;
import org.gkml.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml export filing --region CODE [--since REV] -o DIR} (CLI.md 1.1): the 备案 bundle a
 * region files with the level above, in one folder:
 *
 * <ul>
 *   <li>its effective catalogue at its own tier as {@code export xlsx} and {@code export docx}
 *       write it (the same checks, the same exporters, the same file names);
 *   <li>with {@code --since REV}, the 修订对照表 of that catalogue between the tree at {@code REV} (git)
 *       and the working tree, as {@code diff --git REV --region CODE --format xlsx} writes it;
 *       without, none (there is nothing to compare against; a note says so, and the 修订说明 then lists
 *       the whole revision records);
 *   <li>the 修订说明 ({@value #STATEMENT}) from the {@code revisions:} of the basic catalogues and the
 *       overlays on the region's chain;
 *   <li>{@value FilingManifest#JSON_NAME} and {@value FilingManifest#SUMS_NAME} with a SHA-256 per
 *       file.
 * </ul>
 *
 * <p>Every file is rendered in memory first (a region's tables are small), then written to a
 * staging folder that is renamed into place: the folder appears whole or not at all, and exit 0
 * means every file is there.
 */
@Command(name = "filing", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportFilingCommand implements Callable<Integer> {
  static final String COMPARISON = "修订对照表.xlsx";
  static final String STATEMENT = "修订说明.md";

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      required = true,
      descriptionKey = "filing.region",
      converter = RegionOptions.RegionConverter.class)
  RegionCode region;

  @Option(names = "--since", paramLabel = "REV", descriptionKey = "filing.since")
  String since;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      descriptionKey = "filing.output")
  Path output;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    Messages zh = Messages.of(Locale.CHINESE);
    RegionCode code = region;
    if (output.toString().equals(BinaryOutput.STDOUT) || OutputTarget.isStream(output)) {
      throw GkmlException.usage("filing.badOutput", output);
    }
    OutputTarget.checkClear(output, List.of(common.root));

    // the same gate as export xlsx/docx: an error in any file the catalogue depends on stops it
    Outcome<PublishService.Filing> filing =
        new PublishService(cli.session()).filing(common.root, code);
    if (filing.stopped()) {
      return filing.exitCode().code();
    }
    Resolver resolver = filing.value().resolver();
    PublishedCatalog published = filing.value().catalog();
    java.time.LocalDate date = published.date();

    DiffResult comparison = null;
    if (since != null) {
      comparison =
          new Differ(cli.messages())
              .git(
                  since,
                  common.root,
                  new Differ.RegionView(code, null, RegionService.effectiveCatalogs()));
    }

    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> descriptions = new LinkedHashMap<>();
    ExcelOptions.ChannelStyle channels = ExcelOptions.ChannelStyle.CHECKLIST;
    String xlsx = ExportXlsxCommand.defaultName(published, "xlsx");
    String docx = ExportXlsxCommand.defaultName(published, "docx");
    files.put(
        xlsx,
        render(
            out -> ExportXlsxCommand.excel(channels, resolver.vocabulary()).write(published, out)));
    descriptions.put(xlsx, zh.get("filing.file.xlsx"));
    files.put(
        docx,
        render(
            out -> ExportXlsxCommand.docx(channels, resolver.vocabulary()).write(published, out)));
    descriptions.put(docx, zh.get("filing.file.docx"));
    List<RevisionNote> notes;
    if (comparison != null) {
      DiffResult diff = comparison;
      files.put(COMPARISON, render(out -> DiffReporter.writeXlsx(diff, date, out)));
      descriptions.put(COMPARISON, zh.get("filing.file.comparison", since));
      notes = comparison.revisions();
    } else {
      notes = RevisionStatement.records(resolver, code);
    }
    List<Effective> notApplicable = new ArrayList<>();
    for (Effective e : resolver.effective(code, null)) {
      if (!e.applicable()) {
        notApplicable.add(e);
      }
    }
    RevisionStatement statement =
        new RevisionStatement(
            code.digits(),
            published.regionName(),
            published.tier().word(),
            date.toString(),
            since,
            comparison == null ? null : COMPARISON,
            comparison == null ? 0 : comparison.changes().size(),
            notes,
            notApplicable);
    files.put(STATEMENT, statement.markdown(zh));
    descriptions.put(STATEMENT, zh.get("filing.file.statement"));

    FilingManifest manifest =
        new FilingManifest(
            new FilingManifest.Header(
                "gkml " + GkmlCommand.Version.current(),
                code.digits(),
                published.regionName(),
                published.tier().word(),
                date.toString(),
                since));
    files.forEach((name, bytes) -> manifest.add(name, descriptions.get(name), bytes));
    byte[] json = render(out -> out.write(manifest.json()));
    FilingManifest.Entry jsonEntry =
        new FilingManifest.Entry(
            FilingManifest.JSON_NAME,
            zh.get("filing.file.manifest"),
            json.length,
            FilingManifest.sha256(json));
    files.put(FilingManifest.JSON_NAME, json);
    files.put(FilingManifest.SUMS_NAME, manifest.sums(jsonEntry));

    write(files);
    if (comparison != null && !comparison.changes().isEmpty() && notes.isEmpty()) {
      cli.err()
          .println(
              "gkml: "
                  + TerminalText.quote(
                      cli.messages()
                          .get(
                              "filing.unrecorded",
                              Integer.toString(comparison.changes().size()),
                              since)));
    }
    if (!common.quiet) {
      if (since == null) {
        cli.err().println("gkml: " + cli.messages().get("filing.noSince"));
        cli.err().flush();
      }
      cli.out()
          .println(
              TerminalText.quote(
                  cli.messages()
                      .get("filing.written", OutputTarget.display(output), files.size())));
    }
    cli.err().flush();
    cli.out().flush();
    return ExitCode.OK.code();
  }

  /** Writes every file into a staging folder, then puts the folder in the target's place. */
  private void write(Map<String, byte[]> files) {
    try (StagedOutput staged = StagedOutput.prepare(output, StagedOutput.FILING)) {
      Path folder = staged.folder();
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        staged.check();
        byte[] bytes = f.getValue();
        AtomicFile.write(folder.resolve(f.getKey()), out -> out.write(bytes));
      }
      for (String name : files.keySet()) {
        if (!Files.isRegularFile(folder.resolve(name))) {
          throw new IOException("not written: " + name); // exit 0 only when every file is there
        }
      }
      staged.commit();
    } catch (IOException e) {
      throw GkmlException.usage("cli.cannotWrite", output, e.getMessage());
    }
  }

  private static byte[] render(AtomicFile.Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      body.writeTo(out);
    } catch (IOException e) {
      throw GkmlException.usage("cli.cannotWrite", "-", e.getMessage());
    }
    return out.toByteArray();
  }
}
