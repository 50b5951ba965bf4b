package org.gkml.model;

import java.util.List;
import java.util.Map;

/** The optional tree-wide settings of {@code gkml.yaml}. */
public record Config(
    String name, String issuer, List<String> channels, Map<String, Severity> rules, Loc loc)
    implements Document {

  public Config {
    channels = List.copyOf(channels);
    rules = Map.copyOf(rules);
  }

  /** The settings of a tree that has no {@code gkml.yaml}. */
  public static Config none() {
    return new Config(null, null, List.of(), Map.of(), null);
  }
}
