package org.gkml.model;

import java.util.List;
import java.util.Objects;

/**
 * The customization (个性) of one domain by one region. {@code loc} points at the {@code kind:} line
 * and {@code regionLoc} at the {@code region:} line, where whole-file findings go. Of format 1.1:
 * {@code base} is the basic catalogue's version the overlay was written against (may be null);
 * {@code applicable} false with a {@code reason} declares the domain not applicable to the region
 * (未涉及领域); {@code revisions} is the overlay's revision record, newest first.
 */
public record Overlay(
    String domain,
    Region region,
    String version,
    List<Item> adds,
    List<Modification> modifies,
    List<Removal> removes,
    Loc loc,
    Loc regionLoc,
    String base,
    boolean applicable,
    String reason,
    List<Revision> revisions)
    implements Document {

  public Overlay {
    Objects.requireNonNull(domain);
    Objects.requireNonNull(region);
    adds = List.copyOf(adds);
    modifies = List.copyOf(modifies);
    removes = List.copyOf(removes);
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }

  /** An overlay of format version 1: applicable, with no base and no revision record. */
  public Overlay(
      String domain,
      Region region,
      String version,
      List<Item> adds,
      List<Modification> modifies,
      List<Removal> removes,
      Loc loc,
      Loc regionLoc) {
    this(
        domain, region, version, adds, modifies, removes, loc, regionLoc, null, true, null,
        List.of());
  }

  public SourceFile file() {
    return loc.file();
  }

  public Tier tier() {
    return region.tier();
  }

  /**
   * Whether {@code id} is one this overlay may add: its region's code, a hyphen and more (GK213).
   * An added item whose id is not is an error of this overlay, not an id its children may name.
   */
  public boolean ownsId(String id) {
    String code = region.code().digits();
    return id.length() > code.length() + 1
        && id.startsWith(code)
        && id.charAt(code.length()) == '-';
  }
}
