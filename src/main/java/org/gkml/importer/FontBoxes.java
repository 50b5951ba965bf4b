package org.gkml.importer;

/**
 * Boxes drawn with the Wingdings fonts, as pages converted from Word carry them: either as the
 * fonts' private-use code points (U+F0xx, where the page kept the symbol), or as the plain letter
 * the font draws as a box, where the font was lost in the conversion ({@code R政府網站 £政府公報}).
 *
 * <p>The letters follow the fonts' own tables (Unicode 7.0 maps both fonts): Wingdings n ■, x ⌧, ý
 * ☒, þ ☑, t ⧫, ¨ ◻; Wingdings 2 P ✓, Q 🗵, R ☑, S ⮽, T ☒, ¢ ■, £ □, ¤ ¥ ¦ heavy □. Wingdings o □
 * and q ❑ are left out: Word's bullet lists draw a hollow bullet with the letter o (Courier New)
 * and with Wingdings q, so reading them as empty boxes would drop the channels of a bulleted list.
 */
final class FontBoxes {
  /** Ticked boxes as private-use code points of Wingdings (■ ☑ ⌧ ☒) and Wingdings 2 (■ ☑ ☒). */
  static final String SYMBOL_CHECKED = "\uF06E\uF0FE\uF0A2\uF078\uF0FD\uF052\uF054";

  /** Empty boxes as private-use code points of Wingdings (◻ □ ❑) and Wingdings 2 (□). */
  static final String SYMBOL_EMPTY = "\uF0A8\uF06F\uF0A3\uF071";

  /** Letters a ticked box of either font shows as when the font is lost. */
  static final String LETTERS_CHECKED = "tnxýþPQRST¢";

  /** Letters an empty box of either font shows as when the font is lost. */
  static final String LETTERS_EMPTY = "¨£¤¥¦";

  private FontBoxes() {}

  static boolean isSymbol(char c) {
    return SYMBOL_CHECKED.indexOf(c) >= 0 || SYMBOL_EMPTY.indexOf(c) >= 0;
  }

  static boolean isLetter(char c) {
    return LETTERS_CHECKED.indexOf(c) >= 0 || LETTERS_EMPTY.indexOf(c) >= 0;
  }

  /** Whether a box symbol or letter of these fonts is a ticked one. */
  static boolean checked(char c) {
    return SYMBOL_CHECKED.indexOf(c) >= 0 || LETTERS_CHECKED.indexOf(c) >= 0;
  }
}
