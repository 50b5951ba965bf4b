package org.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C or SIGTERM in the middle of a {@link FileBatch} commit leaves every file as it was. */
class CommitGuardTest {
  @TempDir Path dir;

  private void oldFiles() throws IOException {
    for (String name : List.of("a.yaml", "b.yaml", "c.yaml")) {
      Files.writeString(dir.resolve(name), "old " + name);
    }
  }

  private void assertAllOld() throws IOException {
    for (String name : List.of("a.yaml", "b.yaml", "c.yaml")) {
      assertThat(Files.readString(dir.resolve(name))).isEqualTo("old " + name);
    }
    try (Stream<Path> all = Files.list(dir)) {
      assertThat(all.map(p -> p.getFileName().toString()))
          .as("no hidden temporary or set-aside file is left")
          .containsExactlyInAnyOrder("a.yaml", "b.yaml", "c.yaml");
    }
  }

  /**
   * The hook's own logic, called directly: the shutdown arrives after one file was renamed into
   * place; the commit puts it back, and the hook returns only once the commit has.
   */
  @Test
  void theHookRollsTheCommitBackAndWaitsForIt() throws Exception {
    oldFiles();
    FileBatch batch = new FileBatch();
    for (String name : List.of("a.yaml", "b.yaml", "c.yaml")) {
      batch.write(dir.resolve(name), ("new " + name).getBytes(StandardCharsets.UTF_8));
    }
    CommitGuard guard = CommitGuard.unregistered();
    AtomicReference<Thread> hook = new AtomicReference<>();
    AtomicReference<String> seenByHook = new AtomicReference<>();
    int[] renames = {0};
    assertThatThrownBy(
            () -> {
              try (guard) {
                batch.commit(
                    guard,
                    target -> {
                      if (++renames[0] == 2) {
                        assertThat(read("a.yaml"))
                            .isEqualTo("new a.yaml"); // half applied at this moment
                        Thread t =
                            new Thread(
                                () -> {
                                  guard.onShutdown();
                                  seenByHook.set(read("a.yaml"));
                                });
                        hook.set(t);
                        t.start();
                        waitUntilWaiting(t);
                      }
                    });
              }
            })
        .isInstanceOfSatisfying(
            FileBatch.Failed.class,
            f -> assertThat(f.reason()).isInstanceOf(InterruptedIOException.class));
    hook.get().join(10_000);
    assertThat(hook.get().isAlive()).isFalse();
    assertThat(seenByHook.get())
        .as("the hook let go only after the rollback")
        .isEqualTo("old a.yaml");
    assertAllOld();
  }

  /**
   * The whole mechanism in a real JVM: a child process committing three files gets SIGTERM after
   * the first was renamed into place (as Ctrl-C or {@code kill} would) and ends with every file
   * old.
   */
  @Test
  void sigtermBetweenTwoRenamesLeavesEveryFileOld() throws Exception {
    oldFiles();
    Path log = Files.createTempFile("commit-under-signal", ".log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CommitUnderSignal.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      waitUntil(() -> read(log).contains("RENAMING") || !child.isAlive(), 60);
      assertThat(read(log)).contains("RENAMING");
      assertThat(read("a.yaml")).isEqualTo("new a.yaml"); // the signal comes mid-commit
      child.destroy(); // SIGTERM
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(read(log)).doesNotContain("COMMITTED");
    } finally {
      child.destroyForcibly();
      Files.deleteIfExists(log);
    }
    assertThat(child.exitValue()).isEqualTo(143);
    assertAllOld();
  }

  private static void waitUntilWaiting(Thread t) {
    try {
      waitUntil(() -> t.getState() == Thread.State.TIMED_WAITING, 10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String read(String name) {
    return read(dir.resolve(name));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static void waitUntil(BooleanSupplier condition, int seconds)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(10);
    }
  }
}
