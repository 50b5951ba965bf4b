package org.gkml.model;

import java.util.Objects;

/**
 * A domain a region declared not applicable to it (未涉及领域, FORMAT.md 1.1: {@code applicable:
 * false}), with the reason it gave; {@code loc} points at the declaring overlay's {@code
 * applicable:} line. Regions below the declaring one inherit it.
 */
public record NotApplicable(Region region, String reason, Loc loc) {
  public NotApplicable {
    Objects.requireNonNull(region, "region");
  }
}
