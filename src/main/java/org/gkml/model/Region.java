package org.gkml.model;

import java.util.Objects;

/** A region by its division code, with the name people know it by (may be empty). */
public record Region(RegionCode code, String name) {
  public Region {
    Objects.requireNonNull(code);
    name = name == null ? "" : name;
  }

  public Tier tier() {
    return code.tier();
  }

  /** {@code 511703-达川区}, as used for folder names. */
  public String label() {
    return name.isEmpty() ? code.digits() : code.digits() + "-" + name;
  }
}
