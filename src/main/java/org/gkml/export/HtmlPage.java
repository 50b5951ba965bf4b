package org.gkml.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.Region;
import org.gkml.model.Tier;

/**
 * What a publication page shows: a {@link Publication} with the name of its catalogue set, links to
 * the same catalogue in other formats and the date printed at the top.
 *
 * @param setName the name of the catalogue set (gkml.yaml {@code name}); may be null
 * @param publication the catalogues shown
 * @param downloads links to the same catalogue in other formats (may be empty)
 * @param date the generation date printed at the top
 */
public record HtmlPage(
    String setName, Publication publication, List<Link> downloads, LocalDate date)
    implements PublicationView {

  /** A link with its visible text; {@code href} is a URL, escaped as URLs need it. */
  public record Link(String href, String label) {
    public Link {
      Objects.requireNonNull(href, "href");
      Objects.requireNonNull(label, "label");
    }
  }

  public HtmlPage {
    Objects.requireNonNull(publication, "publication");
    downloads = List.copyOf(downloads);
    Objects.requireNonNull(date, "date");
  }

  /** A page of {@code region}'s catalogues (null for the basic ones); see {@link Publication}. */
  public HtmlPage(
      String setName,
      Region region,
      Tier tier,
      List<Catalog> domains,
      Set<String> customIds,
      List<Link> downloads,
      LocalDate date) {
    this(setName, new Publication(region, tier, domains, customIds), downloads, date);
  }

  /** The basic catalogues of a tree; with a {@code tier}, only the items that tier publishes. */
  public static HtmlPage basic(String setName, List<Catalog> domains, Tier tier, LocalDate date) {
    return new HtmlPage(setName, Publication.basic(domains, tier), List.of(), date);
  }
}
