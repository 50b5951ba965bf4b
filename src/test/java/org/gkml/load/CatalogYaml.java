package org.gkml.load;

import java.util.List;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.Tier;

/**
 * Writes a catalogue as YAML for round-trip tests, every text value as a double-quoted scalar
 * escaped as YAML 1.2 requires, so any string can be written and must read back unchanged.
 */
final class CatalogYaml {
  private CatalogYaml() {}

  static String write(Catalog c) {
    StringBuilder y = new StringBuilder();
    y.append("gkml: 1\nkind: catalog\n");
    y.append("domain: ").append(quote(c.domain())).append('\n');
    y.append("title: ").append(quote(c.title())).append('\n');
    y.append("version: ").append(quote(c.version())).append('\n');
    y.append("issuer: ").append(quote(c.issuer())).append('\n');
    if (c.effective() != null) {
      y.append("effective: ").append(c.effective()).append('\n');
    }
    y.append(c.items().isEmpty() ? "items: []\n" : "items:\n");
    for (Item i : c.items()) {
      y.append("  - id: ").append(i.id()).append('\n');
      y.append("    level1: ").append(quote(i.level1())).append('\n');
      optional(y, "level2", i.level2());
      optional(y, "level3", i.level3());
      y.append("    content: ").append(quote(i.content())).append('\n');
      y.append("    basis:").append(list(i.basis()));
      y.append("    deadline: ").append(quote(i.deadline())).append('\n');
      y.append("    owner: ").append(quote(i.owner())).append('\n');
      optional(y, "department", i.department());
      optional(y, "contact", i.contact());
      y.append("    channels:").append(list(i.channels()));
      y.append("    audience: [").append(String.join(", ", i.audience().words())).append("]\n");
      optional(y, "audience-note", i.audienceNote());
      y.append("    mode: ").append(i.mode().word()).append('\n');
      y.append("    tiers: [")
          .append(String.join(", ", i.tiersInOrder().stream().map(Tier::word).toList()))
          .append("]\n");
      y.append("    optional: ").append(i.optional()).append('\n');
      if (i.note() != null) {
        y.append("    note: ").append(quote(i.note())).append('\n');
      }
    }
    return y.toString();
  }

  private static void optional(StringBuilder y, String key, String value) {
    if (value != null) {
      y.append("    ").append(key).append(": ").append(quote(value)).append('\n');
    }
  }

  private static String list(List<String> values) {
    StringBuilder y = new StringBuilder("\n");
    for (String v : values) {
      y.append("      - ").append(quote(v)).append('\n');
    }
    return y.toString();
  }

  /** A YAML double-quoted scalar: escapes, backslash, quote, breaks and non-printables. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                  if (printable(c)) {
                    b.appendCodePoint(c);
                  } else if (c <= 0xFF) {
                    b.append(String.format("\\x%02X", c));
                  } else if (c <= 0xFFFF) {
                    b.append(String.format("\\u%04X", c));
                  } else {
                    b.append(String.format("\\U%08X", c));
                  }
                }
              }
            });
    return b.append('"').toString();
  }

  /** YAML 1.2 c-printable, minus line breaks (escaped above so a scalar stays on one line). */
  private static boolean printable(int c) {
    return c == '\t'
        || (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
