package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.cli.CliRun;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Item;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;

/**
 * {@code diff --region} as the diff stage sees it: whatever effective catalogues it is given for
 * the two trees are compared domain by domain, labelled with the region. The effective view here is
 * a stand-in (the basic catalogues filtered to the tier); the resolve stage supplies the real one.
 */
class RegionViewTest {
  static final Path TREE = DiffGoldenTest.CASES.resolve("tree-impact");
  static final Differ DIFFER = new Differ(Messages.english());

  /** The basic catalogues with only the items published at the tier. */
  static final EffectiveCatalogs BASIC_AT_TIER =
      (CatalogTree tree, RegionCode region, Tier tier) -> {
        List<EffectiveCatalogs.Domain> out = new ArrayList<>();
        for (Catalog c : tree.basics()) {
          List<Item> items = c.items().stream().filter(i -> i.publishedAt(tier)).toList();
          out.add(
              new EffectiveCatalogs.Domain(
                  new Catalog(
                      c.domain(),
                      c.title(),
                      c.version(),
                      c.issuer(),
                      c.effective(),
                      c.policy(),
                      items,
                      c.loc())));
        }
        return out;
      };

  @Test
  void comparesTheEffectiveCataloguesOfTheRegion() {
    DiffResult result =
        DIFFER.paths(
            TREE.resolve("old"),
            TREE.resolve("new"),
            new Differ.RegionView(new RegionCode("511703001"), null, BASIC_AT_TIER));
    assertThat(result.impacts()).isEmpty();
    assertThat(result.changes())
        .extracting(c -> c.region() + " " + c.item() + " " + c.kind().word() + " " + c.field())
        .containsExactly(
            "511703001 null modified policy",
            "511703001 AQSC-002 removed null",
            "511703001 AQSC-004 removed null",
            "511703001 511703001-AQSC-001 added null");
  }

  @Test
  void theTierDefaultsToTheRegionsOwn() {
    DiffResult county =
        DIFFER.paths(
            TREE.resolve("old"),
            TREE.resolve("new"),
            new Differ.RegionView(new RegionCode("511703001"), Tier.COUNTY, BASIC_AT_TIER));
    assertThat(county.changes())
        .extracting(c -> c.item() + " " + c.kind().word() + " " + c.field())
        .containsExactly(
            "null modified policy",
            "AQSC-002 removed null",
            "AQSC-003 modified optional",
            "AQSC-004 modified tiers");
  }

  @Test
  void unknownRegionsAndSingleFilesAreUsageErrors() {
    assertThatThrownBy(
            () ->
                DIFFER.paths(
                    TREE.resolve("old"),
                    TREE.resolve("new"),
                    new Differ.RegionView(new RegionCode("110101"), null, BASIC_AT_TIER)))
        .isInstanceOf(GkmlException.class)
        .extracting(e -> ((GkmlException) e).key())
        .isEqualTo("diff.unknownRegion");
    Path file = DiffGoldenTest.CASES.resolve("renames/old.yaml");
    assertThatThrownBy(
            () ->
                DIFFER.paths(
                    file,
                    file,
                    new Differ.RegionView(new RegionCode("511703"), null, BASIC_AT_TIER)))
        .extracting(e -> ((GkmlException) e).key())
        .isEqualTo("diff.regionNeedsTrees");
  }

  @Test
  void theCommandLineUsesTheResolver() {
    CliRun run =
        CliRun.of(
            "diff",
            TREE.resolve("old").toString(),
            TREE.resolve("new").toString(),
            "--region",
            "511703001201",
            "--lang",
            "zh");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("就业 · 511703001201")
        .contains("- JYCY-002 删除事项")
        .doesNotContain("因变更而出错");
    DiffCommandTest.assertOneLine(
        CliRun.of(
            "diff",
            TREE.resolve("old").toString(),
            TREE.resolve("new").toString(),
            "--region",
            "110101"),
        "unknown region \"110101\"");
  }

  @Test
  void reportsShowImpactsInEveryFormat() {
    String old = TREE.resolve("old").toString();
    String neu = TREE.resolve("new").toString();
    String md = CliRun.of("diff", old, neu, "--format", "markdown").out();
    assertThat(md)
        .contains("#### Overlays below that the changes break (6)")
        .contains("| file | rule | message |")
        .contains("| GK201 |")
        .contains("#### 就业 · 511703");
    String html = CliRun.of("diff", old, neu, "--format", "html", "--lang", "zh").out();
    assertThat(html)
        .contains("<html lang=\"zh-CN\">")
        .contains("<h2>因变更而出错的下级个性化文件（6 处）</h2>")
        .contains("<td>GK212</td>")
        .contains("<del>乡级</del>");
    String text = CliRun.of("diff", neu, old, "--lang", "zh").out();
    assertThat(text).contains("- 511703001-AQSC-001 删除事项").doesNotContain("GK2");
  }
}
