package org.gkml.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The canonical layout of a catalogue file (docs/ci.md "gkml fmt"), in three steps:
 *
 * <ol>
 *   <li>lines: UTF-8 without a byte order mark, LF line ends, no white space at the end of a line,
 *       no blank line at the start or end, at most one blank line in a row, one newline at the end;
 *   <li>quoting: one-line text values plain where YAML allows, in double quotes where a YAML 1.2
 *       reader would otherwise see another value ({@link ScalarText}), flow lists as {@code [a,
 *       b]};
 *   <li>key order: the keys of a document, an item, a modify or remove entry, a policy, a region
 *       and a revision in the order the format lists them ({@link KeyOrder}), each key moving with
 *       the comments above it ({@link BlockReorder}).
 * </ol>
 *
 * Every rewrite is kept only when the result holds the same data as gkml reads it and the same
 * comments as before, each {@code # gkml-ignore} covering the same lines ({@link SameContent});
 * otherwise the file keeps its key order (and, failing that, its quoting too) as written. Comments
 * and data are therefore never lost, whatever the input.
 */
public final class CanonicalLayout {
  private CanonicalLayout() {}

  /**
   * A text in the canonical layout, and which of the steps after the line layout it has: a step
   * that would have changed data, comments or what a suppression covers is left out (the text then
   * keeps its key order, or its key order and quoting, as written), and {@code gkml fmt} says so.
   */
  public record Formatted(String text, boolean keysOrdered, boolean valuesQuoted) {}

  /** The canonical form of {@code text}, or empty when it cannot be given without changing data. */
  public static Optional<String> of(String text) {
    return format(text).map(Formatted::text);
  }

  /**
   * The canonical form of {@code text} and the steps it took, or empty when not even the line
   * layout can be given without changing data.
   */
  public static Optional<Formatted> format(String text) {
    return lines(text).map(CanonicalLayout::rewrite);
  }

  /**
   * The line layout alone, or empty when it would change data (white space at a line's end or a run
   * of blank lines can be content inside a block scalar).
   */
  static Optional<String> lines(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = body.split("\r\n|\r|\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    boolean blank = false;
    for (String line : lines) {
      String stripped = line.stripTrailing();
      if (stripped.isEmpty()) {
        blank = !out.isEmpty();
        continue;
      }
      if (blank) {
        out.add("");
        blank = false;
      }
      out.add(stripped);
    }
    String canonical = out.isEmpty() ? "" : String.join("\n", out) + "\n";
    if (canonical.equals(text)) {
      return Optional.of(text);
    }
    return sameData(text, canonical) ? Optional.of(canonical) : Optional.empty();
  }

  /** Quoting and key order on a text already in the line layout, each kept only when safe. */
  private static Formatted rewrite(String text) {
    for (boolean reorder : new boolean[] {true, false}) {
      String candidate = attempt(text, reorder);
      if (candidate != null && (candidate.equals(text) || safe(text, candidate))) {
        return new Formatted(candidate, reorder, true);
      }
    }
    return new Formatted(text, false, false);
  }

  private static boolean safe(String before, String after) {
    try {
      return SameContent.of(before, after);
    } catch (YamlEngineException e) {
      return false;
    }
  }

  private static String attempt(String text, boolean reorder) {
    try {
      Optional<Source> source = Source.of(text);
      if (source.isEmpty()) {
        return null;
      }
      String inline = InlineRewrite.apply(text, source.get(), reorder);
      if (!reorder) {
        return inline;
      }
      Optional<Source> again = Source.of(inline);
      if (again.isEmpty()) {
        return null;
      }
      String moved = BlockReorder.apply(again.get());
      if (moved == null || !SameContent.sameSuppressions(inline, moved)) {
        return null;
      }
      return lines(moved).orElse(null);
    } catch (YamlEngineException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return null; // not YAML these passes can read: the file keeps its order and quoting
    }
  }

  private static boolean sameData(String before, String after) {
    try {
      return Objects.equals(SameContent.data(before), SameContent.data(after));
    } catch (YamlEngineException e) {
      return false; // not YAML gkml can read: the layout does not touch it
    }
  }
}
