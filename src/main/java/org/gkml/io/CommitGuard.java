package org.gkml.io;

import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a {@link FileBatch} commit all or none when the process is told to stop (Ctrl-C, SIGTERM)
 * in the middle of it. On those signals the JVM runs its shutdown hooks while the other threads
 * keep running, and halts when the hooks are done; so a hook registered for the commit asks the
 * commit to stop ({@link #check()} then fails the next step and the commit puts everything back)
 * and holds the exit until the commit has returned. Without it the JVM halts between two renames
 * and leaves some files new, some old and a replaced one only under its hidden name.
 *
 * <p>The wait is bounded so that a commit stuck in the file system cannot make the process
 * unkillable by Ctrl-C.
 */
final class CommitGuard implements AutoCloseable {
  /** Long enough for any rollback of renames and deletes; short enough not to seem hung. */
  private static final long WAIT_SECONDS = 30;

  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onShutdown, "gkml-commit-guard");
  private final boolean registered;

  private CommitGuard(boolean register) {
    boolean ok = false;
    if (register) {
      try {
        Runtime.getRuntime().addShutdownHook(hook);
        ok = true;
      } catch (IllegalStateException shuttingDown) {
        stopping.set(true); // the process is already stopping: commit nothing
      }
    }
    this.registered = ok;
  }

  /** A guard whose hook runs when the JVM shuts down. */
  static CommitGuard register() {
    return new CommitGuard(true);
  }

  /** A guard with no hook, for tests that call {@link #onShutdown()} themselves. */
  static CommitGuard unregistered() {
    return new CommitGuard(false);
  }

  /**
   * What the shutdown hook does: asks the commit to stop, then waits until it has finished putting
   * things back (or completed, if it was past its last step).
   */
  void onShutdown() {
    stopping.set(true);
    try {
      finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Fails if the process is stopping, before the commit takes its next step. */
  void check() throws InterruptedIOException {
    if (stopping.get()) {
      throw new InterruptedIOException("interrupted");
    }
  }

  /** The commit has returned (done or rolled back): the hook may let the JVM halt. */
  @Override
  public void close() {
    finished.countDown();
    if (registered) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running and has just been released
      }
    }
  }
}
