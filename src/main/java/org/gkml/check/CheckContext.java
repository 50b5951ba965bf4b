package org.gkml.check;

import org.gkml.model.CatalogTree;
import org.gkml.model.ChannelVocabulary;

/** What checks may consult: the tree and the channel vocabulary it allows. */
public record CheckContext(CatalogTree tree, ChannelVocabulary vocabulary) {
  public static CheckContext of(CatalogTree tree) {
    return new CheckContext(tree, ChannelVocabulary.standard().with(tree.config().channels()));
  }
}
