package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.model.CatalogTree;
import org.gkml.model.Field;
import org.gkml.model.Item;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The resolver's API on the golden tree {@code merge/chain/tree}. */
class ResolverTest {
  private static CatalogTree tree;
  private static Resolver resolver;

  private static final RegionCode COUNTY = new RegionCode("511703");
  private static final RegionCode TOWNSHIP = new RegionCode("511703001");
  private static final RegionCode VILLAGE = new RegionCode("511703001201");
  private static final RegionCode BARE_TOWNSHIP = new RegionCode("511703002");
  private static final RegionCode BARE_VILLAGE = new RegionCode("511703002201");
  private static final RegionCode OTHER_TOWNSHIP = new RegionCode("511703003");

  @BeforeAll
  static void load() {
    tree = Trees.load(Trees.resource("merge/chain/tree"));
    resolver = new Resolver(tree);
  }

  private static List<String> ids(Effective e) {
    return e.catalog().items().stream().map(Item::id).toList();
  }

  @Test
  void knowsTheRegisterAndEveryRegionWithAnOverlay() {
    assertThat(resolver.regions())
        .containsExactly(COUNTY, TOWNSHIP, VILLAGE, BARE_TOWNSHIP, BARE_VILLAGE, OTHER_TOWNSHIP);
    assertThat(resolver.region(VILLAGE).orElseThrow().name()).isEqualTo("凤凰村");
    assertThat(resolver.region(new RegionCode("511703009"))).isEmpty();
    assertThat(resolver.domains()).containsExactly("就业", "安全生产");
  }

  @Test
  void unknownRegionOrDomainIsAUsageError() {
    assertThatThrownBy(() -> resolver.effective(new RegionCode("511703009"), null))
        .isInstanceOfSatisfying(
            GkmlException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.key()).isEqualTo("resolve.unknownRegion");
            });
    assertThatThrownBy(() -> resolver.effective(COUNTY, null, "不存在"))
        .isInstanceOfSatisfying(
            GkmlException.class, e -> assertThat(e.key()).isEqualTo("resolve.unknownDomain"));
  }

  @Test
  void appliesTheChainInOrderThenFiltersByTier() {
    Effective county = resolver.effective(COUNTY, null, "安全生产");
    assertThat(county.tier()).isEqualTo(Tier.COUNTY);
    assertThat(ids(county)).containsExactly("S-001", "S-003", "511703-S-001");
    assertThat(ids(resolver.effective(TOWNSHIP, null, "安全生产")))
        .containsExactly("S-003", "S-004", "511703-S-001", "511703001-S-001");
    assertThat(ids(resolver.effective(VILLAGE, null, "安全生产")))
        .containsExactly("S-003", "S-004", "511703001-S-001", "511703001201-S-001");
    assertThat(ids(resolver.effective(TOWNSHIP, Tier.COUNTY, "安全生产")))
        .containsExactly("S-001", "S-003", "511703-S-001");
    assertThat(resolver.effective(VILLAGE, Tier.VILLAGE).stream().map(Effective::domain))
        .containsExactly("就业", "安全生产");
  }

  @Test
  void missingIntermediateOverlaysCustomizeNothing() {
    Effective bare = resolver.effective(BARE_VILLAGE, null, "就业");
    assertThat(bare.catalog().items().get(0).owner()).isEqualTo("金花村村民委员会");
    Effective safety = resolver.effective(BARE_VILLAGE, null, "安全生产");
    assertThat(safety.catalog().items().get(0).owner()).isEqualTo("县级应急管理部门");
  }

  @Test
  void regionsThatResolveAlikeShareOneCatalogue() {
    Effective a = resolver.effective(BARE_TOWNSHIP, null, "安全生产");
    Effective b = resolver.effective(OTHER_TOWNSHIP, null, "安全生产");
    assertThat(a.catalog()).isSameAs(b.catalog());
    assertThat(a.provenance()).isSameAs(b.provenance());
    assertThat(a.region()).isNotEqualTo(b.region());
    Effective village = resolver.effective(BARE_VILLAGE, null, "安全生产");
    assertThat(village.catalog())
        .isSameAs(resolver.effective(COUNTY, Tier.VILLAGE, "安全生产").catalog());
    Item basicS004 = tree.basic("安全生产").orElseThrow().items().get(3);
    assertThat(resolver.effective(TOWNSHIP, null, "安全生产").catalog().items().get(1))
        .isSameAs(basicS004);
  }

  @Test
  void provenanceNamesEveryChangeWithFileAndLine() {
    Effective township = resolver.effective(TOWNSHIP, null, "安全生产");
    Provenance p = township.provenance().get("S-003");
    assertThat(p.isBasic()).isTrue();
    assertThat(p.definedAt().line()).isEqualTo(32);
    assertThat(p.changes())
        .extracting(Provenance.Change::field)
        .containsExactly(Field.CHANNELS, Field.BASIS, Field.OWNER);
    Provenance.Change owner = p.changes().get(2);
    assertThat(owner.region()).isEqualTo(TOWNSHIP);
    assertThat(owner.before()).isEqualTo("县级应急管理部门");
    assertThat(owner.after()).isEqualTo("三里坪街道办事处");
    assertThat(owner.at().line()).isEqualTo(22);
    assertThat(owner.at().file().path().toString()).contains("511703001-三里坪街道");
    assertThat(p.changes().get(0).after()).isEqualTo(List.of("政府网站", "便民服务站"));

    assertThat(township.isCustom("511703-S-001")).isTrue();
    assertThat(township.isCustom("S-003")).isFalse();
    assertThat(township.isCustom("nope")).isFalse();
    assertThat(township.provenance().get("511703-S-001").definedBy()).isEqualTo(COUNTY);
    assertThat(township.provenance().keySet())
        .containsExactly("S-003", "S-004", "511703-S-001", "511703001-S-001");
    assertThat(township.provenance()).containsKey("S-004").doesNotContainKey("S-001");
  }

  @Test
  void basicCataloguesAreEffectivesWithoutRegion() {
    List<Effective> basics = resolver.basic();
    assertThat(basics).extracting(Effective::domain).containsExactly("就业", "安全生产");
    Effective safety = basics.get(1);
    assertThat(safety.isBasic()).isTrue();
    assertThat(safety.tier()).isNull();
    assertThat(ids(safety)).containsExactly("S-001", "S-002", "S-003", "S-004");
    assertThat(safety.provenance().values()).allMatch(Provenance::isBasic);
  }

  @Test
  void explainsVisibleFilteredRemovedAndElsewhere() {
    Explanation visible = resolver.explain(TOWNSHIP, null, "S-003");
    assertThat(visible.outcome()).isEqualTo(Explanation.Outcome.VISIBLE);
    assertThat(visible.events()).hasSize(4).first().isInstanceOf(Explanation.Event.Defined.class);

    Explanation filtered = resolver.explain(TOWNSHIP, null, "S-001");
    assertThat(filtered.outcome()).isEqualTo(Explanation.Outcome.FILTERED);

    Explanation removed = resolver.explain(VILLAGE, null, "S-002");
    assertThat(removed.outcome()).isEqualTo(Explanation.Outcome.REMOVED);
    assertThat(removed.events().get(removed.events().size() - 1))
        .isInstanceOfSatisfying(
            Explanation.Event.Removed.class, r -> assertThat(r.region()).isEqualTo(COUNTY));

    Explanation elsewhere = resolver.explain(BARE_VILLAGE, null, "511703001-S-001");
    assertThat(elsewhere.outcome()).isEqualTo(Explanation.Outcome.ELSEWHERE);
    assertThat(elsewhere.events().get(0).region()).isEqualTo(TOWNSHIP);

    assertThatThrownBy(() -> resolver.explain(TOWNSHIP, null, "S-0003"))
        .isInstanceOfSatisfying(
            GkmlException.class,
            e -> {
              assertThat(e.key()).isEqualTo("explain.unknownItemClosest");
              assertThat(e.args()).contains("S-003");
            });
    assertThatThrownBy(() -> resolver.explain(TOWNSHIP, null, "ZZZZZZZZZZ"))
        .isInstanceOfSatisfying(
            GkmlException.class, e -> assertThat(e.key()).isEqualTo("explain.unknownItem"));
  }

  @Test
  void aCheckingResolverKeepsOnlyWhatOthersBuildOnAndJudgesAlike() {
    Resolver checking = Resolver.forChecking(tree);
    for (org.gkml.model.Overlay o : tree.overlays()) {
      if (resolver.applies(o)) {
        assertThat(checking.nodeOf(o).issues).isEqualTo(resolver.nodeOf(o).issues);
        assertThat(ids(checking.nodeOf(o).view(null)))
            .isEqualTo(ids(resolver.nodeOf(o).view(null)));
      }
    }
    // the township's safety resolution is built on by the village: made once and kept
    assertThat(checking.node(TOWNSHIP, "安全生产")).isSameAs(checking.node(TOWNSHIP, "安全生产"));
    // nothing builds on the village's: made again for each question
    assertThat(checking.node(VILLAGE, "安全生产")).isNotSameAs(checking.node(VILLAGE, "安全生产"));
    assertThat(resolver.node(VILLAGE, "安全生产")).isSameAs(resolver.node(VILLAGE, "安全生产"));
  }

  private static List<String> ids(Node.View view) {
    return view.catalog().items().stream().map(Item::id).toList();
  }
}
