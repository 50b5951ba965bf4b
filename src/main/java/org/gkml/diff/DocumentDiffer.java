package org.gkml.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Field;
import org.gkml.model.Item;
import org.gkml.model.Loc;
import org.gkml.model.Mode;
import org.gkml.model.Modification;
import org.gkml.model.Overlay;
import org.gkml.model.Removal;
import org.gkml.model.Revision;
import org.gkml.model.SourceFile;
import org.gkml.model.deadline.Deadline;
import org.gkml.model.deadline.DeadlineComparison;

/**
 * Compares two versions of one document — a basic or effective catalogue, or an overlay — and
 * classifies every difference (FORMAT.md §9).
 *
 * <p>Items match by id. Of the items only on one side, a removed and an added item equal in every
 * field but the id are one rename; the rest are removals and additions. Changes come in report
 * order: catalogue-level keys first, then items in the new file's order with removed items at their
 * old place (after the item that preceded them), each item's fields in {@link Field} order; in
 * overlays the {@code add} items, then the {@code modify} and {@code remove} entries.
 */
final class DocumentDiffer {
  private final ChangeValues values;

  DocumentDiffer(ChannelVocabulary vocabulary) {
    this.values = new ChangeValues(vocabulary);
  }

  /**
   * Two versions of a catalogue of {@code domain}; a side is null when the domain is new or gone.
   */
  List<Change> catalogs(String domain, String region, Catalog old, Catalog neu) {
    Change.Scope scope = new Change.Scope(domain, region);
    List<Change> out = new ArrayList<>();
    if (old != null && neu != null) {
      Side sides = new Side(old.file(), neu.file());
      key(out, scope, sides, "domain", old.domain(), neu.domain());
      key(out, scope, sides, "title", old.title(), neu.title());
      key(out, scope, sides, "version", old.version(), neu.version());
      key(out, scope, sides, "issuer", old.issuer(), neu.issuer());
      key(out, scope, sides, "effective", old.effective(), neu.effective());
      mapping(
          out, scope, sides, "policy", values.policy(old.policy()), values.policy(neu.policy()));
      revisions(out, scope, sides, old.revisions(), neu.revisions());
    }
    items(out, scope, old == null ? List.of() : old.items(), neu == null ? List.of() : neu.items());
    return out;
  }

  /**
   * Two versions of the overlay of one region and domain; a side is null when it is new or gone.
   */
  List<Change> overlays(String domain, String region, Overlay old, Overlay neu) {
    Change.Scope scope = new Change.Scope(domain, region);
    List<Change> out = new ArrayList<>();
    if (old != null && neu != null) {
      Side sides = new Side(old.file(), neu.file());
      key(out, scope, sides, "domain", old.domain(), neu.domain());
      mapping(out, scope, sides, "region", region(old), region(neu));
      key(out, scope, sides, "version", old.version(), neu.version());
    }
    // an overlay new or gone still changes what applies to its region when it declares the domain
    // not applicable: no overlay declares nothing
    Applicability was = Applicability.of(old);
    Applicability now = Applicability.of(neu);
    if (!was.equals(now)) {
      applicability(out, scope, was, now, declaring(old, neu));
    }
    if (old != null && neu != null) {
      Side sides = new Side(old.file(), neu.file());
      key(out, scope, sides, "base", old.base(), neu.base());
      revisions(out, scope, sides, old.revisions(), neu.revisions());
    }
    items(out, scope, old == null ? List.of() : old.adds(), neu == null ? List.of() : neu.adds());
    entries(
        out,
        scope,
        Change.Section.MODIFY,
        modifications(old),
        modifications(neu),
        values::modification,
        list -> list.get(0).loc());
    entries(
        out,
        scope,
        Change.Section.REMOVE,
        removals(old),
        removals(neu),
        list -> values.removal(list.get(list.size() - 1)),
        list -> list.get(0).loc());
    return out;
  }

  /**
   * A change of whether the domain applies to the region, if any: the one place both the tree diff
   * (from overlays) and {@code --region} (from effective catalogues) report it. {@code at} is the
   * declaration's position (of the side that declares it, or the new one when both do).
   */
  static void applicability(
      List<Change> out, Change.Scope scope, Applicability was, Applicability now, Loc at) {
    if (!was.equals(now)) {
      out.add(new Change.ApplicabilityChanged(scope, was, now, Change.Subject.at(at)));
    }
  }

  /**
   * The {@code applicable:} line of an overlay that declares the domain not applicable, the new one
   * when both do; one of them does when the two sides differ.
   */
  private static Loc declaring(Overlay old, Overlay neu) {
    Overlay o = neu != null && !neu.applicable() ? neu : old;
    return o.file().locate("/applicable");
  }

  private static void revisions(
      List<Change> out,
      Change.Scope scope,
      Side sides,
      List<Revision> before,
      List<Revision> after) {
    List<Map<String, Object>> was = ChangeValues.revisions(before);
    List<Map<String, Object>> now = ChangeValues.revisions(after);
    if (!was.equals(now)) {
      Change.Subject at = sides.subject("revisions", now.isEmpty() ? null : now);
      out.add(new Change.RevisionsChanged(scope, was, now, at));
    }
  }

  /** The two files being compared, for the position of a catalogue-level key. */
  private record Side(SourceFile old, SourceFile neu) {
    Change.Subject subject(String key, Object newValue) {
      return Change.Subject.at(newValue != null ? neu.locate("/" + key) : old.locate("/" + key));
    }
  }

  private static Map<String, Object> region(Overlay o) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("code", o.region().code().digits());
    map.put("name", o.region().name());
    return map;
  }

  private static void key(
      List<Change> out, Change.Scope scope, Side sides, String key, String before, String after) {
    if (!Objects.equals(before, after)) {
      out.add(new Change.KeyChanged(scope, key, before, after, sides.subject(key, after)));
    }
  }

  private static void mapping(
      List<Change> out,
      Change.Scope scope,
      Side sides,
      String key,
      Map<String, Object> before,
      Map<String, Object> after) {
    if (!Objects.equals(before, after)) {
      out.add(new Change.MappingChanged(scope, key, before, after, sides.subject(key, after)));
    }
  }

  private void items(
      List<Change> out, Change.Scope scope, List<Item> oldItems, List<Item> newItems) {
    Map<String, Item> olds = byId(oldItems);
    Map<String, Item> news = byId(newItems);
    // renames: an item gone and an item new with the same signature, paired in file order
    Map<List<Object>, Deque<Item>> addedBySignature = new HashMap<>();
    for (Item n : news.values()) {
      if (!olds.containsKey(n.id())) {
        addedBySignature.computeIfAbsent(values.signature(n), k -> new ArrayDeque<>()).add(n);
      }
    }
    Map<String, Item> renamedFrom = new HashMap<>();
    if (!addedBySignature.isEmpty()) {
      for (Item o : olds.values()) {
        if (!news.containsKey(o.id())) {
          Deque<Item> candidates = addedBySignature.get(values.signature(o));
          if (candidates != null && !candidates.isEmpty()) {
            renamedFrom.put(candidates.poll().id(), o);
          }
        }
      }
    }
    // a renamed item keeps its old place: its old id stands for the new one in the merge
    Map<String, String> renamedTo = new HashMap<>();
    renamedFrom.forEach((to, from) -> renamedTo.put(from.id(), to));
    List<String> oldOrder =
        olds.keySet().stream().map(id -> renamedTo.getOrDefault(id, id)).toList();
    for (String id : ReportOrder.merge(oldOrder, List.copyOf(news.keySet()))) {
      Item o = olds.get(id);
      Item n = news.get(id);
      Item from = renamedFrom.get(id);
      if (from != null) {
        out.add(new Change.ItemRenamed(scope, from.id(), id, subject(n, n.loc().child("id"))));
      } else if (o == null) {
        out.add(new Change.ItemAdded(scope, id, values.item(n), subject(n, n.loc())));
      } else if (n == null) {
        out.add(new Change.ItemRemoved(scope, id, values.item(o), subject(o, o.loc())));
      } else {
        fields(out, scope, o, n);
      }
    }
  }

  private void fields(List<Change> out, Change.Scope scope, Item o, Item n) {
    for (Field f : Field.values()) {
      if (!Objects.equals(values.compared(f, o), values.compared(f, n))) {
        out.add(field(scope, f, o, n, subject(n, n.loc().child(f.key()))));
      }
    }
  }

  /** The change of one field that differs, typed by the field's shape. */
  private Change field(Change.Scope scope, Field f, Item o, Item n, Change.Subject subject) {
    return switch (f.shape()) {
      case LIST ->
          new Change.ListChanged(
              scope, n.id(), f, values.list(f, o), values.list(f, n), classify(f, o, n), subject);
      case FLAG ->
          // optional is the only flag
          new Change.FlagChanged(scope, n.id(), f, o.optional(), n.optional(), subject);
      case TEXT, AUDIENCE ->
          new Change.TextChanged(
              scope, n.id(), f, values.text(f, o), values.text(f, n), classify(f, o, n), subject);
    };
  }

  /**
   * The class of a change of one field (FORMAT.md §9): breaking when it weakens the item, additive
   * when the reverse change would, else changed. What weakens is the model's to say ({@link
   * Mode#weakenedBy}, {@link Audience#weakenedBy}, {@link DeadlineComparison#weakens}, {@link
   * Field#dropped}), the same rules overlays are held to when they are resolved.
   */
  private ChangeClass classify(Field field, Item o, Item n) {
    return switch (field) {
      case BASIS, CHANNELS, TIERS -> {
        if (!field.droppingWeakens()) {
          yield ChangeClass.CHANGED;
        }
        List<String> before = values.list(field, o);
        List<String> after = values.list(field, n);
        // anything removed is breaking, whatever was added alongside
        yield byWeakening(
            !field.dropped(before, after).isEmpty(), !field.dropped(after, before).isEmpty());
      }
      case DEADLINE -> deadline(o.deadline(), n.deadline());
      case MODE -> byWeakening(o.mode().weakenedBy(n.mode()), n.mode().weakenedBy(o.mode()));
      case AUDIENCE -> audience(o.audience(), n.audience());
      default -> ChangeClass.CHANGED;
    };
  }

  private static ChangeClass byWeakening(boolean weakens, boolean strengthens) {
    if (weakens) {
      return ChangeClass.BREAKING;
    }
    return strengthens ? ChangeClass.ADDITIVE : ChangeClass.CHANGED;
  }

  /**
   * Losing 全社会 is breaking, gaining it additive; adding or dropping 特定群体 next to 全社会 leaves the
   * item public, so it is only changed (FORMAT.md 1.1).
   */
  private static ChangeClass audience(Audience before, Audience after) {
    if (before == null || after == null) {
      return ChangeClass.CHANGED;
    }
    return byWeakening(before.weakenedBy(after), after.weakenedBy(before));
  }

  /** Longer is breaking, shorter additive; reworded to the same value or undecidable: changed. */
  private static ChangeClass deadline(String before, String after) {
    if (before == null || after == null) {
      return ChangeClass.CHANGED;
    }
    DeadlineComparison c = Deadline.change(before, after);
    return byWeakening(c.weakens(), c.inverse().weakens());
  }

  /** Entries of an overlay section keyed by target id: one change per id that differs. */
  private <E> void entries(
      List<Change> out,
      Change.Scope scope,
      Change.Section section,
      Map<String, List<E>> olds,
      Map<String, List<E>> news,
      Function<List<E>, Map<String, Object>> shown,
      Function<List<E>, Loc> loc) {
    for (String id : ReportOrder.merge(List.copyOf(olds.keySet()), List.copyOf(news.keySet()))) {
      List<E> o = olds.get(id);
      List<E> n = news.get(id);
      Map<String, Object> before = o == null ? null : shown.apply(o);
      Map<String, Object> after = n == null ? null : shown.apply(n);
      if (!Objects.equals(ChangeValues.comparedEntry(before), ChangeValues.comparedEntry(after))) {
        out.add(
            new Change.EntryChanged(
                scope,
                id,
                section,
                before,
                after,
                Change.Subject.at(loc.apply(n != null ? n : o))));
      }
    }
  }

  private static Map<String, List<Modification>> modifications(Overlay o) {
    Map<String, List<Modification>> map = new LinkedHashMap<>();
    if (o != null) {
      for (Modification m : o.modifies()) {
        map.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m);
      }
    }
    return map;
  }

  private static Map<String, List<Removal>> removals(Overlay o) {
    Map<String, List<Removal>> map = new LinkedHashMap<>();
    if (o != null) {
      for (Removal r : o.removes()) {
        map.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
      }
    }
    return map;
  }

  /** Items by id in file order; a repeated id (an invalid file) keeps its first item. */
  private static Map<String, Item> byId(List<Item> items) {
    Map<String, Item> map = new LinkedHashMap<>();
    for (Item i : items) {
      map.putIfAbsent(i.id(), i);
    }
    return map;
  }

  private static Change.Subject subject(Item item, Loc loc) {
    return new Change.Subject(item.level1(), item.level2(), loc);
  }
}
