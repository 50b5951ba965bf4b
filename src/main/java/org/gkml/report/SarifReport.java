package org.gkml.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.Map;
import org.gkml.model.Finding;
import org.gkml.model.Rule;

/**
 * SARIF 2.1.0, the format code-scanning services read: one run, the rule catalogue as the driver's
 * rules (with their documentation), one result per finding.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String RULES_DOC = "https://gkml.org/docs/rules.md#";

  private SarifReport() {}

  static void write(ReportInput input, Writer out) throws IOException {
    ObjectNode log = JsonReport.MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "gkml");
    driver.put("version", input.version());
    driver.put("semanticVersion", input.version());
    driver.put("informationUri", "https://gkml.org/");
    ArrayNode rules = driver.putArray("rules");
    Map<Rule, Integer> index = new EnumMap<>(Rule.class);
    for (Rule r : Rule.values()) {
      index.put(r, index.size());
      ObjectNode rule = rules.addObject();
      rule.put("id", r.id());
      rule.put("name", r.name());
      rule.putObject("shortDescription").put("text", input.messages().ruleTitle(r));
      rule.put("helpUri", RULES_DOC + r.id().toLowerCase(java.util.Locale.ROOT));
      rule.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
    }
    run.putObject("originalUriBaseIds").putObject("SRCROOT").put("uri", srcRoot());
    ArrayNode results = run.putArray("results");
    for (Finding f : input.findings()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", f.rule().id());
      result.put("ruleIndex", index.get(f.rule()));
      result.put("level", level(f.severity()));
      result.putObject("message").put("text", f.message());
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", uri(f.loc().file().display()));
      artifact.put("uriBaseId", "SRCROOT");
      ObjectNode region = physical.putObject("region");
      region.put("startLine", Math.max(1, f.loc().line()));
      region.put("startColumn", Math.max(1, f.loc().column()));
    }
    JsonReport.MAPPER.writeValue(out, log);
    out.write('\n');
  }

  private static String level(org.gkml.model.Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }

  /** A relative path as a URI reference: forward slashes, non-ASCII percent-encoded. */
  static String uri(String path) {
    String slashed = path.replace('\\', '/');
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return slashed;
    }
  }

  private static String srcRoot() {
    String cwd = java.nio.file.Path.of("").toAbsolutePath().toUri().toASCIIString();
    return cwd.endsWith("/") ? cwd : cwd + "/";
  }
}
