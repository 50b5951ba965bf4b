package org.gkml.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output, text and bytes alike, watched for a write error: a full disk
 * behind {@code > file} or {@code > /dev/full}, a reader that went away. {@code PrintWriter} and
 * {@code PrintStream} keep such an error to themselves, and the run would end in exit 0 with part
 * of the output lost; here the first error is kept (what follows is dropped: the output is already
 * incomplete) and {@link Main} reports it once the command is done, in one place for every command.
 */
final class StandardOutput extends OutputStream {
  private final OutputStream out;
  private IOException failure;

  StandardOutput(OutputStream out) {
    this.out = out;
  }

  /** The first write error, or null when everything written so far reached the stream. */
  IOException failure() {
    return failure;
  }

  @Override
  public void write(int b) {
    if (failure == null) {
      try {
        out.write(b);
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (failure == null) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  @Override
  public void flush() {
    if (failure == null) {
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  /** Standard output stays open for the process: closing this only flushes it. */
  @Override
  public void close() {
    flush();
  }
}
