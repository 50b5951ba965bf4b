package org.gkml.export;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.model.NotApplicable;
import org.gkml.model.RegionCode;

/**
 * What the index page of a build shows: the basic catalogue and every region's page, with item
 * counts. Regions are nested county → township → village by their division codes.
 *
 * @param setName the name of the catalogue set; may be null
 * @param version the catalogue version(s) as printed; may be empty
 * @param date the generation date
 * @param basic the basic catalogue's entry ({@code code} null)
 * @param regions one entry per region page, any order
 */
public record HtmlIndex(
    String setName, String version, LocalDate date, Entry basic, List<Entry> regions) {

  /**
   * One published page: where it is, how many basic and custom items it lists, and the domains
   * declared not applicable to its region, by domain name (in the order given).
   */
  public record Entry(
      RegionCode code,
      String name,
      String href,
      int basicItems,
      int customItems,
      List<HtmlPage.Link> downloads,
      Map<String, NotApplicable> notApplicable) {
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(href, "href");
      downloads = List.copyOf(downloads);
      notApplicable = Collections.unmodifiableMap(new LinkedHashMap<>(notApplicable));
    }

    /** A page whose every domain applies. */
    public Entry(
        RegionCode code,
        String name,
        String href,
        int basicItems,
        int customItems,
        List<HtmlPage.Link> downloads) {
      this(code, name, href, basicItems, customItems, downloads, Map.of());
    }
  }

  public HtmlIndex {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basic, "basic");
    regions = List.copyOf(regions);
    version = version == null ? "" : version;
  }
}
