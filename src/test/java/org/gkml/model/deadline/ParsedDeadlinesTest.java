package org.gkml.model.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsedDeadlinesTest {

  @Test
  void oneWordingIsParsedOnceAndShared() {
    Deadline first = Deadline.parse("信息形成或者变更之日起20个工作日内");
    Deadline again = Deadline.parse(new String("信息形成或者变更之日起20个工作日内"));
    assertThat(again).isSameAs(first);
    assertThat(again.canonical()).isEqualTo(DeadlineParser.parse(again.text()).canonical());
  }

  @Test
  void longTextsAreParsedEachTimeNotKept() {
    String long1 = "自收到申请之日起15个工作日内" + "，".repeat(300);
    assertThat(Deadline.parse(long1)).isNotSameAs(Deadline.parse(long1));
    assertThat(Deadline.parse(long1).canonical()).isEqualTo(Deadline.parse(long1).canonical());
  }
}
