package org.gkml.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Item;
import org.gkml.model.ItemName;
import org.gkml.model.JoinedValues;
import org.gkml.model.Loc;
import org.gkml.model.Mode;
import org.gkml.model.Modification;
import org.gkml.model.NotApplicable;
import org.gkml.model.Overlay;
import org.gkml.model.Policy;
import org.gkml.model.RegionCode;
import org.gkml.model.Removal;
import org.gkml.model.Rule;
import org.gkml.model.Suggestion;
import org.gkml.model.Tier;
import org.gkml.model.deadline.Deadline;
import org.gkml.model.deadline.DeadlineComparison;

/**
 * Applies one overlay to its parent's resolution (FORMAT.md §7) and judges every entry on the way.
 *
 * <p>Order within an overlay: {@code modify} entries, then {@code remove}, then {@code add};
 * targets of {@code modify} and {@code remove} are looked up in the parent's resolution, so an
 * overlay cannot modify or remove what it adds itself. Added items follow the parent's items in the
 * order written.
 *
 * <p>Every broken entry is reported once, here, as an {@link Issue}; the issues of a region's chain
 * decide whether its effective catalogue may be published (commands refuse on errors). Resolution
 * itself is literal: what can be applied is applied as written, so a rule a tree turns off in
 * {@code gkml.yaml} ({@code rules: {GK205: off}}) or suppresses in place takes effect. What cannot
 * be applied is skipped: an entry whose target is not in the parent's resolution (GK201), and an
 * added item whose id is taken (GK212; the existing item stays).
 */
final class OverlayApplier {
  private final ChannelVocabulary vocabulary;
  private final List<Catalog> basics;

  /**
   * Each basic catalogue's items by their ids as words compare ({@link Suggestion#fold}: shbx-001
   * is SHBX-001), made when a first target is unknown (GK201 is rare; most trees never need it).
   * Built twice at worst by two threads, the same both times.
   */
  private volatile Map<String, BasicItem> basicItems;

  /** An item of a basic catalogue: its id as written there, and its domain. */
  private record BasicItem(String id, String domain) {}

  OverlayApplier(ChannelVocabulary vocabulary, List<Catalog> basics) {
    this.vocabulary = vocabulary;
    this.basics = basics;
  }

  /** The basic catalogues' item {@code id} stands for, ignoring case and width, or null. */
  private BasicItem basicItem(String id) {
    Map<String, BasicItem> items = basicItems;
    if (items == null) {
      items = new HashMap<>();
      for (Catalog c : basics) {
        for (Item item : c.items()) {
          items.putIfAbsent(Suggestion.fold(item.id()), new BasicItem(item.id(), c.domain()));
        }
      }
      basicItems = items;
    }
    return items.get(Suggestion.fold(id));
  }

  Node apply(Node parent, Overlay overlay) {
    return new Application(parent, overlay).run();
  }

  /** The state of one overlay being applied. */
  private final class Application {
    private final Node parent;
    private final Overlay overlay;
    private final Policy policy;
    private final RegionCode code;
    private final Tier tier;
    private final List<Item> items;
    private final List<Provenance> provenance;
    private final Map<Integer, List<Provenance.Change>> changes = new HashMap<>();
    private final boolean[] gone;
    private final List<Issue> issues = new ArrayList<>();
    private final List<Node.Removed> removed = new ArrayList<>();

    /** Where each item this overlay named or renamed is touched, for duplicate pairs. */
    private final Map<String, Loc> named = new HashMap<>();

    Application(Node parent, Overlay overlay) {
      this.parent = parent;
      this.overlay = overlay;
      this.policy = parent.basic.policy();
      this.code = overlay.region().code();
      this.tier = overlay.tier();
      this.items = new ArrayList<>(parent.items);
      this.provenance = new ArrayList<>(parent.provenance);
      this.gone = new boolean[parent.items.size()];
    }

    Node run() {
      if (!overlay.applicable()) {
        return notApplicable();
      }
      overlay.modifies().forEach(this::modify);
      overlay.removes().forEach(this::remove);
      Map<String, Item> added = new LinkedHashMap<>();
      overlay.adds().forEach(a -> add(a, added));
      List<Item> finalItems = new ArrayList<>(items.size() + added.size());
      List<Provenance> finalProvenance = new ArrayList<>(items.size() + added.size());
      for (int k = 0; k < items.size(); k++) {
        if (!gone[k]) {
          finalItems.add(items.get(k));
          List<Provenance.Change> c = changes.get(k);
          finalProvenance.add(c == null ? provenance.get(k) : provenance.get(k).with(c));
        }
      }
      for (Item a : added.values()) {
        finalItems.add(a);
        finalProvenance.add(Provenance.definedAt(code, a.loc()));
      }
      pairs(finalItems);
      return new Node(
          parent,
          parent.basic,
          overlay,
          finalItems,
          finalProvenance,
          issues,
          removed,
          parent.notApplicable);
    }

    /**
     * A domain the region declared not applicable (FORMAT.md 1.1): resolved as empty, whether or
     * not the policy allows it (GK404 says it does not), so every output shows the declaration.
     */
    private Node notApplicable() {
      Loc at = overlay.loc().child("applicable");
      if (!policy.skippable()) {
        issues.add(
            new Issue(
                Rule.NOT_APPLICABLE_FORBIDDEN, at, code, "", new Object[] {overlay.domain()}));
      }
      NotApplicable declared = new NotApplicable(overlay.region(), overlay.reason(), at);
      return new Node(
          parent, parent.basic, overlay, List.of(), List.of(), issues, List.of(), declared);
    }

    private void report(Rule rule, Loc at, String itemId, Object... args) {
      issues.add(new Issue(rule, at, code, itemId, args));
    }

    /** The position of a modify or remove target in the parent's resolution, or null (reported). */
    private Integer target(String id, Loc entry, String verb) {
      Integer pos = parent.index().get(id);
      if (pos == null) {
        report(Rule.TARGET_UNKNOWN, entry.child("id"), id, verb, id, code, absenceHint(id));
        return null;
      }
      Item item = parent.items.get(pos);
      if (!item.visibleTo(tier)) {
        report(
            Rule.TARGET_INVISIBLE,
            entry.child("id"),
            id,
            verb,
            id,
            tier.word(),
            item.tiersInOrder().stream().map(Tier::word).toList());
      }
      return pos;
    }

    /** Why an id is not in the parent's resolution, when gkml can tell; the message's last part. */
    private Object absenceHint(String id) {
      for (Node n = parent; n != null; n = n.parent) {
        for (Node.Removed r : n.removed) {
          if (r.item().id().equals(id)) {
            return new Hint("resolve.hint.removedAbove", n.region(), r.removal().loc());
          }
        }
      }
      for (Item a : overlay.adds()) {
        if (a.id().equals(id)) {
          return new Hint("resolve.hint.addedHere");
        }
      }
      // an id of another domain's catalogue (SHBX-001 in a 安全生产 overlay): no typo, the wrong file
      BasicItem elsewhere = basicItem(id);
      if (elsewhere != null && !elsewhere.domain().equals(overlay.domain())) {
        return new Hint(
            "resolve.hint.otherDomain", elsewhere.id(), elsewhere.domain(), overlay.domain());
      }
      // most likely a typo: the nearest id the parent has, when one is clearly nearest; not an
      // id a parent added in error (511703AQSC-002, GK213 there), which is no id to copy
      Set<String> ids = parent.index().keySet();
      Set<String> misadded = misaddedAbove(parent);
      if (!misadded.isEmpty()) {
        ids = new HashSet<>(ids);
        ids.removeAll(misadded);
      }
      return Suggestion.closestId(id, ids)
          .map(near -> new Hint("resolve.hint.didYouMean", near))
          .orElse(Hint.NONE);
    }

    private void modify(Modification m) {
      Integer pos = target(m.id(), m.loc(), "modify");
      if (pos == null) {
        return;
      }
      for (Map.Entry<Field, FieldEdit> e : m.edits().entrySet()) { // in the order written
        Field field = e.getKey();
        if (!policy.modifiable().contains(field)) {
          report(
              Rule.FIELD_NOT_MODIFIABLE,
              m.loc().childKey(field.key()),
              m.id(),
              field.key(),
              policy.modifiableKeys());
        }
        Item current = items.get(pos);
        Object before = ItemValues.printed(current, field, vocabulary);
        Object value = edit(current, parent.items.get(pos), field, e.getValue(), m.loc());
        Item next = ItemValues.with(current, field, value);
        Object after = ItemValues.printed(next, field, vocabulary);
        if (Objects.equals(before, after)) {
          continue;
        }
        items.set(pos, next);
        changes
            .computeIfAbsent(pos, k -> new ArrayList<>())
            .add(new Provenance.Change(field, before, after, code, m.loc().child(field.key())));
        if (field == Field.LEVEL1 || field == Field.LEVEL2 || field == Field.LEVEL3) {
          named.put(m.id(), m.loc().child(field.key()));
        }
      }
    }

    /**
     * The new value of one field, reporting any weakening. Scalar values are compared with {@code
     * inherited}, the item as the parent resolved it, not with {@code item} as earlier entries of
     * this overlay left it: two entries for one item must not lengthen a deadline by passing
     * through a value that cannot be compared (5个工作日 → 及时 → 20个工作日).
     */
    private Object edit(Item item, Item inherited, Field field, FieldEdit edit, Loc entry) {
      Loc at = entry.child(field.key());
      String id = item.id();
      if (edit instanceof FieldEdit.SetFlag f) {
        return f.value();
      }
      if (field == Field.AUDIENCE) {
        return audience(item, edit, at);
      }
      if (edit instanceof FieldEdit.SetText t) {
        String value = t.value();
        switch (field) {
          case MODE -> {
            if (inherited.mode().weakenedBy(Mode.ofWord(value).orElse(null))) {
              report(Rule.MODE_WEAKENED, at, id, id);
            }
          }
          case DEADLINE -> {
            DeadlineComparison c = Deadline.change(inherited.deadline(), value);
            if (c.weakens()) {
              report(Rule.DEADLINE_LONGER, at, id, id, inherited.deadline(), value);
            } else if (c == DeadlineComparison.NOT_COMPARABLE) {
              report(Rule.DEADLINE_NOT_COMPARABLE, at, id, id, inherited.deadline(), value);
            }
          }
          default -> {}
        }
        return value;
      }
      return switch (field) {
        case CHANNELS -> editSet(id, field, item.channels(), edit, at, Rule.CHANNEL_REMOVED);
        case TIERS ->
            editSet(
                id,
                field,
                item.tiersInOrder().stream().map(Tier::word).toList(),
                edit,
                at,
                Rule.TIER_REMOVED);
        default -> editSet(id, field, item.basis(), edit, at, null);
      };
    }

    /**
     * 公开对象 after an edit: one word or the list of both. Only losing 全社会 weakens the item; dropping
     * 特定群体 from both leaves it public (FORMAT.md 1.1).
     */
    private Object audience(Item item, FieldEdit edit, Loc at) {
      Audience after =
          (edit instanceof FieldEdit.ReplaceList r
                  ? Audience.ofWords(r.values())
                  : Audience.ofWord(((FieldEdit.SetText) edit).value()))
              .orElse(item.audience());
      if (item.audience() != null && item.audience().weakenedBy(after)) {
        report(Rule.AUDIENCE_WEAKENED, at, item.id(), item.id());
      }
      return after.value();
    }

    /**
     * A set field after a full list or an {@code add}/{@code remove} edit, reporting each dropped
     * element as {@code weakening} when dropping weakens the field ({@link Field#droppingWeakens}).
     * Elements compare by {@link Field#elementKey}.
     */
    private List<String> editSet(
        String id, Field field, List<String> before, FieldEdit edit, Loc at, Rule weakening) {
      boolean weakens = field.droppingWeakens();
      Function<String, String> key = field::elementKey;
      if (edit instanceof FieldEdit.ReplaceList r) {
        if (weakens) {
          for (String b : field.dropped(before, r.values())) {
            if (field != Field.CHANNELS || !misspeltIn(b, r.values())) {
              report(weakening, at, id, id, b);
            }
          }
        }
        return r.values();
      }
      FieldEdit.EditList l = (FieldEdit.EditList) edit;
      List<String> result = new ArrayList<>(before);
      for (int i = 0; i < l.remove().size(); i++) {
        String x = l.remove().get(i);
        String k = key.apply(x);
        Loc where = at.child("remove", i);
        if (result.stream().noneMatch(v -> key.apply(v).equals(k))) {
          // mostly a slip for an element the item has (政府网占 for 政府网站)
          List<String> present = result;
          Hint hint =
              Suggestion.closest(x, present)
                  .map(near -> new Hint("resolve.hint.didYouMean", near))
                  .orElse(Hint.NONE);
          report(Rule.REMOVE_ABSENT, where, id, id, field.key(), x, hint);
        } else {
          if (weakens && (field != Field.CHANNELS || !misspeltIn(x, l.add()))) {
            report(weakening, where, id, id, x);
          }
          result.removeIf(v -> key.apply(v).equals(k));
        }
      }
      for (int i = 0; i < l.add().size(); i++) {
        String x = l.add().get(i);
        String k = key.apply(x);
        if (result.stream().anyMatch(v -> key.apply(v).equals(k))) {
          report(Rule.ADD_PRESENT, at.child("add", i), id, id, field.key(), x);
        } else {
          result.add(x);
        }
      }
      if (!l.add().isEmpty() && field != Field.TIERS) {
        cellLimit(id, field, l.add(), result, at);
      }
      return result;
    }

    /**
     * GK110 for a list that only an {@code add} to what the item inherits makes too long for its
     * table cell: each file's own values fit (CellLimitCheck), the printed list, one entry a line,
     * does not, and export would fail. Reported at the overlay's field; lengths only, no text made.
     * A list whose added entries alone are too long is the file's own GK110, not reported again.
     */
    private void cellLimit(
        String id, Field field, List<String> added, List<String> result, Loc at) {
      long length = printedLength(result);
      if (length > Field.CELL_CHARS && printedLength(added) <= Field.CELL_CHARS) {
        report(
            Rule.CELL_LIMIT,
            at,
            id,
            new Hint("resolve.cellLimit.inherited", field.key()),
            length,
            Field.CELL_CHARS);
      }
    }

    /** The length of a list as a cell prints it: its entries, one a line. */
    private static long printedLength(List<String> values) {
      long length = Math.max(0, values.size() - 1);
      for (String v : values) {
        length += v.length();
      }
      return length;
    }

    /**
     * Whether a channel a full list no longer has is there misspelt: an element the vocabulary does
     * not know whose suggestion (the GK103 at it) is that channel ({@code [政府网占, 两微一端]} for {@code
     * [政府网站, 两微一端]}). The typo is the cause, reported once as GK103; it is no removal.
     */
    private boolean misspeltIn(String channel, List<String> written) {
      String key = Field.CHANNELS.elementKey(channel);
      for (String w : written) {
        ChannelVocabulary.Verdict verdict = vocabulary.check(w);
        String meant = null;
        if (verdict instanceof ChannelVocabulary.Verdict.Variant v) {
          meant = v.canonical();
        } else if (verdict instanceof ChannelVocabulary.Verdict.Unknown u) {
          meant = u.closest();
          // [政府网站，两微一端]: both are there, typed as one text (GK103 gives the list)
          List<String> joined = JoinedValues.split(w, vocabulary::labelOf).orElse(List.of());
          if (joined.stream().anyMatch(j -> Field.CHANNELS.elementKey(j).equals(key))) {
            return true;
          }
        }
        if (meant != null && Field.CHANNELS.elementKey(meant).equals(key)) {
          return true;
        }
      }
      return false;
    }

    private void remove(Removal r) {
      Integer pos = target(r.id(), r.loc(), "remove");
      if (pos == null) {
        return;
      }
      Item inParent = parent.items.get(pos);
      Loc at = r.loc().child("id");
      Policy.Removable removable = policy.removable();
      if (removable == Policy.Removable.NEVER) {
        report(Rule.REMOVE_FORBIDDEN, at, r.id(), r.id(), removable.word(), Hint.NONE);
      } else if (removable == Policy.Removable.OPTIONAL_ONLY && !inParent.optional()) {
        report(
            Rule.REMOVE_FORBIDDEN,
            at,
            r.id(),
            r.id(),
            removable.word(),
            new Hint("resolve.hint.notOptional"));
      } else if (r.reason() == null || r.reason().isBlank()) {
        report(
            Rule.REMOVE_FORBIDDEN,
            r.loc().childKey("reason"),
            r.id(),
            r.id(),
            removable.word(),
            new Hint("resolve.hint.reasonRequired"));
      }
      if (gone[pos]) {
        return;
      }
      gone[pos] = true;
      List<Provenance.Change> c = changes.get(pos);
      Provenance p = c == null ? provenance.get(pos) : provenance.get(pos).with(c);
      removed.add(new Node.Removed(items.get(pos), p, r));
    }

    private void add(Item item, Map<String, Item> added) {
      Integer pos = parent.index().get(item.id());
      Item taken = pos != null ? parent.items.get(pos) : added.get(item.id());
      if (taken != null) {
        report(Rule.ADDED_ID_TAKEN, item.loc().child("id"), item.id(), item.id(), taken.loc());
        return;
      }
      added.put(item.id(), item);
      named.put(item.id(), item.loc().child("level1"));
    }

    /**
     * Duplicate (level1, level2) pairs this overlay brings about (GK102), each reported once at the
     * entry that caused it, naming the other item; pairs already duplicated above were reported
     * where they arose. Only the items this overlay adds or renames are looked up, against the
     * parent's index of names, so a village's overlay costs what it touches.
     */
    private void pairs(List<Item> all) {
      if (named.isEmpty()) {
        return;
      }
      Map<ItemName, Item> parentPairs = parent.pairs();
      Map<ItemName, Item> touched = new HashMap<>();
      for (Item item : all) {
        Loc here = named.get(item.id());
        if (here == null) {
          continue;
        }
        ItemName pair = ItemName.of(item);
        Item other = touched.putIfAbsent(pair, item);
        if (other == null) {
          Item above = parentPairs.get(pair);
          // the parent's item still stands under that name unless this overlay removed or renamed
          // it
          if (above != null
              && !above.id().equals(item.id())
              && !named.containsKey(above.id())
              && !isGone(above.id())) {
            other = above;
          }
        }
        if (other != null) {
          reportPair(here, item, other);
        }
      }
    }

    private boolean isGone(String id) {
      Integer pos = parent.index().get(id);
      return pos != null && gone[pos];
    }

    private void reportPair(Loc at, Item item, Item other) {
      report(
          Rule.DUPLICATE_PAIR,
          at,
          item.id(),
          item.level1(),
          item.subName(),
          parent.basic.domain(),
          other.id(),
          other.loc());
    }
  }

  /**
   * The ids the overlays of a chain, from {@code node} up, added without their region's code (GK213
   * at each): items of the chain, yet no ids a child may be told to name.
   */
  private static Set<String> misaddedAbove(Node node) {
    Set<String> ids = new HashSet<>();
    for (Node n = node; n != null; n = n.parent) {
      if (n.overlay != null) {
        for (Item item : n.overlay.adds()) {
          if (!n.overlay.ownsId(item.id())) {
            ids.add(item.id());
          }
        }
      }
    }
    return ids;
  }
}
