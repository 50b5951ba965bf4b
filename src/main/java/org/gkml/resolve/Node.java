package org.gkml.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.ItemName;
import org.gkml.model.NotApplicable;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Removal;
import org.gkml.model.Tier;

/**
 * One domain resolved down to one region of a chain: the basic catalogue with the overlays of the
 * chain applied, before the tier filter. Only regions with an overlay for the domain have a node of
 * their own; every other region shares its nearest ancestor's, so villages without overlays cost
 * nothing. Items unchanged by an overlay are the same objects as in the parent node.
 */
final class Node {
  /** An item removed by this node's overlay, as it stood just before. */
  record Removed(Item item, Provenance provenance, Removal removal) {}

  final Node parent;
  final Catalog basic;
  final Overlay overlay;
  final List<Item> items;
  final List<Provenance> provenance;
  final List<Issue> issues;
  final List<Removed> removed;

  /**
   * The declaration that the domain does not apply, by this node's region or one above; or null.
   */
  final NotApplicable notApplicable;

  private volatile Map<String, Integer> index;
  private volatile Map<ItemName, Item> pairs;
  // one per tier, and the last one for no tier filter
  private final View[] views = new View[Tier.values().length + 1];
  // per tier, one more than the number of items published there; 0: not counted yet. A race
  // counts twice and writes the same number, so no lock is needed
  private final int[] counts = new int[Tier.values().length];

  Node(
      Node parent,
      Catalog basic,
      Overlay overlay,
      List<Item> items,
      List<Provenance> provenance,
      List<Issue> issues,
      List<Removed> removed,
      NotApplicable notApplicable) {
    this.parent = parent;
    this.notApplicable = notApplicable;
    this.basic = basic;
    this.overlay = overlay;
    this.items = List.copyOf(items);
    this.provenance = List.copyOf(provenance);
    this.issues = List.copyOf(issues);
    this.removed = List.copyOf(removed);
  }

  /** The node of a basic catalogue: every item as defined. */
  static Node basic(Catalog basic) {
    List<Provenance> provenance = new ArrayList<>(basic.items().size());
    for (Item item : basic.items()) {
      provenance.add(Provenance.definedAt(null, item.loc()));
    }
    return new Node(null, basic, null, basic.items(), provenance, List.of(), List.of(), null);
  }

  /** The region whose overlay made this node; null for the basic catalogue. */
  RegionCode region() {
    return overlay == null ? null : overlay.region().code();
  }

  /** Position of each item by id (first occurrence), built on first use. */
  Map<String, Integer> index() {
    Map<String, Integer> i = index;
    if (i == null) {
      Map<String, Integer> built = new HashMap<>(items.size() * 2);
      for (int k = 0; k < items.size(); k++) {
        built.putIfAbsent(items.get(k).id(), k);
      }
      i = Collections.unmodifiableMap(built);
      index = i;
    }
    return i;
  }

  /** The first item of each (level1, level2) name, built on first use. */
  Map<ItemName, Item> pairs() {
    Map<ItemName, Item> p = pairs;
    if (p == null) {
      Map<ItemName, Item> built = new HashMap<>(items.size() * 2);
      for (Item item : items) {
        built.putIfAbsent(ItemName.of(item), item);
      }
      p = Collections.unmodifiableMap(built);
      pairs = p;
    }
    return p;
  }

  Item item(String id) {
    Integer k = index().get(id);
    return k == null ? null : items.get(k);
  }

  Provenance provenance(String id) {
    Integer k = index().get(id);
    return k == null ? null : provenance.get(k);
  }

  /**
   * The items published at {@code tier} (null: every item), shared by every region that resolves to
   * this node.
   */
  View view(Tier tier) {
    int slot = tier == null ? views.length - 1 : tier.ordinal();
    View v = views[slot];
    if (v == null) {
      v = View.of(this, tier);
      views[slot] = v;
    }
    return v;
  }

  /**
   * How many items are published at {@code tier}: the size of {@link #view}'s catalogue, counted
   * once per node without building it (an overview asks it of every region that shares the node).
   */
  int countAt(Tier tier) {
    int slot = tier.ordinal();
    int c = counts[slot];
    if (c == 0) {
      c = 1;
      for (Item item : items) {
        if (item.publishedAt(tier)) {
          c++;
        }
      }
      counts[slot] = c;
    }
    return c - 1;
  }

  /** The items of a node kept by a tier filter, as a catalogue and a provenance map. */
  record View(Catalog catalog, Map<String, Provenance> provenance) {
    static View of(Node node, Tier tier) {
      List<Item> kept = new ArrayList<>();
      List<Provenance> origins = new ArrayList<>();
      for (int k = 0; k < node.items.size(); k++) {
        Item item = node.items.get(k);
        if (tier == null || item.publishedAt(tier)) {
          kept.add(item);
          origins.add(node.provenance.get(k));
        }
      }
      Catalog b = node.basic;
      Catalog catalog = b.withItems(kept);
      return new View(catalog, new ProvenanceMap(catalog.items(), origins));
    }
  }
}
