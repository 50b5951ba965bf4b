package org.gkml.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.gkml.model.Finding;
import org.gkml.text.JsonTextEscapes;

/** An array of {@code {file, line, column, severity, rule, message, pointer}} (CLI.md). */
final class JsonReport {
  static final ObjectMapper MAPPER =
      new ObjectMapper(JsonTextEscapes.factory())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonReport() {}

  static void write(ReportInput input, Writer out) throws IOException {
    ArrayNode array = MAPPER.createArrayNode();
    for (Finding f : input.findings()) {
      ObjectNode o = array.addObject();
      o.put("file", f.loc().file().display());
      o.put("line", f.loc().line());
      o.put("column", f.loc().column());
      o.put("severity", f.severity().word());
      o.put("rule", f.rule().id());
      o.put("message", f.message());
      o.put("pointer", f.loc().pointer());
    }
    MAPPER.writeValue(out, array);
    out.write('\n');
  }
}
