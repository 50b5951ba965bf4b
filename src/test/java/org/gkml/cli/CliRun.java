package org.gkml.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of the command line: exit code, standard output and standard error. Every test
 * that runs gkml as users do goes through here, in whatever package it lives.
 *
 * <p>Runs see an empty environment unless a test gives one ({@link #withEnv}, {@link #at}): a
 * variable of the machine running the tests ({@code GITHUB_STEP_SUMMARY} on CI, {@code
 * SOURCE_DATE_EPOCH}) must not change what a test sees.
 */
public record CliRun(int code, String out, String err) {

  /** A run of {@code gkml args…}. */
  public static CliRun of(String... args) {
    return withEnv(Map.of(), args);
  }

  /** As {@link #of(String...)}, the arguments as a list. */
  public static CliRun of(List<String> args) {
    return of(args.toArray(String[]::new));
  }

  /** A run with {@code SOURCE_DATE_EPOCH} set to {@code epoch} (seconds). */
  public static CliRun at(long epoch, String... args) {
    return withEnv(Map.of("SOURCE_DATE_EPOCH", Long.toString(epoch)), args);
  }

  /** A run that sees {@code env} as its whole environment. */
  public static CliRun withEnv(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gkml.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
