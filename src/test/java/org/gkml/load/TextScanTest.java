package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The one pass over a file's characters finds what the searches it replaced found. */
class TextScanTest {

  @Property(tries = 1000)
  void agreesWithTheSearchesItReplaced(@ForAll("texts") String text) {
    TextScan scan = TextScan.of(text.toCharArray(), text.length());
    assertThat(scan.zero()).isEqualTo(text.indexOf('\u0000') >= 0);
    assertThat(scan.comment()).isEqualTo(text.indexOf('#') >= 0);
    assertThat(scan.lineSeparator())
        .isEqualTo(
            text.indexOf('\u0085') >= 0
                || text.indexOf('\u2028') >= 0
                || text.indexOf('\u2029') >= 0);
  }

  @Property(tries = 1000)
  void withoutSuspectsOnlyABlankValueOrOneWithSpaceAtAnEndIsUntidy(@ForAll("texts") String text) {
    TextScan scan = TextScan.of(text.toCharArray(), text.length());
    if (!scan.mayBeUntidy()) {
      // any value is a piece of the text (escapes aside, which make the scan suspect it)
      for (int from = 0; from <= text.length(); from++) {
        for (int to = from; to <= text.length(); to++) {
          String value = text.substring(from, to);
          // (what the loader then looks at: the value's first and last characters)
          assertThat(TextTraits.isUntidy(value))
              .isEqualTo(value.isBlank() || TextTraits.untidyEnds(value));
        }
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("a #\\政（）()\u00A0\u200B\u3000\t\uFEFF\u2061\u202F\u0000\u0085\u2028\u2029")
        .ofMaxLength(8);
  }

  /**
   * Over every code point: a value holding a character the scan lets pass is never untidy, so the
   * loader looks at every value that holds an invisible character, DEL, a filler such as U+3164
   * (amid CJK text, where the scan does not look character by character) or a tag outside the BMP.
   */
  @Test
  void everyInvisibleCharacterWrittenAsItIsMakesTheScanLook() {
    List<String> missed = new ArrayList<>();
    for (int c = 1; c <= Character.MAX_CODE_POINT; c++) {
      if (c == '\\' || c == '(' || c == ')' || c == '\uFF08' || c == '\uFF09') {
        continue; // suspects of their own
      }
      String value = "政" + new String(Character.toChars(c)) + "务";
      if (TextTraits.isUntidy(value)
          && !TextScan.of(value.toCharArray(), value.length()).mayBeUntidy()) {
        missed.add(String.format("U+%04X", c));
      }
    }
    assertThat(missed).isEmpty();
    String ext = "政𠲖务";
    assertThat(TextScan.of(ext.toCharArray(), ext.length()).mayBeUntidy()).isFalse();
  }

  @Test
  void anInvisibleCharacterWrittenAsAnEscapeIsStillNoted() {
    assertThat(tidy("name: \"政府\\u200B网站\"\n")).isFalse();
    assertThat(tidy("name: \"政府\\_网站\"\n")).isFalse(); // \_ is a no-break space
    assertThat(tidy("name: \"（甲\\x29\"\n")).isFalse(); // \x29 is ')'
  }

  @Test
  void bracketsOfBothWidthsInDifferentValuesAreTidy() {
    assertThat(tidy("name: 示例（甲）\nnote: (GB/T 1)\n")).isTrue();
    assertThat(tidy("name: 示例（甲)\n")).isFalse();
    assertThat(tidy("name: \"  \"\n")).isFalse();
    assertThat(tidy("name: ''\n")).isFalse();
  }

  private static boolean tidy(String yaml) {
    LoadedFile f =
        new FileLoader(Messages.english())
            .parse(yaml.getBytes(StandardCharsets.UTF_8), Path.of("a.yaml"), "a.yaml", null);
    return TextTraits.allTidy(f.tree());
  }
}
