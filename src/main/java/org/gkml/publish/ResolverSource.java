package org.gkml.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.Region;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Provenance;
import org.gkml.resolve.Resolver;

/** The catalogues of a tree as the resolver sees them: every known region at its own tier. */
public final class ResolverSource implements CatalogSource {
  private final Resolver resolver;

  public ResolverSource(Resolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public List<Region> regions() {
    return resolver.regions().stream().map(c -> resolver.region(c).orElseThrow()).toList();
  }

  @Override
  public Published basic() {
    // Resolver.basic() on main fails on its null tier (fixed on branch merge); the same
    // catalogues, built here until that fix is merged: per domain the first basic catalogue
    List<Effective> all = new ArrayList<>();
    for (String domain : resolver.domains()) {
      Catalog c = resolver.tree().basic(domain).orElseThrow();
      Map<String, Provenance> provenance = new HashMap<>();
      for (Item i : c.items()) {
        provenance.putIfAbsent(i.id(), Provenance.definedAt(null, i.loc()));
      }
      all.add(new Effective(null, null, c, provenance));
    }
    return Published.basic(all);
  }

  @Override
  public Published effective(Region region) {
    return new Published(
        region, region.tier(), resolver.effective(region.code(), /* tier= */ null));
  }
}
