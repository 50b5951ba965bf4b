package org.gkml.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.gkml.error.GkmlException;

/**
 * When an output was made, as every output states it (the date printed in tables and pages, the
 * times inside zip packages): the one place gkml reads the calendar. With {@code SOURCE_DATE_EPOCH}
 * set (reproducible-builds.org), the moment is that many seconds after 1970-01-01 UTC and the date
 * is taken in UTC, so two runs with the same value write the same bytes.
 *
 * @param now the moment outputs are stamped with
 * @param fixed whether it came from {@code SOURCE_DATE_EPOCH}
 */
public record BuildClock(Instant now, boolean fixed) {
  /** The environment variable of reproducible-builds.org. */
  public static final String VARIABLE = "SOURCE_DATE_EPOCH";

  /** The clock of this run: {@code SOURCE_DATE_EPOCH} from {@code env} when set, else now. */
  public static BuildClock of(Map<String, String> env) {
    String value = env.get(VARIABLE);
    if (value == null || value.isBlank()) {
      return new BuildClock(Instant.now(), false);
    }
    try {
      long seconds = Long.parseLong(value.strip());
      if (seconds < 0) {
        throw GkmlException.usage("clock.badEpoch", VARIABLE, value);
      }
      return new BuildClock(Instant.ofEpochSecond(seconds), true);
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw GkmlException.usage("clock.badEpoch", VARIABLE, value);
    }
  }

  /** The system clock, for callers outside the command line (library use, tests). */
  public static BuildClock system() {
    return new BuildClock(Instant.now(), false);
  }

  /** A fixed moment, as {@code SOURCE_DATE_EPOCH} would give. */
  public static BuildClock at(Instant when) {
    return new BuildClock(when, true);
  }

  /** The date outputs print: in UTC for a fixed moment, else in the machine's zone. */
  public LocalDate date() {
    return LocalDate.ofInstant(now, fixed ? ZoneOffset.UTC : ZoneId.systemDefault());
  }
}
