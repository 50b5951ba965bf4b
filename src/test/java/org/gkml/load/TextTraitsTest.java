package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loader's note of untidy text agrees with what the text hygiene rules look for. */
class TextTraitsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\t\n",
        "\u3000",
        "a\u00A0b",
        "x\u200By",
        "\uFEFF",
        "(a)（b）",
        "a)（",
        " a ",
        "政府网站\u3000",
        "\t政府网站",
        "政府网站 "
      })
  void untidy(String text) {
    assertThat(TextTraits.isUntidy(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a", "（国务院令第711号）", "(GB/T 1)", "政府网站", "政府 网站", "政府\u3000网站", "\u00C0\u3001"})
  void tidy(String text) {
    assertThat(TextTraits.isUntidy(text)).isFalse();
  }

  @Property(tries = 500)
  void agreesWithTheRuleDefinition(@ForAll("texts") String text) {
    boolean invisible = text.codePoints().anyMatch(TextTraits::isInvisible);
    boolean mixed =
        (text.indexOf('(') >= 0 || text.indexOf(')') >= 0)
            && (text.indexOf('（') >= 0 || text.indexOf('）') >= 0);
    boolean ends =
        !text.isEmpty()
            && (" \t\u3000".indexOf(text.charAt(0)) >= 0
                || " \t\u3000".indexOf(text.charAt(text.length() - 1)) >= 0);
    assertThat(TextTraits.isUntidy(text)).isEqualTo(text.isBlank() || invisible || mixed || ends);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("a 政（）()\u00A0\u200B\u3000\t\uFEFF\u2061\u202F\uFF08\u007F\u3164\uFE0F\u0085")
        .ofMaxLength(6);
  }

  /**
   * The one notion of a character no reader sees, over every code point, against Unicode's own
   * properties (the JDK's categories, ICU4J's Default_Ignorable_Code_Point) and YAML 1.2's
   * printable set: controls, format characters (U+061C, U+180E, the tag U+E0001), fillers and
   * joiners (U+115F, U+3164, U+034F), variation selectors and DEL are invisible, and nothing else
   * is (so the shortcuts for CJK text skip none of them). It used to know zero-width characters,
   * no-break spaces and bidi controls only, and {@code gkml fmt} wrote the others' escapes out as
   * raw characters.
   */
  @Test
  void controlFormatIgnorableAndUnprintableCharactersAreInvisibleAndNothingElse() {
    List<String> wrong = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int type = Character.getType(c);
      boolean hidden =
          type == Character.CONTROL
              || type == Character.FORMAT
              || type == Character.SURROGATE
              || UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
              || !yamlPrintable(c)
              || c == 0x00A0
              || c == 0x202F;
      // white space a reader sees, and line breaks (a raw NEL is reported as a line separator)
      boolean space = c == '\t' || c == '\n' || c == '\r' || c == 0x85;
      if (TextTraits.isInvisible(c) != (hidden && !space)) {
        wrong.add(String.format("U+%04X", c));
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(TextTraits.isUntidy("安全生产\u007F目录")).isTrue();
    assertThat(TextTraits.isUntidy("a\uDB40\uDC01b")).isTrue(); // U+E0001
    assertThat(TextTraits.isUntidy("𠲖村\u3164")).isTrue();
    assertThat(TextTraits.isUntidy("𠲖村\t事项\n第二行")).isFalse();
  }

  /** YAML 1.2's c-printable (§5.1): what a YAML file may hold as it is. */
  private static boolean yamlPrintable(int c) {
    return c == 0x09
        || c == 0x0A
        || c == 0x0D
        || (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  @Test
  void theLoaderNotesWhetherATreeNeedsALook() {
    FileLoader loader = new FileLoader(Messages.english());
    String clean = "gkml: 1\nkind: config\nname: 示例（甲）\nchannels: [政府网站]\n";
    String untidy = "gkml: 1\nkind: config\nname: 示例\nchannels: [\"政府\u200B网站\"]\n";
    assertThat(TextTraits.allTidy(parse(loader, clean).tree())).isTrue();
    assertThat(TextTraits.allTidy(parse(loader, untidy).tree())).isFalse();
    assertThat(TextTraits.allTidy(parse(loader, "- a\n").tree())).isFalse();
    // white space at an end: kept by YAML in a quoted value, and U+3000 in any
    String spaced = "gkml: 1\nkind: config\nname: 示例\nchannels: [\"政府网站 \"]\n";
    String ideographic = "gkml: 1\nkind: config\nname: 示例\u3000\nchannels: [政府网站]\n";
    String inside = "gkml: 1\nkind: config\nname: 示例 甲\u3000乙\nchannels: [政府网站]\n";
    assertThat(TextTraits.allTidy(parse(loader, spaced).tree())).isFalse();
    assertThat(TextTraits.allTidy(parse(loader, ideographic).tree())).isFalse();
    assertThat(TextTraits.allTidy(parse(loader, inside).tree())).isTrue();
    assertThat(TextTraits.allTidy(null)).isFalse();
  }

  private static LoadedFile parse(FileLoader loader, String yaml) {
    return loader.parse(
        yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.file.Path.of("gkml.yaml"),
        "gkml.yaml",
        null);
  }
}
