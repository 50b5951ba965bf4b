package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gkml.model.CatalogTree;
import org.gkml.model.RegionCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Resolver#standing}, the one-walk answer {@code gkml report} asks per region and domain,
 * agrees with the effective catalogue and the customization asked separately, and a {@link
 * Resolver#forSurvey} resolver (which drops the villages' resolutions) answers as a keeping one
 * does: on a chain with every kind of overlay, on a tree with a stale overlay and a domain not
 * applicable, and on the shipped sample catalogues.
 */
class StandingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/test/resources/merge/chain/tree",
        "src/test/resources/report/stale-and-skipped/tree",
        "catalogs"
      })
  void standingAgreesWithTheEffectiveCatalogueAndTheCustomization(String root) {
    CatalogTree tree = org.gkml.TestCatalogs.load(Path.of(root));
    Resolver keeping = new Resolver(tree);
    Resolver survey = Resolver.forSurvey(tree);
    List<String> domains = keeping.domains();
    assertThat(keeping.regions()).isNotEmpty();
    int withOverlay = 0;
    for (RegionCode code : keeping.regions()) {
      List<Effective> effective = keeping.effective(code, null);
      for (int i = 0; i < domains.size(); i++) {
        String domain = domains.get(i);
        Effective e = effective.get(i);
        Customization own = keeping.customization(code, domain);
        for (Resolver r : List.of(survey, keeping)) {
          Resolver.Standing s = r.standing(code, domain);
          String what = root + " " + code + " " + domain;
          assertThat(s.applicable()).as(what).isEqualTo(e.applicable());
          assertThat(s.items()).as(what).isEqualTo(e.catalog().items().size());
          assertThat(s.own()).as(what).isEqualTo(own);
        }
        withOverlay += own == null ? 0 : 1;
      }
    }
    assertThat(withOverlay).as("the tree has overlays to count").isPositive();
  }
}
