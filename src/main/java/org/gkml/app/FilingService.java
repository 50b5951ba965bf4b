package org.gkml.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gkml.diff.DiffResult;
import org.gkml.diff.Differ;
import org.gkml.diff.RevisionNote;
import org.gkml.diff.render.DiffReporter;
import org.gkml.error.GkmlException;
import org.gkml.export.DocxExporter;
import org.gkml.export.ExcelExporter;
import org.gkml.export.ExcelOptions;
import org.gkml.export.PublishedCatalog;
import org.gkml.i18n.Messages;
import org.gkml.io.AtomicFile;
import org.gkml.model.RegionCode;
import org.gkml.oversight.FilingManifest;
import org.gkml.oversight.RevisionStatement;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;

/**
 * {@code export filing}: the 备案 bundle a region files with the level above, assembled in memory (a
 * region's tables are small) so the command can write it whole or not at all:
 *
 * <ul>
 *   <li>its effective catalogue at its own tier as {@code export xlsx} and {@code export docx}
 *       write it (the same checks, the same exporters, the same file names);
 *   <li>with a revision, the 修订对照表 of that catalogue between the tree at that revision (git) and
 *       the working tree, as {@code diff --git REV --region CODE --format xlsx} writes it; without,
 *       none (there is nothing to compare against, and the 修订说明 then lists the whole revision
 *       records);
 *   <li>the 修订说明 ({@value #STATEMENT}) from the {@code revisions:} of the basic catalogues and the
 *       overlays on the region's chain;
 *   <li>{@value FilingManifest#JSON_NAME} and {@value FilingManifest#SUMS_NAME} with a SHA-256 per
 *       file.
 * </ul>
 */
public final class FilingService {
  public static final String COMPARISON = "修订对照表.xlsx";
  public static final String STATEMENT = "修订说明.md";

  private final Session session;

  public FilingService(Session session) {
    this.session = session;
  }

  /**
   * The bundle of {@code region}, compared with the tree at {@code since} (git) when not null. The
   * same gate as the exports: an error in a file the catalogue depends on stops it.
   */
  public Outcome<Bundle> bundle(Path root, RegionCode region, String since) {
    Outcome<PublishService.Filing> filing = new PublishService(session).filing(root, region);
    if (filing.stopped()) {
      return Outcome.stop(filing.exitCode());
    }
    // the bundle is filed in Chinese, whatever the user's language
    Messages zh = Messages.of(Locale.CHINESE);
    Resolver resolver = filing.value().resolver();
    PublishedCatalog published = filing.value().catalog();
    LocalDate date = published.date();

    DiffResult comparison = null;
    if (since != null) {
      comparison =
          new Differ(session.messages())
              .git(
                  "--since",
                  since,
                  root,
                  new Differ.RegionView(region, null, RegionService.effectiveCatalogs()));
    }

    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> descriptions = new LinkedHashMap<>();
    ExcelOptions.ChannelStyle channels = ExcelOptions.ChannelStyle.CHECKLIST;
    String xlsx = PublishService.fileName(published, "xlsx");
    String docx = PublishService.fileName(published, "docx");
    ExcelExporter excel =
        new ExcelExporter(ExcelOptions.defaults().withChannels(channels), resolver.vocabulary());
    files.put(xlsx, render(out -> excel.write(published, out)));
    descriptions.put(xlsx, zh.get("filing.file.xlsx"));
    DocxExporter word = new DocxExporter(channels, resolver.vocabulary());
    files.put(docx, render(out -> word.write(published, out)));
    descriptions.put(docx, zh.get("filing.file.docx"));
    List<RevisionNote> notes;
    if (comparison != null) {
      DiffResult diff = comparison;
      files.put(COMPARISON, render(out -> DiffReporter.writeXlsx(diff, date, out)));
      descriptions.put(COMPARISON, zh.get("filing.file.comparison", since));
      notes = comparison.revisions();
    } else {
      notes = RevisionStatement.records(resolver, region);
    }
    List<Effective> notApplicable = new ArrayList<>();
    for (Effective e : resolver.effective(region, null)) {
      if (!e.applicable()) {
        notApplicable.add(e);
      }
    }
    RevisionStatement statement =
        new RevisionStatement(
            region.digits(),
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
                "gkml " + session.version(),
                region.digits(),
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
    int changes = comparison == null ? 0 : comparison.changes().size();
    return Outcome.of(new Bundle(files, changes, changes > 0 && notes.isEmpty()));
  }

  /**
   * The bundle's files by name, in the order they are written.
   *
   * @param files each file's bytes
   * @param changes how many changes the comparison found (0 without one)
   * @param unrecorded the catalogue changed since the revision but no revision record says why
   */
  public record Bundle(Map<String, byte[]> files, int changes, boolean unrecorded) {}

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
