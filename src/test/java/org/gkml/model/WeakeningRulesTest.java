package org.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gkml.model.deadline.Deadline;
import org.gkml.model.deadline.DeadlineComparison;
import org.junit.jupiter.api.Test;

/**
 * The weakening rules of FORMAT.md §7, which resolution reports as errors and diff classifies as
 * breaking, live on the model's value types; these pin them down once for both.
 */
class WeakeningRulesTest {
  @Test
  void onlyProactiveToOnRequestWeakensTheMode() {
    assertThat(Mode.PROACTIVE.weakenedBy(Mode.ON_REQUEST)).isTrue();
    assertThat(Mode.ON_REQUEST.weakenedBy(Mode.PROACTIVE)).isFalse();
    assertThat(Mode.PROACTIVE.weakenedBy(Mode.PROACTIVE)).isFalse();
    assertThat(Mode.PROACTIVE.weakenedBy(null)).isFalse();
  }

  @Test
  void aLongerDeadlineWeakensAndAShorterOneDoesNot() {
    assertThat(Deadline.change("10个工作日内", "20个工作日内")).isEqualTo(DeadlineComparison.LONGER);
    assertThat(Deadline.change("10个工作日内", "20个工作日内").weakens()).isTrue();
    assertThat(Deadline.change("20个工作日内", "10个工作日内").weakens()).isFalse();
    assertThat(Deadline.change("20个工作日内", "二十个工作日内").weakens()).isFalse();
    assertThat(Deadline.change("20个工作日内", "及时")).isEqualTo(DeadlineComparison.NOT_COMPARABLE);
  }

  @Test
  void droppingAChannelOrATierWeakensDroppingABasisDoesNot() {
    assertThat(Field.CHANNELS.droppingWeakens()).isTrue();
    assertThat(Field.TIERS.droppingWeakens()).isTrue();
    assertThat(Field.BASIS.droppingWeakens()).isFalse();
  }

  @Test
  void channelsCompareAfterNormalisationAndDroppedOnesKeepTheirOrder() {
    // a full-width space and compatibility forms do not make a channel new
    assertThat(Field.CHANNELS.dropped(List.of("政府网站", "两微一端"), List.of("政府　网站", "公告栏")))
        .containsExactly("两微一端");
    assertThat(Field.TIERS.dropped(List.of("县级", "乡级", "村级"), List.of("村级", "县级")))
        .containsExactly("乡级");
    assertThat(Field.CHANNELS.dropped(List.of("政府网站"), List.of("政府网站", "公告栏"))).isEmpty();
  }

  @Test
  void losingTheWholePublicWeakensTheAudience() {
    assertThat(Audience.PUBLIC.weakenedBy(Audience.SPECIFIC)).isTrue();
    assertThat(Audience.BOTH.weakenedBy(Audience.PUBLIC)).isFalse();
    assertThat(Audience.SPECIFIC.weakenedBy(Audience.PUBLIC)).isFalse();
  }
}
