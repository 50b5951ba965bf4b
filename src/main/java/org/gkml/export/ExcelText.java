package org.gkml.export;

/**
 * Estimates how tall a row must be for its wrapped text. Excel stores row heights rather than
 * computing them on opening, so the exporter sizes rows itself: a CJK character takes two width
 * units of a column, other characters one.
 */
final class ExcelText {
  /** Excel's upper limit for a row height, in points. */
  private static final float MAX_HEIGHT = 409;

  private ExcelText() {}

  /** The height in points that shows {@code text} in a column {@code width} characters wide. */
  static float height(String text, int width, int fontPoints) {
    // a column of width w holds about w width units of 10-point SimSun in Excel
    int capacity = Math.max(2, width);
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      int units = units(line);
      lines += Math.max(1, (units + capacity - 1) / capacity);
    }
    float h = lines * fontPoints * 1.35f + 6;
    return Math.min(MAX_HEIGHT, Math.max(h, fontPoints * 1.35f + 8));
  }

  /** Width units of a line: two for a wide (CJK or full-width) character, one otherwise. */
  static int units(String line) {
    int units = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      units += cp >= 0x1100 ? 2 : 1;
      i += Character.charCount(cp);
    }
    return units;
  }
}
