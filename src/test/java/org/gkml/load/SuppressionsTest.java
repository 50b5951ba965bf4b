package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.gkml.model.Rule;
import org.junit.jupiter.api.Test;

/** What a {@code # gkml-ignore} comment covers, and when it is itself a finding (GK006). */
class SuppressionsTest {

  private static final String ITEMS =
      """
      items:
        # gkml-ignore GK103: 本县门户网站即政府网站
        - id: A1
          channels: [门户网站]
          tiers: [县级]
        - id: A2
          channels: [门户网站]  # gkml-ignore GK103, GK109：原表写法
          tiers: [县级]
      """;

  @Test
  void ownLineCommentCoversTheNextLineAndItsIndentedBlock() {
    Suppressions s = Suppressions.scan(ITEMS);

    assertThat(s.covers("GK103", 3)).isTrue();
    assertThat(s.covers("GK103", 4)).isTrue();
    assertThat(s.covers("GK103", 5)).isTrue();
    assertThat(s.covers("GK103", 2)).as("not the comment line itself").isFalse();
    assertThat(s.covers("GK103", 6)).as("not the next entry").isFalse();
    assertThat(s.covers("GK109", 4)).as("only the rules it names").isFalse();
    assertThat(s.problems()).isEmpty();
  }

  @Test
  void trailingCommentCoversItsLineOnly() {
    Suppressions s = Suppressions.scan(ITEMS);

    assertThat(s.covers("GK103", 7)).isTrue();
    assertThat(s.covers("GK109", 7)).isTrue();
    assertThat(s.covers("GK103", 8)).isFalse();
  }

  @Test
  void suppressionWithoutReasonSuppressesNothingAndIsReported() {
    Suppressions s = Suppressions.scan("a:\n  # gkml-ignore GK103\n  b: c\n");

    assertThat(s.covers("GK103", 3)).isFalse();
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.SUPPRESSION);
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(3);
              assertThat(p.messageKey()).isEqualTo("suppress.noReason");
            });
  }

  @Test
  void reasonWithoutColonIsReportedNotSilentlyIgnored() {
    Suppressions s = Suppressions.scan("channels: [门户网站]  # gkml-ignore GK103 本县习惯\n");

    assertThat(s.covers("GK103", 1)).isFalse();
    assertThat(s.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.messageKey()).isEqualTo("suppress.noReason");
              assertThat(p.column()).isEqualTo(19);
            });
  }

  @Test
  void ownLineCommentAboveAKeyCoversAListWrittenAtTheKeysIndentation() {
    String text =
        """
        item:
          # gkml-ignore GK103: 原表写法
          channels:
          - 门户网站
          - 行政服务中心
          owner: x
        """;

    Suppressions s = Suppressions.scan(text);

    assertThat(s.covers("GK103", 4)).isTrue();
    assertThat(s.covers("GK103", 5)).isTrue();
    assertThat(s.covers("GK103", 6)).as("the next key ends the block").isFalse();
  }

  @Test
  void anEntryDoesNotOwnTheNextEntryAtItsIndentation() {
    String text = "items:\n# gkml-ignore GK103: x\n- id: A1\n  channels: [门户网站]\n- id: A2\n";

    Suppressions s = Suppressions.scan(text);

    assertThat(s.covers("GK103", 4)).isTrue();
    assertThat(s.covers("GK103", 5)).isFalse();
  }

  @Test
  void unknownRuleAndMissingRuleAreReported() {
    Suppressions s =
        Suppressions.scan("a: b  # gkml-ignore GK999: x\nc: d  # gkml-ignore all: x\n");

    assertThat(s.problems())
        .extracting(Problem::messageKey)
        .containsExactly("suppress.unknownRule", "suppress.noRule");
  }

  @Test
  void commentAtTheEndOfAFileCoversNothing() {
    Suppressions s = Suppressions.scan("a: b\n# gkml-ignore GK103: x\n");

    assertThat(s.covers("GK103", 1)).isFalse();
    assertThat(s.covers("GK103", 2)).isFalse();
    assertThat(s.problems()).isEmpty();
  }

  @Test
  void fileWithoutSuppressionsHasNone() {
    assertThat(Suppressions.scan("a: b\n")).isSameAs(Suppressions.none());
  }

  @Test
  void coverageIsTheSameWhenOnlyTheOrderOfLinesChangesNotWhenACommentCoversAnotherKey() {
    String reordered =
        """
        items:
          # gkml-ignore GK103: 本县门户网站即政府网站
          - tiers: [县级]
            channels: [门户网站]
            id: A1
          - tiers: [县级]
            id: A2
            channels: [门户网站]  # gkml-ignore GK103, GK109：原表写法
        """;
    String moved =
        """
        items:
          - id: A1
            # gkml-ignore GK103: 本县门户网站即政府网站
            channels: [门户网站]
            tiers: [县级]
          - id: A2
            channels: [门户网站]  # gkml-ignore GK103, GK109：原表写法
            tiers: [县级]
        """;

    assertThat(Suppressions.coverage(reordered)).isEqualTo(Suppressions.coverage(ITEMS));
    assertThat(Suppressions.coverage(moved)).isNotEqualTo(Suppressions.coverage(ITEMS));
    assertThat(Suppressions.coverage("a: 1\n")).isEmpty();
  }
}
