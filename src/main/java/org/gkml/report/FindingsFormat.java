package org.gkml.report;

import java.util.Locale;
import java.util.Optional;

/** The formats findings can be printed in. */
public enum FindingsFormat {
  TEXT,
  JSON,
  SARIF,
  JUNIT,
  GITHUB;

  public static Optional<FindingsFormat> of(String name) {
    for (FindingsFormat f : values()) {
      if (f.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
