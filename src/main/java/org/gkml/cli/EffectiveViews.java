package org.gkml.cli;

import org.gkml.diff.EffectiveCatalogs;
import org.gkml.model.GkmlException;

/** Where {@code diff --region} gets effective catalogues from: the resolve stage. */
final class EffectiveViews {
  private EffectiveViews() {}

  /** The resolver's effective catalogues; until the resolve stage is in, a clear exit 2. */
  static EffectiveCatalogs resolver() {
    return (tree, region, tier) -> {
      throw GkmlException.usage("diff.regionUnavailable");
    };
  }
}
