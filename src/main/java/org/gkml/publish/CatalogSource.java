package org.gkml.publish;

import java.util.List;
import org.gkml.model.Region;

/** Where a build takes its catalogues from: the basic one, and each known region's. */
public interface CatalogSource {

  /** Every region that gets a folder, in division-code order. */
  List<Region> regions();

  /** The basic catalogues, every domain, every tier. */
  Published basic();

  /** A region's effective catalogues at its own tier. Called from several threads at once. */
  Published effective(Region region);
}
