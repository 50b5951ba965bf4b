package org.gkml.check;

import org.gkml.model.CatalogTree;
import org.gkml.model.ChannelVocabulary;

/**
 * What checks may consult: the tree, the channel vocabulary it allows, and the files that could not
 * be read or broke the schema (so that what depends on them is not reported as a second cause).
 */
public record CheckContext(CatalogTree tree, ChannelVocabulary vocabulary, BrokenFiles broken) {
  public static CheckContext of(CatalogTree tree) {
    return of(tree, BrokenFiles.none());
  }

  public static CheckContext of(CatalogTree tree, BrokenFiles broken) {
    return new CheckContext(
        tree, ChannelVocabulary.standard().with(tree.config().channels()), broken);
  }
}
