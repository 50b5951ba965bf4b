package org.gkml.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line: exit code, standard output and standard error. */
record CliRun(int code, String out, String err) {

  /** A run with {@code SOURCE_DATE_EPOCH} set to {@code epoch} (seconds). */
  static CliRun at(long epoch, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
    env.put("SOURCE_DATE_EPOCH", Long.toString(epoch));
    int code = Gkml.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  static CliRun of(String... args) {
    return withEnv(java.util.Map.of(), args);
  }

  /** A run that sees {@code env} as its whole environment. */
  static CliRun withEnv(java.util.Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gkml.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
