package org.gkml.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * A character-level diff of two texts (Chinese has no spaces to diff words by), computed with
 * java-diff-utils over code points: runs of kept, deleted and inserted text.
 */
final class InlineDiff {
  private InlineDiff() {}

  /** What a run of text is in the new version compared with the old. */
  enum Op {
    EQUAL,
    DELETE,
    INSERT
  }

  record Segment(Op op, String text) {}

  static List<Segment> of(String before, String after) {
    List<String> a = codePoints(before == null ? "" : before);
    List<String> b = codePoints(after == null ? "" : after);
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      Chunk<String> source = delta.getSource();
      add(out, Op.EQUAL, a.subList(at, source.getPosition()));
      add(out, Op.DELETE, source.getLines());
      add(out, Op.INSERT, delta.getTarget().getLines());
      at = source.getPosition() + source.size();
    }
    add(out, Op.EQUAL, a.subList(at, a.size()));
    return out;
  }

  private static void add(List<Segment> out, Op op, List<String> chars) {
    if (chars.isEmpty()) {
      return;
    }
    String text = String.join("", chars);
    if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
      Segment last = out.remove(out.size() - 1);
      text = last.text() + text;
    }
    out.add(new Segment(op, text));
  }

  private static List<String> codePoints(String s) {
    return s.codePoints().mapToObj(Character::toString).toList();
  }
}
