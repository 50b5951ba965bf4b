package org.gkml.load;

import java.util.Optional;

/**
 * A list item whose "-" lacks its space ({@code -公共资源交易平台}) or is typed full-width ({@code －
 * 公共资源交易平台}): YAML reads the line as text that runs on from the item above, and the parser stops
 * there with words about keys and colons. The slip is a line from the parser's context mark to its
 * error that starts, at the indentation of a list item next to it, with such a dash.
 */
final class ListItemSlip {
  /** The slip: its 1-based line and column, and whether its dash is the full-width one. */
  record Slip(int line, int column, boolean fullWidth) {}

  private ListItemSlip() {}

  /** The slip the parser's error at {@code problemLine} follows from, from {@code fromLine} on. */
  static Optional<Slip> before(CharSequence text, int fromLine, int problemLine) {
    String[] lines = text.toString().split("\r\n|\r|\n", -1);
    int last = Math.min(problemLine, lines.length);
    // without a context mark the parser stops on the line after the slip at the latest
    // ("-id: A" above "level1: …": a value where none is allowed)
    int first = Math.max(1, fromLine > 0 ? fromLine : last - 1);
    for (int line = first; line <= last; line++) {
      String s = lines[line - 1];
      int indent = indentation(s);
      if (indent >= s.length()) {
        continue;
      }
      char dash = s.charAt(indent);
      boolean fullWidth = dash == '－';
      boolean tight =
          dash == '-' && indent + 1 < s.length() && " -\t".indexOf(s.charAt(indent + 1)) < 0;
      if ((fullWidth || tight)
          && (siblingItem(lines, line - 1, indent) || firstUnderKey(lines, line - 1, indent))) {
        return Optional.of(new Slip(line, indent + 1, fullWidth));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the nearest line above or below {@code at} that is not blank, a comment or indented
   * deeper (the content of an item) is a list item at {@code indent}.
   */
  private static boolean siblingItem(String[] lines, int at, int indent) {
    return isItemAt(nearest(lines, at, -1, indent), indent)
        || isItemAt(nearest(lines, at, 1, indent), indent);
  }

  private static String nearest(String[] lines, int at, int step, int indent) {
    for (int i = at + step; i >= 0 && i < lines.length; i += step) {
      String stripped = lines[i].strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#") && indentation(lines[i]) <= indent) {
        return lines[i];
      }
    }
    return null;
  }

  /**
   * Whether the line at {@code at} is the first of a block a key above opens ({@code remove:} over
   * its only item), where a list is what the format has.
   */
  private static boolean firstUnderKey(String[] lines, int at, int indent) {
    for (int i = at - 1; i >= 0; i--) {
      String stripped = lines[i].strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      return indentation(lines[i]) < indent && stripped.endsWith(":");
    }
    return false;
  }

  private static boolean isItemAt(String line, int indent) {
    return line != null && indentation(line) == indent && line.startsWith("- ", indent);
  }

  private static int indentation(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
