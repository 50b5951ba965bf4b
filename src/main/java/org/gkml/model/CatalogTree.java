package org.gkml.model;

import java.nio.file.Path;
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

  public Optional<Catalog> basic(String domain) {
    return basics.stream().filter(c -> c.domain().equals(domain)).findFirst();
  }
}
