package org.gkml.cli;

import org.gkml.diff.EffectiveCatalogs;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;

/** Where {@code diff --region} gets effective catalogues from: the resolve stage. */
final class EffectiveViews {
  private EffectiveViews() {}

  /** The resolver's effective catalogues of a region, one per domain. */
  static EffectiveCatalogs resolver() {
    return (tree, region, tier) ->
        new Resolver(tree).effective(region, tier).stream().map(Effective::catalog).toList();
  }
}
