package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gkml.model.RegionCode;
import org.junit.jupiter.api.Test;

/** Which files a region's commands read: the config, basic/ and what may be on its chain. */
class ChainScopeTest {
  private static final byte[][] TOWNSHIP = {ascii("511703"), ascii("511703001")};

  @Test
  void aTownshipReadsItsChainAndNotItsNeighbours() throws Exception {
    Path root = Path.of(ChainScopeTest.class.getResource("/merge/chain/tree").toURI());
    List<String> read =
        ChainScope.scope(root, new RegionCode("511703001")).read().stream()
            .map(p -> root.relativize(p).toString())
            .toList();
    assertThat(read)
        .contains(
            "basic/employment.yaml",
            "basic/safety.yaml",
            "regions/511703-达川区/safety.yaml",
            "regions/511703-达川区/511703001-三里坪街道/safety.yaml")
        .doesNotContain("regions/511703-达川区/511703002-石桥镇/511703002201-金花村/employment.yaml");
    assertThat(read).isSorted();
  }

  @Test
  void withBelowATownshipAlsoReadsItsVillagesButNotItsNeighbours() throws Exception {
    Path root = Path.of(ChainScopeTest.class.getResource("/merge/chain/tree").toURI());
    List<String> read =
        ChainScope.scopeWithBelow(root, new RegionCode("511703001")).read().stream()
            .map(p -> root.relativize(p).toString())
            .toList();
    assertThat(read)
        .contains(
            "regions/511703-达川区/safety.yaml",
            "regions/511703-达川区/511703001-三里坪街道/safety.yaml",
            "regions/511703-达川区/511703001-三里坪街道/511703001201-凤凰村/safety.yaml")
        .doesNotContain("regions/511703-达川区/511703002-石桥镇/511703002201-金花村/employment.yaml");
  }

  @Test
  void aFileMentionsACodeOnlyAsAWholeNumber() {
    assertThat(mentions("region: {code: \"511703001\", name: x}")).isTrue();
    assertThat(mentions("region:\n  code: 511703\n")).isTrue();
    assertThat(mentions("- id: 511703001-S-001")).isTrue();
    assertThat(mentions("511703001")).isTrue();
    assertThat(mentions("region: {code: \"511703001201\"}")).isFalse();
    assertThat(mentions("region: {code: \"511703002\"}")).isFalse();
    assertThat(mentions("code: 5117030011")).isFalse();
    assertThat(mentions("")).isFalse();
  }

  @Test
  void anEscapeMightSpellACodeSoItIsRead() {
    assertThat(mentions("region: {code: \"\\x35\\x31\\x31\\x37\\x30\\x33\"}")).isTrue();
  }

  @Test
  void withBelowAFileOutsideTheFoldersIsReadWhenItNamesARegionBelow() {
    byte[] text = "region: {code: \"511703001201\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(ChainScope.mentions(text, TOWNSHIP)).isFalse();
    assertThat(ChainScope.mentions(text, TOWNSHIP, ascii("511703001"))).isTrue();
    byte[] neighbour = "region: {code: \"511703002201\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(ChainScope.mentions(neighbour, TOWNSHIP, ascii("511703001"))).isFalse();
  }

  private static boolean mentions(String text) {
    return ChainScope.mentions(text.getBytes(StandardCharsets.UTF_8), TOWNSHIP);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
