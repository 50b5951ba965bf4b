package org.gkml.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.io.SafeName;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Field;
import org.gkml.model.Finding;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.Overlay;
import org.gkml.model.Policy;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.resolve.Resolver;

/**
 * {@code gkml new overlay}: a region's overlay for one domain, in the region's folder below {@code
 * regions/} (the folders of the tree reused, missing ones made as {@code 代码-名称} from {@code
 * regions.csv}), with the schema modeline at its depth, and every item the region may modify or
 * remove listed as comments with the fields the domain's policy allows, so a person starts by
 * uncommenting. As written it changes nothing and passes {@code validate}.
 */
public final class OverlayScaffold {
  private static final String REGIONS = "regions";

  /** The file written, and how many items it lists to modify and to remove. */
  public record Result(Path file, int modifiable, int removable) {}

  private final Messages messages;

  public OverlayScaffold(Messages messages) {
    this.messages = messages;
  }

  /**
   * Writes the overlay of {@code code} for {@code domain} (a domain name or a basic catalogue's
   * file name without {@code .yaml}) in the tree at {@code root}.
   *
   * @throws GkmlException a usage error for an unknown root, region or domain, or an overlay that
   *     exists already
   */
  public Result create(Path root, RegionCode code, String domain) {
    if (!Files.isDirectory(root)) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    TreeLoader.Result loaded = new TreeLoader(new FileLoader(messages), messages).load(root);
    if (loaded.registerUnreadable()) {
      // the file is named from the register: without it, the name and folder would be guesses
      Finding cause =
          loaded.findings().stream().filter(loaded::isRegister).findFirst().orElseThrow();
      throw GkmlException.usage("scaffold.registerUnreadable", cause.loc(), cause.message());
    }
    CatalogTree tree = loaded.tree();
    Resolver resolver = new Resolver(tree);
    Catalog basic;
    try {
      basic = Domains.basic(tree, domain);
    } catch (GkmlException unknown) {
      // a near name suggested is kept unless the basic catalogue meant is the one not read
      throw Domains.unreadableBasic(loaded, domain, !unknown.key().endsWith("Near"))
          .orElse(unknown);
    }
    Region region =
        resolver
            .region(code)
            .orElseThrow(
                () ->
                    GkmlException.usage("scaffold.unknownRegion", code, resolver.regionHint(code)));
    for (Overlay o : tree.overlays()) {
      if (o.region().code().equals(code) && o.domain().equals(basic.domain())) {
        throw GkmlException.usage(
            "scaffold.overlayExists", region.label(), basic.domain(), o.file().display());
      }
    }
    Path folder = folder(root, tree, resolver, code);
    Path file = folder.resolve(Domains.fileName(basic));
    List<Item> visible = visibleItems(resolver, region, basic.domain());
    Policy policy = basic.policy();
    List<Item> removable = visible.stream().filter(i -> removable(policy, i)).toList();
    ScaffoldText.create(root, file, text(root, folder, tree, region, basic, visible, removable));
    return new Result(file, policy.modifiable().isEmpty() ? 0 : visible.size(), removable.size());
  }

  private String text(
      Path root,
      Path folder,
      CatalogTree tree,
      Region region,
      Catalog basic,
      List<Item> visible,
      List<Item> removable) {
    Policy policy = basic.policy();
    String code = region.code().digits();
    StringBuilder out =
        new StringBuilder(ScaffoldText.modeline(root, folder, "overlay.schema.json"));
    out.append(
        ScaffoldText.comment(
            messages.get("scaffold.overlay.header", region.name(), code, basic.domain())
                + "\n"
                + messages.get("scaffold.overlay.howTo")
                + "\n"
                + messages.get(
                    "scaffold.overlay.policy",
                    messages.list(policy.modifiableKeys()),
                    messages.get("scaffold.removable." + policy.removable().word()))));
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("gkml", 1);
    head.put("kind", "overlay");
    head.put("domain", basic.domain());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("code", code);
    r.put("name", region.name());
    head.put("region", r);
    head.put("version", basic.version() == null ? "1" : basic.version());
    if (basic.version() != null) {
      // the basic version this overlay starts from: validate warns (GK403) once the basic moves on
      head.put("base", basic.version());
    }
    out.append(ScaffoldText.yaml(head));

    out.append('\n').append(ScaffoldText.comment(messages.get("scaffold.overlay.add", code)));
    out.append(ScaffoldText.commentedList("add", List.of(newItem(tree, basic, region))));
    if (!policy.modifiable().isEmpty() && !visible.isEmpty()) {
      out.append('\n')
          .append(ScaffoldText.comment(messages.get("scaffold.overlay.modify", visible.size())));
      List<Map<String, Object>> entries = new ArrayList<>();
      for (Item item : visible) {
        entries.add(modification(item, policy));
      }
      out.append(ScaffoldText.commentedList("modify", entries));
    }
    if (!removable.isEmpty()) {
      out.append('\n')
          .append(ScaffoldText.comment(messages.get("scaffold.overlay.remove", removable.size())));
      List<Map<String, Object>> entries = new ArrayList<>();
      for (Item item : removable) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.id());
        m.put("reason", "");
        entries.add(m);
      }
      out.append(ScaffoldText.commentedList("remove", entries));
    }
    return out.toString();
  }

  /** The item's id and the current value of every field the policy lets an overlay modify. */
  private static Map<String, Object> modification(Item item, Policy policy) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", item.id());
    for (Field f : Field.values()) {
      Object value = item.value(f);
      if (policy.modifiable().contains(f) && value != null) {
        m.put(f.key(), value);
      }
    }
    return m;
  }

  /**
   * A blank local item (个性事项) with an id that is new in the tree, published at the region's tier.
   */
  private Map<String, Object> newItem(CatalogTree tree, Catalog basic, Region region) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", Domains.newId(tree, region.code().digits() + "-" + Domains.idCode(basic) + "-"));
    m.put("level1", "");
    m.put("content", "");
    m.put("basis", List.of());
    m.put("deadline", messages.get("scaffold.item.deadline"));
    m.put("owner", "");
    m.put("channels", List.of());
    m.put("audience", Audience.PUBLIC.word());
    m.put("mode", Mode.PROACTIVE.word());
    m.put("tiers", List.of(region.tier().word()));
    return m;
  }

  private static boolean removable(Policy policy, Item item) {
    return switch (policy.removable()) {
      case NEVER -> false;
      case OPTIONAL_ONLY -> item.optional();
      case WITH_REASON -> true;
    };
  }

  /**
   * The items of the parent's resolution that the region may modify or remove (FORMAT.md §7): those
   * published at the region's tier or below, in the order its own tier lists them, then the rest.
   */
  private static List<Item> visibleItems(Resolver resolver, Region region, String domain) {
    Map<String, Item> byId = new LinkedHashMap<>();
    for (Tier t : Tier.values()) {
      if (t.atOrBelow(region.tier())) {
        for (Item item : resolver.effective(region.code(), t, domain).catalog().items()) {
          byId.putIfAbsent(item.id(), item);
        }
      }
    }
    return List.copyOf(byId.values());
  }

  /**
   * The region's folder: where its other overlays are, else each level's existing folder below
   * {@code regions/} ({@code 代码} or {@code 代码-…}), else a new {@code 代码-名称}.
   */
  static Path folder(Path root, CatalogTree tree, Resolver resolver, RegionCode code) {
    for (Overlay o : tree.overlays()) {
      if (o.region().code().equals(code)) {
        return o.file().path().toAbsolutePath().getParent();
      }
    }
    Path folder = root.toAbsolutePath().resolve(REGIONS);
    for (RegionCode level : code.chain()) {
      Optional<Path> existing = existing(folder, level.digits());
      if (existing.isPresent()) {
        folder = existing.get();
      } else {
        String name = resolver.region(level).map(Region::name).orElse(null);
        // the register's name is content: SafeName keeps it one plain folder name
        folder =
            folder.resolve(
                SafeName.of(name == null ? level.digits() : level.digits() + "-" + name));
      }
    }
    return folder;
  }

  private static Optional<Path> existing(Path folder, String digits) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children
          .filter(Files::isDirectory)
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return name.equals(digits) || name.startsWith(digits + "-");
              })
          .sorted()
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
