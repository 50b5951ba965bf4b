package org.gkml.fmt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical order of the keys of each kind of mapping in a catalogue file: the order in which
 * the bundled JSON Schemas list a mapping's properties (the same order FORMAT.md shows them in), so
 * the format's lists of keys live in one place. Keys a schema does not list come last, in the order
 * written.
 */
final class KeyOrder {
  /** The kinds of mapping whose keys have a canonical order; OTHER keeps the order written. */
  enum Context {
    CATALOG,
    OVERLAY,
    CONFIG,
    ITEM,
    MODIFICATION,
    REMOVAL,
    POLICY,
    REGION,
    REVISION,
    LIST_EDIT,
    /**
     * An item's {@code provenance} in merge output (CLI.md "Merge output"): written by gkml with
     * numbers and nulls ({@code line: 12}, {@code region: null}), kept as written, in the order
     * written.
     */
    PROVENANCE,
    OTHER;

    /** The document context of a file whose {@code kind:} is {@code kind}. */
    static Context ofKind(String kind) {
      return switch (kind == null ? "" : kind) {
        case "catalog" -> CATALOG;
        case "overlay" -> OVERLAY;
        case "config" -> CONFIG;
        default -> OTHER;
      };
    }

    /** The context of the mapping written under {@code key} (or of the items of a list there). */
    Context child(String key) {
      return switch (this) {
        case CATALOG ->
            switch (key) {
              case "items" -> ITEM;
              case "policy" -> POLICY;
              case "region" -> REGION;
              case "revisions" -> REVISION;
              default -> OTHER;
            };
        case OVERLAY ->
            switch (key) {
              case "add" -> ITEM;
              case "modify" -> MODIFICATION;
              case "remove" -> REMOVAL;
              case "region" -> REGION;
              case "revisions" -> REVISION;
              default -> OTHER;
            };
        case MODIFICATION -> LIST_EDIT; // basis: {add: [...], remove: [...]}
        case ITEM -> "provenance".equals(key) ? PROVENANCE : OTHER;
        case PROVENANCE -> PROVENANCE;
        default -> OTHER;
      };
    }
  }

  private static final Map<Context, List<String>> ORDERS = read();

  private KeyOrder() {}

  /** The keys of {@code context} in canonical order (empty: keep the order written). */
  static List<String> of(Context context) {
    return ORDERS.getOrDefault(context, List.of());
  }

  /**
   * The rank of {@code key} in {@code context}: its place in the order, or after every listed key.
   */
  static int rank(Context context, String key) {
    int i = of(context).indexOf(key);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static Map<Context, List<String>> read() {
    JsonNode catalog = schema("catalog.schema.json");
    JsonNode overlay = schema("overlay.schema.json");
    JsonNode config = schema("config.schema.json");
    JsonNode catalogDefs = catalog.path("$defs");
    JsonNode overlayDefs = overlay.path("$defs");
    return Map.of(
        Context.CATALOG, properties(catalog),
        Context.OVERLAY, properties(overlay),
        Context.CONFIG, properties(config),
        Context.ITEM, properties(catalogDefs.path("item")),
        Context.MODIFICATION, properties(overlayDefs.path("modification")),
        Context.REMOVAL, properties(overlayDefs.path("removal")),
        Context.POLICY, properties(catalogDefs.path("policy")),
        Context.REGION, properties(catalogDefs.path("region")),
        Context.REVISION, properties(catalogDefs.path("revision")),
        Context.LIST_EDIT, properties(overlayDefs.path("channelEdit")));
  }

  private static List<String> properties(JsonNode schema) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
      keys.add(names.next());
    }
    return List.copyOf(keys);
  }

  private static JsonNode schema(String file) {
    String resource = "/org/gkml/schemas/" + file;
    try (InputStream in = KeyOrder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled schema " + resource);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
