package org.gkml.publish;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.model.Finding;
import org.gkml.model.NotApplicable;
import org.gkml.model.Severity;
import org.gkml.model.Tier;

/**
 * What a build did, written as {@code build-report.json}: the folders with their item counts, the
 * findings of the validation and the files per folder. The time taken is for the terminal only: the
 * file is the same for the same catalogues and date.
 *
 * @param pages one entry per region folder, in division-code order
 * @param basicItems items of the basic catalogue (every domain)
 * @param seconds wall time from the start of validation until the report
 */
public record BuildReport(
    String generator,
    String root,
    String date,
    Instant started,
    double seconds,
    int jobs,
    List<String> files,
    int basicItems,
    List<Page> pages,
    List<Finding> findings) {

  /**
   * One region folder: where it is, how many items (of them custom) its catalogue lists, and the
   * domains declared not applicable to it, by domain name.
   */
  public record Page(
      String code,
      String name,
      Tier tier,
      String folder,
      int items,
      int custom,
      Map<String, NotApplicable> notApplicable) {
    public Page {
      notApplicable = Collections.unmodifiableMap(new LinkedHashMap<>(notApplicable));
    }

    /** A folder whose every domain applies. */
    public Page(String code, String name, Tier tier, String folder, int items, int custom) {
      this(code, name, tier, folder, items, custom, Map.of());
    }
  }

  public BuildReport {
    files = List.copyOf(files);
    pages = List.copyOf(pages);
    findings = List.copyOf(findings);
  }

  public long regions(Tier tier) {
    return pages.stream().filter(p -> p.tier() == tier).count();
  }

  /** Rows over every region page. */
  public long publishedItems() {
    return pages.stream().mapToLong(Page::items).sum();
  }

  public long customItems() {
    return pages.stream().mapToLong(Page::custom).sum();
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  void write(OutputStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("generator", generator);
      g.writeStringField("root", root);
      g.writeStringField("date", date);
      // no start time or duration: the report is part of the published output, which is the same
      // bytes for the same catalogues and date (SOURCE_DATE_EPOCH)
      g.writeNumberField("jobs", jobs);
      g.writeArrayFieldStart("files");
      for (String f : files) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("regions");
      g.writeNumberField("total", pages.size());
      for (Tier t : Tier.values()) {
        g.writeNumberField(t.english(), regions(t));
      }
      g.writeEndObject();
      g.writeObjectFieldStart("items");
      g.writeNumberField("basic", basicItems);
      g.writeNumberField("published", publishedItems());
      g.writeNumberField("custom", customItems());
      g.writeEndObject();
      g.writeObjectFieldStart("findings");
      g.writeNumberField("errors", count(Severity.ERROR));
      g.writeNumberField("warnings", count(Severity.WARNING));
      g.writeArrayFieldStart("list");
      for (Finding f : findings) {
        g.writeStartObject();
        g.writeStringField("file", f.loc().file().display());
        g.writeNumberField("line", f.loc().line());
        g.writeNumberField("column", f.loc().column());
        g.writeStringField("severity", f.severity().word());
        g.writeStringField("rule", f.rule().id());
        g.writeStringField("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeObjectFieldStart("basic");
      g.writeStringField("folder", "basic");
      g.writeNumberField("items", basicItems);
      g.writeEndObject();
      g.writeArrayFieldStart("pages");
      for (Page p : pages) {
        g.writeStartObject();
        g.writeStringField("code", p.code());
        g.writeStringField("name", p.name());
        g.writeStringField("tier", p.tier().word());
        g.writeStringField("folder", p.folder());
        g.writeNumberField("items", p.items());
        g.writeNumberField("custom", p.custom());
        if (!p.notApplicable().isEmpty()) {
          // as merge writes a domain that does not apply: its reason and who declared it
          g.writeArrayFieldStart("not-applicable");
          for (var e : p.notApplicable().entrySet()) {
            g.writeStartObject();
            g.writeStringField("domain", e.getKey());
            g.writeStringField("reason", e.getValue().reason());
            g.writeStringField("declared-by", e.getValue().region().code().digits());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
