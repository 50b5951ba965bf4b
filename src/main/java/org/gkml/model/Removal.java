package org.gkml.model;

import java.util.Objects;

/** A {@code remove} entry of an overlay: the item dropped for this region and why. */
public record Removal(String id, String reason, Loc loc) {
  public Removal {
    Objects.requireNonNull(id);
  }
}
