package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

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
    boolean invisible = text.chars().anyMatch(c -> TextTraits.isInvisible((char) c));
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
        .withChars("a 政（）()\u00A0\u200B\u3000\t\uFEFF\u2061\u202F\uFF08")
        .ofMaxLength(6);
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
