package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gkml.check.Checker;
import org.gkml.i18n.Messages;
import org.gkml.load.TreeLoader;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.Finding;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which codes can belong to a province's tree (GK307), and where the register reports them. */
class RegionTreeTest {
  @TempDir Path tmp;

  private static RegionIndex index(String... codes) {
    Map<RegionCode, String> register = new java.util.HashMap<>();
    for (String c : codes) {
      register.put(new RegionCode(c), "");
    }
    return new RegionIndex(
        new CatalogTree(Path.of("."), Config.none(), List.of(), List.of(), register));
  }

  private static String reason(RegionIndex index, String code) {
    return index.outside(new RegionCode(code)).map(RegionIndex.Outside::key).orElse("inside");
  }

  @Test
  void codesThatNameNoCountyTownshipOrVillageAreOutside() {
    RegionIndex i = index("511703", "511703001", "511703001201");
    assertThat(reason(i, "511703")).isEqualTo("inside");
    assertThat(reason(i, "511703001201")).isEqualTo("inside");
    assertThat(reason(i, "991703")).isEqualTo("resolve.outside.province");
    assertThat(reason(i, "511700")).isEqualTo("resolve.outside.county");
    assertThat(reason(i, "511700001")).isEqualTo("resolve.outside.county");
    assertThat(reason(i, "510000")).isEqualTo("resolve.outside.county");
    assertThat(reason(i, "511703000")).isEqualTo("resolve.outside.township");
    assertThat(reason(i, "511703000201")).isEqualTo("resolve.outside.township");
    assertThat(reason(i, "511703001000")).isEqualTo("resolve.outside.village");
  }

  @Test
  void theProvinceIsWhereMostRegionsAre() {
    RegionIndex i = index("511703", "511702", "330802");
    assertThat(i.province()).isEqualTo("51");
    assertThat(reason(i, "330802")).isEqualTo("resolve.outside.otherProvince");
    assertThat(reason(i, "511702")).isEqualTo("inside");
    // a tie goes to the smaller prefix
    RegionIndex tie = index("511703", "330802");
    assertThat(tie.province()).isEqualTo("33");
    assertThat(index().province()).isNull();
    assertThat(reason(index(), "511703")).isEqualTo("inside");
  }

  @Test
  void theRegisterReportsAtTheRowOfTheCode() throws Exception {
    Path root = tmp.resolve("tree");
    Trees.copy(Trees.resource("resolve/base"), root);
    Trees.write(
        root.resolve("regions.csv"),
        "code,name\n511703,达川区\n511703001,三里坪街道\n511700,达州市\n511703001000,某村\n");
    Messages m = Messages.english();
    TreeLoader.Result loaded = new TreeLoader(new org.gkml.load.FileLoader(m), m).load(root);
    List<Finding> findings = new Checker(m, List.of(new ResolutionCheck())).check(loaded);
    assertThat(findings)
        .filteredOn(f -> f.rule() == Rule.REGION_OUTSIDE_TREE)
        .extracting(f -> f.loc().file().path().getFileName() + ":" + f.loc().line())
        .containsExactly("regions.csv:4", "regions.csv:5");
    assertThat(findings.get(0).message())
        .isEqualTo(
            "region code 511700 cannot belong to this tree: 511700 ends in 00 and names a"
                + " prefecture or province, not a county");
  }
}
