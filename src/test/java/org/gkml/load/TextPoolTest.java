package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Equal keys and short values come back as one instance; nothing else changes. */
class TextPoolTest {

  @Test
  void sharesRepeatedShortValues() {
    TextPool pool = new TextPool();
    String first = new String("村级");
    String again = new String("村级");
    assertThat(pool.value(first)).isSameAs(first);
    assertThat(pool.value(again)).isSameAs(first);
  }

  @Test
  void longValuesPassThrough() {
    TextPool pool = new TextPool();
    String first = "长".repeat(TextPool.MAX_VALUE_LENGTH + 1);
    String again = new String(first);
    assertThat(pool.value(first)).isSameAs(first);
    assertThat(pool.value(again)).isSameAs(again);
  }

  @Test
  void keysAreTheInternedInstances() {
    TextPool pool = new TextPool();
    assertThat(pool.key(new String("channels"))).isSameAs("channels");
    assertThat(pool.key(new String("channels"))).isSameAs("channels");
    String longKey = "k".repeat(TextPool.MAX_KEY_LENGTH + 1);
    String copy = new String(longKey);
    assertThat(pool.key(copy)).isSameAs(copy);
  }

  @Test
  void aNewcomerTakesTheSlotAndEveryAnswerIsEqual() {
    TextPool pool = new TextPool();
    for (int i = 0; i < 100_000; i++) {
      String s = "t" + (i % 5000);
      assertThat(pool.value(s)).isEqualTo(s);
      assertThat(pool.key(s)).isEqualTo(s);
    }
  }
}
