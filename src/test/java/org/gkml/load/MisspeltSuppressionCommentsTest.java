package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gkml.TestCatalogs;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt {@code # gkml-ignore} comment is one GK006 that names what is wrong with it and what
 * was meant (the id typed full-width or in lower case, the nearest rule id, the marker itself
 * misspelt), not a wrong diagnosis (a reason "missing" that is there) or silence; an ordinary
 * comment is none.
 */
class MisspeltSuppressionCommentsTest {

  private static Problem onlyProblem(String text) {
    List<Problem> problems = Suppressions.scan(text).problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void aFullWidthDigitInTheRuleIdIsNamedNotAMissingReason() {
    Problem p = onlyProblem("channels: [门户网站]  # gkml-ignore GK１03: 原表如此\n");

    assertThat(p.messageKey()).isEqualTo("suppress.fullWidthRule");
    assertThat(p.args()).containsExactly("GK１03", "GK103");
    assertThat(p.column()).isEqualTo(19);
  }

  @Test
  void fullWidthLettersAndCommasAreFoldedToo() {
    assertThat(onlyProblem("a: b  # gkml-ignore ＧＫ103，GK109: x\n").args())
        .containsExactly("ＧＫ103", "GK103");
    assertThat(Suppressions.scan("a: b  # gkml-ignore GK103，GK109: x\n").covers("GK109", 1))
        .as("a Chinese comma between ids")
        .isTrue();
  }

  @Test
  void aLowerCaseRuleIdIsSuggestedInCapitals() {
    Problem p = onlyProblem("a: b  # gkml-ignore gk103: 原表如此\n");

    assertThat(p.messageKey()).isEqualTo("suppress.lowerCaseRule");
    assertThat(p.args()).containsExactly("gk103", "GK103");
  }

  @Test
  void anUnknownRuleIdIsGivenTheRuleMeant() {
    assertThat(onlyProblem("a: b  # gkml-ignore GK130: x\n").args())
        .as("digits swapped: GK103, although GK110 is one edit away too")
        .containsExactly("GK130", "GK103");
    assertThat(onlyProblem("a: b  # gkml-ignore GK1O9: x\n").args())
        .containsExactly("GK1O9", "GK109");
    assertThat(onlyProblem("a: b  # gkml-ignore GK196: x\n").messageKey())
        .isEqualTo("suppress.unknownRuleSuggest");
  }

  @Test
  void aMisspeltIdDoesNotSuppressAndABadCommentIsOneFinding() {
    Suppressions s = Suppressions.scan("a: b  # gkml-ignore gk103, GK１09: 原表如此\n");

    assertThat(s.covers("GK103", 1)).isFalse();
    assertThat(s.covers("GK109", 1)).isFalse();
    assertThat(s.problems())
        .singleElement()
        .extracting(Problem::messageKey)
        .isEqualTo("suppress.lowerCaseRule");
  }

  @Test
  void aMisspeltMarkerIsReportedAsSuch() {
    for (String marker :
        List.of(
            "gkml-ingore",
            "gkml_ignore",
            "gkmlignore",
            "GKML-IGNORE",
            "gkml ignore",
            "gkml－ignore",
            "gkml-ignroe")) {
      String text = "items:\n  # " + marker + " GK103: 原表如此\n  - id: A1\n";
      Suppressions s = Suppressions.scan(text);

      assertThat(s.problems())
          .as(marker)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.messageKey()).isEqualTo("suppress.misspeltMarker");
                assertThat(p.args()).containsExactly(marker);
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.column()).isEqualTo(3);
              });
      assertThat(s.covers("GK103", 3)).isFalse();
    }
  }

  @Test
  void ordinaryCommentsAreNotMisspeltMarkers() {
    String text =
        """
        # yaml-language-server: $schema=../schemas/catalog.schema.json
        gkml: 1  # gkml format version
        # gkml 1.1 adds department and contact
        # ignore the old table
        # gkml-ignores are described in docs/rules.md
        # gkml-ignore-like comments need GK ids
        content: 第#1项 # 注释
        # gkml-index: 3
        """;

    assertThat(Suppressions.scan(text).problems()).isEmpty();
  }

  @Test
  void aFileWhoseCommentsAreNoSuppressionsStaysCheap() {
    assertThat(Suppressions.scan("# 安全生产\ngkml: 1  # 格式版本\nnote: 第#3号\n"))
        .isSameAs(Suppressions.none());
  }

  @Test
  void eachMisspeltCommentIsOneWarningInTheUsersLanguage(@TempDir Path root) throws Exception {
    Path file = root.resolve("basic/safety-production.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        TestCatalogs.CATALOG.replace(
            "channels: [政府网站, 两微一端]",
            "channels: [门户网站]  # gkml-ignore GK１03: 原表如此\n"
                + "    # gkml-ingore GK104: 原表如此\n"
                + "    note: 见原表  # gkml-ignore GK130: 原表如此"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");

    assertThat(run.out().lines().filter(l -> l.contains("GK006")))
        .containsExactly(
            file + ":15:23: warning GK006: gkml-ignore 的规则编号“GK１03”含全角字符，应为“GK103”",
            file + ":16:5: warning GK006: “gkml-ingore”应为“gkml-ignore”，此注释不忽略任何问题",
            file + ":17:16: warning GK006: gkml-ignore 指定了不存在的规则“GK130”；是否应为“GK103”？");
  }

  @Property(tries = 300)
  void anyCommentTextGivesAtMostOneProblemPerLineAndNeverThrows(
      @ForAll("commentLines") List<String> lines) {
    Suppressions s = Suppressions.scan(String.join("\n", lines));

    assertThat(s.problems())
        .allSatisfy(p -> assertThat(p.line()).isBetween(1, lines.size()))
        .extracting(Problem::line)
        .doesNotHaveDuplicates();
  }

  @Provide
  Arbitrary<List<String>> commentLines() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "#", " ", "gkml", "-", "ignore", "ingore", "GK", "gk", "１", "1", "03", "O", ":", "：",
            "，", ",", "理由", "a: b", "\t", "Ｇ", "_", "\r");
    return piece.list().ofMaxSize(12).map(l -> String.join("", l)).list().ofMaxSize(6);
  }

  @Test
  void reasonWrittenInEnglishWithoutColonIsAMissingReasonNotAnUnknownRule() {
    assertThat(onlyProblem("a: b  # gkml-ignore GK103 Keep as printed\n").messageKey())
        .isEqualTo("suppress.noReason");
  }
}
