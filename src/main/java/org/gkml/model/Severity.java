package org.gkml.model;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters; {@code OFF} only appears in rule overrides. */
public enum Severity {
  OFF,
  INFO,
  WARNING,
  ERROR;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Severity> ofWord(String word) {
    for (Severity s : values()) {
      if (s.word().equals(word)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
