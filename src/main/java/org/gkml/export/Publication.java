package org.gkml.export;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.NotApplicable;
import org.gkml.model.Region;
import org.gkml.model.Tier;
import org.gkml.resolve.Effective;

/**
 * What a publication shows, whatever its format: the catalogues of one region, one per domain, with
 * the ids of the region's own (个性) items, or the basic catalogues when {@code region} is null. The
 * exporters' inputs ({@link PublishedCatalog}, {@link HtmlPage}) and a build's folders ({@code
 * publish.Published}) are this view plus what their format adds.
 *
 * @param region the region; null for the basic catalogue
 * @param tier the tier the catalogues were filtered to; null when every tier is kept
 * @param domains one catalogue per domain, in the order the sheets, pages or tables show them
 * @param customIds ids of the items a region added (marked 个性)
 * @param notApplicable the domains the region (or one above it) declared not applicable, by domain
 *     name: shown as 不适用 with the reason instead of a table
 */
public record Publication(
    Region region,
    Tier tier,
    List<Catalog> domains,
    Set<String> customIds,
    Map<String, NotApplicable> notApplicable) {

  public Publication {
    domains = List.copyOf(domains);
    customIds = Set.copyOf(customIds);
    notApplicable = Map.copyOf(notApplicable);
  }

  /** A publication every domain of which applies. */
  public Publication(Region region, Tier tier, List<Catalog> domains, Set<String> customIds) {
    this(region, tier, domains, customIds, Map.of());
  }

  /**
   * The basic catalogues of a tree, nothing custom; with a {@code tier}, only the items that tier
   * publishes (null keeps every item).
   */
  public static Publication basic(List<Catalog> domains, Tier tier) {
    List<Catalog> kept = domains;
    if (tier != null) {
      kept = domains.stream().map(c -> c.publishedAt(tier)).toList();
    }
    return new Publication(null, tier, kept, Set.of());
  }

  /**
   * A region's effective catalogues, one per domain: the items its own chain of overlays added
   * (provenance not basic) are marked 个性.
   */
  public static Publication of(Region region, Tier tier, List<Effective> catalogues) {
    Set<String> custom = new HashSet<>();
    Map<String, NotApplicable> notApplicable = new LinkedHashMap<>();
    for (Effective e : catalogues) {
      if (!e.applicable()) {
        notApplicable.put(e.domain(), e.notApplicable());
      }
      for (Item i : e.catalog().items()) {
        if (e.isCustom(i.id())) {
          custom.add(i.id());
        }
      }
    }
    return new Publication(
        region, tier, catalogues.stream().map(Effective::catalog).toList(), custom, notApplicable);
  }

  /** How the tables show {@code catalog}'s domain when it does not apply, or null when it does. */
  public String notApplicableText(Catalog catalog) {
    NotApplicable na = notApplicable.get(catalog.domain());
    return na == null
        ? null
        : TableText.notApplicable(na, isBasic() ? null : region.code().digits());
  }

  public boolean isBasic() {
    return region == null;
  }

  public boolean isCustom(String itemId) {
    return customIds.contains(itemId);
  }

  /**
   * The tier columns the tables print: every tier for the basic catalogue; for a region the tiers
   * at or below the one it was filtered to (its own when not filtered), plus any tier an item names
   * (so no tick is lost), in the order 县级, 乡级, 村级.
   */
  public List<Tier> tierColumns() {
    Tier base = tier != null ? tier : region != null ? region.tier() : null;
    if (base == null) {
      return List.of(Tier.values());
    }
    Set<Tier> columns = EnumSet.noneOf(Tier.class);
    for (Tier t : Tier.values()) {
      if (t.atOrBelow(base)) {
        columns.add(t);
      }
    }
    for (Catalog c : domains) {
      for (Item i : c.items()) {
        if (columns.size() == Tier.values().length) {
          return List.copyOf(columns); // every tier already: the rest can add none
        }
        columns.addAll(i.tiers());
      }
    }
    return List.copyOf(columns);
  }

  public int itemCount() {
    return domains.stream().mapToInt(c -> c.items().size()).sum();
  }

  public int customCount() {
    return (int)
        domains.stream().flatMap(c -> c.items().stream()).filter(i -> isCustom(i.id())).count();
  }

  /** The distinct catalogue versions, in domain order (usually one). */
  public List<String> versions() {
    Set<String> v = new LinkedHashSet<>();
    for (Catalog c : domains) {
      if (c.version() != null && !c.version().isBlank()) {
        v.add(c.version());
      }
    }
    return List.copyOf(v);
  }
}
