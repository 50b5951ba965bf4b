package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Config;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.Modification;
import org.gkml.model.Overlay;
import org.gkml.model.Policy;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Removal;
import org.gkml.model.Severity;
import org.gkml.model.SourceFile;
import org.gkml.model.Tier;
import org.gkml.model.deadline.Deadline;
import org.gkml.model.deadline.DeadlineComparison;

/**
 * Properties of resolution over random catalogues and overlays: an empty overlay changes nothing,
 * an overlay the checks accept never weakens an item, and resolving twice gives the same bytes.
 */
class ResolutionPropertyTest {
  private static final List<String> CHANNELS =
      List.of("政府网站", "政府公报", "两微一端", "政务服务中心", "便民服务站", "社区/企事业单位/村公示栏(电子屏)", "精准推送");
  private static final List<String> DEADLINES =
      List.of(
          "信息形成或者变更之日起20个工作日内",
          "信息形成或者变更之日起10个工作日内",
          "信息形成或者变更之日起30个工作日内",
          "5个工作日",
          "7日内",
          "实时",
          "及时公开",
          "每季度");
  private static final SourceFile BASIC = SourceFile.unstructured(Path.of("basic/d.yaml"), "d");
  private static final SourceFile OVERLAY = SourceFile.unstructured(Path.of("regions/o.yaml"), "o");
  private static final RegionCode COUNTY = new RegionCode("511703");
  private static final RegionCode TOWNSHIP = new RegionCode("511703001");

  // --- generators ---

  @Provide
  Arbitrary<Catalog> catalogues() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 8).flatMap(this::items),
            Arbitraries.of(Policy.Removable.class),
            Arbitraries.subsetOf(Field.values()))
        .as(
            (items, removable, modifiable) ->
                new Catalog(
                    "安全生产",
                    "t",
                    "2025.1",
                    "i",
                    null,
                    new Policy(modifiable, removable),
                    items,
                    BASIC.at(1, 1)));
  }

  private Arbitrary<List<Item>> items(int n) {
    List<Arbitrary<Item>> each = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      each.add(item("B-" + i, EnumSet.allOf(Tier.class)));
    }
    return Combinators.combine(each).as(List::copyOf);
  }

  private Arbitrary<Item> item(String id, Set<Tier> allowedTiers) {
    return Combinators.combine(
            Arbitraries.subsetOf(CHANNELS).ofMinSize(1),
            Arbitraries.subsetOf(allowedTiers).ofMinSize(1),
            Arbitraries.of(Mode.class),
            Arbitraries.of(Audience.class),
            Arbitraries.of(DEADLINES),
            Arbitraries.of(true, false))
        .as(
            (channels, tiers, mode, audience, deadline, optional) ->
                new Item(
                    id,
                    "一级",
                    "二级" + id,
                    "内容",
                    List.of("《条例》"),
                    deadline,
                    "主体",
                    List.copyOf(channels),
                    audience,
                    mode,
                    tiers,
                    optional,
                    null,
                    BASIC.at(1, 1)));
  }

  private Arbitrary<FieldEdit> edit(Field field) {
    return switch (field) {
      case CHANNELS -> listEdit(CHANNELS);
      case TIERS -> listEdit(List.of("县级", "乡级", "村级"));
      case MODE -> Arbitraries.of("主动", "依申请").map(FieldEdit.SetText::new);
      case AUDIENCE ->
          Arbitraries.oneOf(
              Arbitraries.of("全社会", "特定群体").map(FieldEdit.SetText::new),
              Arbitraries.of(List.of("全社会", "特定群体"), List.of("特定群体"))
                  .map(FieldEdit.ReplaceList::new));
      case DEADLINE -> Arbitraries.of(DEADLINES).map(FieldEdit.SetText::new);
      default ->
          Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).map(FieldEdit.SetText::new);
    };
  }

  private Arbitrary<FieldEdit> listEdit(List<String> values) {
    Arbitrary<FieldEdit> replace =
        Arbitraries.subsetOf(values)
            .ofMinSize(1)
            .map(s -> new FieldEdit.ReplaceList(List.copyOf(s)));
    Arbitrary<FieldEdit> edit =
        Combinators.combine(Arbitraries.subsetOf(values), Arbitraries.subsetOf(values))
            .as((a, r) -> new FieldEdit.EditList(List.copyOf(a), List.copyOf(r)));
    return Arbitraries.oneOf(replace, edit);
  }

  private Arbitrary<Modification> modification(int items) {
    Arbitrary<Field> fields =
        Arbitraries.of(
            Field.CHANNELS, Field.TIERS, Field.MODE, Field.AUDIENCE, Field.DEADLINE, Field.OWNER);
    return Combinators.combine(
            Arbitraries.integers().between(0, items - 1),
            fields.flatMap(f -> edit(f).map(e -> Map.entry(f, e))).list().ofMinSize(1).ofMaxSize(3))
        .as(
            (target, edits) -> {
              Map<Field, FieldEdit> map = new EnumMap<>(Field.class);
              edits.forEach(e -> map.put(e.getKey(), e.getValue()));
              return new Modification("B-" + target, map, OVERLAY.at(1, 1));
            });
  }

  @Provide
  Arbitrary<Tree> trees() {
    return catalogues()
        .flatMap(
            basic -> {
              int n = basic.items().size();
              Arbitrary<List<Modification>> mods = modification(n).list().ofMaxSize(4);
              Arbitrary<List<Removal>> removes =
                  Arbitraries.integers()
                      .between(0, n - 1)
                      .map(i -> new Removal("B-" + i, "理由", OVERLAY.at(1, 1)))
                      .list()
                      .ofMaxSize(2);
              Arbitrary<List<Item>> adds =
                  item("511703-A", EnumSet.allOf(Tier.class)).list().ofMaxSize(1);
              return Combinators.combine(mods, removes, adds)
                  .as(
                      (m, r, a) ->
                          new Tree(
                              basic,
                              new Overlay(
                                  basic.domain(),
                                  new Region(COUNTY, "达川区"),
                                  "1",
                                  a,
                                  m,
                                  r,
                                  OVERLAY.at(1, 1),
                                  OVERLAY.at(1, 1))));
            });
  }

  /** A basic catalogue and one county overlay of its domain. */
  record Tree(Catalog basic, Overlay overlay) {
    CatalogTree catalogTree() {
      return new CatalogTree(
          Path.of("."), Config.none(), List.of(basic), List.of(overlay), Map.of(TOWNSHIP, "三里坪街道"));
    }
  }

  // --- properties ---

  @Property(tries = 200)
  void emptyOverlayChangesNothing(@ForAll("catalogues") Catalog basic) {
    Overlay empty =
        new Overlay(
            basic.domain(),
            new Region(TOWNSHIP, ""),
            "1",
            List.of(),
            List.of(),
            List.of(),
            OVERLAY.at(1, 1),
            OVERLAY.at(1, 1));
    Resolver with =
        new Resolver(
            new CatalogTree(Path.of("."), Config.none(), List.of(basic), List.of(empty), Map.of()));
    Resolver without =
        new Resolver(
            new CatalogTree(
                Path.of("."), Config.none(), List.of(basic), List.of(), Map.of(TOWNSHIP, "")));
    for (Tier tier : Tier.values()) {
      Effective a = with.effective(TOWNSHIP, tier, basic.domain());
      Effective b = without.effective(TOWNSHIP, tier, basic.domain());
      assertThat(a.catalog().items()).isEqualTo(b.catalog().items());
      assertThat(a.provenance()).isEqualTo(b.provenance());
      assertThat(a.catalog().items())
          .isEqualTo(basic.items().stream().filter(i -> i.publishedAt(tier)).toList());
    }
    assertThat(with.nodeOf(empty).issues).isEmpty();
  }

  @Property(tries = 400)
  void acceptedOverlaysNeverWeaken(@ForAll("trees") Tree tree) {
    Resolver resolver = new Resolver(tree.catalogTree());
    Node node = resolver.nodeOf(tree.overlay());
    boolean accepted =
        node.issues.stream().noneMatch(i -> i.rule().defaultSeverity() == Severity.ERROR);
    for (Item before : tree.basic().items()) {
      Item after = node.item(before.id());
      boolean weakened;
      if (after == null) {
        weakened =
            !before.optional() || tree.basic().policy().removable() == Policy.Removable.NEVER;
        weakened &= tree.basic().policy().removable() != Policy.Removable.WITH_REASON;
      } else {
        weakened = weakens(before, after);
      }
      if (accepted) {
        assertThat(weakened).as("%s -> %s", before, after).isFalse();
      }
    }
  }

  private static boolean weakens(Item before, Item after) {
    return before.mode() == Mode.PROACTIVE && after.mode() == Mode.ON_REQUEST
        || before.audience().includesPublic() && !after.audience().includesPublic()
        || !after.tiers().containsAll(before.tiers())
        || !normalized(after.channels()).containsAll(normalized(before.channels()))
        || Deadline.parse(after.deadline()).compareWith(Deadline.parse(before.deadline()))
            == DeadlineComparison.LONGER;
  }

  private static Set<String> normalized(List<String> channels) {
    return channels.stream().map(ChannelVocabulary::normalize).collect(Collectors.toSet());
  }

  @Property(tries = 100)
  void resolvingTwiceGivesTheSameBytes(@ForAll("trees") Tree tree) throws IOException {
    assertThat(bytes(tree, EffectiveWriter.Format.YAML))
        .isEqualTo(bytes(tree, EffectiveWriter.Format.YAML));
    assertThat(bytes(tree, EffectiveWriter.Format.JSON))
        .isEqualTo(bytes(tree, EffectiveWriter.Format.JSON));
  }

  private static String bytes(Tree tree, EffectiveWriter.Format format) throws IOException {
    Resolver resolver = new Resolver(tree.catalogTree());
    StringWriter out = new StringWriter();
    List<Effective> all = new ArrayList<>();
    for (Tier t : Tier.values()) {
      all.addAll(resolver.effective(COUNTY, t));
      all.addAll(resolver.effective(TOWNSHIP, t));
    }
    new EffectiveWriter(resolver).writeAll(format, all, out);
    return out.toString();
  }
}
