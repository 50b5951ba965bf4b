package org.gkml.publish;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gkml.export.Publication;
import org.gkml.model.Catalog;
import org.gkml.model.Region;
import org.gkml.model.Tier;
import org.gkml.resolve.Effective;

/**
 * The catalogues one folder of a build publishes: a region's effective catalogue in every domain at
 * its own tier, or the basic catalogue ({@code region} and {@code tier} null).
 */
public record Published(Region region, Tier tier, List<Effective> catalogues) {

  public Published {
    catalogues = List.copyOf(catalogues);
    if ((region == null) != (tier == null)) {
      throw new IllegalArgumentException("a region needs a tier, the basic catalogue has none");
    }
  }

  public static Published basic(List<Effective> catalogues) {
    return new Published(null, null, catalogues);
  }

  public boolean isBasic() {
    return region == null;
  }

  /** What the folder shows, as every exporter takes it. */
  public Publication view() {
    return Publication.of(region, tier, catalogues);
  }

  /** One catalogue per domain, in basic-catalogue order. */
  public List<Catalog> domains() {
    return view().domains();
  }

  /** The ids of the items the region's chain added (个性事项). */
  public Set<String> customIds() {
    return view().customIds();
  }

  public int itemCount() {
    return view().itemCount();
  }

  public int customCount() {
    return view().customCount();
  }

  /** The folder of a build this catalogue goes to: {@code basic} or {@code 511703-达川区}. */
  public String folder() {
    return isBasic() ? "basic" : Folders.of(Objects.requireNonNull(region));
  }
}
