package org.gkml.diff.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.gkml.diff.render.InlineDiff.Op;
import org.gkml.diff.render.InlineDiff.Segment;
import org.junit.jupiter.api.Test;

/**
 * Class 5 of issue 11 (quadratic work on long text): the inline diff of long, very different texts
 * is bounded by a budget, then falls back to lines, then to whole replacement, as git gives up on
 * long lines.
 */
class LongTextInlineDiffTest {
  /** Generous for a loaded shared machine; the unbounded diff took 46 s at 40,000 characters. */
  private static final Duration QUICK = Duration.ofSeconds(10);

  @Test
  void veryDifferentLongTextsAreReplacedWhole() {
    String before = random(150_000, 1);
    String after = random(150_000, 2);
    List<Segment> segments = assertTimeoutPreemptively(QUICK, () -> InlineDiff.of(before, after));
    assertRebuilds(segments, before, after);
    assertThat(segments).extracting(Segment::op).doesNotContain(Op.EQUAL);
  }

  @Test
  void aSmallEditInALongTextIsStillShownByCharacter() {
    String text = random(100_000, 3);
    String edited = text.substring(0, 50_000) + "新增" + text.substring(50_001);
    List<Segment> segments = assertTimeoutPreemptively(QUICK, () -> InlineDiff.of(text, edited));
    assertThat(segments)
        .extracting(Segment::op)
        .containsExactly(Op.EQUAL, Op.DELETE, Op.INSERT, Op.EQUAL);
    assertThat(segments.get(2).text()).isEqualTo("新增");
    assertRebuilds(segments, text, edited);
  }

  @Test
  void longMultiLineTextsFallBackToWholeLines() {
    StringBuilder old = new StringBuilder();
    StringBuilder neu = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      String line = random(20, i) + "\n";
      old.append(line);
      // every third line rewritten: too many characters apart for the character diff
      neu.append(i % 3 == 0 ? random(20, -i - 1) + "\n" : line);
    }
    List<Segment> segments =
        assertTimeoutPreemptively(QUICK, () -> InlineDiff.of(old.toString(), neu.toString()));
    assertRebuilds(segments, old.toString(), neu.toString());
    assertThat(segments).allSatisfy(s -> assertThat(s.text()).endsWith("\n"));
    assertThat(segments).filteredOn(s -> s.op() == Op.EQUAL).hasSizeGreaterThan(300);
  }

  @Test
  void theWorstCaseWithinTheBudgetStaysQuick() {
    int half = InlineDiff.CHARACTER_BUDGET / 2;
    String before = random(half, 5);
    String after = random(half, 6);
    List<Segment> segments = assertTimeoutPreemptively(QUICK, () -> InlineDiff.of(before, after));
    assertRebuilds(segments, before, after);
    assertThat(segments).extracting(Segment::op).contains(Op.EQUAL);
  }

  @Test
  void manyLongLinesSharingLongStartsAreComparedByNumber() {
    String start = "甲".repeat(5_000);
    StringBuilder old = new StringBuilder();
    StringBuilder neu = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      old.append(start).append(i).append('\n');
      neu.append(start).append(i % 2 == 0 ? i : -i).append('\n');
    }
    List<Segment> segments =
        assertTimeoutPreemptively(QUICK, () -> InlineDiff.of(old.toString(), neu.toString()));
    assertRebuilds(segments, old.toString(), neu.toString());
  }

  /** Small budgets reach every fallback with short texts: each must rebuild both sides. */
  @Property(tries = 400)
  void segmentsRebuildBothTextsWhicheverFallbackIsTaken(
      @ForAll @StringLength(max = 60) @Chars({'a', 'b', '\n', '\uD840', '\uDC00', 'c'})
          String before,
      @ForAll @StringLength(max = 60) @Chars({'a', 'b', '\n', '\uD840', '\uDC00', 'd'})
          String after,
      @ForAll @IntRange(min = 0, max = 40) int characterBudget,
      @ForAll @IntRange(min = 0, max = 8) int lineBudget) {
    List<Segment> segments = InlineDiff.of(before, after, characterBudget, lineBudget);
    assertRebuilds(segments, before, after);
    for (int i = 1; i < segments.size(); i++) {
      assertThat(segments.get(i).op()).isNotEqualTo(segments.get(i - 1).op());
    }
  }

  private static void assertRebuilds(List<Segment> segments, String before, String after) {
    StringBuilder old = new StringBuilder();
    StringBuilder neu = new StringBuilder();
    for (Segment s : segments) {
      assertThat(s.text()).isNotEmpty();
      if (s.op() != Op.INSERT) {
        old.append(s.text());
      }
      if (s.op() != Op.DELETE) {
        neu.append(s.text());
      }
    }
    assertThat(old.toString()).isEqualTo(before);
    assertThat(neu.toString()).isEqualTo(after);
  }

  /** Text over a small alphabet of CJK characters: long runs of chance matches, as in real text. */
  static String random(int length, long seed) {
    Random r = new Random(seed);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) ('一' + r.nextInt(40)));
    }
    return s.toString();
  }
}
