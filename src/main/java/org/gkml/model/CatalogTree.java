package org.gkml.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from one catalogue root: the config, the basic catalogues and the overlays that
 * loaded cleanly (in path order), and the register of region names.
 */
public record CatalogTree(
    Path root,
    Config config,
    List<Catalog> basics,
    List<Overlay> overlays,
    Map<RegionCode, String> register) {

  public CatalogTree {
    basics = List.copyOf(basics);
    overlays = List.copyOf(overlays);
    register = Map.copyOf(register);
  }

  /**
   * The tree of the documents read below {@code root}, in the order given: the catalogues and the
   * overlays in that order, the last config (or none). Every command that reads a whole tree — from
   * disk, a folder or a git revision — assembles it here.
   */
  public static CatalogTree of(
      Path root, List<? extends Document> documents, Map<RegionCode, String> register) {
    Config config = Config.none();
    List<Catalog> basics = new ArrayList<>();
    List<Overlay> overlays = new ArrayList<>();
    for (Document d : documents) {
      if (d instanceof Config c) {
        config = c;
      } else if (d instanceof Catalog c) {
        basics.add(c);
      } else if (d instanceof Overlay o) {
        overlays.add(o);
      }
    }
    return new CatalogTree(root, config, basics, overlays, register);
  }

  public Optional<Catalog> basic(String domain) {
    return basics.stream().filter(c -> c.domain().equals(domain)).findFirst();
  }
}
