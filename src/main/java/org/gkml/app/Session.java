package org.gkml.app;

import java.io.PrintWriter;
import java.util.Map;
import org.gkml.i18n.Messages;
import org.gkml.model.BuildClock;

/**
 * What a service needs from whoever runs it: the user's language, where findings and notes go
 * (stderr for the command line), the version outputs are stamped with, and the environment the
 * clock is read from.
 *
 * @param messages the user's language
 * @param err where the findings of a check that gates an output are printed
 * @param version gkml's version, as outputs and reports state it
 * @param env the environment ({@code SOURCE_DATE_EPOCH})
 */
public record Session(Messages messages, PrintWriter err, String version, Map<String, String> env) {

  /**
   * When this run's outputs are made (SOURCE_DATE_EPOCH, or now); a bad value is a usage error.
   * Read when an output is built, not before: a command that writes no dated output never fails on
   * it.
   */
  public BuildClock clock() {
    return BuildClock.of(env);
  }
}
