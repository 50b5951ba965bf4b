package org.gkml.oversight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gkml.i18n.Messages;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Finding;
import org.gkml.model.Item;
import org.gkml.model.Loc;
import org.gkml.model.Modification;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.gkml.model.Severity;
import org.gkml.model.Suggestion;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;

/**
 * The index of cited laws and documents ({@code gkml basis}, CLI.md 1.1): every 公开依据 of the basic
 * catalogues and of every known region's effective catalogue, spellings of one law folded into one
 * entry ({@link Citation}). Effective catalogues shared by several regions are read once.
 */
public final class LawIndex {
  private final Resolver resolver;

  public LawIndex(Resolver resolver) {
    this.resolver = resolver;
  }

  /** One law: its title as shown (the fullest spelling, with a 文号 when one was written). */
  public record Law(String title, int items, int regions) {}

  /** One use of a law: an item of a basic catalogue ({@code region} null) or of a region's. */
  public record Use(String domain, String region, String item) {}

  /** Every law cited, most cited first (then by title). */
  public List<Law> laws() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Effective e : resolver.basic()) {
      for (Item i : e.catalog().items()) {
        for (String b : i.basis()) {
          entry(entries, Citation.of(b)).items.add(e.domain() + "\u0000" + i.id());
        }
      }
    }
    Map<Catalog, Set<String>> keysOf = new IdentityHashMap<>();
    for (RegionCode code : resolver.regions()) {
      for (Effective e : resolver.effective(code, null)) {
        Set<String> keys =
            keysOf.computeIfAbsent(
                e.catalog(),
                c -> {
                  Set<String> ks = new HashSet<>();
                  for (Item i : c.items()) {
                    for (String b : i.basis()) {
                      Citation cite = Citation.of(b);
                      entry(entries, cite).items.add(c.domain() + "\u0000" + i.id());
                      ks.add(cite.key());
                    }
                  }
                  return ks;
                });
        for (String k : keys) {
          entries.get(k).regions.add(code);
        }
      }
    }
    List<Law> laws = new ArrayList<>();
    for (Entry en : entries.values()) {
      laws.add(new Law(en.shown(), en.items.size(), en.regions.size()));
    }
    laws.sort(Comparator.comparingInt(Law::items).reversed().thenComparing(Law::title));
    return laws;
  }

  /**
   * Every item citing {@code law} (any spelling): basic items first, then regions in code order.
   */
  public List<Use> uses(String law) {
    String key = Citation.of(law).key();
    List<Use> uses = new ArrayList<>();
    for (Effective e : resolver.basic()) {
      citing(e.catalog(), key).forEach(id -> uses.add(new Use(e.domain(), null, id)));
    }
    Map<Catalog, List<String>> idsOf = new IdentityHashMap<>();
    for (RegionCode code : resolver.regions()) {
      for (Effective e : resolver.effective(code, null)) {
        for (String id : idsOf.computeIfAbsent(e.catalog(), c -> citing(c, key))) {
          uses.add(new Use(e.domain(), code.digits(), id));
        }
      }
    }
    return uses;
  }

  /**
   * Whether {@code law} names no law at all: nothing but white space and title marks ({@code ""},
   * {@code 《》}), which no item can cite.
   */
  public static boolean namesNoLaw(String law) {
    return Citation.of(law).key().replaceAll("[《》〈〉]", "").isEmpty();
  }

  /** The title of {@code law} as {@link #laws()} shows it; the text as normalised when uncited. */
  public String title(String law, List<Law> laws) {
    String key = Citation.of(law).key();
    for (Law l : laws) {
      if (Citation.of(l.title()).key().equals(key)) {
        return l.title();
      }
    }
    return shown(law);
  }

  /** A title a list of repealed laws names, and where it names it (its line in the list). */
  public record Listed(String title, Loc at) {}

  /**
   * Every citation of a repealed law in the files of the tree (GK405): basis entries of basic and
   * added items, and basis edits of {@code modify} entries, each at its element; then every listed
   * title that nothing cites (GK406), at its line in the list, with the cited title nearest it. A
   * misspelt list would otherwise find nothing and pass: a title near a cited one is a warning; one
   * near none is only information (the law is no longer cited, which is what the list is for).
   */
  public List<Finding> repealed(List<Listed> listed, Messages messages) {
    Set<String> keys = new HashSet<>();
    listed.forEach(r -> keys.add(Citation.of(r.title()).key()));
    List<Finding> out = new ArrayList<>();
    Map<String, Entry> cited = new LinkedHashMap<>();
    Set<String> found = new HashSet<>();
    CatalogTree tree = resolver.tree();
    for (Catalog c : tree.basics()) {
      c.items().forEach(i -> items(i, keys, messages, out, cited, found));
    }
    for (Overlay o : tree.overlays()) {
      o.adds().forEach(i -> items(i, keys, messages, out, cited, found));
      for (Modification m : o.modifies()) {
        FieldEdit edit = m.edits().get(Field.BASIS);
        List<String> added =
            edit instanceof FieldEdit.ReplaceList r
                ? r.values()
                : edit instanceof FieldEdit.EditList l ? l.add() : List.of();
        String section = edit instanceof FieldEdit.EditList ? "add" : null;
        for (int k = 0; k < added.size(); k++) {
          Citation cite = Citation.of(added.get(k));
          entry(cited, cite);
          if (keys.contains(cite.key())) {
            found.add(cite.key());
            Loc at =
                section == null ? m.loc().child("basis", k) : m.loc().child("basis", section, k);
            out.add(finding(m.id(), added.get(k), at, messages));
          }
        }
      }
    }
    Set<String> told = new HashSet<>();
    for (Listed l : listed) {
      String key = Citation.of(l.title()).key();
      if (found.contains(key) || !told.add(key)) {
        continue;
      }
      List<String> titles = new ArrayList<>();
      cited.values().forEach(e -> titles.add(e.shown()));
      Optional<String> near = nearest(l.title(), titles);
      Rule rule = Rule.REPEALED_UNCITED;
      out.add(
          new Finding(
              rule,
              near.isPresent() ? rule.defaultSeverity() : Severity.INFO,
              l.at(),
              messages.rule(
                  rule,
                  shown(l.title()),
                  near.map(t -> (Object) new Messages.Text("schema.suggest", t)).orElse(""))));
    }
    return out;
  }

  /**
   * The cited title of {@code titles} (as {@link #laws()} shows them) nearest {@code law}, compared
   * as spellings of one law meet ({@link Citation}: without title marks, 文号 or the 中华人民共和国 prefix)
   * by gkml's one rule for "did you mean" ({@link Suggestion}); empty when none is near or {@code
   * law} is one of them.
   */
  public static Optional<String> nearest(String law, Collection<String> titles) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String t : titles) {
      byKey.putIfAbsent(Citation.of(t).key(), t);
    }
    String key = Citation.of(law).key();
    if (byKey.containsKey(key)) {
      return Optional.empty();
    }
    return Suggestion.closest(key, byKey);
  }

  /** A title as a message names it: in title marks, as {@link #title} shows an uncited one. */
  private static String shown(String law) {
    return "《" + Citation.of(law).title() + "》";
  }

  private static void items(
      Item i,
      Set<String> keys,
      Messages messages,
      List<Finding> out,
      Map<String, Entry> cited,
      Set<String> found) {
    for (int k = 0; k < i.basis().size(); k++) {
      Citation cite = Citation.of(i.basis().get(k));
      entry(cited, cite);
      if (keys.contains(cite.key())) {
        found.add(cite.key());
        out.add(finding(i.id(), i.basis().get(k), i.loc().child("basis", k), messages));
      }
    }
  }

  private static Finding finding(String id, String basis, Loc at, Messages messages) {
    Rule rule = Rule.REPEALED_BASIS;
    return new Finding(rule, rule.defaultSeverity(), at, messages.rule(rule, id, basis));
  }

  private static List<String> citing(Catalog c, String key) {
    List<String> ids = new ArrayList<>();
    for (Item i : c.items()) {
      for (String b : i.basis()) {
        if (Citation.of(b).key().equals(key)) {
          ids.add(i.id());
          break;
        }
      }
    }
    return ids;
  }

  private static Entry entry(Map<String, Entry> entries, Citation c) {
    Entry e = entries.computeIfAbsent(c.key(), k -> new Entry());
    e.see(c);
    return e;
  }

  /** What the index gathered about one law. */
  private static final class Entry {
    private String title;
    private boolean prefixed;
    private String number;
    final Set<String> items = new HashSet<>();
    final Set<RegionCode> regions = new HashSet<>();

    /** The fullest spelling wins: the 中华人民共和国 form, and the first 文号 written. */
    synchronized void see(Citation c) {
      if (title == null || (c.hasPrefix() && !prefixed)) {
        title = c.title();
        prefixed = c.hasPrefix();
      }
      if (number == null && c.number() != null) {
        number = c.number();
      }
    }

    String shown() {
      return "《" + title + "》" + (number == null ? "" : "（" + number + "）");
    }
  }
}
