package org.gkml.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of {@code gkml.jar}: the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = Gkml.run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
