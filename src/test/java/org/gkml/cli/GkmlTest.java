package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class GkmlTest {

  /**
   * Regression: a heap exhausted in a worker thread reached the handler wrapped, and the user read
   * "internal error: java.util.concurrent.CompletionException: java.lang.OutOfMemoryError" instead
   * of the one-line out-of-memory message.
   */
  @Test
  void heapOrStackExhaustedInAWorkerIsFoundUnderItsWrappers() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    assertThat(Gkml.resourceError(new CompletionException(new RuntimeException(oom))))
        .isSameAs(oom);
    StackOverflowError deep = new StackOverflowError();
    assertThat(Gkml.resourceError(new IllegalStateException(deep))).isSameAs(deep);
  }

  @Test
  void otherFailuresAreNotResourceErrors() {
    assertThat(Gkml.resourceError(new IllegalStateException("x"))).isNull();
    assertThat(Gkml.resourceError(new UncheckedIOException(new java.io.IOException("disk"))))
        .isNull();
  }
}
