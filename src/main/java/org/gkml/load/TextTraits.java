package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The character traits of catalogue text that the text hygiene rules look for: blank values, white
 * space at either end of a value, invisible characters ({@link #isInvisible}) and half- and
 * full-width brackets mixed in one value. The loader notes them for every text value while building
 * a tree, when the text is fresh in memory, so a rule can skip the trees where there is nothing to
 * find instead of walking millions of values again.
 */
public final class TextTraits {
  private TextTraits() {}

  /**
   * Whether a character is one a reader of the file does not see: a control character (C0 but the
   * tab and the line ends, DEL, C1 but NEL), a format character (Unicode category Cf: zero-width
   * characters, bidi controls such as U+061C and U+202E, the soft hyphen, a BOM inside the text,
   * U+180E, the tag characters U+E0001 and U+E0020–U+E007F), a no-break space (U+00A0, U+202F), one
   * of the other default-ignorable characters that show nothing (the fillers U+115F, U+1160, U+3164
   * and U+FFA0, the combining grapheme joiner U+034F, variation selectors, the rest of the tag
   * block U+E0000–U+E0FFF), or one YAML cannot hold as it is (a lone half of a surrogate pair,
   * U+FFFE, U+FFFF). GK107 reports them, and {@code gkml fmt} keeps a value holding one as written
   * (an escape stays an escape). Tabs and line breaks are white space a reader sees; NEL, LS and PS
   * written raw are reported where they stand (FileLoader.lineSeparators).
   *
   * <p>Called for many characters of every file: CJK text, the Latin letters and the full-width
   * punctuation that make up nearly all of a catalogue are answered before any table is looked up.
   *
   * @param c a code point (a {@code char} that is half of a pair is a lone surrogate here)
   */
  public static boolean isInvisible(int c) {
    if (c < 0xA0) {
      return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c != 0x85;
    }
    if (c > 0x3000 && c < 0xD800) {
      return c == 0x3164; // CJK text and punctuation, kana, Hangul: one filler among them
    }
    if ((c > 0xFF00 && c < 0xFFA0) || (c >= 0x20000 && c < 0xE0000)) {
      return false; // full-width forms; the CJK extensions outside the BMP
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE -> true;
      default ->
          c == 0x00A0
              || c == 0x202F
              || c == 0x034F
              || c == 0x115F
              || c == 0x1160
              || c == 0x17B4
              || c == 0x17B5
              || (c >= 0x180B && c <= 0x180F)
              || c == 0x2065
              || (c >= 0xFE00 && c <= 0xFE0F)
              || c == 0xFFA0
              || (c >= 0xFFF0 && c <= 0xFFF8)
              || c == 0xFFFE
              || c == 0xFFFF
              || (c >= 0xE0000 && c <= 0xE0FFF);
    };
  }

  /**
   * Whether a text value starts or ends with a space, a tab or an ideographic space (U+3000). YAML
   * trims the ASCII ones from plain values but keeps them in quoted ones, and keeps U+3000 in any;
   * they are published as written, so that {@code "政府网站　"} is a second channel beside 政府网站. Two
   * characters looked at: cheap enough for every value of every file.
   */
  public static boolean untidyEnds(String text) {
    int n = text.length();
    return n > 0 && (isEndSpace(text.charAt(0)) || isEndSpace(text.charAt(n - 1)));
  }

  /** The white space {@link #untidyEnds} looks for at the ends of a value. */
  public static boolean isEndSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000';
  }

  /**
   * Whether a text value is blank, starts or ends with white space, holds an invisible character,
   * or mixes bracket widths.
   */
  public static boolean isUntidy(String text) {
    if (untidyEnds(text)) {
      return true;
    }
    boolean blank = true;
    boolean half = false;
    boolean full = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > '\u3000' && c < '\uD800' && c != '\u3164') {
        // CJK text and punctuation, most of a catalogue: never blank, nothing else to note
        blank = false;
      } else if (c < '\u00A0') {
        // ASCII and Latin-1 controls: only whitespace and the half-width brackets matter
        if (isInvisible(c)) {
          return true;
        }
        half |= c == '(' || c == ')';
        blank = blank && Character.isWhitespace(c);
      } else {
        int cp = text.codePointAt(i);
        if (isInvisible(cp)) {
          return true;
        }
        i += Character.charCount(cp) - 1;
        full |= c == '\uFF08' || c == '\uFF09';
        blank = blank && Character.isWhitespace(cp);
      }
    }
    return blank || (half && full);
  }

  /**
   * Whether every text value of a tree is tidy ({@link #isUntidy} false for all), as noted by the
   * loader; false when unknown (a tree the loader did not build, or an empty document).
   */
  public static boolean allTidy(JsonNode tree) {
    return tree instanceof LocatedNodes.Mapping root && root.tidyTexts();
  }
}
