package org.gkml.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.NotApplicable;
import org.gkml.model.Region;
import org.gkml.model.Tier;

/**
 * What shows a {@link Publication} plus fields of its own (a page, a table export, a build folder):
 * the publication's questions answered once, here, for all of them.
 */
public interface PublicationView {

  /** The catalogues shown. */
  Publication publication();

  default Region region() {
    return publication().region();
  }

  default Tier tier() {
    return publication().tier();
  }

  default List<Catalog> domains() {
    return publication().domains();
  }

  default Set<String> customIds() {
    return publication().customIds();
  }

  default Map<String, NotApplicable> notApplicable() {
    return publication().notApplicable();
  }

  default String notApplicableText(Catalog catalog) {
    return publication().notApplicableText(catalog);
  }

  default boolean isBasic() {
    return publication().isBasic();
  }

  default boolean isCustom(String itemId) {
    return publication().isCustom(itemId);
  }

  default List<Tier> tierColumns() {
    return publication().tierColumns();
  }

  default int itemCount() {
    return publication().itemCount();
  }

  default int customCount() {
    return publication().customCount();
  }

  default List<String> versions() {
    return publication().versions();
  }
}
