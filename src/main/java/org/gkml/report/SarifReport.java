package org.gkml.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Rule;
import org.gkml.model.Suppressed;

/**
 * SARIF 2.1.0, the format code-scanning services read: one run, the rule catalogue as the driver's
 * rules (title, description and help from {@code rule.GKnnn.help}, which {@code RulesDocTest} keeps
 * equal to {@code docs/rules.md}), one result per finding with a fingerprint that survives edits
 * elsewhere in the file, and the findings that {@code # gkml-ignore} comments suppressed (with
 * their written reason) or that {@code --baseline} knew listed as suppressed.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT = "gkmlFindingKey/v1";
  // no web site documents the rules: help points at the file in the repository
  static final String RULES_DOC = "docs/rules.md#";

  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");

  /**
   * A Markdown link to a place in docs/rules.md or beside it ({@code [GK107](#gk107)}, {@code
   * (ci.md#…)}): a link without a scheme, which on a code-scanning alert page resolves to nothing.
   */
  private static final Pattern RELATIVE_LINK =
      Pattern.compile("\\[([^\\]]+)\\]\\((?![A-Za-z][A-Za-z0-9+.-]*:)[^)]*\\)");

  private SarifReport() {}

  static void write(ReportInput input, Writer out) throws IOException {
    Messages messages = input.messages();
    ObjectNode log = JsonReport.MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "gkml");
    driver.put("version", input.version());
    driver.put("semanticVersion", input.version());
    ArrayNode rules = driver.putArray("rules");
    Map<Rule, Integer> index = new EnumMap<>(Rule.class);
    for (Rule r : Rule.values()) {
      index.put(r, index.size());
      rules.add(rule(r, messages));
    }
    SourceRoot root = input.sourceRoot();
    run.putObject("originalUriBaseIds").putObject("SRCROOT").put("uri", root.uri());
    // columns are counted as the YAML parser counts them: in code points
    run.put("columnKind", "unicodeCodePoints");
    ArrayNode results = run.putArray("results");
    Map<Finding, String> fingerprints = fingerprints(input);
    for (Finding f : input.findings()) {
      results.add(result(f, index, fingerprints, root));
    }
    // known from the baseline: listed as accepted, so that alerts uploaded before stay open as
    // suppressed instead of closing as fixed
    for (Suppressed s : input.baselined()) {
      ObjectNode result = result(s.finding(), index, fingerprints, root);
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "external");
      suppression.put("status", "accepted");
      suppression.put("justification", s.justification());
      results.add(result);
    }
    for (Suppressed s : input.suppressed()) {
      ObjectNode result = result(s.finding(), index, fingerprints, root);
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "inSource");
      suppression.put("justification", s.justification());
      results.add(result);
    }
    JsonReport.MAPPER.writeValue(out, log);
    out.write('\n');
  }

  private static ObjectNode rule(Rule r, Messages messages) {
    ObjectNode rule = JsonReport.MAPPER.createObjectNode();
    rule.put("id", r.id());
    rule.put("name", pascalCase(r.name()));
    String help = messages.ruleHelp(r);
    String more = messages.get("sarif.moreHelp", RULES_DOC + r.id().toLowerCase(Locale.ROOT));
    rule.putObject("shortDescription").put("text", messages.ruleTitle(r));
    rule.putObject("fullDescription").put("text", plain(help));
    ObjectNode helpNode = rule.putObject("help");
    // a help that ends in a list (GK008, GK110) gets the pointer on a line of its own
    helpNode.put("text", plain(help) + (help.contains("\n") ? "\n\n" : " ") + more);
    helpNode.put("markdown", withoutRelativeLinks(help) + "\n\n" + more);
    rule.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
    return rule;
  }

  /**
   * Each result's fingerprint: the hash of its finding's key and, for findings with the same key
   * (two equal texts with the same problem in one list, say), its place among them in reading
   * order, counted over all results (new, baselined, suppressed), as GitHub does for its own line
   * hashes; a finding that moves into the baseline keeps its fingerprint.
   */
  private static Map<Finding, String> fingerprints(ReportInput input) {
    List<Finding> all = new ArrayList<>(input.findings());
    input.baselined().forEach(s -> all.add(s.finding()));
    input.suppressed().forEach(s -> all.add(s.finding()));
    all.sort(Finding.ORDER);
    Map<String, Integer> seen = new HashMap<>();
    Map<Finding, String> out = new IdentityHashMap<>();
    for (Finding f : all) {
      String hash = FindingKey.of(f, input.sourceRoot(), input.subject()).hash();
      out.put(f, hash + ":" + seen.merge(hash, 1, Integer::sum));
    }
    return out;
  }

  private static ObjectNode result(
      Finding f, Map<Rule, Integer> index, Map<Finding, String> fingerprints, SourceRoot root) {
    ObjectNode result = JsonReport.MAPPER.createObjectNode();
    result.put("ruleId", f.rule().id());
    result.put("ruleIndex", index.get(f.rule()));
    result.put("level", level(f.severity()));
    result.putObject("message").put("text", f.message());
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    String display = f.loc().file().display();
    Optional<String> relative = root.relative(display);
    if (relative.isPresent()) {
      artifact.put("uri", SourceRoot.relativeUri(relative.get()));
      artifact.put("uriBaseId", "SRCROOT");
    } else {
      // outside the source root no relative reference resolves: the file's own absolute URI
      artifact.put(
          "uri", root.absolute(display).map(p -> p.toUri().toASCIIString()).orElse(display));
    }
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(1, f.loc().line()));
    region.put("startColumn", Math.max(1, f.loc().column()));
    result.putObject("partialFingerprints").put(FINGERPRINT, fingerprints.get(f));
    return result;
  }

  private static String level(org.gkml.model.Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }

  /** {@code DUPLICATE_KEY} as {@code DuplicateKey}: SARIF's friendly rule names are PascalCase. */
  static String pascalCase(String constant) {
    StringBuilder sb = new StringBuilder();
    for (String word : constant.split("_")) {
      sb.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /**
   * The help in Markdown with its cross-references to other rules ({@code [GK107](#gk107)}) as
   * their text: SARIF help has no base to resolve them against (there is no {@code helpUri}), so on
   * GitHub's alert page such a link leads nowhere. docs/rules.md itself keeps them.
   */
  static String withoutRelativeLinks(String markdown) {
    return RELATIVE_LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }

  /** The help text without Markdown's link and code marks, for viewers that show plain text. */
  static String plain(String markdown) {
    return MARKDOWN_LINK.matcher(markdown).replaceAll("$1").replace("`", "").replace("**", "");
  }
}
