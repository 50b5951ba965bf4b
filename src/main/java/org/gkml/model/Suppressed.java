package org.gkml.model;

import java.util.Objects;

/**
 * A finding that a {@code # gkml-ignore GKnnn: reason} comment suppressed, with the reason written
 * there (or, for reports, one that {@code validate --baseline} knew, with words naming the
 * baseline). It does not count, but reports that can say so (SARIF) list it as suppressed rather
 * than letting it vanish.
 */
public record Suppressed(Finding finding, String justification) {
  public Suppressed {
    Objects.requireNonNull(finding);
    Objects.requireNonNull(justification);
  }
}
