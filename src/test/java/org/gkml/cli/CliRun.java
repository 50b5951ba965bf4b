package org.gkml.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of the command line: exit code, standard output and standard error. Every test
 * that runs gkml as users do goes through here, in whatever package it lives.
 *
 * <p>Runs see an empty environment unless a test gives one ({@link #withEnv}, {@link #at}): a
 * variable of the machine running the tests ({@code GITHUB_STEP_SUMMARY} on CI, {@code
 * SOURCE_DATE_EPOCH}) must not change what a test sees. A run on the checkout's own files (the
 * fixtures below src/test/resources, catalogs/) keeps no validation cache: they are not written to,
 * and no test is answered from another's results; a run on a test's own folder keeps it, as users'
 * runs do.
 */
public record CliRun(int code, String out, String err) {

  /** A run of {@code gkml args…}. */
  public static CliRun of(String... args) {
    return withEnv(inCheckout(args) ? Map.of("GKML_CACHE", "off") : Map.of(), args);
  }

  /** Whether no path the run names lies outside the working directory (the checkout). */
  private static boolean inCheckout(String... args) {
    Path checkout = Path.of("").toAbsolutePath();
    for (String arg : args) {
      String value = arg.startsWith("--root=") ? arg.substring("--root=".length()) : arg;
      try {
        Path p = Path.of(value).toAbsolutePath().normalize();
        if (!value.startsWith("-") && Files.exists(p) && !p.startsWith(checkout)) {
          return false;
        }
      } catch (InvalidPathException e) {
        // not a path
      }
    }
    return true;
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
