package org.gkml.diff;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.gkml.cli.Gkml;

/** One in-process run of the command line: exit code, standard output and standard error. */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gkml.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
