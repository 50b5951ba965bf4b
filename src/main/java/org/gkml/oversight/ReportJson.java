package org.gkml.oversight;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The report as JSON (CLI.md 1.1): {@code regions}, an array of {@code {code, name, tier, domains}}
 * with {@code domains} keyed by domain name, each {@code {status, items, custom, modified, removed,
 * stale}}, and {@code cause} ({@code file:line}) for status {@code unreadable}; and {@code
 * summary}, the totals.
 */
final class ReportJson {
  // compact: a province's report is a hundred megabytes when indented, and tools read it either way
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private ReportJson() {}

  /**
   * Streams the report: a province has some 560,000 (region, domain) cells, and building them as a
   * tree of maps before writing cost more than writing them.
   */
  static void write(ProvinceReport report, Writer out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("regions");
      for (ProvinceReport.RegionRow r : report.regions()) {
        g.writeStartObject();
        g.writeStringField("code", r.region().code().digits());
        g.writeStringField("name", r.region().name());
        g.writeStringField("tier", r.region().tier().word());
        g.writeObjectFieldStart("domains");
        for (Map.Entry<String, ProvinceReport.DomainStatus> e : r.domains().entrySet()) {
          ProvinceReport.DomainStatus d = e.getValue();
          g.writeObjectFieldStart(e.getKey());
          g.writeStringField("status", d.status().word());
          g.writeNumberField("items", d.items());
          g.writeNumberField("custom", d.custom());
          g.writeNumberField("modified", d.modified());
          g.writeNumberField("removed", d.removed());
          g.writeBooleanField("stale", d.stale());
          if (d.cause() != null) {
            g.writeStringField("cause", d.cause()); // where the file it depends on broke
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      ProvinceReport.Summary s = report.summary();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("regions", s.regions());
      g.writeNumberField("domains", s.domains());
      for (ProvinceReport.Status status : s.statuses()) {
        g.writeNumberField(status.word(), s.byStatus().get(status));
      }
      g.writeNumberField("custom", s.custom());
      g.writeNumberField("modified", s.modified());
      g.writeNumberField("removed", s.removed());
      g.writeNumberField("stale", s.stale());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write("\n");
    out.flush();
  }
}
