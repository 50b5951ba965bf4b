package org.gkml.resolve;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The schema gkml writes YAML with: a plain scalar counts as text only when no common YAML reader
 * would take it for something else. The patterns are the union of YAML 1.1's and YAML 1.2's core
 * and JSON schemas (numbers with signs, underscores, leading zeros, octal, hex, binary and
 * sexagesimal forms; yes/no/on/off; dates and timestamps; null and ~; the merge key), so the writer
 * quotes {@code 001}, {@code 2025.10}, {@code 511703}, {@code NO} and {@code 2025-03-01}.
 */
final class TextSchema implements Schema {
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> BOOL =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");

  /**
   * The characters a number, date, timestamp or merge key starts with (the patterns below): any
   * other text needs no pattern. Most of a catalogue's text is Chinese, and writing a province
   * matched every scalar against every pattern.
   */
  private static final String PATTERN_STARTS = "0123456789+-.<=";

  private static final Pattern INT =
      Pattern.compile(
          "[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])*");
  private static final Pattern FLOAT =
      Pattern.compile(
          String.join(
              "|",
              "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?",
              "[-+]?[0-9][0-9_]*(\\.[0-9_]*)?[eE][-+]?[0-9]+",
              "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*",
              "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"));
  private static final Pattern OTHER =
      Pattern.compile(
          "[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
              + "(([Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\\.[0-9]*)?"
              + "([ \\t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?)?"
              + "|<<|=");
  private static final Tag TIMESTAMP_OR_MERGE = new Tag("tag:yaml.org,2002:timestamp");

  private static final ScalarResolver RESOLVER =
      (value, implicit) -> {
        if (!Boolean.TRUE.equals(implicit)) {
          return Tag.STR;
        }
        if (NULL.contains(value)) {
          return Tag.NULL;
        }
        if (BOOL.contains(value)) {
          return Tag.BOOL;
        }
        if (PATTERN_STARTS.indexOf(value.charAt(0)) < 0) {
          return Tag.STR;
        }
        if (INT.matcher(value).matches()) {
          return Tag.INT;
        }
        if (FLOAT.matcher(value).matches()) {
          return Tag.FLOAT;
        }
        return OTHER.matcher(value).matches() ? TIMESTAMP_OR_MERGE : Tag.STR;
      };

  @Override
  public ScalarResolver getScalarResolver() {
    return RESOLVER;
  }

  @Override
  public Map<Tag, ConstructNode> getSchemaTagConstructors() {
    return Map.of();
  }
}
