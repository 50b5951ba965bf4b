package org.gkml.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.gkml.error.GkmlException;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.NotApplicable;
import org.gkml.model.Overlay;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Suggestion;
import org.gkml.model.Tier;

/** Builds the {@link Explanation} of an item from the resolutions of a region's chain. */
final class Explainer {
  private final Resolver resolver;

  Explainer(Resolver resolver) {
    this.resolver = resolver;
  }

  Explanation explain(Region region, Tier tier, String id) {
    RegionCode code = region.code();
    for (String domain : resolver.domains()) {
      Node node = resolver.node(code, domain);
      Item item = node.item(id);
      if (item != null) {
        Explanation.Outcome outcome =
            item.publishedAt(tier) ? Explanation.Outcome.VISIBLE : Explanation.Outcome.FILTERED;
        List<Explanation.Event> events = story(node, node.provenance(id), id);
        return new Explanation(region, tier, id, domain, outcome, item, events);
      }
    }
    for (String domain : resolver.domains()) {
      Node node = resolver.node(code, domain);
      if (node.notApplicable != null) {
        Explanation e = notApplicable(region, tier, id, domain, node);
        if (e != null) {
          return e;
        }
      }
    }
    for (String domain : resolver.domains()) {
      for (Node n = resolver.node(code, domain); n != null; n = n.parent) {
        for (Node.Removed r : n.removed) {
          if (r.item().id().equals(id)) {
            List<Explanation.Event> events = new ArrayList<>(story(n, r.provenance(), id));
            events.add(
                new Explanation.Event.Removed(n.region(), r.removal().loc(), r.removal().reason()));
            return new Explanation(
                region, tier, id, domain, Explanation.Outcome.REMOVED, r.item(), events);
          }
        }
      }
    }
    for (Overlay o : resolver.tree().overlays()) {
      for (Item a : o.adds()) {
        if (a.id().equals(id)) {
          List<Explanation.Event> events =
              List.of(new Explanation.Event.Defined(o.region().code(), a.loc()));
          // on the chain, yet not resolved: the overlay adding it takes no part (GK303, GK302)
          boolean onChain = code.digits().startsWith(o.region().code().digits());
          Explanation.Outcome outcome =
              onChain && !resolver.applies(o)
                  ? Explanation.Outcome.NOT_APPLIED
                  : Explanation.Outcome.ELSEWHERE;
          return new Explanation(region, tier, id, o.domain(), outcome, a, events);
        }
      }
    }
    String closest = closest(id);
    throw closest == null
        ? GkmlException.usage("explain.unknownItem", id)
        : GkmlException.usage("explain.unknownItemClosest", id, closest);
  }

  /**
   * The story of an item whose domain a region on the chain declared not applicable: the item as it
   * stood above the declaring region, then the declaration; null when it did not stand there.
   */
  private static Explanation notApplicable(
      Region region, Tier tier, String id, String domain, Node node) {
    Node above = node;
    while (above != null && above.notApplicable != null) {
      above = above.parent;
    }
    Item item = above == null ? null : above.item(id);
    if (item == null) {
      return null;
    }
    NotApplicable declared = node.notApplicable;
    List<Explanation.Event> events = new ArrayList<>(story(above, above.provenance(id), id));
    events.add(
        new Explanation.Event.NotApplicable(
            declared.region().code(), declared.loc(), declared.reason()));
    return new Explanation(
        region, tier, id, domain, Explanation.Outcome.NOT_APPLICABLE, item, events);
  }

  /** Definition, changes and findings about {@code id} on the chain ending at {@code last}. */
  private static List<Explanation.Event> story(Node last, Provenance p, String id) {
    List<Explanation.Event> events = new ArrayList<>();
    events.add(new Explanation.Event.Defined(p.definedBy(), p.definedAt()));
    p.changes().forEach(c -> events.add(new Explanation.Event.Changed(c)));
    Deque<Node> chain = new ArrayDeque<>();
    for (Node n = last; n != null; n = n.parent) {
      chain.push(n);
    }
    for (Node n : chain) {
      for (Issue i : n.issues) {
        if (i.itemId().equals(id)) {
          events.add(new Explanation.Event.Flagged(i.rule(), i.region(), i.loc(), i.args()));
        }
      }
    }
    events.sort(
        Comparator.comparingInt((Explanation.Event e) -> depth(e.region()))
            .thenComparingInt(e -> e.at().line())
            .thenComparingInt(e -> e.at().column())
            .thenComparingInt(Explainer::rank));
    return events;
  }

  private static int depth(RegionCode region) {
    return region == null ? 0 : region.digits().length();
  }

  private static int rank(Explanation.Event e) {
    return e instanceof Explanation.Event.Defined
        ? 0
        : e instanceof Explanation.Event.Changed ? 1 : 2;
  }

  /** The most similar id the tree defines, as a hint for a typo; null when none is close. */
  private String closest(String id) {
    List<String> all = new ArrayList<>();
    for (Catalog c : resolver.tree().basics()) {
      c.items().forEach(item -> all.add(item.id()));
    }
    for (Overlay o : resolver.tree().overlays()) {
      o.adds().forEach(item -> all.add(item.id()));
    }
    return Suggestion.closestId(id, all).orElse(null);
  }
}
