package org.gkml.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import org.gkml.app.Session;
import org.gkml.i18n.Messages;
import org.gkml.model.BuildClock;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command prints to and speaks in, and the environment it runs in (read for {@code
 * SOURCE_DATE_EPOCH} and {@code GITHUB_STEP_SUMMARY}; tests inject one). {@code bytes} is standard
 * output as bytes, for a workbook sent there with {@code -o -}: the stream {@code out} writes to.
 */
record CliContext(
    PrintWriter out,
    OutputStream bytes,
    PrintWriter err,
    Messages messages,
    Map<String, String> env) {

  CliContext(PrintWriter out, PrintWriter err, Messages messages) {
    this(out, err, messages, System.getenv());
  }

  CliContext(PrintWriter out, PrintWriter err, Messages messages, Map<String, String> env) {
    this(out, System.out, err, messages, env);
  }

  /** The context of the running command line, from any command's spec. */
  static CliContext of(CommandSpec spec) {
    return ((GkmlCommand) spec.root().userObject()).context();
  }

  /** What the services of {@code org.gkml.app} need of this run. */
  Session session() {
    return new Session(messages, err, GkmlCommand.Version.current(), env);
  }

  /** When this run's outputs are made (SOURCE_DATE_EPOCH, or now); a bad value is a usage error. */
  BuildClock clock() {
    return BuildClock.of(env);
  }
}
