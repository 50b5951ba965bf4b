package org.gkml.oversight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.gkml.check.BrokenFiles;
import org.gkml.model.Catalog;
import org.gkml.model.Overlay;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Revision;
import org.gkml.resolve.Customization;
import org.gkml.resolve.Resolver;

/**
 * The province's overview ({@code gkml report}, CLI.md 1.1): for every known region and every
 * domain, whether the region has an overlay, inherits its parent's catalogue, or declared the
 * domain not applicable; the items it publishes at its own tier; what its own overlay added,
 * modified and removed; whether that overlay was written against an older basic version; and the
 * region's last revision.
 *
 * <p>Built from one {@link Resolver} over a tree loaded once, asking it once per region and domain
 * ({@link Resolver#standing}): regions share resolutions, so the whole province costs about one
 * application per overlay file, and with a {@link Resolver#forSurvey} resolver the villages'
 * resolutions are dropped as soon as they are counted.
 */
public record ProvinceReport(List<String> domains, List<RegionRow> regions) {

  public ProvinceReport {
    domains = List.copyOf(domains);
    regions = List.copyOf(regions);
  }

  /** How a region stands in one domain. */
  public enum Status {
    OVERLAY("overlay"),
    INHERITED("inherited"),
    NOT_APPLICABLE("not-applicable"),
    /**
     * A catalogue file this standing depends on could not be read (the domain's basic catalogue, or
     * an overlay of the region or one above it): nothing about it is known, so nothing is counted.
     */
    UNREADABLE("unreadable");

    private final String word;

    Status(String word) {
      this.word = word;
    }

    /** The word of the JSON form. */
    public String word() {
      return word;
    }

    /** The key of the status's label in the message bundles. */
    public String labelKey() {
      return "report.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One region's standing in one domain.
   *
   * @param cause for {@link Status#UNREADABLE}, where the file that could not be read broke ({@code
   *     file:line}); else null
   */
  public record DomainStatus(
      Status status,
      int items,
      int custom,
      int modified,
      int removed,
      boolean stale,
      String cause) {

    public DomainStatus(
        Status status, int items, int custom, int modified, int removed, boolean stale) {
      this(status, items, custom, modified, removed, stale, null);
    }

    static DomainStatus unreadable(BrokenFiles.Broken b) {
      return new DomainStatus(
          Status.UNREADABLE, 0, 0, 0, 0, false, b.at().file().display() + ":" + b.at().line());
    }
  }

  /** The latest revision a region's own overlays record, and the domain it belongs to. */
  public record LastRevision(String domain, Revision revision) {}

  /** One region: its standing per domain (in basic-catalogue order) and last revision, or null. */
  public record RegionRow(Region region, Map<String, DomainStatus> domains, LastRevision last) {
    public RegionRow {
      Objects.requireNonNull(region);
      domains = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(domains));
    }
  }

  /** The report of every known region of a resolver's tree, regions in code order. */
  public static ProvinceReport of(Resolver resolver) {
    return of(resolver, BrokenFiles.none());
  }

  /**
   * As {@link #of(Resolver)}, marking {@link Status#UNREADABLE} every standing that depends on one
   * of the {@code unread} files (catalogue files that did not load, {@link BrokenFiles#unloaded}):
   * the standing the resolver would give without them is not the region's. A broken basic
   * catalogue's domain is reported, with every region unreadable in it, even though no catalogue of
   * it loaded.
   */
  public static ProvinceReport of(Resolver resolver, BrokenFiles unread) {
    List<String> domains = new ArrayList<>(resolver.domains());
    List<Unread> causes = new ArrayList<>();
    for (BrokenFiles.Broken b : unread.basics()) {
      causes.add(new Unread(b, domainOf(b, resolver), ""));
    }
    if (unread.basicFolder() != null) {
      // basic/ is a link not followed: every domain an overlay names lacks its basic catalogue
      Set<String> named = new TreeSet<>();
      resolver.tree().overlays().forEach(o -> named.add(o.domain()));
      named.forEach(d -> causes.add(new Unread(unread.basicFolder(), d, "")));
    }
    for (BrokenFiles.Broken b : unread.overlays()) {
      if (b.region() != null) { // an overlay whose code is unknown, even from its folder: nowhere
        causes.add(new Unread(b, domainOf(b, resolver), b.region()));
      }
    }
    for (Unread u : causes) {
      if (!domains.contains(u.domain())) {
        domains.add(u.domain()); // its basic catalogue did not load: the domain is still asked for
      }
    }
    Map<String, String> basicVersions = new LinkedHashMap<>();
    for (Catalog c : resolver.tree().basics()) {
      basicVersions.putIfAbsent(c.domain(), c.version());
    }
    List<RegionRow> rows =
        new ArrayList<>(resolver.regions())
            .parallelStream()
                .map(code -> row(resolver, code, domains, basicVersions, causes))
                .toList();
    return new ProvinceReport(domains, rows);
  }

  /**
   * A file that did not load, the domain it is of, and the code whose region and those below it
   * depend on it ("" for a basic catalogue: every region).
   */
  private record Unread(BrokenFiles.Broken file, String domain, String below) {
    boolean covers(RegionCode code, String domain) {
      return this.domain.equals(domain) && code.digits().startsWith(below);
    }
  }

  /**
   * The domain a file that did not load belongs to: as written in it, else that of the catalogue
   * files with its slug (an overlay's basic catalogue, a basic catalogue's overlays), else its
   * slug, so that the report still names a column for it.
   */
  private static String domainOf(BrokenFiles.Broken b, Resolver resolver) {
    if (b.domain() != null) {
      return b.domain();
    }
    for (Catalog c : resolver.tree().basics()) {
      if (BrokenFiles.slug(c.file().path()).equals(b.slug())) {
        return c.domain();
      }
    }
    for (Overlay o : resolver.tree().overlays()) {
      if (BrokenFiles.slug(o.file().path()).equals(b.slug())) {
        return o.domain();
      }
    }
    return b.slug();
  }

  private static RegionRow row(
      Resolver resolver,
      RegionCode code,
      List<String> domains,
      Map<String, String> versions,
      List<Unread> unread) {
    Region region = resolver.region(code).orElseThrow();
    Map<String, DomainStatus> statuses = new LinkedHashMap<>();
    LastRevision last = null;
    for (String domain : domains) {
      Unread cause = null;
      for (Unread u : unread) {
        cause = cause == null && u.covers(code, domain) ? u : cause;
      }
      if (cause != null) {
        statuses.put(domain, DomainStatus.unreadable(cause.file()));
        continue;
      }
      Resolver.Standing standing = resolver.standing(code, domain);
      Customization own = standing.own();
      int items = standing.items();
      if (!standing.applicable()) {
        statuses.put(
            domain, new DomainStatus(Status.NOT_APPLICABLE, items, 0, 0, 0, stale(own, versions)));
      } else if (own == null) {
        statuses.put(domain, new DomainStatus(Status.INHERITED, items, 0, 0, 0, false));
      } else {
        statuses.put(
            domain,
            new DomainStatus(
                Status.OVERLAY,
                items,
                own.custom(),
                own.modified(),
                own.removed(),
                stale(own, versions)));
      }
      if (own != null && !own.overlay().revisions().isEmpty()) {
        Revision r = own.overlay().revisions().get(0);
        if (last == null || newer(r, last.revision())) {
          last = new LastRevision(domain, r);
        }
      }
    }
    return new RegionRow(region, statuses, last);
  }

  private static boolean stale(Customization own, Map<String, String> versions) {
    if (own == null) {
      return false;
    }
    Overlay o = own.overlay();
    String current = versions.get(o.domain());
    return o.base() != null && current != null && !current.equals(o.base());
  }

  private static boolean newer(Revision a, Revision b) {
    String da = a.date() == null ? "" : a.date();
    String db = b.date() == null ? "" : b.date();
    return da.compareTo(db) > 0;
  }

  /** The totals of the report: regions, and domain standings and counts over every region. */
  public Summary summary() {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      byStatus.put(s, 0);
    }
    int custom = 0;
    int modified = 0;
    int removed = 0;
    int stale = 0;
    for (RegionRow r : regions) {
      for (DomainStatus d : r.domains().values()) {
        byStatus.merge(d.status(), 1, Integer::sum);
        custom += d.custom();
        modified += d.modified();
        removed += d.removed();
        stale += d.stale() ? 1 : 0;
      }
    }
    return new Summary(regions.size(), domains.size(), byStatus, custom, modified, removed, stale);
  }

  /** The report's totals. */
  public record Summary(
      int regions,
      int domains,
      Map<Status, Integer> byStatus,
      int custom,
      int modified,
      int removed,
      int stale) {

    /**
     * The statuses the totals list: {@link Status#UNREADABLE} only when some standing is, so that
     * the report of a tree that read cleanly keeps the shape CLI.md gives it.
     */
    public List<Status> statuses() {
      return Arrays.stream(Status.values())
          .filter(s -> s != Status.UNREADABLE || byStatus.get(s) > 0)
          .toList();
    }
  }
}
