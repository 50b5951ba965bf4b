package org.gkml.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.resolve.Effective;

/**
 * What a table export (Excel, Word) publishes: a {@link Publication} with who publishes the tables
 * and the date printed in them.
 *
 * @param publication the catalogues published
 * @param issuer who publishes the tables (may be null)
 * @param date the generation date printed in the tables
 */
public record PublishedCatalog(Publication publication, String issuer, LocalDate date)
    implements PublicationView {

  public PublishedCatalog {
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(date, "date");
  }

  /**
   * The catalogues of a region named by its name and division code (both null for the basic
   * catalogue); see {@link Publication}.
   */
  public PublishedCatalog(
      String regionName,
      String regionCode,
      Tier tier,
      List<Catalog> domains,
      Set<String> customIds,
      String issuer,
      LocalDate date) {
    this(
        new Publication(
            regionCode == null ? null : new Region(new RegionCode(regionCode), regionName),
            tier,
            domains,
            customIds),
        issuer,
        date);
  }

  /**
   * The basic catalogues of a tree, nothing custom; with a {@code tier}, only the items that tier
   * publishes (null keeps every item).
   */
  public static PublishedCatalog basic(
      List<Catalog> domains, Tier tier, String issuer, LocalDate date) {
    return new PublishedCatalog(Publication.basic(domains, tier), issuer, date);
  }

  /**
   * A region's effective catalogues, one per domain, as the export publishes them (see {@link
   * Publication#of}). {@code tier} null means the region's own tier.
   */
  public static PublishedCatalog region(
      RegionCode code, Tier tier, List<Effective> catalogues, String issuer, LocalDate date) {
    String name = "";
    for (Effective e : catalogues) {
      if (e.region() != null) {
        name = e.region().name();
      }
    }
    Tier t = tier != null ? tier : code.tier();
    return new PublishedCatalog(
        Publication.of(new Region(code, name), t, catalogues), issuer, date);
  }

  // what the tables show, as the exporters ask for it

  /** The region's name; null for the basic catalogue. */
  public String regionName() {
    return publication.isBasic() ? null : publication.region().name();
  }

  /** The region's division code; null for the basic catalogue. */
  public String regionCode() {
    return publication.isBasic() ? null : publication.region().code().digits();
  }
}
