package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.gkml.cli.CliRun;
import org.gkml.model.CatalogTree;
import org.gkml.model.RegionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Domains declared not applicable (未涉及领域, FORMAT.md 1.1) in resolution, merge and explain. */
class NotApplicableTest {
  private static final Path TREE = TestCatalogs.resource("merge/not-applicable/tree");

  @Test
  void declaringRegionAndItsVillagesResolveEmptyWithTheReason() {
    Resolver r = new Resolver(TestCatalogs.load(TREE));
    Effective township = r.effective(new RegionCode("511703001"), null, "农村危房改造");
    Effective village = r.effective(new RegionCode("511703001201"), null, "农村危房改造");
    Effective county = r.effective(new RegionCode("511703"), null, "农村危房改造");

    assertThat(township.applicable()).isFalse();
    assertThat(township.catalog().items()).isEmpty();
    assertThat(township.notApplicable().reason()).isEqualTo("本街道无农村住房");
    assertThat(village.notApplicable()).isEqualTo(township.notApplicable());
    assertThat(county.applicable()).isTrue();
    assertThat(county.catalog().items()).extracting(i -> i.id()).containsExactly("WFGZ-001");
  }

  @Test
  void explainNamesTheDeclarationAndItsReason() {
    CliRun run =
        CliRun.of(
            "explain",
            "--root",
            TREE.toString(),
            "--region",
            "511703001201",
            "WFGZ-001",
            "--lang",
            "en");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith(
            "item WFGZ-001 (农村危房改造) is not visible to 511703001201 凤凰村: 511703001 三里坪街道"
                + " declared the domain not applicable.")
        .contains(
            "housing.yaml:7: 511703001 三里坪街道 declared the domain not applicable, reason: 本街道无农村住房");
  }

  @Test
  void declaringWhereThePolicyForbidsItIsAnErrorAtTheApplicableLine(@TempDir Path dir)
      throws IOException {
    TestCatalogs.copy(TREE, dir);
    Path basic = dir.resolve("basic/housing.yaml");
    TestCatalogs.replaceIn(basic, "policy:\n  skippable: true\n", "");

    CliRun run = CliRun.of("validate", "--root", dir.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("housing.yaml:7:13: error GK404: domain 农村危房改造 is declared not applicable");
    CatalogTree tree = TestCatalogs.load(dir);
    assertThat(
            new Resolver(tree).effective(new RegionCode("511703001"), null, "农村危房改造").applicable())
        .isFalse();
  }
}
