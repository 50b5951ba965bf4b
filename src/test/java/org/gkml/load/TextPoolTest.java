package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Equal short texts come back as one instance; nothing else changes. */
class TextPoolTest {

  @Test
  void sharesRepeatedShortTexts() {
    TextPool pool = new TextPool();
    String first = new String("村级");
    String again = new String("村级");
    assertThat(pool.share(first)).isSameAs(first);
    assertThat(pool.share(again)).isSameAs(first);
  }

  @Test
  void longTextsPassThrough() {
    TextPool pool = new TextPool();
    String first = "长".repeat(TextPool.MAX_LENGTH + 1);
    String again = new String(first);
    assertThat(pool.share(first)).isSameAs(first);
    assertThat(pool.share(again)).isSameAs(again);
  }

  @Test
  void aNewcomerTakesTheSlotAndEveryAnswerIsEqual() {
    TextPool pool = new TextPool();
    for (int i = 0; i < 100_000; i++) {
      String s = "t" + (i % 5000);
      assertThat(pool.share(s)).isEqualTo(s);
    }
  }
}
