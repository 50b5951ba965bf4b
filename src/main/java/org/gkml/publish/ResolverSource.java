package org.gkml.publish;

import java.util.List;
import org.gkml.model.Region;
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
    return Published.basic(resolver.basic());
  }

  @Override
  public Published effective(Region region) {
    return new Published(
        region, region.tier(), resolver.effective(region.code(), /* tier= */ null));
  }
}
