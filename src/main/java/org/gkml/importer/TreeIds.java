package org.gkml.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The item ids a catalogue tree already uses (in basic catalogues and in overlays' added items), so
 * that ids generated for imported rows never take one. Files that do not parse give none: checking
 * them is {@code validate}'s job.
 */
public final class TreeIds {
  /** Catalogue files are small; anything larger is not one. */
  private static final long MAX_BYTES = 16L << 20;

  private TreeIds() {}

  public static Set<String> of(Path root) {
    Set<String> ids = new HashSet<>();
    if (root == null || !Files.isDirectory(root)) {
      return ids;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml")) || Files.size(p) > MAX_BYTES) {
          continue;
        }
        try {
          Load load = new Load(LoadSettings.builder().build());
          for (Object doc : load.loadAllFromString(Files.readString(p, StandardCharsets.UTF_8))) {
            collect(doc, ids);
          }
        } catch (IOException | RuntimeException e) {
          // an unreadable file reserves nothing
        }
      }
    } catch (IOException e) {
      // an unreadable tree reserves what was read
    }
    return ids;
  }

  private static void collect(Object node, Set<String> ids) {
    if (node instanceof Map<?, ?> m) {
      Object id = m.get("id");
      if (id instanceof String s) {
        ids.add(s);
      }
      m.values().forEach(v -> collect(v, ids));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collect(v, ids));
    }
  }
}
