package org.gkml.model.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Properties of parsing and comparison over arbitrary and deadline-like strings. */
class DeadlinePropertyTest {

  @Property(tries = 2000)
  void anyStringParsesAndIsTheSameAsItself(@ForAll String text) {
    Deadline deadline = Deadline.parse(text);

    assertThat(deadline.text()).isEqualTo(text);
    assertThat(deadline.compareWith(Deadline.parse(text))).isEqualTo(DeadlineComparison.SAME);
    assertThat(deadline.exceedsLegalDefault()).isNotNull();
  }

  @Property(tries = 3000)
  void comparisonMirrorsOnDeadlineLikeStrings(
      @ForAll
          @StringLength(max = 24)
          @Chars({
            '0', '1', '2', '5', '9', '一', '二', '十', '个', '工', '作', '日', '天', '周', '月', '小', '时',
            '内', '前', '每', '季', '度', '半', '年', '实', '及', '长', '期', '同', '上', '提', '.', ';', ':',
            '(', ')', '、', '公', '示'
          })
          String left,
      @ForAll
          @StringLength(max = 24)
          @Chars({
            '0', '1', '2', '5', '9', '一', '二', '十', '个', '工', '作', '日', '天', '周', '月', '小', '时',
            '内', '前', '每', '季', '度', '半', '年', '实', '及', '长', '期', '同', '上', '提', '.', ';', ':',
            '(', ')', '、', '公', '示'
          })
          String right) {
    Deadline a = Deadline.parse(left);
    Deadline b = Deadline.parse(right);

    assertThat(b.compareWith(a)).isEqualTo(a.compareWith(b).inverse());
    assertThat(a.compareWith(a)).isEqualTo(DeadlineComparison.SAME);
  }
}
