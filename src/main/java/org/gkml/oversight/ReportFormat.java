package org.gkml.oversight;

import java.util.Locale;
import java.util.Optional;

/** The formats of {@code gkml report} (CLI.md 1.1). */
public enum ReportFormat {
  TEXT,
  JSON,
  HTML,
  XLSX;

  public static Optional<ReportFormat> of(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Whether the format is a binary file rather than text. */
  public boolean binary() {
    return this == XLSX;
  }
}
