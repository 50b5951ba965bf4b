package org.gkml.diff;

import java.util.List;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.NotApplicable;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;

/**
 * The effective catalogues of a region at a tier in one tree, one per domain (FORMAT.md §7). The
 * resolve stage supplies it; {@code diff --region} compares what it gives for the two versions.
 */
@FunctionalInterface
public interface EffectiveCatalogs {
  List<Domain> of(CatalogTree tree, RegionCode region, Tier tier);

  /**
   * One domain's effective catalogue, and the declaration (at or above the region) that the domain
   * does not apply to it, or null (FORMAT.md 1.1): the catalogue alone cannot say why it is empty.
   */
  record Domain(Catalog catalog, NotApplicable notApplicable) {
    public Domain(Catalog catalog) {
      this(catalog, null);
    }
  }
}
