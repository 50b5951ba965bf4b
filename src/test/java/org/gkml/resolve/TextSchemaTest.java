package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The schema's shortcuts (sets for null and booleans, no pattern for text that cannot start a
 * number or date) decide every scalar as matching all the patterns did.
 */
class TextSchemaTest {
  private static final ScalarResolver SCHEMA = new TextSchema().getScalarResolver();

  /** The schema as it was written first: every pattern tried on every scalar. */
  private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");

  private static final Pattern BOOL =
      Pattern.compile(
          "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
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

  private static Tag byPatterns(String value) {
    if (NULL.matcher(value).matches()) {
      return Tag.NULL;
    }
    if (BOOL.matcher(value).matches()) {
      return Tag.BOOL;
    }
    if (INT.matcher(value).matches()) {
      return Tag.INT;
    }
    if (FLOAT.matcher(value).matches()) {
      return Tag.FLOAT;
    }
    return OTHER.matcher(value).matches() ? new Tag("tag:yaml.org,2002:timestamp") : Tag.STR;
  }

  @Property(tries = 2000)
  void decidesAsThePatterns(@ForAll("scalars") String value) {
    assertThat(SCHEMA.resolve(value, true)).as(value).isEqualTo(byPatterns(value));
  }

  @Test
  void decidesTheKnownCasesAsThePatterns() {
    for (String v :
        new String[] {
          "",
          "~",
          "null",
          "NULL",
          "nul",
          "y",
          "NO",
          "on",
          "Off",
          "true",
          "tiers",
          "optional",
          "001",
          "+1",
          "-0b101",
          "0o17",
          "0x1F",
          "1_000",
          "1:30",
          "2025.10",
          ".5",
          "-.inf",
          ".NaN",
          "1e5",
          "511703",
          "2025-03-01",
          "2025-3-1 10:00:00",
          "2025-03-01T10:00:00Z",
          "<<",
          "=",
          "<",
          "安全生产",
          "AQSC-001",
          "村级",
          "-",
          "+",
          "."
        }) {
      assertThat(SCHEMA.resolve(v, true)).as(v).isEqualTo(byPatterns(v));
    }
  }

  @Test
  void quotedScalarsAreText() {
    assertThat(SCHEMA.resolve("001", false)).isEqualTo(Tag.STR);
  }

  @Provide
  Arbitrary<String> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withChars("0123456789+-.:_eExXbBoO<=~TtZ \tnNyYaulrsf")
            .ofMaxLength(12),
        Arbitraries.strings().withChars("0123456789-: T.Z+").ofMaxLength(25),
        Arbitraries.strings().all().ofMaxLength(8),
        Arbitraries.of("安全生产", "村级", "公开", "y", "Yes", "ON", "null", "~", ""));
  }
}
