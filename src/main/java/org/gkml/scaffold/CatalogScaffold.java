package org.gkml.scaffold;

import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.importer.TableImporter;
import org.gkml.io.SafeName;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.DomainNames;
import org.gkml.model.Field;
import org.gkml.model.Mode;
import org.gkml.model.Policy;
import org.gkml.model.Suggestion;
import org.gkml.model.Tier;

/**
 * {@code gkml new catalog}: a domain's basic catalogue in {@code basic/}, named by the domain's
 * slug, with the schema modeline, the default policy, no items yet and one commented-out example
 * item to copy. As written it passes {@code validate}.
 */
public final class CatalogScaffold {
  private final Messages messages;

  public CatalogScaffold(Messages messages) {
    this.messages = messages;
  }

  /**
   * Writes the basic catalogue of {@code domain} in the tree at {@code root}; returns its path.
   *
   * @throws GkmlException a usage error for an unknown root or a domain that has one already
   */
  public Path create(Path root, String domain) {
    if (!Files.isDirectory(root)) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    String name = domain.strip();
    if (name.isEmpty()) {
      throw GkmlException.usage("scaffold.noDomain");
    }
    CatalogTree tree = new TreeLoader(new FileLoader(messages), messages).load(root).tree();
    // a slug (safety-production) names its domain; a slip of a known name is refused, not made a
    // new domain of (安全生成)
    Map<String, String> known = new LinkedHashMap<>();
    for (Catalog c : tree.basics()) {
      known.put(c.domain(), c.domain());
      known.putIfAbsent(Domains.fileName(c).replaceFirst("\\.ya?ml$", ""), c.domain());
    }
    name = TableImporter.domainNamed(name, known);
    if (name.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == UnicodeScript.HAN)) {
      // a domain is named in Chinese (FORMAT.md): a Latin word that is no known file name is a
      // slug mistyped or shortened (safety for safety-production), never a new domain
      throw GkmlException.usage(
          "scaffold.domainNotChinese",
          name,
          Suggestion.closest(name, spellings(known.keySet()))
              .<Object>map(m -> new Messages.Text("cli.didYouMean", m))
              .orElse(""));
    }
    for (Catalog c : tree.basics()) {
      if (c.domain().equals(name)) {
        throw GkmlException.usage("scaffold.catalogExists", name, c.file().display());
      }
    }
    Path folder = root.toAbsolutePath().resolve("basic");
    Path file = folder.resolve(SafeName.of(TableImporter.fileName(name)));
    ScaffoldText.create(root, file, text(root, folder, tree, name));
    return file;
  }

  /** The tree's domain names and file names, and the standard domains' file names. */
  private static List<String> spellings(Collection<String> tree) {
    List<String> all = new ArrayList<>(tree);
    DomainNames.standard().slugs().stream().filter(s -> !all.contains(s)).forEach(all::add);
    return all;
  }

  private String text(Path root, Path folder, CatalogTree tree, String domain) {
    StringBuilder out =
        new StringBuilder(ScaffoldText.modeline(root, folder, "catalog.schema.json"));
    out.append(ScaffoldText.comment(messages.get("scaffold.catalog.header", domain)));
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("gkml", 1);
    head.put("kind", "catalog");
    head.put("domain", domain);
    head.put("title", messages.get("scaffold.catalog.title", domain));
    head.put("version", Year.now() + ".1");
    String issuer = tree.config().issuer();
    head.put("issuer", issuer == null ? messages.get("scaffold.config.issuer") : issuer);
    Policy defaults = Policy.defaults();
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put(
        "modifiable",
        List.of(Field.values()).stream()
            .filter(defaults.modifiable()::contains)
            .map(Field::key)
            .toList());
    policy.put("removable", defaults.removable().word());
    head.put("policy", policy);
    head.put("items", List.of());
    out.append(ScaffoldText.yaml(head));
    out.append('\n').append(ScaffoldText.comment(messages.get("scaffold.catalog.items")));
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("id", "");
    example.put("level1", "");
    example.put("level2", "");
    example.put("content", "");
    example.put("basis", List.of(""));
    example.put("deadline", messages.get("scaffold.item.deadline"));
    example.put("owner", "");
    example.put("channels", List.of(""));
    example.put("audience", Audience.PUBLIC.word());
    example.put("mode", Mode.PROACTIVE.word());
    example.put("tiers", List.of(Tier.COUNTY.word()));
    example.put("optional", false);
    out.append(ScaffoldText.commentedList("items", List.of(example)));
    return out.toString();
  }
}
