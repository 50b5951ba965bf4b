package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gkml basis} lookups of a law nothing cites (issue #15's review: a misspelt {@code --law}
 * printed "cited by 0 items" and exited 0; a {@code --repealed} list whose only title was misspelt
 * reported "0 errors, 0 warnings in 0 files" and let a CI gate pass having checked nothing): they
 * say so, with the cited title nearest, and do not end as a success.
 */
class LookupsThatFindNothingAreNotSuccessTest {
  private static final String TREE = "src/test/resources/basis/spellings/tree";
  private static final String MISSPELT = "《中华人民共和国安全生产发》";

  @TempDir Path tmp;

  private Path list(String text) throws Exception {
    Path p = tmp.resolve("repealed.txt");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aLawNothingCitesIsExit1WithTheNearestCitedTitle() {
    CliRun run = CliRun.of("basis", "--root", TREE, "--law", MISSPELT, "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "gkml: no item cites "
                + MISSPELT
                + "; did you mean \"《中华人民共和国安全生产法》\"?"
                + System.lineSeparator());
  }

  @Test
  void aLawNothingCitesKeepsItsJsonShapeAndIsSaidInChinese() throws Exception {
    CliRun run =
        CliRun.of("basis", "--root", TREE, "--law", "安全生产发", "--format", "json", "--lang", "zh");

    assertThat(run.code()).isEqualTo(1);
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertThat(r.get("uses")).isEmpty();
    assertThat(r.fieldNames()).toIterable().containsExactly("law", "uses");
    assertThat(run.err()).contains("没有事项引用《安全生产发》；是否应为“《中华人民共和国安全生产法》”？");
  }

  @Test
  void aLawNothingCitesNearNothingHasNoSuggestion() {
    CliRun run = CliRun.of("basis", "--root", TREE, "--law", "某某完全不同的规定", "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("no item cites 《某某完全不同的规定》").doesNotContain("did you mean");
  }

  @Test
  void aCitedLawIsStillASuccess() {
    CliRun run = CliRun.of("basis", "--root", TREE, "--law", "安全生产法", "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theHeadlineOfALawCountsItemsAsTheIndexDoesAndItsUsesApart() {
    // an item a county adds is shown by the county and each region below it: one item, three uses
    CliRun law = CliRun.of("basis", "--law", "安全生产法", "--lang", "en");
    CliRun index = CliRun.of("basis", "--lang", "en");

    assertThat(law.code()).as(law.err()).isZero();
    String headline = law.out().lines().findFirst().orElseThrow();
    long lines = law.out().lines().count() - 1;
    String indexed = index.out().lines().filter(l -> l.contains("安全生产法")).findFirst().orElseThrow();
    String items = indexed.split("\t")[1]; // "3 items"
    assertThat(headline).contains("cited by " + items + ", " + lines + " times");
    assertThat(Long.parseLong(items.split(" ")[0])).isLessThan(lines);
  }

  @Test
  void aMisspeltRepealedTitleIsAWarningAtItsLineWithTheNearMatch() throws Exception {
    Path list = list("# 已废止\n" + MISSPELT + "\n");

    CliRun run = CliRun.of("basis", "--root", TREE, "--repealed", list.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            list
                + ":2:1: warning GK406: no item cites "
                + MISSPELT
                + ", listed as repealed; did you mean \"《中华人民共和国安全生产法》\"?")
        .contains("0 errors, 1 warning in 1 file");
  }

  @Test
  void aRepealedTitleNearNothingIsOnlyInformation() throws Exception {
    // the law is no longer cited anywhere: what the list is for, and no reason to fail
    Path list = list("《某某完全不同的规定》\n");

    CliRun run = CliRun.of("basis", "--root", TREE, "--repealed", list.toString(), "--lang", "zh");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(":1:1: info GK406: 列为废止的《某某完全不同的规定》没有任何事项引用\n");
  }

  @Test
  void aCitedRepealedTitleIsNotAlsoReportedUncited() throws Exception {
    Path list = list("《安全生产法》\n《中华人民共和国安全生产法》\n");

    CliRun run = CliRun.of("basis", "--root", TREE, "--repealed", list.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("GK405").doesNotContain("GK406");
  }

  @Test
  void aMissingListSaysWhyOnce() {
    Path missing = tmp.resolve("nofile.txt");

    CliRun run =
        CliRun.of("basis", "--root", TREE, "--repealed", missing.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("gkml: cannot read " + missing + ": no such file" + System.lineSeparator());
  }

  @Test
  void aListThatIsNotUtf8SaysSo() throws Exception {
    Path list = tmp.resolve("gbk.txt");
    Files.write(list, "《安全生产法》\n".getBytes("GBK"));

    CliRun run = CliRun.of("basis", "--root", TREE, "--repealed", list.toString(), "--lang", "zh");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("不是 UTF-8 编码的文本");
  }
}
