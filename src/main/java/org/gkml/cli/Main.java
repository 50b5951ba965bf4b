package org.gkml.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** The entry point of {@code gkml.jar}: the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, ConsoleCharset.current(), args));
  }

  /** Runs gkml with its messages encoded in {@code charset} (see {@link ConsoleCharset}). */
  static int run(OutputStream stdout, OutputStream stderr, Charset charset, String... args) {
    PrintWriter out = new PrintWriter(stdout, false, charset);
    PrintWriter err = new PrintWriter(stderr, true, charset);
    int code = Gkml.run(out, err, args);
    out.flush();
    err.flush();
    return code;
  }
}
