package org.gkml.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work on a daemon thread of its own, next to the cores' parallel streams (which it must not take a
 * worker from), and its result with a failure rethrown as it was thrown.
 */
public final class Background {
  private Background() {}

  /** Starts {@code work} on a new daemon thread called {@code name}. */
  public static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
    return CompletableFuture.supplyAsync(
        work,
        task -> {
          Thread thread = new Thread(task, name);
          thread.setDaemon(true);
          thread.start();
        });
  }

  /** The result of background work, waiting for it; its failure is rethrown as it was thrown. */
  public static <T> T join(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }
}
