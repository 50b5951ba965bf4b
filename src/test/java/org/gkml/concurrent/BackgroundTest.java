package org.gkml.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackgroundTest {
  @Test
  void runsOnANamedDaemonThreadAndGivesItsResult() {
    var work =
        Background.start(
            "gkml-test",
            () -> Thread.currentThread().getName() + Thread.currentThread().isDaemon());
    assertThat(Background.join(work)).isEqualTo("gkml-testtrue");
  }

  @Test
  void aFailureIsRethrownAsItWasThrown() {
    IllegalStateException thrown = new IllegalStateException("broken");
    var work =
        Background.start(
            "gkml-test",
            () -> {
              throw thrown;
            });
    assertThatThrownBy(() -> Background.join(work)).isSameAs(thrown);
    StackOverflowError error = new StackOverflowError();
    assertThatThrownBy(
            () ->
                Background.join(
                    Background.start(
                        "gkml-test",
                        () -> {
                          throw error;
                        })))
        .isSameAs(error);
  }
}
