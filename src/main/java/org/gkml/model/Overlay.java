package org.gkml.model;

import java.util.List;
import java.util.Objects;

/**
 * The customization (个性) of one domain by one region. {@code loc} points at the {@code kind:} line
 * and {@code regionLoc} at the {@code region:} line, where whole-file findings go.
 */
public record Overlay(
    String domain,
    Region region,
    String version,
    List<Item> adds,
    List<Modification> modifies,
    List<Removal> removes,
    Loc loc,
    Loc regionLoc)
    implements Document {

  public Overlay {
    Objects.requireNonNull(domain);
    Objects.requireNonNull(region);
    adds = List.copyOf(adds);
    modifies = List.copyOf(modifies);
    removes = List.copyOf(removes);
  }

  public SourceFile file() {
    return loc.file();
  }

  public Tier tier() {
    return region.tier();
  }
}
