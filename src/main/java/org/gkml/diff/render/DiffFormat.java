package org.gkml.diff.render;

import java.util.Locale;
import java.util.Optional;

/** The formats a diff can be written in (CLI.md "Diff output"). */
public enum DiffFormat {
  TEXT,
  JSON,
  MARKDOWN,
  HTML,
  XLSX;

  public static Optional<DiffFormat> of(String name) {
    for (DiffFormat f : values()) {
      if (f.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Whether the format is a binary file rather than text for standard output. */
  public boolean binary() {
    return this == XLSX;
  }

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
