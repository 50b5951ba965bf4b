package org.gkml.oversight;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gkml.model.Messages;

/**
 * The report for people on a terminal: a heading line per region, one line per domain it customized
 * or declared not applicable (the domains it inherits are counted, not listed), its last revision,
 * and the totals at the end.
 */
final class ReportText {
  private ReportText() {}

  static void write(ProvinceReport report, Messages messages, Writer out) throws IOException {
    for (ProvinceReport.RegionRow r : report.regions()) {
      out.write(
          r.region().code().digits()
              + " "
              + r.region().name()
              + " ("
              + r.region().tier().word()
              + ")\n");
      int inherited = 0;
      for (Map.Entry<String, ProvinceReport.DomainStatus> e : r.domains().entrySet()) {
        ProvinceReport.DomainStatus d = e.getValue();
        if (d.status() == ProvinceReport.Status.INHERITED) {
          inherited++;
          continue;
        }
        out.write("  " + e.getKey() + ": " + cell(d, messages) + "\n");
      }
      if (inherited > 0) {
        out.write("  " + messages.get("report.text.inherited", inherited) + "\n");
      }
      if (r.last() != null) {
        out.write("  " + last(r.last(), messages) + "\n");
      }
    }
    ProvinceReport.Summary s = report.summary();
    out.write(
        messages.get(
                "report.text.summary",
                s.regions(),
                s.byStatus().get(ProvinceReport.Status.OVERLAY),
                s.byStatus().get(ProvinceReport.Status.NOT_APPLICABLE),
                s.stale())
            + "\n");
    out.flush();
  }

  /** One domain's standing as a short line: the status, then what the region's overlay did. */
  static String cell(ProvinceReport.DomainStatus d, Messages messages) {
    List<String> parts = new ArrayList<>();
    parts.add(messages.get(d.status().labelKey()));
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
