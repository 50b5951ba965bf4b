package org.gkml.diff.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gkml.diff.render.InlineDiff.Op;
import org.gkml.diff.render.InlineDiff.Segment;
import org.junit.jupiter.api.Test;

/** The character-level diff of long text, and the report order of keys. */
class InlineDiffTest {

  @Test
  void chineseTextDiffsByCharacter() {
    assertThat(InlineDiff.of("处罚依据、处罚结果", "处罚依据、处罚决定和结果"))
        .containsExactly(
            new Segment(Op.EQUAL, "处罚依据、处罚"),
            new Segment(Op.INSERT, "决定和"),
            new Segment(Op.EQUAL, "结果"));
    assertThat(InlineDiff.of("甲乙", "丙"))
        .containsExactly(new Segment(Op.DELETE, "甲乙"), new Segment(Op.INSERT, "丙"));
    assertThat(InlineDiff.of(null, "")).isEmpty();
  }

  @Test
  void charactersOutsideTheBasicPlaneStayWhole() {
    assertThat(InlineDiff.of("𠀀a", "𠀁a"))
        .containsExactly(
            new Segment(Op.DELETE, "𠀀"), new Segment(Op.INSERT, "𠀁"), new Segment(Op.EQUAL, "a"));
  }

  @Property(tries = 300)
  void segmentsRebuildBothTexts(@ForAll String before, @ForAll String after) {
    StringBuilder old = new StringBuilder();
    StringBuilder neu = new StringBuilder();
    for (Segment s : InlineDiff.of(before, after)) {
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
}
