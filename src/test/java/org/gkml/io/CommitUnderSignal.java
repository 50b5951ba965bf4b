package org.gkml.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A child process for {@link CommitGuardTest}: commits a batch replacing {@code a.yaml}, {@code
 * b.yaml} and {@code c.yaml} in the folder given, and at the second rename says {@code RENAMING}
 * and pauses, so that the test can send it SIGTERM between two renames.
 */
final class CommitUnderSignal {
  private CommitUnderSignal() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    FileBatch batch = new FileBatch();
    for (String name : new String[] {"a.yaml", "b.yaml", "c.yaml"}) {
      batch.write(dir.resolve(name), ("new " + name).getBytes(StandardCharsets.UTF_8));
    }
    int[] renames = {0};
    try (CommitGuard guard = CommitGuard.register()) {
      batch.commit(
          guard,
          target -> {
            if (++renames[0] == 2) {
              System.out.println("RENAMING");
              System.out.flush();
              try {
                Thread.sleep(3000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          });
    }
    System.out.println("COMMITTED");
  }
}
