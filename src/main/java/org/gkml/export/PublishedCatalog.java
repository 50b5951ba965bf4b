package org.gkml.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.NotApplicable;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.resolve.Effective;

/**
 * What an export publishes: the catalogues of one region (or the basic catalogues when {@code
 * regionCode} is null), one per domain, with the ids of the region's own (个性) items.
 *
 * @param regionName the region's name; null for the basic catalogue
 * @param regionCode the region's division code; null for the basic catalogue
 * @param tier the tier the catalogues were filtered to; null when every tier is kept
 * @param domains one catalogue per domain, in the order the sheets should have
 * @param customIds ids of the items a region added (marked 个性 in the table)
 * @param issuer who publishes the tables (may be null)
 * @param date the generation date printed in the tables
 * @param notApplicable the domains the region (or one above it) declared not applicable, by domain
 *     name: printed as 不适用 with the reason instead of a table
 */
public record PublishedCatalog(
    String regionName,
    String regionCode,
    Tier tier,
    List<Catalog> domains,
    Set<String> customIds,
    String issuer,
    LocalDate date,
    Map<String, NotApplicable> notApplicable) {

  public PublishedCatalog {
    domains = List.copyOf(domains);
    customIds = Set.copyOf(customIds);
    Objects.requireNonNull(date, "date");
    notApplicable = Map.copyOf(notApplicable);
  }

  /** A catalogue every domain of which applies. */
  public PublishedCatalog(
      String regionName,
      String regionCode,
      Tier tier,
      List<Catalog> domains,
      Set<String> customIds,
      String issuer,
      LocalDate date) {
    this(regionName, regionCode, tier, domains, customIds, issuer, date, Map.of());
  }

  /**
   * The basic catalogues of a tree, nothing custom; with a {@code tier}, only the items that tier
   * publishes (null keeps every item).
   */
  public static PublishedCatalog basic(
      List<Catalog> domains, Tier tier, String issuer, LocalDate date) {
    List<Catalog> kept = domains;
    if (tier != null) {
      kept = domains.stream().map(c -> c.publishedAt(tier)).toList();
    }
    return new PublishedCatalog(null, null, tier, kept, Set.of(), issuer, date);
  }

  /**
   * A region's effective catalogues, one per domain, as the export publishes them: the items its
   * own chain of overlays added (provenance not basic) are marked 个性. {@code tier} null means the
   * region's own tier.
   */
  public static PublishedCatalog region(
      RegionCode code, Tier tier, List<Effective> catalogues, String issuer, LocalDate date) {
    Set<String> custom = new HashSet<>();
    List<Catalog> domains = new ArrayList<>();
    Map<String, NotApplicable> notApplicable = new HashMap<>();
    String name = "";
    for (Effective e : catalogues) {
      domains.add(e.catalog());
      if (!e.applicable()) {
        notApplicable.put(e.domain(), e.notApplicable());
      }
      if (e.region() != null) {
        name = e.region().name();
      }
      for (Item i : e.catalog().items()) {
        if (e.isCustom(i.id())) {
          custom.add(i.id());
        }
      }
    }
    Tier t = tier != null ? tier : code.tier();
    return new PublishedCatalog(
        name, code.digits(), t, domains, custom, issuer, date, notApplicable);
  }

  public boolean isBasic() {
    return regionCode == null;
  }

  public boolean isCustom(String id) {
    return customIds.contains(id);
  }

  /** How the tables show {@code catalog}'s domain when it does not apply, or null when it does. */
  public String notApplicableText(Catalog catalog) {
    NotApplicable na = notApplicable.get(catalog.domain());
    return na == null ? null : TableText.notApplicable(na, regionCode);
  }

  /**
   * The tier columns the tables print: every tier for the basic catalogue; for a region the tiers
   * at or below the one it was filtered to, plus any tier an item names (so no tick is lost), in
   * the order 县级, 乡级, 村级.
   */
  public List<Tier> tierColumns() {
    Tier base = tier != null ? tier : regionTier();
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
      c.items().forEach(i -> columns.addAll(i.tiers()));
    }
    return List.copyOf(columns);
  }

  private Tier regionTier() {
    return regionCode == null ? null : Tier.ofCodeLength(regionCode.length()).orElse(null);
  }
}
