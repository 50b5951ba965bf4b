package org.gkml.model.deadline;

/** Reads a count written in ASCII digits or Chinese numerals (七, 十五, 二十, 一百二十). */
final class Numeral {

  /** The largest count read: longer numbers are not deadlines, and must not overflow. */
  static final int MAX = 999_999;

  private static final String DIGITS = "零一二三四五六七八九";

  private Numeral() {}

  /** The value of {@code text}, or -1 when it is not a count gkml reads. */
  static int value(String text) {
    if (text.isEmpty() || text.length() > 12) {
      return -1;
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return text.length() > 6 ? -1 : Integer.parseInt(text);
    }
    return chinese(text);
  }

  private static int chinese(String text) {
    int total = 0;
    int digit = -1;
    int lastUnit = Integer.MAX_VALUE;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        if (digit > 0) {
          return -1; // 二三: two digits with no unit between them
        }
        digit = d;
        continue;
      }
      int unit = unit(c);
      if (unit < 0 || unit >= lastUnit) {
        return -1; // units must fall: 二十百 is not a number
      }
      // a bare unit counts one of it: 十五 is 15
      total += (digit <= 0 ? 1 : digit) * unit;
      digit = -1;
      lastUnit = unit;
    }
    return total + Math.max(digit, 0);
  }

  private static int digit(char c) {
    return switch (c) {
      case '〇' -> 0;
      case '两' -> 2;
      default -> DIGITS.indexOf(c);
    };
  }

  private static int unit(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      default -> -1;
    };
  }
}
