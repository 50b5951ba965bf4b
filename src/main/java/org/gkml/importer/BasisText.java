package org.gkml.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a 公开依据 cell into one entry per 《…》 title, each keeping the 文号 or article that follows it
 * ({@code 《条例》(国务院令第711号)}); a cell without title marks stays one entry. Numbering (1. ① ●) and
 * separators (、;,。) between titles are dropped.
 */
final class BasisText {
  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:[\\s、,，;；。.．:：●·•▪◆\\-]|\\(?\\d{1,2}[)）.．、]|（\\d{1,2}）|[①-⑳]|[一二三四五六七八九十]{1,3}[、.．])+");
  private static final Pattern TRAIL =
      Pattern.compile("(?:[\\s、,，;；。:：]|(?<=[\\s、,，;；。》])(?:\\d{1,2}[.．、]?|[①-⑳])|和|及|以及)+$");

  private static final Pattern WRAPPED_TAIL = Pattern.compile("^[(（〔\\[第].*");

  private BasisText() {}

  static List<String> split(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return List.of();
    }
    if (text.indexOf('《') < 0) {
      return List.of(text);
    }
    List<String> entries = new ArrayList<>();
    for (String line : joinBrokenTitles(text).split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      List<Integer> starts = titleStarts(l);
      if (starts.isEmpty()) {
        String piece = trim(l);
        if (piece.isEmpty()) {
          continue;
        }
        // a 文号 or article wrapped onto its own line belongs to the title above it
        if (!entries.isEmpty() && WRAPPED_TAIL.matcher(piece).matches()) {
          entries.set(entries.size() - 1, entries.get(entries.size() - 1) + piece);
        } else {
          entries.add(piece);
        }
        continue;
      }
      String lead = trim(l.substring(0, starts.get(0)));
      for (int i = 0; i < starts.size(); i++) {
        int end = i + 1 < starts.size() ? starts.get(i + 1) : l.length();
        String piece = trim(l.substring(starts.get(i), end));
        if (i == 0 && !lead.isEmpty()) {
          piece = lead + piece; // 根据《…》: the words before the first title stay with it
        }
        if (!piece.isEmpty()) {
          entries.add(piece);
        }
      }
    }
    return List.copyOf(entries);
  }

  /**
   * The cell with each line break inside an open 《 title removed, with the spaces around it: a
   * title wrapped over two lines of a narrow cell ({@code 《中华人民共和国政府信息公开\n条例》}) is one title, and a
   * line break is otherwise where one entry ends. A 《 left open to the end of the cell closes
   * nothing, so its breaks stay.
   */
  static String joinBrokenTitles(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '《') {
        depth++;
      } else if (ch == '》' && depth > 0) {
        depth--;
      } else if (ch == '\n' && depth > 0 && closesLater(text, i)) {
        int end = i;
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        out.setLength(stripEnd(out));
        i = end;
        continue;
      }
      out.append(ch);
      i++;
    }
    return out.toString();
  }

  /** Whether a 》 follows position {@code i} before the next 《 (the open title does close). */
  private static boolean closesLater(String text, int i) {
    for (int k = i + 1; k < text.length(); k++) {
      char ch = text.charAt(k);
      if (ch == '》') {
        return true;
      }
      if (ch == '《') {
        return false;
      }
    }
    return false;
  }

  private static int stripEnd(StringBuilder s) {
    int n = s.length();
    while (n > 0 && Character.isWhitespace(s.charAt(n - 1)) && s.charAt(n - 1) != '\n') {
      n--;
    }
    return n;
  }

  /** Where top-level 《 titles start (a 《 inside another title does not start one). */
  private static List<Integer> titleStarts(String s) {
    List<Integer> starts = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '《') {
        if (depth == 0) {
          starts.add(i);
        }
        depth++;
      } else if (ch == '》' && depth > 0) {
        depth--;
      }
    }
    return starts;
  }

  private static String trim(String s) {
    String t = LEAD.matcher(s.strip()).replaceFirst("");
    String before;
    do {
      before = t;
      t = TRAIL.matcher(t).replaceFirst("").strip();
    } while (!t.equals(before));
    return t;
  }
}
