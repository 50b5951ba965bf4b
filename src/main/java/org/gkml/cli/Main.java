package org.gkml.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import org.gkml.cache.SharedArchive;
import org.gkml.error.ExitCode;
import org.gkml.i18n.Messages;
import org.gkml.io.IoReason;
import org.gkml.text.TerminalText;

/** The entry point of {@code gkml.jar}: the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    SharedArchive.Verdict archive = SharedArchive.check();
    if (archive != SharedArchive.Verdict.CURRENT) {
      // the classes running may be another build's: nothing this run does can be trusted
      Messages messages = Messages.of(Messages.localeFor(Gkml.langOf(args), System.getenv()));
      PrintWriter err = new PrintWriter(System.err, true, ConsoleCharset.current());
      String key = archive == SharedArchive.Verdict.REMOVED ? "cds.staleRemoved" : "cds.staleKept";
      err.println("gkml: " + messages.get(key, System.getProperty(SharedArchive.ARCHIVE)));
      System.exit(ExitCode.USAGE.code());
    }
    // the descriptor itself, not System.out: a PrintStream keeps a write error to itself
    OutputStream stdout =
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    System.exit(run(stdout, System.err, ConsoleCharset.current(), System.getenv(), args));
  }

  /** Runs gkml with its messages encoded in {@code charset} (see {@link ConsoleCharset}). */
  static int run(OutputStream stdout, OutputStream stderr, Charset charset, String... args) {
    return run(stdout, stderr, charset, System.getenv(), args);
  }

  /**
   * As {@link #run(OutputStream, OutputStream, Charset, String...)} in the environment {@code env}.
   * Whatever the command sent to standard output, text or bytes, must have reached it: a write
   * error there (a full disk, a reader that went away) ends the run with exit 2 and says so, as a
   * failed write to a file named by {@code -o} does.
   */
  static int run(
      OutputStream stdout,
      OutputStream stderr,
      Charset charset,
      Map<String, String> env,
      String... args) {
    StandardOutput watched = new StandardOutput(stdout);
    PrintWriter out = new PrintWriter(watched, false, charset);
    PrintWriter err = new PrintWriter(stderr, true, charset);
    int code = Gkml.run(out, watched, err, env, args);
    out.flush();
    // a reader that stopped reading (| head -1) ends the output as a pipe does for any program:
    // quietly, with the command's own exit code (validate's 0 or 1 still tells the findings)
    if (watched.failure() != null && !IoReason.isClosedPipe(watched.failure())) {
      Messages messages = Messages.of(Messages.localeFor(Gkml.langOf(args), env));
      String message =
          messages.get(
              "cli.cannotWrite",
              messages.get("cli.stdout"),
              IoReason.writingStream(watched.failure()));
      err.println("gkml: " + TerminalText.quote(message));
      code = ExitCode.USAGE.code();
    }
    err.flush();
    return code;
  }
}
