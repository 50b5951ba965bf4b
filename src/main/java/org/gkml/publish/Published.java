package org.gkml.publish;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.Region;
import org.gkml.model.Tier;

/**
 * The catalogues one folder of a build publishes: a region's effective catalogue in every domain at
 * its own tier, or the basic catalogue ({@code region} and {@code tier} null).
 *
 * @param customIds ids of the items the region's chain added (个性事项)
 */
public record Published(Region region, Tier tier, List<Catalog> domains, Set<String> customIds) {

  public Published {
    domains = List.copyOf(domains);
    customIds = Set.copyOf(customIds);
    if ((region == null) != (tier == null)) {
      throw new IllegalArgumentException("a region needs a tier, the basic catalogue has none");
    }
  }

  public static Published basic(List<Catalog> domains) {
    return new Published(null, null, domains, Set.of());
  }

  public boolean isBasic() {
    return region == null;
  }

  public int itemCount() {
    return domains.stream().mapToInt(c -> c.items().size()).sum();
  }

  public int customCount() {
    int n = 0;
    for (Catalog c : domains) {
      for (Item i : c.items()) {
        n += customIds.contains(i.id()) ? 1 : 0;
      }
    }
    return n;
  }

  /** The folder of a build this catalogue goes to: {@code basic} or {@code 511703-达川区}. */
  public String folder() {
    return isBasic() ? "basic" : Folders.of(Objects.requireNonNull(region));
  }
}
