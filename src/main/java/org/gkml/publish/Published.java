package org.gkml.publish;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.NotApplicable;
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

  /** One catalogue per domain, in basic-catalogue order. */
  public List<Catalog> domains() {
    return catalogues.stream().map(Effective::catalog).toList();
  }

  /** The ids of the items the region's chain added (个性事项). */
  public Set<String> customIds() {
    Set<String> ids = new HashSet<>();
    for (Effective e : catalogues) {
      for (Item i : e.catalog().items()) {
        if (e.isCustom(i.id())) {
          ids.add(i.id());
        }
      }
    }
    return ids;
  }

  /** The domains the region (or one above it) declared not applicable, by domain name. */
  public Map<String, NotApplicable> notApplicable() {
    Map<String, NotApplicable> out = new LinkedHashMap<>();
    for (Effective e : catalogues) {
      if (!e.applicable()) {
        out.put(e.domain(), e.notApplicable());
      }
    }
    return out;
  }

  public int itemCount() {
    return catalogues.stream().mapToInt(e -> e.catalog().items().size()).sum();
  }

  public int customCount() {
    return customIds().size();
  }

  /** The folder of a build this catalogue goes to: {@code basic} or {@code 511703-达川区}. */
  public String folder() {
    return isBasic() ? "basic" : Folders.of(Objects.requireNonNull(region));
  }
}
