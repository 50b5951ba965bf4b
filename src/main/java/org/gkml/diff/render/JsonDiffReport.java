package org.gkml.diff.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.diff.Change;
import org.gkml.diff.DiffResult;
import org.gkml.diff.Impact;
import org.gkml.text.JsonTextEscapes;

/**
 * {@code {changes: [{domain, region, item, kind, field, before, after, class}], summary: {breaking,
 * changed, additive}}} (CLI.md "Diff output"); when overlays below are broken, also {@code impact:
 * [{file, line, column, domain, region, item, rule, message}]}.
 */
final class JsonDiffReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(JsonTextEscapes.factory())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonDiffReport() {}

  static void write(DiffResult result, Writer out) throws IOException {
    MAPPER.writeValue(out, document(result));
    out.write('\n');
  }

  /** The report as plain maps and lists, keys in the documented order. */
  static Map<String, Object> document(DiffResult result) {
    List<Object> changes = new ArrayList<>();
    for (Change c : result.changes()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("domain", c.domain());
      o.put("region", c.region());
      o.put("item", c.item());
      o.put("kind", c.kind().word());
      o.put("field", c.field());
      o.put("before", c.before());
      o.put("after", c.after());
      o.put("class", c.changeClass().word());
      changes.add(o);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    result.summary().forEach((k, v) -> summary.put(k.word(), v));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("changes", changes);
    doc.put("summary", summary);
    if (!result.impacts().isEmpty()) {
      List<Object> impacts = new ArrayList<>();
      for (Impact i : result.impacts()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", i.loc().file().display());
        o.put("line", i.loc().line());
        o.put("column", i.loc().column());
        o.put("domain", i.domain());
        o.put("region", i.region());
        o.put("item", i.item());
        o.put("rule", i.rule().id());
        o.put("message", i.message());
        impacts.add(o);
      }
      doc.put("impact", impacts);
    }
    return doc;
  }
}
