package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gkml.TestCatalogs;
import org.gkml.model.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review (names 5, 6): a rule id written with the letter O or l for the digit ({@code GK2O5},
 * {@code GKl03}) got no suggestion, being one edit from several ids; and an item id was suggested
 * another region's other item ({@code 511730-AQSC-001} for {@code 511703-AQSC-002}), two edits of
 * fifteen characters but two different parts of the id.
 */
class LookAlikeAndCrossedIdSuggestionsTest {

  @TempDir Path tmp;

  private Path copyOfShipped() throws Exception {
    Path root = tmp.resolve("catalogs");
    Path from = Path.of("catalogs");
    TestCatalogs.copy(from, root);
    return root;
  }

  @Test
  void aRuleIdWithLettersForDigitsSuggestsTheIdItLooksLike() throws Exception {
    Path root = copyOfShipped();
    Path config = root.resolve("gkml.yaml");
    String shipped = Files.readString(config);
    for (String[] c : new String[][] {{"GK2O5", "GK205"}, {"GKl03", "GK103"}}) {
      Files.writeString(config, shipped + "rules:\n  " + c[0] + ": off\n", StandardCharsets.UTF_8);

      CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");

      assertThat(run.out()).as(c[0]).contains("“" + c[0] + "”").contains("是否应为“" + c[1] + "”？");
    }
  }

  @Test
  void lettersForDigitsBreakATieOnlyForTheOneTheyLookLike() {
    List<String> ids = List.of("GK205", "GK215", "GK225");
    assertThat(Suggestion.closest("GK2O5", ids)).contains("GK205");
    assertThat(Suggestion.closest("GK2l5", ids)).contains("GK215");
    // equally near, and looking like none of them: still no guess
    assertThat(Suggestion.closest("GK2X5", ids)).isEmpty();
  }

  @Test
  void anIdIsNotSuggestedAcrossTwoOfItsParts() {
    List<String> ids = List.of("511730-AQSC-001", "AQSC-001", "AQSC-002");
    assertThat(Suggestion.closestId("511703-AQSC-002", ids)).isEmpty();
    // one slip in one part still is one
    assertThat(Suggestion.closestId("511730-AQSC-001", List.of("511703-AQSC-001")))
        .contains("511703-AQSC-001");
    assertThat(Suggestion.closestId("AQSC-0001", ids)).contains("AQSC-001");
    assertThat(Suggestion.closestId("AQSC001", ids)).contains("AQSC-001"); // a dash left out
    assertThat(Suggestion.closestId("AQCS-002", ids)).contains("AQSC-002");
    // two edits within the number of three digits: another item, not a slip
    assertThat(Suggestion.closestId("AQSC-017", ids)).isEmpty();
  }

  @Test
  void aModifiedIdTheParentLacksIsNotAnsweredWithAnotherRegionsOtherItem() throws Exception {
    Path root = copyOfShipped();
    Path county = root.resolve("regions/511703-达川区/safety-production.yaml");
    Files.writeString(
        county,
        Files.readString(county)
            .replace("id: 511703-AQSC-001", "id: 511730-AQSC-001")
            .replace("id: 511703-AQSC-002", "id: 511703-AQSC-777"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.out())
        .contains("GK201: modify names item 511703-AQSC-002, which does not exist")
        .doesNotContain("did you mean \"511730-AQSC-001\"");
  }

  @Property(tries = 300)
  void aSuggestedIdDiffersFromTheGivenOneInOnePartOnly(
      @ForAll("ids") String given, @ForAll("idLists") List<String> ids) {
    Suggestion.closestId(given, ids)
        .ifPresent(
            near -> {
              String[] a = given.split("-");
              String[] b = near.split("-");
              int differing = 0;
              for (int i = 0; i < a.length; i++) {
                differing += a[i].equals(b[i]) ? 0 : 1;
              }
              assertThat(differing).as(given + " -> " + near).isLessThanOrEqualTo(1);
            });
  }

  @Provide
  Arbitrary<String> ids() {
    return Combinators.combine(
            Arbitraries.of("511703", "511730", "511713", "511073"),
            Arbitraries.of("AQSC", "AQCS", "SHBX", "AQSX"),
            Arbitraries.integers().between(1, 30))
        .as((r, c, n) -> String.format("%s-%s-%03d", r, c, n));
  }

  @Provide
  Arbitrary<List<String>> idLists() {
    return ids().list().ofMinSize(1).ofMaxSize(12);
  }
}
