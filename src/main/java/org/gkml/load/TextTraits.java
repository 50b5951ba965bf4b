package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The character traits of catalogue text that the text hygiene rules look for: blank values, white
 * space at either end of a value, invisible characters (zero-width, no-break spaces, bidi controls)
 * and half- and full-width brackets mixed in one value. The loader notes them for every text value
 * while building a tree, when the text is fresh in memory, so a rule can skip the trees where there
 * is nothing to find instead of walking millions of values again.
 */
public final class TextTraits {
  private TextTraits() {}

  /** Zero-width characters, no-break spaces, bidi controls and the soft hyphen. */
  public static boolean isInvisible(char c) {
    return c == '\u00A0'
        || c == '\u00AD'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202F')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
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
      if (c > '\u3000' && c < '\uFEFF') {
        // CJK text and punctuation, most of a catalogue: never blank, nothing else to note
        blank = false;
      } else if (c < '\u00A0') {
        // ASCII and Latin-1 controls: only whitespace and the half-width brackets matter
        half |= c == '(' || c == ')';
        blank = blank && Character.isWhitespace(c);
      } else if (isInvisible(c)) {
        return true;
      } else {
        full |= c == '\uFF08' || c == '\uFF09';
        blank = blank && Character.isWhitespace(c);
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
