package org.gkml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Named pipes (FIFOs) for tests of inputs that are not regular files. */
public final class NamedPipes {
  private NamedPipes() {}

  /**
   * Makes a named pipe at {@code at}. On a POSIX system this must work (the test fails if it does
   * not); only a system without POSIX files, which has no named pipes, skips the test.
   */
  public static Path make(Path at) throws IOException, InterruptedException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Assumptions.assumeTrue(posix, "named pipes exist on POSIX systems only");
    Process mkfifo = new ProcessBuilder("mkfifo", at.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).as("mkfifo %s", at).isZero();
    return at;
  }
}
