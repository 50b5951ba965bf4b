package org.gkml.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;

/**
 * The values of the index page, as its template names them: the regions nested county → township →
 * village by their division codes. A region whose parent has no page hangs under its nearest
 * ancestor that has one, or at the top.
 */
record IndexView(
    String csp,
    String generator,
    String title,
    String css,
    String js,
    String setName,
    String version,
    String date,
    long countyCount,
    long townshipCount,
    long villageCount,
    BasicView basic,
    boolean hasCounties,
    List<Node> counties) {

  /** Up to this many regions, county lists start unfolded. */
  private static final int OPEN_LIMIT = 300;

  /** The basic catalogue's line. */
  record BasicView(String href, String name, int basicItems, List<HtmlPage.Link> downloads) {}

  /** One region with the regions below it. */
  record Node(
      String find,
      boolean open,
      String href,
      String name,
      String code,
      int basicItems,
      int customItems,
      String notApplicable,
      boolean hasChildren,
      List<Node> children) {}

  static IndexView of(HtmlIndex index, String generator, String css, String js, String csp) {
    List<HtmlIndex.Entry> sorted = new ArrayList<>(index.regions());
    sorted.sort(Comparator.comparing(HtmlIndex.Entry::code));
    Map<RegionCode, List<HtmlIndex.Entry>> children = new HashMap<>();
    Map<RegionCode, HtmlIndex.Entry> byCode = new HashMap<>();
    sorted.forEach(e -> byCode.put(e.code(), e));
    List<HtmlIndex.Entry> top = new ArrayList<>();
    for (HtmlIndex.Entry e : sorted) {
      Optional<RegionCode> parent = nearestListedAncestor(e.code(), byCode);
      if (parent.isPresent()) {
        children.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(e);
      } else {
        top.add(e);
      }
    }
    boolean open = sorted.size() <= OPEN_LIMIT;
    List<Node> counties = top.stream().map(e -> node(e, children, open)).toList();
    String title = (index.setName() == null ? "基层政务公开标准目录" : index.setName()) + " · 发布索引";
    HtmlIndex.Entry b = index.basic();
    return new IndexView(
        csp,
        generator,
        title,
        css,
        js,
        index.setName(),
        index.version().isEmpty() ? "—" : index.version(),
        index.date().toString(),
        count(sorted, Tier.COUNTY),
        count(sorted, Tier.TOWNSHIP),
        count(sorted, Tier.VILLAGE),
        new BasicView(b.href(), b.name(), b.basicItems(), b.downloads()),
        !counties.isEmpty(),
        counties);
  }

  private static Optional<RegionCode> nearestListedAncestor(
      RegionCode code, Map<RegionCode, HtmlIndex.Entry> listed) {
    for (Optional<RegionCode> p = code.parent(); p.isPresent(); p = p.get().parent()) {
      if (listed.containsKey(p.get())) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static Node node(
      HtmlIndex.Entry e, Map<RegionCode, List<HtmlIndex.Entry>> children, boolean open) {
    List<Node> below =
        children.getOrDefault(e.code(), List.of()).stream()
            .map(c -> node(c, children, open))
            .toList();
    String name = e.name().isEmpty() ? e.code().digits() : e.name();
    return new Node(
        name + " " + e.code().digits(),
        open,
        e.href(),
        name,
        e.code().digits(),
        e.basicItems(),
        e.customItems(),
        notApplicable(e),
        !below.isEmpty(),
        below);
  }

  /**
   * The line under a region that names the domains declared not applicable to it, as the tables say
   * it (不适用, the reason, who declared it), or null when every domain applies.
   */
  private static String notApplicable(HtmlIndex.Entry e) {
    if (e.notApplicable().isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    e.notApplicable()
        .forEach(
            (domain, na) ->
                parts.add(domain + "：" + TableText.notApplicable(na, e.code().digits())));
    return String.join("；", parts);
  }

  private static long count(List<HtmlIndex.Entry> entries, Tier tier) {
    return entries.stream().filter(e -> e.code().tier() == tier).count();
  }
}
