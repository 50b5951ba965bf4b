package org.gkml.oversight;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gkml.diff.RevisionNote;
import org.gkml.diff.render.MarkdownDiffReport;
import org.gkml.diff.render.RevisionColumns;
import org.gkml.i18n.Messages;
import org.gkml.model.Catalog;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Revision;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;

/**
 * The 修订说明 of a 备案 bundle ({@code gkml export filing}) as a Markdown document: who files and when,
 * which revision the 修订对照表 compares against, the revisions from the {@code revisions:} records of
 * the documents the region's effective catalogue is made of (each domain's basic catalogue, then
 * the overlays on the region's chain, county first), and the domains declared not applicable with
 * their reasons. Written in Chinese, the language of the filing, whatever {@code --lang} says;
 * plain text, so it opens anywhere and pastes into a notice.
 *
 * @param regionCode the filing region's code
 * @param regionName its name
 * @param tier its tier word
 * @param date the date of the bundle
 * @param since the revision compared against, or null when none was given
 * @param comparison the file name of the 修订对照表, or null when there is none
 * @param changes how many changes the 修订对照表 lists
 * @param notes the revisions to list, in report order
 * @param notApplicable the domains declared not applicable
 */
public record RevisionStatement(
    String regionCode,
    String regionName,
    String tier,
    String date,
    String since,
    String comparison,
    int changes,
    List<RevisionNote> notes,
    List<Effective> notApplicable) {

  public RevisionStatement {
    Objects.requireNonNull(regionCode);
    notes = List.copyOf(notes);
    notApplicable = List.copyOf(notApplicable);
  }

  /**
   * Every revision recorded by the documents a region's effective catalogue is made of: per domain
   * (in the resolver's order) the basic catalogue's record, then each overlay's on the chain,
   * newest first within each.
   */
  public static List<RevisionNote> records(Resolver resolver, RegionCode code) {
    List<RevisionNote> out = new ArrayList<>();
    for (String domain : resolver.domains()) {
      resolver
          .tree()
          .basic(domain)
          .map(Catalog::revisions)
          .orElse(List.of())
          .forEach(r -> out.add(new RevisionNote(domain, null, r)));
      for (Overlay o : resolver.chain(code, domain)) {
        for (Revision r : o.revisions()) {
          out.add(new RevisionNote(domain, o.region().code().digits(), r));
        }
      }
    }
    return out;
  }

  /** The document, UTF-8. */
  public byte[] markdown(Messages zh) {
    StringBuilder s = new StringBuilder();
    line(s, "# " + zh.get("filing.statement.title"));
    line(s, "");
    line(s, "- " + cell(zh.get("filing.statement.region", regionCode, regionName, tier)));
    line(s, "- " + cell(zh.get("filing.statement.date", date)));
    if (since == null) {
      line(s, "- " + cell(zh.get("filing.statement.noSince")));
    } else {
      line(s, "- " + cell(zh.get("filing.statement.since", since)));
      line(
          s,
          "- "
              + cell(zh.get("filing.statement.comparison", comparison, Integer.toString(changes))));
    }
    line(s, "");
    line(s, "## " + cell(zh.get("filing.statement.revisions", Integer.toString(notes.size()))));
    line(s, "");
    if (notes.isEmpty()) {
      line(
          s,
          cell(
              since == null
                  ? zh.get("filing.statement.noRecords")
                  : zh.get("filing.statement.noneSince", since)));
    } else {
      List<String> headers = RevisionColumns.headers(zh);
      row(s, headers);
      line(s, "|" + "---|".repeat(headers.size()));
      for (RevisionNote n : notes) {
        row(s, RevisionColumns.cells(n, zh));
      }
    }
    if (!notApplicable.isEmpty()) {
      line(s, "");
      line(s, "## " + cell(zh.get("filing.statement.notApplicable")));
      line(s, "");
      row(
          s,
          List.of(
              zh.get("diff.col.domain"),
              zh.get("filing.statement.declaredBy"),
              zh.get("filing.statement.reason")));
      line(s, "|---|---|---|");
      for (Effective e : notApplicable) {
        var na = e.notApplicable();
        row(
            s,
            List.of(
                e.domain(),
                na.region().code().digits() + " " + na.region().name(),
                na.reason() == null ? "" : na.reason()));
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder s, List<String> cells) {
    line(s, "| " + String.join(" | ", cells.stream().map(RevisionStatement::cell).toList()) + " |");
  }

  private static String cell(String text) {
    return MarkdownDiffReport.cell(text);
  }

  private static void line(StringBuilder s, String text) {
    s.append(text).append('\n');
  }
}
