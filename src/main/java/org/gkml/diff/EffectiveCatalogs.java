package org.gkml.diff;

import java.util.List;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;

/**
 * The effective catalogues of a region at a tier in one tree, one per domain (FORMAT.md §7). The
 * resolve stage supplies it; {@code diff --region} compares what it gives for the two versions.
 */
@FunctionalInterface
public interface EffectiveCatalogs {
  List<Catalog> of(CatalogTree tree, RegionCode region, Tier tier);
}
