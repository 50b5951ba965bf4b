package org.gkml.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gkml.i18n.Messages;
import org.gkml.model.Catalog;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Item;
import org.gkml.model.Loc;
import org.gkml.model.Modification;
import org.gkml.model.Overlay;
import org.gkml.model.Policy;
import org.gkml.model.RegionCode;
import org.gkml.model.Removal;
import org.gkml.model.Rule;
import org.gkml.model.Tier;

/**
 * Finds the overlays of the new tree that a change above them breaks (downstream impact).
 *
 * <p>For one domain, each overlay below a changed document is checked twice against what its parent
 * chain lets it name — the items visible after the basic catalogue and every ancestor's overlay,
 * and the policy — once with the old chain and once with the new. A problem found only with the new
 * chain is an impact: a {@code modify} or {@code remove} naming a missing or invisible item, a
 * field the policy no longer lets it modify, a removal no longer allowed, an added id now taken.
 * Problems the overlay had anyway are the validator's business, not the change's. A changed
 * document whose changes cannot affect what is visible below it (wording, owners, channels...)
 * triggers nothing, so most diffs never read the overlays below.
 */
final class ImpactAnalyzer {
  private final Messages messages;

  ImpactAnalyzer(Messages messages) {
    this.messages = messages;
  }

  /** The documents of one domain on one side of the diff. */
  record DomainDocs(Catalog basic, Map<RegionCode, Overlay> overlays) {
    static DomainDocs of(Catalog basic, List<Overlay> overlays) {
      Map<RegionCode, Overlay> byCode = new TreeMap<>();
      for (Overlay o : overlays) {
        byCode.putIfAbsent(o.region().code(), o);
      }
      return new DomainDocs(basic, byCode);
    }
  }

  /** What an item looks like to the overlays below, as far as resolution rules care. */
  private record Visible(Set<Tier> tiers, boolean optional, Loc loc) {
    boolean visibleTo(Tier tier) {
      return tiers.stream().anyMatch(t -> t.atOrBelow(tier));
    }

    List<Object> effect() {
      return List.of(tiers, optional);
    }
  }

  /** The items a region's overlay may name, and the domain's policy. */
  private record View(Map<String, Visible> items, Policy policy) {
    static View of(Catalog basic) {
      Map<String, Visible> items = new LinkedHashMap<>();
      if (basic != null) {
        basic.items().forEach(i -> items.putIfAbsent(i.id(), visible(i)));
      }
      return new View(items, basic == null ? Policy.defaults() : basic.policy());
    }

    View apply(Overlay o) {
      if (!o.applicable()) {
        // the domain does not apply here, so nothing above is left to name (as the resolver has it)
        return new View(Map.of(), policy);
      }
      Map<String, Visible> next = new LinkedHashMap<>(items);
      o.adds().forEach(i -> next.putIfAbsent(i.id(), visible(i)));
      for (Modification m : o.modifies()) {
        Visible v = next.get(m.id());
        if (v != null) {
          next.put(m.id(), edited(v, m));
        }
      }
      o.removes().forEach(r -> next.remove(r.id()));
      return new View(next, policy);
    }
  }

  /** Whether the new version of a basic catalogue changes what overlays may name. */
  static boolean changesBelow(Catalog old, Catalog neu) {
    return !Objects.equals(effect(old), effect(neu));
  }

  /** Whether the new version of an overlay changes what the overlays below it may name. */
  static boolean changesBelow(Overlay old, Overlay neu) {
    return !Objects.equals(effect(old), effect(neu));
  }

  private static List<Object> effect(Catalog c) {
    if (c == null) {
      return null;
    }
    Map<String, List<Object>> items = new HashMap<>();
    View.of(c).items().forEach((id, v) -> items.put(id, v.effect()));
    return List.of(items, c.policy());
  }

  private static List<Object> effect(Overlay o) {
    if (o == null) {
      return List.of(Map.of(), Set.of(), Map.of(), true);
    }
    Map<String, List<Object>> adds = new HashMap<>();
    o.adds().forEach(i -> adds.putIfAbsent(i.id(), visible(i).effect()));
    Set<String> removes = new HashSet<>();
    o.removes().forEach(r -> removes.add(r.id()));
    Map<String, List<Object>> edits = new HashMap<>();
    for (Modification m : o.modifies()) {
      FieldEdit tiers = m.edits().get(Field.TIERS);
      FieldEdit optional = m.edits().get(Field.OPTIONAL);
      if (tiers != null || optional != null) {
        edits.put(m.id(), java.util.Arrays.asList(tiers, optional));
      }
    }
    return List.of(adds, removes, edits, o.applicable());
  }

  /**
   * The impacts in one domain: every overlay of the new tree strictly below one of {@code
   * changedAt} (a region code, or null for the basic catalogue, which is above every overlay).
   */
  List<Impact> impacts(
      String domain, Set<Optional<RegionCode>> changedAt, DomainDocs old, DomainDocs neu) {
    Map<Optional<RegionCode>, View> oldViews = new HashMap<>();
    Map<Optional<RegionCode>, View> newViews = new HashMap<>();
    List<Impact> out = new ArrayList<>();
    for (Overlay o : neu.overlays().values()) {
      if (!below(o.region().code(), changedAt)) {
        continue;
      }
      Optional<RegionCode> parent = o.region().code().parent();
      List<Impact> before = problems(domain, o, view(old, parent, oldViews));
      Set<String> known = new HashSet<>();
      before.forEach(i -> known.add(i.rule().id() + i.loc().pointer()));
      for (Impact i : problems(domain, o, view(neu, parent, newViews))) {
        if (!known.contains(i.rule().id() + i.loc().pointer())) {
          out.add(i);
        }
      }
    }
    return out;
  }

  private static boolean below(RegionCode code, Set<Optional<RegionCode>> changedAt) {
    for (Optional<RegionCode> at : changedAt) {
      if (at.isEmpty() || (code.within(at.get()) && !code.equals(at.get()))) {
        return true;
      }
    }
    return false;
  }

  private static View view(
      DomainDocs docs, Optional<RegionCode> at, Map<Optional<RegionCode>, View> memo) {
    View known = memo.get(at);
    if (known != null) {
      return known;
    }
    View view;
    if (at.isEmpty()) {
      view = View.of(docs.basic());
    } else {
      view = view(docs, at.get().parent(), memo);
      Overlay o = docs.overlays().get(at.get());
      if (o != null) {
        view = view.apply(o);
      }
    }
    memo.put(at, view);
    return view;
  }

  /** What the resolution rules would say about an overlay under a parent view. */
  private List<Impact> problems(String domain, Overlay o, View view) {
    List<Impact> out = new ArrayList<>();
    String region = o.region().code().digits();
    Tier tier = o.tier();
    for (Item a : o.adds()) {
      Visible taken = view.items().get(a.id());
      if (taken != null) {
        out.add(
            impact(
                domain,
                region,
                a.id(),
                Rule.ADDED_ID_TAKEN,
                a.loc().child("id"),
                a.id(),
                taken.loc()));
      }
    }
    for (Modification m : o.modifies()) {
      Visible target = view.items().get(m.id());
      if (target == null || !target.visibleTo(tier)) {
        out.add(targetProblem(domain, o, "modify", m.id(), m.loc().child("id"), target));
        continue;
      }
      for (Field f : m.edits().keySet()) {
        if (!view.policy().modifiable().contains(f)) {
          out.add(
              impact(
                  domain,
                  region,
                  m.id(),
                  Rule.FIELD_NOT_MODIFIABLE,
                  m.loc().childKey(f.key()),
                  f.key(),
                  view.policy().modifiableKeys()));
        }
      }
    }
    for (Removal r : o.removes()) {
      Visible target = view.items().get(r.id());
      if (target == null || !target.visibleTo(tier)) {
        out.add(targetProblem(domain, o, "remove", r.id(), r.loc().child("id"), target));
        continue;
      }
      Policy.Removable removable = view.policy().removable();
      boolean forbidden =
          removable == Policy.Removable.NEVER
              || (removable == Policy.Removable.OPTIONAL_ONLY && !target.optional());
      if (forbidden) {
        String why =
            removable == Policy.Removable.NEVER ? "" : messages.get("resolve.hint.notOptional");
        out.add(
            impact(
                domain,
                region,
                r.id(),
                Rule.REMOVE_FORBIDDEN,
                r.loc().child("id"),
                r.id(),
                removable.word(),
                why));
      }
    }
    return out;
  }

  private Impact targetProblem(
      String domain, Overlay o, String section, String id, Loc at, Visible target) {
    String region = o.region().code().digits();
    if (target == null) {
      return impact(domain, region, id, Rule.TARGET_UNKNOWN, at, section, id, region, "");
    }
    List<String> tiers = EnumSet.copyOf(target.tiers()).stream().map(Tier::word).toList();
    return impact(
        domain, region, id, Rule.TARGET_INVISIBLE, at, section, id, o.tier().word(), tiers);
  }

  private Impact impact(
      String domain, String region, String item, Rule rule, Loc at, Object... args) {
    return new Impact(domain, region, item, rule, at, messages.rule(rule, args));
  }

  private static Visible visible(Item i) {
    return new Visible(i.tiers(), i.optional(), i.loc());
  }

  private static Visible edited(Visible v, Modification m) {
    Set<Tier> tiers = v.tiers().isEmpty() ? EnumSet.noneOf(Tier.class) : EnumSet.copyOf(v.tiers());
    FieldEdit edit = m.edits().get(Field.TIERS);
    if (edit instanceof FieldEdit.ReplaceList r) {
      tiers.clear();
      r.values().forEach(w -> Tier.ofWord(w).ifPresent(tiers::add));
    } else if (edit instanceof FieldEdit.EditList e) {
      e.add().forEach(w -> Tier.ofWord(w).ifPresent(tiers::add));
      e.remove().forEach(w -> Tier.ofWord(w).ifPresent(tiers::remove));
    }
    boolean optional =
        m.edits().get(Field.OPTIONAL) instanceof FieldEdit.SetFlag f ? f.value() : v.optional();
    return new Visible(Set.copyOf(tiers), optional, v.loc());
  }
}
