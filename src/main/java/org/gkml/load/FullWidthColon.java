package org.gkml.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full-width colon "：" typed where YAML wants the colon of a key (the commonest slip of a Chinese
 * input method: {@code domain：安全生产}). SnakeYAML then reads key and value as one plain scalar and
 * stops later: at the next key ("could not find expected ':'" a line or more further on), or at a
 * flow indicator the scalar swallowed ({@code channels：{add: [x]}} ends in an unexpected "}"). The
 * slip is found by going back from the parser's error over the lines that plain scalar can span: to
 * the line where the parser began what it was reading (its context mark), and never past a line
 * that opens a key properly. On those lines a "：" right after a key-like word (ASCII: every key of
 * the format is) at a place where a key may start is the slip. A "：" in a value ({@code content:
 * 公开时限：20日}) follows a proper key and is never taken for one.
 */
final class FullWidthColon {
  /** The slip: its 1-based line and column, and the key it follows. */
  record Slip(int line, int column, String key) {}

  // a key-like word, blanks, and the full-width colon
  private static final Pattern KEY_SLIP = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)[ \\t]*：");
  // a line that opens a key properly: text, then ':' followed by a blank or the line's end
  private static final Pattern PROPER_KEY = Pattern.compile("[^#：:]*?:(?:[ \\t].*)?");
  // how far back a slip is looked for: a plain scalar of real catalogues spans a few lines
  private static final int MAX_LINES_BACK = 200;

  private FullWidthColon() {}

  /**
   * The slip the parser's error at {@code problemLine}:{@code problemColumn} follows from, looking
   * back at most to {@code fromLine} (the context mark's line; 0 when the parser gave none).
   */
  static Optional<Slip> before(
      CharSequence text, int fromLine, int problemLine, int problemColumn) {
    if (!contains(text)) {
      return Optional.empty(); // nearly every syntax error: no full-width colon anywhere
    }
    String[] lines = text.toString().split("\r\n|\r|\n", -1);
    int last = Math.min(problemLine, lines.length);
    int first = Math.max(1, Math.max(fromLine > 0 ? fromLine : 1, last - MAX_LINES_BACK));
    Slip found = null;
    for (int line = last; line >= first; line--) {
      String text1 = lines[line - 1];
      int limit = line == problemLine ? Math.min(text1.length(), problemColumn) : text1.length();
      Slip slip = onLine(text1, line, limit);
      if (slip != null) {
        found = slip; // the earliest of those in reach is where the parser began to go wrong
      }
      if (line < problemLine && opensKey(text1)) {
        break; // a plain scalar does not run on past a proper key
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean contains(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '：') {
        return true;
      }
    }
    return false;
  }

  /** A slip on one line before column {@code limit}, at a place where a key may start. */
  private static Slip onLine(String line, int lineNumber, int limit) {
    int start = keyStart(line);
    if (start < 0) {
      return null;
    }
    Matcher m = KEY_SLIP.matcher(line);
    if (m.region(start, line.length()).lookingAt() && m.end() - 1 < limit) {
      return new Slip(lineNumber, m.end(), m.group(1));
    }
    // in a flow mapping, a key also starts after "{" or ","
    int brace = line.indexOf('{', start);
    if (brace < 0) {
      return null;
    }
    for (int i = brace; i < limit; i++) {
      char c = line.charAt(i);
      if (c != '{' && c != ',') {
        continue;
      }
      int at = i + 1;
      while (at < line.length() && line.charAt(at) == ' ') {
        at++;
      }
      m = KEY_SLIP.matcher(line);
      if (m.region(at, line.length()).lookingAt() && m.end() - 1 < limit) {
        return new Slip(lineNumber, m.end(), m.group(1));
      }
    }
    return null;
  }

  /**
   * Where a key may start on a line: after its indentation and any "- " or "? " indicators; -1 for
   * a blank line or a comment.
   */
  private static int keyStart(String line) {
    int i = 0;
    while (true) {
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      if (i + 1 < line.length()
          && (line.charAt(i) == '-' || line.charAt(i) == '?')
          && line.charAt(i + 1) == ' ') {
        i += 2;
        continue;
      }
      break;
    }
    return i >= line.length() || line.charAt(i) == '#' ? -1 : i;
  }

  private static boolean opensKey(String line) {
    int start = keyStart(line);
    return start >= 0 && PROPER_KEY.matcher(line).region(start, line.length()).matches();
  }
}
