package org.gkml.oversight;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gkml.i18n.Messages;
import org.gkml.text.TerminalText;

/**
 * The report for people on a terminal: a heading line per region, one line per domain it customized
 * or declared not applicable (the domains it inherits are counted, not listed), its last revision,
 * and the totals at the end.
 */
final class ReportText {
  private ReportText() {}

  static void write(ProvinceReport report, Messages messages, Writer out) throws IOException {
    for (ProvinceReport.RegionRow r : report.regions()) {
      line(
          out,
          messages.get(
              "report.text.region",
              r.region().code().digits(),
              r.region().name(),
              r.region().tier().word()));
      int inherited = 0;
      for (Map.Entry<String, ProvinceReport.DomainStatus> e : r.domains().entrySet()) {
        ProvinceReport.DomainStatus d = e.getValue();
        if (d.status() == ProvinceReport.Status.INHERITED) {
          inherited++;
          continue;
        }
        line(out, "  " + messages.get("labelled", e.getKey(), cell(d, messages)));
      }
      if (inherited > 0) {
        line(out, "  " + messages.get("report.text.inherited", inherited));
      }
      if (r.last() != null) {
        line(out, "  " + last(r.last(), messages));
      }
    }
    ProvinceReport.Summary s = report.summary();
    line(
        out,
        messages.get(
            "report.text.summary",
            s.regions(),
            s.byStatus().get(ProvinceReport.Status.OVERLAY),
            s.byStatus().get(ProvinceReport.Status.NOT_APPLICABLE),
            s.stale()));
    out.flush();
  }

  /** One line for a terminal: names and summaries are the catalogues' text, quoted. */
  private static void line(Writer out, String text) throws IOException {
    out.write(TerminalText.quote(text));
    out.write('\n');
  }

  /** One domain's standing as a short line: the status, then what the region's overlay did. */
  static String cell(ProvinceReport.DomainStatus d, Messages messages) {
    List<String> parts = new ArrayList<>();
    parts.add(messages.get(d.status().labelKey()));
    if (d.status() == ProvinceReport.Status.UNREADABLE) {
      parts.add(messages.get("report.cause", d.cause())); // nothing is known but where it broke
      return String.join(" · ", parts);
    }
    parts.add(messages.get("report.items", d.items()));
    if (d.status() == ProvinceReport.Status.OVERLAY) {
      parts.add(messages.get("report.counts", d.custom(), d.modified(), d.removed()));
    }
    if (d.stale()) {
      parts.add(messages.get("report.stale"));
    }
    return String.join(" · ", parts);
  }

  static String last(ProvinceReport.LastRevision last, Messages messages) {
    return messages.get(
        "report.lastRevision",
        last.revision().version(),
        last.revision().date() == null ? "" : last.revision().date(),
        last.domain(),
        last.revision().summary() == null ? "" : last.revision().summary());
  }
}
