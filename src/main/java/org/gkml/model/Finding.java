package org.gkml.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a catalogue, at a file position, with its message already in the user's
 * language.
 */
public record Finding(Rule rule, Severity severity, Loc loc, String message) {

  /** Findings in reading order: by file, line, column, then rule. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.loc().file().display())
          .thenComparingInt(f -> f.loc().line())
          .thenComparingInt(f -> f.loc().column())
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(loc);
    Objects.requireNonNull(message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
