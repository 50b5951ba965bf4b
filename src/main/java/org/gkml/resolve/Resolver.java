package org.gkml.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.gkml.concurrent.Background;
import org.gkml.error.GkmlException;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Overlay;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;

/**
 * Effective catalogues of a tree (FORMAT.md §7): for a region, its domain's basic catalogue with
 * the overlays of the county, the township and the village on its code path applied in that order,
 * then filtered to a tier.
 *
 * <p>The tree is indexed once. Each (region, domain) with an overlay is resolved at most once, on
 * first use, from its parent's resolution; a region without an overlay for a domain shares its
 * nearest ancestor's resolution, and the tier filter of a resolution is computed once and shared by
 * every region that resolves to it. So resolving every region of a province costs about one overlay
 * application per overlay file, and villages without overlays cost nothing. Items an overlay leaves
 * alone are the same objects as in the parent's resolution.
 *
 * <p>Where a tree has more than one basic catalogue for a domain, or more than one overlay for a
 * (region, domain), the first in path order counts (the others are findings GK305 and GK302).
 * Overlays of a domain without a basic catalogue (GK303) are not applied. Thread-safe: regions may
 * be resolved from several threads.
 */
public final class Resolver {
  private final CatalogTree tree;
  private final ChannelVocabulary vocabulary;
  // built on a thread of its own while the overlays are indexed (and, in a check, applied): it
  // is a serial pass over every overlay that nothing asks for until later
  private final CompletableFuture<RegionIndex> regions;
  private final OverlayApplier applier;
  private final Map<String, Node> basics = new LinkedHashMap<>();

  /** Per domain, the overlay of each region (by its digits) and its resolution once made. */
  private final Map<String, Map<String, Slot>> slots = new HashMap<>();

  public Resolver(CatalogTree tree) {
    this(tree, true);
  }

  /**
   * A resolver for checking every overlay once ({@link ResolutionCheck}): it keeps only the
   * resolutions that other regions build on. A village's resolution is asked for once, for its
   * issues, and then is garbage; on a province tree that is four in five, and keeping them all cost
   * the check two long collections.
   */
  static Resolver forChecking(CatalogTree tree) {
    return new Resolver(tree, false);
  }

  /**
   * A resolver for asking about each region once, as an overview of a whole province does ({@link
   * #standing}): like the one for checking, it keeps only the resolutions that other regions build
   * on, so a province's village resolutions do not pile up in memory.
   */
  public static Resolver forSurvey(CatalogTree tree) {
    return new Resolver(tree, false);
  }

  private Resolver(CatalogTree tree, boolean keepAll) {
    this.tree = tree;
    this.vocabulary = ChannelVocabulary.standard().with(tree.config().channels());
    this.regions = Background.start("gkml-regions", () -> new RegionIndex(tree));
    this.applier = new OverlayApplier(vocabulary, tree.basics());
    for (Catalog c : tree.basics()) {
      basics.putIfAbsent(c.domain(), Node.basic(c));
    }
    for (Overlay o : tree.overlays()) {
      if (basics.containsKey(o.domain())) {
        slots
            .computeIfAbsent(o.domain(), d -> new HashMap<>())
            .putIfAbsent(o.region().code().digits(), new Slot(o));
      }
    }
    for (Map<String, Slot> byRegion : slots.values()) {
      for (Map.Entry<String, Slot> e : byRegion.entrySet()) {
        e.getValue().keep |= keepAll;
        // the nearest ancestor with an overlay for the domain is built on
        String digits = e.getKey();
        for (int length = digits.length() - 3; length >= 6; length -= 3) {
          Slot ancestor = byRegion.get(digits.substring(0, length));
          if (ancestor != null) {
            ancestor.keep = true;
            break;
          }
        }
      }
    }
  }

  /** The tree being resolved. */
  public CatalogTree tree() {
    return tree;
  }

  /** The catalogue root; provenance files are printed relative to it. */
  public Path root() {
    return tree.root();
  }

  /** The channels the tree allows, in the order outputs print them. */
  public ChannelVocabulary vocabulary() {
    return vocabulary;
  }

  /** Every known region (FORMAT.md §2: the register plus every region with an overlay), sorted. */
  public Set<RegionCode> regions() {
    return regionIndex().codes();
  }

  /** A known region with its name (the register's, else its overlays'); empty when unknown. */
  public Optional<Region> region(RegionCode code) {
    return regionIndex().region(code);
  }

  /**
   * The hint for a region this tree does not know: the nearest code, or the code of a region so
   * named ({@link RegionSuggestion}); an argument of the message that refuses the region.
   */
  public Object regionHint(RegionCode code) {
    return RegionSuggestion.hint(code.digits(), regionIndex().names());
  }

  /** The domains of the basic catalogues, in basic-catalogue (path) order. */
  public List<String> domains() {
    return List.copyOf(basics.keySet());
  }

  /**
   * The effective catalogue of a known region for one domain, at {@code tier} (null: the region's
   * own tier).
   *
   * @throws GkmlException a usage error for an unknown region or domain
   */
  public Effective effective(RegionCode code, Tier tier, String domain) {
    Region region = known(code);
    String name = domainNamed(domain);
    return effective(region, chain(code), tier, name);
  }

  /**
   * The domain a user named: its name ({@code 安全生产}) or the slug of its basic catalogue's file
   * ({@code safety-production}, as the overlays' files are named too). Anything else is a usage
   * error that suggests the nearest name or slug.
   */
  private String domainNamed(String given) {
    if (basics.containsKey(given)) {
      return given;
    }
    Map<String, String> bySlug = new LinkedHashMap<>();
    basics.forEach((name, node) -> bySlug.put(slug(node.basic), name));
    String bySlugName = bySlug.get(given);
    if (bySlugName != null) {
      return bySlugName;
    }
    throw unknownDomain(given, domains(), bySlug.keySet());
  }

  /**
   * The usage error for a {@code --domain} that names no basic catalogue: the domains there are,
   * and the name or slug nearest the given one when one is near (every command that takes {@code
   * --domain} says it alike).
   */
  public static GkmlException unknownDomain(
      String given, List<String> domains, Collection<String> slugs) {
    List<String> words = new ArrayList<>(domains);
    words.addAll(slugs);
    String near = org.gkml.model.Suggestion.closest(given, words).orElse(null);
    return near == null
        ? GkmlException.usage("resolve.unknownDomain", given, domains)
        : GkmlException.usage("resolve.unknownDomainNear", given, domains, near);
  }

  private static String slug(Catalog basic) {
    String file = basic.file().path().getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  private Effective effective(Region region, String[] chain, Tier tier, String domain) {
    Tier t = tier == null ? region.tier() : tier;
    Node node = node(chain, domain);
    Node.View view = node.view(t);
    return new Effective(region, t, view.catalog(), view.provenance(), node.notApplicable);
  }

  /**
   * What a region's own overlay for a domain starts from (FORMAT.md §7): the basic catalogue with
   * the overlays of the regions above it applied, every item whatever its tiers. A region importing
   * its edited table (issue 14) writes the overlay that turns this into what the table shows.
   *
   * @throws GkmlException a usage error for an unknown region or domain
   */
  public Catalog inherited(RegionCode code, String domain) {
    known(code);
    String[] chain = chain(code);
    Node node = node(java.util.Arrays.copyOf(chain, chain.length - 1), domainNamed(domain));
    return node.view(null).catalog();
  }

  /** The effective catalogues of a known region for every domain, in basic-catalogue order. */
  public List<Effective> effective(RegionCode code, Tier tier) {
    Region region = known(code);
    String[] chain = chain(code);
    List<Effective> all = new ArrayList<>(basics.size());
    for (String domain : basics.keySet()) {
      all.add(effective(region, chain, tier, domain));
    }
    return Collections.unmodifiableList(all);
  }

  /** The basic catalogues as they stand, every item, in basic-catalogue order. */
  public List<Effective> basic() {
    List<Effective> all = new ArrayList<>(basics.size());
    for (Node n : basics.values()) {
      Node.View view = n.view(null);
      all.add(new Effective(null, null, view.catalog(), view.provenance()));
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * The story of one item for a region at a tier (null: its own): where it was defined, every
   * change and rejected entry on the chain, and whether it is visible, filtered out or removed.
   *
   * @throws GkmlException a usage error for an unknown region, or an id the tree does not define
   */
  public Explanation explain(RegionCode code, Tier tier, String itemId) {
    Region region = known(code);
    Tier t = tier == null ? code.tier() : tier;
    return new Explainer(this).explain(region, t, itemId);
  }

  private Region known(RegionCode code) {
    return regionIndex()
        .region(code)
        .orElseThrow(() -> GkmlException.usage("resolve.unknownRegion", code, regionHint(code)));
  }

  /** Why a region cannot belong to this tree (GK307), if it cannot. */
  Optional<RegionIndex.Outside> outside(RegionCode code) {
    return regionIndex().outside(code);
  }

  private RegionIndex regionIndex() {
    return Background.join(regions);
  }

  /** The overlay that counts for a (region, domain), if any. */
  Overlay overlay(RegionCode code, String domain) {
    Map<String, Slot> byRegion = slots.get(domain);
    Slot slot = byRegion == null ? null : byRegion.get(code.digits());
    return slot == null ? null : slot.overlay;
  }

  /**
   * Whether {@code o} is applied when resolving (it is not a duplicate, its domain has a basic).
   */
  boolean applies(Overlay o) {
    return overlay(o.region().code(), o.domain()) == o;
  }

  /** The basic resolution of a domain, or null. */
  Node basicNode(String domain) {
    return basics.get(domain);
  }

  /**
   * A domain resolved down to {@code code}: the node of the nearest region on its chain (itself
   * included) that has an overlay for the domain, or the basic catalogue's.
   */
  Node node(RegionCode code, String domain) {
    return node(chain(code), domain);
  }

  /** The digits of a region's chain, county first; computed once per region, reused per domain. */
  private static String[] chain(RegionCode code) {
    String d = code.digits();
    String[] chain = new String[d.length() / 3 - 1];
    for (int i = 0; i < chain.length; i++) {
      chain[i] = i == chain.length - 1 ? d : d.substring(0, 6 + 3 * i);
    }
    return chain;
  }

  private Node node(String[] chain, String domain) {
    Node node = basics.get(domain);
    Map<String, Slot> byRegion = slots.get(domain);
    if (byRegion != null) {
      for (String digits : chain) {
        Slot slot = byRegion.get(digits);
        if (slot != null) {
          node = slot.resolve(node, applier);
        }
      }
    }
    return node;
  }

  /**
   * The overlay of one (region, domain) and its resolution, made on first use from the parent's.
   * Lock-free after that; the lock only keeps two threads from applying one overlay twice.
   */
  private static final class Slot {
    final Overlay overlay;
    // whether the resolution is kept once made; set while the resolver is built
    boolean keep;
    private volatile Node node;

    Slot(Overlay overlay) {
      this.overlay = overlay;
    }

    Node resolve(Node parent, OverlayApplier applier) {
      if (!keep) {
        return applier.apply(parent, overlay); // nothing builds on it: made for one question
      }
      Node n = node;
      if (n == null) {
        synchronized (this) {
          n = node;
          if (n == null) {
            n = applier.apply(parent, overlay);
            node = n;
          }
        }
      }
      return n;
    }
  }

  /**
   * What a region's own overlay for a domain did (null when it has none): the items it added that
   * stand, the items whose fields it changed, and the items it removed.
   */
  public Customization customization(RegionCode code, String domain) {
    Overlay overlay = overlay(code, domain);
    return overlay == null ? null : customization(code, overlay, node(code, domain));
  }

  /**
   * How a known region stands in a domain of the tree, for an overview of many regions: whether the
   * domain applies, how many items the region publishes at its own tier, and what its own overlay
   * did (null without one). One walk down the region's chain serves all three, and the count is
   * made once per resolution without building a catalogue, so asking it once per region and domain
   * costs about one overlay application per overlay file, even from a {@link #forSurvey} resolver
   * that keeps none of the villages' resolutions.
   */
  public Standing standing(RegionCode code, String domain) {
    Node node = node(chain(code), domain);
    int items = node.countAt(code.tier());
    Overlay overlay = overlay(code, domain);
    Customization own = overlay == null ? null : customization(code, overlay, node);
    return new Standing(node.notApplicable == null, items, own);
  }

  /**
   * A region's standing in a domain: whether the domain applies to it, the items it publishes at
   * its own tier, and what its own overlay did (null when it has none).
   */
  public record Standing(boolean applicable, int items, Customization own) {}

  private static Customization customization(RegionCode code, Overlay overlay, Node node) {
    int custom = 0;
    int modified = 0;
    for (Provenance p : node.provenance) {
      if (code.equals(p.definedBy())) {
        custom++;
      }
      for (Provenance.Change c : p.changes()) {
        if (code.equals(c.region())) {
          modified++;
          break;
        }
      }
    }
    return new Customization(overlay, custom, modified, node.removed.size());
  }

  /**
   * The overlays applied for a domain on the way to a region, the county's first and the region's
   * own last: the documents its effective catalogue is made of besides the basic catalogue.
   */
  public List<Overlay> chain(RegionCode code, String domain) {
    List<Overlay> out = new ArrayList<>(3);
    for (RegionCode c : code.chain()) {
      Overlay o = overlay(c, domain);
      if (o != null) {
        out.add(o);
      }
    }
    return out;
  }

  /** The node an overlay made (applying it if not done yet). */
  Node nodeOf(Overlay o) {
    return node(o.region().code(), o.domain());
  }
}
