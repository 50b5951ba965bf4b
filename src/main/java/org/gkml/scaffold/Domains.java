package org.gkml.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gkml.error.GkmlException;
import org.gkml.load.LoadedFile;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.DomainNames;
import org.gkml.model.Finding;
import org.gkml.model.Item;
import org.gkml.model.Overlay;
import org.gkml.resolve.Resolver;

/** Finding a tree's domain by name or file name, and the ids and file names that go with it. */
public final class Domains {
  private static final String YAML = ".yaml";

  private Domains() {}

  /**
   * The basic catalogue a {@code --domain} value names: its domain (安全生产) or its file name with or
   * without {@code .yaml} (safety-production).
   */
  static Catalog basic(CatalogTree tree, String domain) {
    String given = domain.strip();
    for (Catalog c : tree.basics()) {
      String file = fileName(c);
      if (c.domain().equals(given)
          || file.equals(given)
          || file.equals(given + YAML)
          || file.equals(given + ".yml")) {
        return c;
      }
    }
    throw Resolver.unknownDomain(
        given,
        tree.basics().stream().map(Catalog::domain).toList(),
        tree.basics().stream().map(c -> fileName(c).replaceFirst("\\.ya?ml$", "")).toList());
  }

  /**
   * For a {@code --domain} that names no basic catalogue: the usage error naming why, when a basic
   * catalogue that did not load (not UTF-8, a YAML slip, no permission, too large) is the one meant
   * (its file name, or the domain it writes, is the given one), or may be (some basic catalogue did
   * not load, and {@code orAny}): "unknown domain" would send the user looking for the wrong fault.
   */
  public static Optional<GkmlException> unreadableBasic(
      TreeLoader.Result loaded, String domain, boolean orAny) {
    String given = domain.strip();
    Path basicDir = loaded.tree().root().toAbsolutePath().normalize().resolve(TreeLoader.BASIC_DIR);
    String standard = DomainNames.standard().fileName(given);
    Finding first = null;
    for (LoadedFile f : loaded.files()) {
      Path path = f.file().path().toAbsolutePath().normalize();
      if (f.document() != null || !path.startsWith(basicDir) || path.equals(basicDir)) {
        continue;
      }
      Finding cause = f.findings().stream().filter(Finding::isError).findFirst().orElse(null);
      if (cause == null) {
        continue;
      }
      String file = path.getFileName().toString();
      JsonNode written = f.tree() == null ? null : f.tree().get("domain");
      boolean meant =
          file.equals(given)
              || file.equals(given + YAML)
              || file.equals(given + ".yml")
              || file.equals(standard)
              || (written != null && written.isValueNode() && written.asText().equals(given));
      if (meant) {
        return Optional.of(GkmlException.usage("scaffold.basicUnreadable", given, render(cause)));
      }
      first = first == null ? cause : first;
    }
    return first == null || !orAny
        ? Optional.empty()
        : Optional.of(
            GkmlException.usage(
                "scaffold.unknownDomainUnreadable",
                given,
                loaded.tree().basics().stream().map(Catalog::domain).toList(),
                render(first)));
  }

  /** A finding as validate prints it: place, severity, rule and message. */
  private static String render(Finding f) {
    return f.loc() + ": " + f.severity().word() + " " + f.rule().id() + ": " + f.message();
  }

  /** The file name a domain's files have: the basic catalogue's (FORMAT.md §3, domain slug). */
  static String fileName(Catalog basic) {
    Path name = basic.file().path().getFileName();
    return name.toString();
  }

  /**
   * The code a domain's item ids start with, as its basic catalogue writes them (AQSC-001 → AQSC):
   * the most common one, or {@code ITEM} for a catalogue without items.
   */
  static String idCode(Catalog basic) {
    Map<String, Integer> counts = new HashMap<>();
    for (Item item : basic.items()) {
      int dash = item.id().lastIndexOf('-');
      if (dash > 0) {
        counts.merge(item.id().substring(0, dash), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("ITEM");
  }

  /** {@code prefix} with the first three-digit number that no item of the tree has yet. */
  static String newId(CatalogTree tree, String prefix) {
    Set<String> ids = new HashSet<>();
    for (Catalog c : tree.basics()) {
      c.items().forEach(i -> ids.add(i.id()));
    }
    for (Overlay o : tree.overlays()) {
      o.adds().forEach(i -> ids.add(i.id()));
    }
    for (int n = 1; ; n++) {
      String id = String.format(java.util.Locale.ROOT, "%s%03d", prefix, n);
      if (!ids.contains(id)) {
        return id;
      }
    }
  }
}
