package org.gkml.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.gkml.cache.SharedArchive;
import org.gkml.error.ExitCode;
import org.gkml.i18n.Messages;

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
