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
    for (String line : text.split("\n")) {
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
