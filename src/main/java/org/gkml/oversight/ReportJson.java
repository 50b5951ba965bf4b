package org.gkml.oversight;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON (CLI.md 1.1): {@code regions}, an array of {@code {code, name, tier, domains}}
 * with {@code domains} keyed by domain name, each {@code {status, items, custom, modified, removed,
 * stale}}; and {@code summary}, the totals.
 */
final class ReportJson {
  // compact: a province's report is a hundred megabytes when indented, and tools read it either way
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private ReportJson() {}

  static void write(ProvinceReport report, Writer out) throws IOException {
    JSON.writeValue(out, tree(report));
    out.write("\n");
    out.flush();
  }

  static Map<String, Object> tree(ProvinceReport report) {
    List<Object> regions = new ArrayList<>(report.regions().size());
    for (ProvinceReport.RegionRow r : report.regions()) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("code", r.region().code().digits());
      region.put("name", r.region().name());
      region.put("tier", r.region().tier().word());
      Map<String, Object> domains = new LinkedHashMap<>();
      r.domains()
          .forEach(
              (domain, d) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("status", d.status().word());
                m.put("items", d.items());
                m.put("custom", d.custom());
                m.put("modified", d.modified());
                m.put("removed", d.removed());
                m.put("stale", d.stale());
                domains.put(domain, m);
              });
      region.put("domains", domains);
      regions.add(region);
    }
    ProvinceReport.Summary s = report.summary();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("regions", s.regions());
    summary.put("domains", s.domains());
    for (ProvinceReport.Status status : ProvinceReport.Status.values()) {
      summary.put(status.word(), s.byStatus().get(status));
    }
    summary.put("custom", s.custom());
    summary.put("modified", s.modified());
    summary.put("removed", s.removed());
    summary.put("stale", s.stale());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("regions", regions);
    root.put("summary", summary);
    return root;
  }
}
