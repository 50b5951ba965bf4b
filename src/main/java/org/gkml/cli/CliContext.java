package org.gkml.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.gkml.model.Messages;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command prints to and speaks in, and the environment it reads (tests inject one, e.g.
 * {@code GITHUB_STEP_SUMMARY}).
 */
record CliContext(PrintWriter out, PrintWriter err, Messages messages, Map<String, String> env) {

  CliContext(PrintWriter out, PrintWriter err, Messages messages) {
    this(out, err, messages, System.getenv());
  }

  /** The context of the running command line, from any command's spec. */
  static CliContext of(CommandSpec spec) {
    return ((GkmlCommand) spec.root().userObject()).context();
  }
}
