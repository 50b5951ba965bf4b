package org.gkml.cli;

import java.io.PrintWriter;
import org.gkml.model.Messages;
import picocli.CommandLine.Model.CommandSpec;

/** What every command prints to and speaks in. */
record CliContext(PrintWriter out, PrintWriter err, Messages messages) {

  /** The context of the running command line, from any command's spec. */
  static CliContext of(CommandSpec spec) {
    return ((GkmlCommand) spec.root().userObject()).context();
  }
}
