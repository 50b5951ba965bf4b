package org.gkml.export;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.NotApplicable;
import org.gkml.model.Region;
import org.gkml.model.Tier;

/**
 * What a publication page shows: the catalogues of one region, one per domain, or the basic
 * catalogues when {@code region} is null.
 *
 * @param setName the name of the catalogue set (gkml.yaml {@code name}); may be null
 * @param region the region; null for the basic catalogue
 * @param tier the tier the catalogues were filtered to; null when every tier is kept
 * @param domains one catalogue per domain, in page order
 * @param customIds ids of the items a region added (marked 个性)
 * @param downloads links to the same catalogue in other formats (may be empty)
 * @param date the generation date printed at the top
 * @param notApplicable the domains the region (or one above it) declared not applicable, by domain
 *     name
 */
public record HtmlPage(
    String setName,
    Region region,
    Tier tier,
    List<Catalog> domains,
    Set<String> customIds,
    List<Link> downloads,
    LocalDate date,
    Map<String, NotApplicable> notApplicable) {

  /** A link with its visible text; {@code href} is a URL, escaped as URLs need it. */
  public record Link(String href, String label) {
    public Link {
      Objects.requireNonNull(href, "href");
      Objects.requireNonNull(label, "label");
    }
  }

  public HtmlPage {
    domains = List.copyOf(domains);
    customIds = Set.copyOf(customIds);
    downloads = List.copyOf(downloads);
    Objects.requireNonNull(date, "date");
    notApplicable = Map.copyOf(notApplicable);
  }

  /** A page every domain of which applies. */
  public HtmlPage(
      String setName,
      Region region,
      Tier tier,
      List<Catalog> domains,
      Set<String> customIds,
      List<Link> downloads,
      LocalDate date) {
    this(setName, region, tier, domains, customIds, downloads, date, Map.of());
  }

  /** How the page shows {@code catalog}'s domain when it does not apply, or null when it does. */
  public String notApplicableText(Catalog catalog) {
    NotApplicable na = notApplicable.get(catalog.domain());
    return na == null ? null : TableText.notApplicable(na, region.code().digits());
  }

  /** The basic catalogues of a tree; with a {@code tier}, only the items that tier publishes. */
  public static HtmlPage basic(String setName, List<Catalog> domains, Tier tier, LocalDate date) {
    List<Catalog> kept = domains;
    if (tier != null) {
      kept = domains.stream().map(c -> c.publishedAt(tier)).toList();
    }
    return new HtmlPage(setName, null, tier, kept, Set.of(), List.of(), date);
  }

  public boolean isBasic() {
    return region == null;
  }

  public boolean isCustom(String itemId) {
    return customIds.contains(itemId);
  }

  /**
   * The tier columns of the tables, as in the Excel export: every tier for the basic catalogue; for
   * a region the tiers at or below the one it was filtered to, plus any tier an item names (so no
   * tick is lost), in the order 县级, 乡级, 村级.
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
      c.items().forEach(i -> columns.addAll(i.tiers()));
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
