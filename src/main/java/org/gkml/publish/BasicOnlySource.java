package org.gkml.publish;

import java.util.List;
import org.gkml.model.CatalogTree;
import org.gkml.model.Region;

/**
 * The basic catalogues of a tree and no region: what a build can publish until the resolver (issue
 * 3) provides the regions' effective catalogues.
 */
public final class BasicOnlySource implements CatalogSource {
  private final CatalogTree tree;

  public BasicOnlySource(CatalogTree tree) {
    this.tree = tree;
  }

  @Override
  public List<Region> regions() {
    return List.of();
  }

  @Override
  public Published basic() {
    return Published.basic(tree.basics());
  }

  @Override
  public Published effective(Region region) {
    throw new IllegalStateException("no resolver yet: cannot publish " + region.label());
  }
}
