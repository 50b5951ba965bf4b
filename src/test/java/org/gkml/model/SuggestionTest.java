package org.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The one rule every "did you mean" follows (keys, values, ids, domains, command words). */
class SuggestionTest {

  @Test
  void swappedNeighboursAreOneSlip() {
    // plain Levenshtein counts two edits, more than half of a two-letter word
    assertThat(Suggestion.closest("di", List.of("id", "reason"))).contains("id");
    assertThat(Suggestion.closest("levle2", List.of("level1", "level2", "level3")))
        .contains("level2");
  }

  @Test
  void chineseWordsAreComparedByCharacterNotByIdentity() {
    // commons-text compares boxed characters with ==: outside ASCII they never matched
    assertThat(Suggestion.closest("特定人群", List.of("全社会", "特定群体"))).contains("特定群体");
    assertThat(Suggestion.distance("特定人群", "特定群体")).isEqualTo(2);
  }

  @Test
  void caseAndWidthDoNotCount() {
    List<String> ids = List.of("AQSC-001", "AQSC-005");
    assertThat(Suggestion.closest("ＡＱＳＣ-005", ids)).contains("AQSC-005");
    assertThat(Suggestion.closest("AQSC－005", ids)).contains("AQSC-005");
    assertThat(Suggestion.closest("aqsc-005", ids)).contains("AQSC-005");
  }

  @Test
  void aWordCutShortSuggestsTheOnlyWordItBegins() {
    assertThat(Suggestion.closest("optional", List.of("never", "optional-only", "with-reason")))
        .contains("optional-only");
    assertThat(Suggestion.closest("warn", List.of("off", "info", "warning", "error")))
        .contains("warning");
    assertThat(Suggestion.closest("安全", List.of("养老服务", "安全生产", "就业"))).contains("安全生产");
    // a word that ends where a candidate does, with more after it
    assertThat(Suggestion.closest("channels-extra", List.of("channels", "tiers")))
        .contains("channels");
  }

  @Test
  void aPrefixOfTwoWordsOrOfOneLetterSuggestsNothing() {
    assertThat(Suggestion.closest("社会", List.of("社会保险", "社会救助"))).isEmpty();
    assertThat(Suggestion.closest("o", List.of("optional-only", "never"))).isEmpty();
  }

  @Test
  void aTieSuggestsNothingUnlessBothSpellingsMeanTheSame() {
    assertThat(Suggestion.closest("镇级", List.of("县级", "乡级", "村级"))).isEmpty();

    Map<String, String> domains = new LinkedHashMap<>();
    domains.put("安全生产", "安全生产");
    domains.put("safety-production", "安全生产");
    domains.put("社会保险", "社会保险");
    domains.put("social-insurance", "社会保险");
    assertThat(Suggestion.closest("safety-production", domains)).contains("安全生产");
    assertThat(Suggestion.closest("safety-productoin", domains)).contains("安全生产");
    assertThat(Suggestion.closest("安全生产", domains)).isEmpty();
  }

  @Test
  void eachUnknownKeyGetsItsNearestKeyAndAMissingKeyOnlyBreaksTies() {
    List<String> keys = List.of("level1", "level2", "level3", "content", "contact", "note", "mode");

    // contacts is one edit from contact, two from the missing content: nearest wins
    assertThat(Suggestion.closestEach(List.of("contents", "contacts"), keys, List.of("content")))
        .containsExactly(Map.entry("contents", "content"), Map.entry("contacts", "contact"));
    // levle1 and leve2: not level1 twice
    assertThat(Suggestion.closestEach(List.of("levle1", "leve2"), keys, List.of("level1")))
        .containsExactly(Map.entry("levle1", "level1"), Map.entry("leve2", "level2"));
    // mote is as near note as mode: the missing one breaks the tie, and nothing else does
    assertThat(Suggestion.closestEach(List.of("mote"), keys, List.of("mode")))
        .containsExactly(Map.entry("mote", "mode"));
    assertThat(Suggestion.closestEach(List.of("mote"), keys, List.of())).isEmpty();
    // the nearer slip takes content; the other gets the next key near enough to be meant
    assertThat(Suggestion.closestEach(List.of("contnet", "contetn"), keys, List.of()))
        .containsExactly(Map.entry("contnet", "content"), Map.entry("contetn", "contact"));
    // two slips of one key, nothing else near: each is told the one key
    assertThat(
            Suggestion.closestEach(
                List.of("chanels", "channesl"), List.of("channels", "tiers"), List.of()))
        .containsEntry("chanels", "channels")
        .containsEntry("channesl", "channels");
  }

  @Test
  void anIdNumberWithoutItsZerosSuggestsTheId() {
    List<String> ids = List.of("AQSC-001", "AQSC-005", "AQSC-015", "AQSC-115", "511703-AQSC-002");
    assertThat(Suggestion.closestId("AQSC-5", ids)).contains("AQSC-005");
    assertThat(Suggestion.closestId("AQSC-05", ids)).contains("AQSC-005");
    assertThat(Suggestion.closestId("AQSC-15", ids)).contains("AQSC-015");
    assertThat(Suggestion.closestId("511703-AQSC-2", ids)).contains("511703-AQSC-002");
    assertThat(Suggestion.closestId("AQSC-7", ids)).isEmpty();
  }

  @Test
  void anIdWrittenAsItsNumberOnlySuggestsTheIdEndingInItWithFewestParts() {
    List<String> ids = List.of("AQSC-001", "AQSC-005", "511703-AQSC-005", "511703-AQSC-006");
    assertThat(Suggestion.closestId("005", ids)).contains("AQSC-005");
    assertThat(Suggestion.closestId("5", ids)).contains("AQSC-005");
    assertThat(Suggestion.closestId("006", ids)).contains("511703-AQSC-006");
    assertThat(Suggestion.closestId("009", ids)).isEmpty();
    // two basic catalogues' items end in it alike: no guess
    assertThat(Suggestion.closestId("001", List.of("AQSC-001", "SHBX-001"))).isEmpty();
  }

  @Property(tries = 300)
  void anyWordWithTwoNeighboursSwappedIsSuggestedBack(
      @ForAll @StringLength(min = 2, max = 12) @CharRange(from = 'a', to = 'z') String ascii,
      @ForAll @StringLength(min = 2, max = 12) @CharRange(from = '一', to = '龥') String chinese,
      @ForAll @IntRange(min = 0, max = 10) int at) {
    for (String word : List.of(ascii, chinese)) {
      int i = at % (word.length() - 1);
      Assume.that(word.charAt(i) != word.charAt(i + 1));
      String swapped =
          word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);

      assertThat(Suggestion.closest(swapped, List.of(word, "zzzzzzzzzzzzzzzz")))
          .as("%s for %s", word, swapped)
          .contains(word);
    }
  }
}
