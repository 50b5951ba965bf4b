package org.gkml.importer;

import java.util.regex.Pattern;

/**
 * An item level's name that a narrow cell wrapped over several lines (征收 / 启动 / 要件): one name, its
 * lines joined. A break is a wrap only between two Chinese characters, with every line but the last
 * as wide as the first (±1) and the last no wider: what a cell's width does. Lines of other widths,
 * a numbered or bracketed line, or punctuation at a break are kept as printed.
 */
final class WrappedNames {
  /** A line starting as a list entry or a remark: 1. 一、 ① ● ( 《. */
  private static final Pattern LIST_START =
      Pattern.compile("^(?:\\d|[一二三四五六七八九十]+[、.．]|[①-⑳●·•▪■◆\\-—(（《【\\[])");

  private WrappedNames() {}

  static String unwrap(String name) {
    if (name == null || name.indexOf('\n') < 0) {
      return name;
    }
    String[] lines = name.split("\n", -1);
    int width = lines[0].strip().length();
    StringBuilder out = new StringBuilder(lines[0].strip());
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      boolean last = i == lines.length - 1;
      int w = line.length();
      if (line.isEmpty()
          || (last ? w > width + 1 : Math.abs(w - width) > 1)
          || !han(out.codePointBefore(out.length()))
          || !han(line.codePointAt(0))
          || LIST_START.matcher(line).find()) {
        return name;
      }
      out.append(line);
    }
    return out.toString();
  }

  private static boolean han(int cp) {
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
