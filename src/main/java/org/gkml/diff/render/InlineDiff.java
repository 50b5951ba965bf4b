package org.gkml.diff.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character-level diff of two texts (Chinese has no spaces to diff words by), computed with
 * java-diff-utils over code points: runs of kept, deleted and inserted text.
 *
 * <p>Myers' algorithm costs the product of length and edit distance, so two long, very different
 * texts would take minutes. As git's xdiff caps the cost of its search, the work is bounded: the
 * common start and end are cut off first (linear), the rest is diffed by character when it is short
 * enough, else by line when it has few enough changed lines, else shown as one deletion and one
 * insertion.
 */
final class InlineDiff {
  /** Characters (both sides together) the character diff may take: well under a second. */
  static final int CHARACTER_BUDGET = 3_000;

  /** Changed lines (both sides together) the line diff may take. */
  static final int LINE_BUDGET = 4_000;

  private InlineDiff() {}

  /** What a run of text is in the new version compared with the old. */
  enum Op {
    EQUAL,
    DELETE,
    INSERT
  }

  record Segment(Op op, String text) {}

  static List<Segment> of(String before, String after) {
    return of(before, after, CHARACTER_BUDGET, LINE_BUDGET);
  }

  /** The diff within the given budgets (tests use small ones to reach every fallback). */
  static List<Segment> of(String before, String after, int characterBudget, int lineBudget) {
    String a = before == null ? "" : before;
    String b = after == null ? "" : after;
    Segments out = new Segments();
    if (a.length() + b.length() <= characterBudget) {
      characters(a, b, out);
      return out.list();
    }
    int start = commonStart(a, b);
    int end = commonEnd(a, b, start);
    String oldMiddle = a.substring(start, a.length() - end);
    String newMiddle = b.substring(start, b.length() - end);
    if (oldMiddle.length() + newMiddle.length() <= characterBudget) {
      out.add(Op.EQUAL, a.substring(0, start));
      characters(oldMiddle, newMiddle, out);
      out.add(Op.EQUAL, a.substring(a.length() - end));
    } else if (!lines(a, b, lineBudget, out)) {
      out.add(Op.EQUAL, a.substring(0, start));
      out.add(Op.DELETE, oldMiddle);
      out.add(Op.INSERT, newMiddle);
      out.add(Op.EQUAL, a.substring(a.length() - end));
    }
    return out.list();
  }

  /** Myers' diff over code points, so characters outside the basic plane stay whole. */
  private static void characters(String a, String b, Segments out) {
    List<String> x = codePoints(a);
    List<String> y = codePoints(b);
    int at = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(x, y).getDeltas()) {
      Chunk<String> source = delta.getSource();
      out.add(Op.EQUAL, x.subList(at, source.getPosition()));
      out.add(Op.DELETE, source.getLines());
      out.add(Op.INSERT, delta.getTarget().getLines());
      at = source.getPosition() + source.size();
    }
    out.add(Op.EQUAL, x.subList(at, x.size()));
  }

  /**
   * Myers' diff of whole lines when the lines that differ are few enough; false when not. Lines are
   * compared by number (equal lines get one number), so long lines that share long starts cost one
   * comparison each, not one per character.
   */
  private static boolean lines(String a, String b, int budget, Segments out) {
    List<String> x = splitLines(a);
    List<String> y = splitLines(b);
    int start = 0;
    int max = Math.min(x.size(), y.size());
    while (start < max && x.get(start).equals(y.get(start))) {
      start++;
    }
    int end = 0;
    while (end < max - start && x.get(x.size() - 1 - end).equals(y.get(y.size() - 1 - end))) {
      end++;
    }
    List<String> oldLines = x.subList(start, x.size() - end);
    List<String> newLines = y.subList(start, y.size() - end);
    if (oldLines.size() + newLines.size() > budget) {
      return false;
    }
    Map<String, Integer> numbers = new HashMap<>();
    List<Integer> p = numbered(oldLines, numbers);
    List<Integer> q = numbered(newLines, numbers);
    out.add(Op.EQUAL, x.subList(0, start));
    int at = 0;
    for (AbstractDelta<Integer> delta : DiffUtils.diff(p, q).getDeltas()) {
      Chunk<Integer> source = delta.getSource();
      Chunk<Integer> target = delta.getTarget();
      out.add(Op.EQUAL, oldLines.subList(at, source.getPosition()));
      out.add(Op.DELETE, oldLines.subList(source.getPosition(), source.last() + 1));
      out.add(Op.INSERT, newLines.subList(target.getPosition(), target.last() + 1));
      at = source.getPosition() + source.size();
    }
    out.add(Op.EQUAL, oldLines.subList(at, oldLines.size()));
    out.add(Op.EQUAL, x.subList(x.size() - end, x.size()));
    return true;
  }

  private static List<Integer> numbered(List<String> lines, Map<String, Integer> numbers) {
    List<Integer> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(numbers.computeIfAbsent(line, l -> numbers.size()));
    }
    return out;
  }

  /** The lines of a text, each with its line break. */
  private static List<String> splitLines(String s) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      out.add(s.substring(from, nl + 1));
      from = nl + 1;
    }
    if (from < s.length()) {
      out.add(s.substring(from));
    }
    return out;
  }

  /** Length of the common start, never splitting a surrogate pair. */
  private static int commonStart(String a, String b) {
    int max = Math.min(a.length(), b.length());
    int n = 0;
    while (n < max && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n > 0 && Character.isHighSurrogate(a.charAt(n - 1)) ? n - 1 : n;
  }

  /** Length of the common end after {@code start}, never splitting a surrogate pair. */
  private static int commonEnd(String a, String b, int start) {
    int max = Math.min(a.length(), b.length()) - start;
    int n = 0;
    while (n < max && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n > 0 && Character.isLowSurrogate(a.charAt(a.length() - n)) ? n - 1 : n;
  }

  private static List<String> codePoints(String s) {
    return Arrays.asList(s.codePoints().mapToObj(Character::toString).toArray(String[]::new));
  }

  /** Segments being built: a run joins the previous one of the same kind, in linear time. */
  private static final class Segments {
    private final List<Segment> done = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Op op;

    void add(Op next, List<String> tokens) {
      tokens.forEach(t -> add(next, t));
    }

    void add(Op next, String token) {
      if (token.isEmpty()) {
        return;
      }
      if (next != op) {
        flush();
        op = next;
      }
      text.append(token);
    }

    List<Segment> list() {
      flush();
      return done;
    }

    private void flush() {
      if (op != null && text.length() > 0) {
        done.add(new Segment(op, text.toString()));
      }
      text.setLength(0);
    }
  }
}
