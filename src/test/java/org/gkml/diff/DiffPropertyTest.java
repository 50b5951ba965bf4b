package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Loc;
import org.gkml.model.Mode;
import org.gkml.model.Policy;
import org.gkml.model.SourceFile;
import org.gkml.model.Tier;

/**
 * Properties of the diff over random catalogues drawn from small pools, so that renames, set
 * changes both ways and every deadline comparison come up often: a catalogue against itself is
 * empty, and {@code diff(b, a)} is {@code diff(a, b)} mirrored.
 */
class DiffPropertyTest {
  private static final Loc LOC = SourceFile.unstructured(Path.of("x.yaml"), "x.yaml").at(1, 1);
  private static final DocumentDiffer DIFFER = new DocumentDiffer(ChannelVocabulary.standard());

  /** The parts of a change that JSON shows. */
  record Shown(
      String item, ChangeKind kind, String field, Object before, Object after, ChangeClass c) {
    static Shown of(Change c) {
      return new Shown(c.item(), c.kind(), c.field(), c.before(), c.after(), c.changeClass());
    }

    Shown mirrored(Change c) {
      ChangeKind k =
          switch (kind) {
            case ADDED -> ChangeKind.REMOVED;
            case REMOVED -> ChangeKind.ADDED;
            default -> kind;
          };
      boolean undirected =
          kind == ChangeKind.RENAMED
              || (c instanceof Change.ListChanged l
                  && !l.added().isEmpty()
                  && !l.removed().isEmpty());
      return new Shown(
          kind == ChangeKind.RENAMED ? (String) before : item,
          k,
          field,
          after,
          before,
          undirected ? this.c : this.c.mirror());
    }
  }

  @Property(tries = 300)
  void aCatalogueAgainstItselfIsEmpty(@ForAll("catalogs") Catalog a) {
    assertThat(DIFFER.catalogs(a.domain(), null, a, a)).isEmpty();
  }

  @Property(tries = 500)
  void theReverseDiffMirrors(@ForAll("catalogs") Catalog a, @ForAll("catalogs") Catalog b) {
    List<Shown> expected = new ArrayList<>();
    for (Change c : DIFFER.catalogs(a.domain(), null, a, b)) {
      expected.add(Shown.of(c).mirrored(c));
    }
    List<Shown> actual = DIFFER.catalogs(a.domain(), null, b, a).stream().map(Shown::of).toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Property(tries = 300)
  void everyItemIsReportedOnceAsAddedRemovedOrRenamed(
      @ForAll("catalogs") Catalog a, @ForAll("catalogs") Catalog b) {
    List<Change> changes = DIFFER.catalogs(a.domain(), null, a, b);
    Set<String> oldIds = ids(a);
    Set<String> newIds = ids(b);
    for (Change c : changes) {
      switch (c.kind()) {
        case ADDED -> assertThat(oldIds).doesNotContain(c.item());
        case REMOVED -> assertThat(newIds).doesNotContain(c.item());
        case RENAMED -> {
          assertThat(newIds).contains(c.item()).doesNotContain((String) c.before());
          assertThat(oldIds).contains((String) c.before()).doesNotContain(c.item());
        }
        case MODIFIED -> assertThat(Objects.equals(c.before(), c.after())).isFalse();
      }
    }
    long whole = changes.stream().filter(c -> c.kind() != ChangeKind.MODIFIED).count();
    Set<String> onlyOne = new LinkedHashSet<>(oldIds);
    onlyOne.addAll(newIds);
    onlyOne.removeIf(id -> oldIds.contains(id) && newIds.contains(id));
    long renames = changes.stream().filter(c -> c.kind() == ChangeKind.RENAMED).count();
    assertThat(whole + renames).isEqualTo(onlyOne.size());
  }

  @Property(tries = 200)
  void anItemWithANewIdAndNothingElseIsOneRename(@ForAll("catalogs") Catalog a) {
    if (a.items().isEmpty()) {
      return;
    }
    // the first item gets an id no catalogue uses; the others stay as they are
    List<Item> items = new ArrayList<>();
    Item first = a.items().get(0);
    items.add(withId(first, "Q-0"));
    items.addAll(a.items().subList(1, a.items().size()));
    List<Change> changes =
        DIFFER.catalogs(
            a.domain(),
            null,
            a,
            new Catalog("安全生产", "t", "1", "i", null, Policy.defaults(), items, LOC));
    assertThat(changes)
        .extracting(Shown::of)
        .containsExactly(
            new Shown("Q-0", ChangeKind.RENAMED, null, first.id(), "Q-0", ChangeClass.BREAKING));
  }

  private static Item withId(Item i, String id) {
    return new Item(
        id,
        i.level1(),
        i.level2(),
        i.content(),
        i.basis(),
        i.deadline(),
        i.owner(),
        i.channels(),
        i.audience(),
        i.mode(),
        i.tiers(),
        i.optional(),
        i.note(),
        i.loc());
  }

  private static Set<String> ids(Catalog c) {
    Set<String> ids = new LinkedHashSet<>();
    c.items().forEach(i -> ids.add(i.id()));
    return ids;
  }

  @Provide
  Arbitrary<Catalog> catalogs() {
    return items()
        .list()
        .ofMaxSize(5)
        .uniqueElements(Item::id)
        .map(items -> new Catalog("安全生产", "t", "1", "i", null, Policy.defaults(), items, LOC));
  }

  private static Arbitrary<Item> items() {
    Arbitrary<String> id = Arbitraries.of("P-1", "P-2", "P-3", "P-4", "P-5", "P-6");
    Arbitrary<List<String>> basis = subsets("《一》", "《二》", "《三》");
    Arbitrary<String> deadline =
        Arbitraries.of("信息形成之日起20个工作日内", "信息形成之日起二十个工作日内", "10个工作日内", "30日内", "及时", "每季度");
    Arbitrary<List<String>> channels = subsets("政府网站", "两微一端", "政务服务中心");
    Arbitrary<Set<Tier>> tiers =
        subsets("县级", "乡级", "村级")
            .map(
                words -> {
                  Set<Tier> set = EnumSet.noneOf(Tier.class);
                  words.forEach(w -> Tier.ofWord(w).ifPresent(set::add));
                  return set;
                });
    return Builders.withBuilder(() -> new Object[13])
        .use(id)
        .in((a, v) -> set(a, 0, v))
        .use(Arbitraries.of("行政执法", "政策文件"))
        .in((a, v) -> set(a, 1, v))
        .use(Arbitraries.of("标准", "解读").injectNull(0.3))
        .in((a, v) -> set(a, 2, v))
        .use(Arbitraries.of("甲乙丙丁", "甲丙丁戊"))
        .in((a, v) -> set(a, 3, v))
        .use(basis)
        .in((a, v) -> set(a, 4, v))
        .use(deadline)
        .in((a, v) -> set(a, 5, v))
        .use(Arbitraries.of("县级部门", "乡镇政府"))
        .in((a, v) -> set(a, 6, v))
        .use(channels)
        .in((a, v) -> set(a, 7, v))
        .use(Arbitraries.of(Audience.class))
        .in((a, v) -> set(a, 8, v))
        .use(Arbitraries.of(Mode.class))
        .in((a, v) -> set(a, 9, v))
        .use(tiers)
        .in((a, v) -> set(a, 10, v))
        .use(Arbitraries.of(true, false))
        .in((a, v) -> set(a, 11, v))
        .use(Arbitraries.of("备注").injectNull(0.7))
        .in((a, v) -> set(a, 12, v))
        .build(DiffPropertyTest::item);
  }

  private static Object[] set(Object[] a, int i, Object v) {
    a[i] = v;
    return a;
  }

  @SuppressWarnings("unchecked")
  private static Item item(Object[] a) {
    return new Item(
        (String) a[0],
        (String) a[1],
        (String) a[2],
        (String) a[3],
        (List<String>) a[4],
        (String) a[5],
        (String) a[6],
        (List<String>) a[7],
        (Audience) a[8],
        (Mode) a[9],
        (Set<Tier>) a[10],
        (Boolean) a[11],
        (String) a[12],
        LOC);
  }

  /** Non-empty subsets in a shuffled order, sometimes with a repeated element. */
  private static Arbitrary<List<String>> subsets(String... pool) {
    return Arbitraries.of(pool).list().ofMinSize(1).ofMaxSize(pool.length + 1).map(List::copyOf);
  }
}
