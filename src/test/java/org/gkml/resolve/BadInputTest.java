package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.gkml.TestCatalogs;
import org.gkml.check.Checker;
import org.gkml.cli.CliRun;
import org.gkml.i18n.Messages;
import org.gkml.load.TreeLoader;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Finding;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.Modification;
import org.gkml.model.Overlay;
import org.gkml.model.Policy;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.gkml.model.SourceFile;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile trees: a folder 200 levels deep, 10,000 overlays for one domain, duplicate chains, the
 * longest ids. Clear findings, no stack traces, no hangs.
 */
class BadInputTest {
  private static final Messages MESSAGES = Messages.english();
  private static final String OVERLAY_HEAD =
      "gkml: 1\nkind: overlay\ndomain: 安全生产\nregion: {code: \"%s\", name: %s}\nversion: \"1\"\n";

  @TempDir Path tmp;

  private Path baseTree() throws Exception {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(TestCatalogs.resource("resolve/base"), root);
    return root;
  }

  @Test
  @Timeout(120)
  void aFolder200LevelsDeepIsJustAFolder() throws Exception {
    Path root = baseTree();
    Path dir = root.resolve("regions");
    for (int i = 0; i < 200; i++) {
      dir = dir.resolve("d");
    }
    Trees.write(
        dir.resolve("safety.yaml"),
        String.format(OVERLAY_HEAD, "511703001", "三里坪街道")
            + "modify:\n  - id: AQSC-003\n    owner: 三里坪街道办事处\n");
    CliRun v = CliRun.of("validate", "--root", root.toString());
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    CliRun m =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703001", "--domain", "安全生产");
    assertThat(m.code()).as(m.err()).isZero();
    assertThat(m.out()).contains("owner: 三里坪街道办事处");
  }

  @Test
  void theLongestIdIsFine() throws Exception {
    Path root = baseTree();
    String id = "511703-" + "X".repeat(57);
    assertThat(id).hasSize(64);
    Trees.write(
        root.resolve("regions/511703/safety.yaml"),
        String.format(OVERLAY_HEAD, "511703", "达川区")
            + "add:\n  - id: "
            + id
            + "\n    level1: 监督举报\n    content: 举报电话\n    basis: [《安全生产法》]\n"
            + "    deadline: 实时\n    owner: 达川区应急管理局\n    channels: [政府网站]\n"
            + "    audience: 全社会\n    mode: 主动\n    tiers: [县级]\n");
    CliRun m = CliRun.of("merge", "--root", root.toString(), "--region", "511703");
    assertThat(m.code()).as(m.err()).isZero();
    assertThat(m.out()).contains("- id: " + id + "\n");
    CliRun e = CliRun.of("explain", "--root", root.toString(), "--region", "511703", id);
    assertThat(e.code()).isZero();
    assertThat(e.out()).contains(id);
    CliRun tooLong =
        CliRun.of("explain", "--root", root.toString(), "--region", "511703", id + "X");
    assertThat(tooLong.code()).isEqualTo(2);
    assertThat(tooLong.err()).contains("did you mean \"" + id + "\"").doesNotContain("Exception");
  }

  @Test
  void aDuplicateChainIsReportedOnceAndTheFirstOverlayCounts() throws Exception {
    Path root = baseTree();
    String owner = "    owner: %s\n";
    // path order: .../copy/safety.yaml comes before .../safety.yaml
    Trees.write(
        root.resolve("regions/511703-达川区/copy/safety.yaml"),
        String.format(OVERLAY_HEAD, "511703", "达川区")
            + "modify:\n  - id: AQSC-003\n"
            + String.format(owner, "第一个"));
    Trees.write(
        root.resolve("regions/511703-达川区/safety.yaml"),
        String.format(OVERLAY_HEAD, "511703", "达川区")
            + "modify:\n  - id: AQSC-999\n"
            + String.format(owner, "第二个"));
    CliRun v = CliRun.of("validate", "--root", root.toString());
    assertThat(v.code()).isEqualTo(1);
    assertThat(v.out()).containsOnlyOnce("GK302").doesNotContain("GK201");
    CliRun m = CliRun.of("merge", "--root", root.toString(), "--region", "511703");
    assertThat(m.code()).isEqualTo(1);
    assertThat(m.err()).contains("GK302");
    Resolver r = new Resolver(TestCatalogs.load(root));
    Item item = r.effective(new RegionCode("511703"), null, "安全生产").catalog().items().get(2);
    assertThat(item.owner()).isEqualTo("第一个");
  }

  @Test
  @Timeout(60)
  void tenThousandOverlaysForOneDomain() {
    SourceFile basicFile = SourceFile.unstructured(Path.of("basic/s.yaml"), "basic/s.yaml");
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      items.add(item("S-" + i, basicFile, EnumSet.allOf(Tier.class)));
    }
    Catalog basic =
        new Catalog("安全生产", "t", "1", "i", null, Policy.defaults(), items, basicFile.at(1, 1));
    List<Overlay> overlays = new ArrayList<>();
    // the county, 100 townships and 9,900 villages: 10,001 overlays
    overlays.add(overlay("511703", 0));
    for (int t = 1; t <= 100; t++) {
      String township = "511703" + String.format("%03d", t);
      overlays.add(overlay(township, t));
      for (int v = 1; v <= 99; v++) {
        overlays.add(overlay(township + String.format("%03d", 200 + v), v));
      }
    }
    assertThat(overlays).hasSize(10_001);
    // and the same village 500 more times: a duplicate chain
    for (int d = 0; d < 500; d++) {
      overlays.add(overlay("511703001201", d));
    }
    CatalogTree tree =
        new CatalogTree(Path.of("."), Config.none(), List.of(basic), overlays, Map.of());
    long start = System.nanoTime();
    Resolver resolver = new Resolver(tree);
    int count = 0;
    for (RegionCode code : resolver.regions()) {
      count += resolver.effective(code, null, "安全生产").catalog().items().size();
    }
    assertThat(count).isPositive();
    List<Finding> findings =
        new Checker(MESSAGES, List.of(new ResolutionCheck()))
            .check(new TreeLoader.Result(tree, List.of(), List.of()));
    assertThat(findings).filteredOn(f -> f.rule() == Rule.DUPLICATE_OVERLAY).hasSize(500);
    assertThat(findings).filteredOn(f -> f.rule() != Rule.DUPLICATE_OVERLAY).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
  }

  private static Item item(String id, SourceFile file, EnumSet<Tier> tiers) {
    return new Item(
        id,
        "一级",
        "二级" + id,
        "内容",
        List.of("《条例》"),
        "信息形成或者变更之日起20个工作日内",
        "主体",
        List.of("政府网站"),
        Audience.PUBLIC,
        Mode.PROACTIVE,
        tiers,
        false,
        null,
        file.at(1, 1));
  }

  private static Overlay overlay(String code, int n) {
    SourceFile file =
        SourceFile.unstructured(Path.of("regions/" + code + "/" + n + ".yaml"), code + "/" + n);
    RegionCode region = new RegionCode(code);
    Tier tier = region.tier();
    Modification owner =
        new Modification(
            "S-" + (n % 40),
            Map.of(Field.OWNER, new FieldEdit.SetText("主体" + code)),
            file.at(2, 1));
    Item added = item(code + "-N" + n, file, EnumSet.of(tier));
    return new Overlay(
        "安全生产",
        new Region(region, ""),
        "1",
        List.of(added),
        List.of(owner),
        List.of(),
        file.at(1, 1),
        file.at(1, 1));
  }
}
