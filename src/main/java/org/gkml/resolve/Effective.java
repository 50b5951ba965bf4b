package org.gkml.resolve;

import java.util.Map;
import java.util.Objects;
import org.gkml.model.Catalog;
import org.gkml.model.NotApplicable;
import org.gkml.model.Region;
import org.gkml.model.Tier;

/**
 * The effective catalogue of one domain for a region and tier (FORMAT.md §7), with the provenance
 * of each of its items by id, in catalogue order. For the basic catalogue itself, {@code region}
 * and {@code tier} are null and every item is present.
 *
 * <p>Catalogues and provenance maps are immutable and shared between regions whose chains resolve
 * alike, so the maps are not copied here.
 */
public record Effective(
    Region region,
    Tier tier,
    Catalog catalog,
    Map<String, Provenance> provenance,
    NotApplicable notApplicable) {

  public Effective {
    Objects.requireNonNull(catalog);
    Objects.requireNonNull(provenance);
  }

  /** An effective catalogue of a domain that applies to the region. */
  public Effective(Region region, Tier tier, Catalog catalog, Map<String, Provenance> provenance) {
    this(region, tier, catalog, provenance, null);
  }

  /**
   * Whether the region (or one above it) declared the domain not applicable (未涉及领域); the catalogue
   * then has no items, and {@link #notApplicable()} says who declared it and why.
   */
  public boolean applicable() {
    return notApplicable == null;
  }

  /** The domain of the catalogue. */
  public String domain() {
    return catalog.domain();
  }

  /** Whether a region's overlay defined the item (个性事项) rather than the basic catalogue. */
  public boolean isCustom(String itemId) {
    Provenance p = provenance.get(itemId);
    return p != null && !p.isBasic();
  }

  /** Whether this is a basic catalogue rather than a region's effective one. */
  public boolean isBasic() {
    return region == null;
  }
}
