package org.gkml.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a 公开依据 cell into one entry per 《…》 title, each keeping the 文号 or article that follows it
 * ({@code 《条例》(国务院令第711号)}); a cell without title marks stays one entry. Numbering (1. ① ●) and
 * separators (、;,。) between titles are dropped. Only top-level text splits: a 《 or a line break
 * inside a bracket that closes later ({@code （…根据《关于修改〈…〉的决定》修订）}) belongs to that bracket's entry,
 * and the words between a separator and the next title ({@code ；3.安徽省民政厅《意见》}) are that title's
 * issuer, so they go with it.
 */
final class BasisText {
  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:[\\s、,，;；。.．:：●·•▪◆\\-]|\\(?\\d{1,2}[)）.．、]|（\\d{1,2}）|[①-⑳]|[一二三四五六七八九十]{1,3}[、.．])+");
  private static final Pattern TRAIL =
      Pattern.compile("(?:[\\s、,，;；。:：]|(?<=[\\s、,，;；。》])(?:\\d{1,2}[.．、]?|[①-⑳])|和|及|以及)+$");

  private static final Pattern WRAPPED_TAIL = Pattern.compile("^[(（〔\\[第].*");

  /** Where an entry may end at top level: a separator or the numbering of the next entry. */
  private static final Pattern BOUNDARY =
      Pattern.compile("[、,，;；。]|(?<!\\d)\\d{1,2}[.．、](?!\\d)|[①-⑳]");

  private static final String OPEN = "(（〔［[【﹝《〈";
  private static final String CLOSE = ")）〕］]】﹞》〉";

  /** Bracket kinds: （ and ( close each other, as do the square ones, since cells mix widths. */
  private static final String KIND = "aabbbbbcd";

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
      int[] depth = depths(l);
      List<Integer> starts = titleStarts(l, depth);
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
      // 根据《…》: the words before the first title stay with it
      String lead = trim(l.substring(0, starts.get(0)));
      for (int i = 0; i < starts.size(); i++) {
        int from = starts.get(i);
        int next = i + 1 < starts.size() ? starts.get(i + 1) : l.length();
        int end = i + 1 < starts.size() ? lastBoundary(l, depth, from + 1, next) : -1;
        String piece = lead + trim(l.substring(from, end < 0 ? next : end));
        lead = end < 0 ? "" : trim(l.substring(end, next));
        if (!piece.isEmpty()) {
          entries.add(piece);
        }
      }
    }
    return List.copyOf(entries);
  }

  /**
   * The last top-level separator or numbering in {@code [from, to)}, or -1: the words after it and
   * before the next title name that title's issuer.
   */
  private static int lastBoundary(String s, int[] depth, int from, int to) {
    Matcher m = BOUNDARY.matcher(s).region(from, to);
    int last = -1;
    while (m.find()) {
      if (depth[m.start()] == 0) {
        last = m.start();
      }
    }
    return last;
  }

  /**
   * How many brackets enclose each character (the bracket marks themselves count as outside). Only
   * brackets that close count: a （ or 《 left open to the end encloses nothing, so a typo cannot
   * swallow the rest of the cell.
   */
  static int[] depths(String s) {
    int[] step = new int[s.length() + 1];
    Deque<Integer> open = new ArrayDeque<>();
    int[] openOfKind = new int[4];
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int o = OPEN.indexOf(ch);
      int c = CLOSE.indexOf(ch);
      if (o >= 0) {
        open.push(i);
        openOfKind[KIND.charAt(o) - 'a']++;
      } else if (c >= 0 && openOfKind[KIND.charAt(c) - 'a'] > 0) {
        // brackets opened inside this pair and never closed enclose nothing: popping them keeps
        // this linear however the marks are mixed
        int at;
        do {
          at = open.pop();
          openOfKind[kind(s.charAt(at)) - 'a']--;
        } while (kind(s.charAt(at)) != KIND.charAt(c));
        step[at + 1]++;
        step[i]--;
      }
    }
    int[] depth = new int[s.length() + 1];
    int d = 0;
    for (int i = 0; i < s.length(); i++) {
      d += step[i];
      depth[i] = d;
    }
    return depth;
  }

  private static char kind(char openMark) {
    return KIND.charAt(OPEN.indexOf(openMark));
  }

  /**
   * The cell with each line break inside a bracket that closes later removed, with the spaces
   * around it: a title wrapped over two lines of a narrow cell ({@code 《中华人民共和国政府信息公开\n条例》}) is one
   * title, and a line break is otherwise where one entry ends. A 《 left open to the end of the cell
   * closes nothing, so its breaks stay.
   */
  static String joinBrokenTitles(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    int[] depth = depths(text);
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '\n' && depth[i] > 0) {
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

  private static int stripEnd(StringBuilder s) {
    int n = s.length();
    while (n > 0 && Character.isWhitespace(s.charAt(n - 1)) && s.charAt(n - 1) != '\n') {
      n--;
    }
    return n;
  }

  /** Where top-level 《 titles start (a 《 inside another title or a bracket does not start one). */
  private static List<Integer> titleStarts(String s, int[] depth) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '《' && depth[i] == 0) {
        starts.add(i);
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
