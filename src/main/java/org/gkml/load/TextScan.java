package org.gkml.load;

/**
 * What one pass over a file's decoded characters finds that later steps would otherwise each search
 * the whole text for: a zero character (a binary file), a line separator pasted from Word (GK107),
 * a comment sign (a suppression is a comment), and whether any value can be untidy other than by
 * being blank. Each search used to be a pass of its own, and the untidiness test a pass over every
 * value; a clean file (nearly all of them) now costs one loop.
 *
 * @param zero a U+0000
 * @param lineSeparator a NEL, LS or PS (U+0085, U+2028, U+2029)
 * @param comment a {@code #}
 * @param mayBeUntidy an invisible character ({@link TextTraits#isInvisible}), a backslash (an
 *     escape in a double-quoted scalar can write any character), or both half- and full-width
 *     brackets: when false, a value is untidy ({@link TextTraits#isUntidy}) only if it is blank or
 *     has white space at an end ({@link TextTraits#untidyEnds}, two characters looked at, which
 *     every value is checked for whatever this says)
 */
record TextScan(boolean zero, boolean lineSeparator, boolean comment, boolean mayBeUntidy) {

  private static final int ZERO = 1;
  private static final int SEPARATOR = 1 << 1;
  private static final int COMMENT = 1 << 2;
  private static final int INVISIBLE = 1 << 3;
  private static final int ESCAPE = 1 << 4;
  private static final int HALF = 1 << 5;
  private static final int FULL = 1 << 6;

  // what each ASCII character notes: one load per character, where the loop spends most of its
  // time after CJK text
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = TextTraits.isInvisible(c) ? (byte) INVISIBLE : 0; // controls, DEL
    }
    ASCII[0] |= ZERO;
    ASCII['#'] = COMMENT;
    ASCII['('] = HALF;
    ASCII[')'] = HALF;
    ASCII['\\'] = ESCAPE;
  }

  static TextScan of(char[] chars, int length) {
    int found = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < '\u0080') {
        found |= ASCII[c];
      } else if (c <= '\u3000' || c >= '\uD800' || c == '\u3164') {
        // outside CJK text and punctuation (most of a catalogue, where there is nothing to note)
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(chars[i + 1])) {
          found |= TextTraits.isInvisible(Character.toCodePoint(c, chars[++i])) ? INVISIBLE : 0;
        } else {
          found |= other(c);
        }
      }
    }
    return new TextScan(
        (found & ZERO) != 0,
        (found & SEPARATOR) != 0,
        (found & COMMENT) != 0,
        (found & (INVISIBLE | ESCAPE)) != 0 || (found & (HALF | FULL)) == (HALF | FULL));
  }

  private static int other(char c) {
    if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
      return SEPARATOR;
    }
    if (TextTraits.isInvisible(c)) {
      return INVISIBLE;
    }
    return c == '\uFF08' || c == '\uFF09' ? FULL : 0;
  }
}
