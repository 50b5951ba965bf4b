package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A date of the right form that is no day of the calendar (issue #15's review: {@code effective:
 * 2025-31-03} validated and was published as "2025-31-03 起施行") is GK001, in every date field of
 * FORMAT.md (a catalogue's {@code effective}, a revision's {@code date} in catalogues and
 * overlays), and nothing is exported from it.
 */
class ImpossibleDatesAreRefusedTest {
  @TempDir Path root;

  private static final String OVERLAY =
      """
      gkml: 1
      kind: overlay
      domain: 安全生产
      region: {code: "511703", name: 达川区}
      version: "2025.2"
      revisions:
        - version: "2025.2"
          date: DATE
          trigger: 其他
          summary: 调整
      modify:
        - id: AQSC-001
          owner: 达川区应急管理局
      """;

  private void write(String file, String text) throws Exception {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private void catalogWith(String lines) throws Exception {
    write(
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("issuer: 示例省人民政府办公厅\n", "issuer: 示例省人民政府办公厅\n" + lines));
  }

  private CliRun validate(String lang) {
    return CliRun.of("validate", "--root", root.toString(), "--lang", lang);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-31-03, there is no month 31, 2025-03-31",
    "2025-02-30, 2025-02 has 28 days, ''",
    "2023-02-29, 2023-02 has 28 days, ''",
    "2025-04-31, 2025-04 has 30 days, ''",
    "2025-00-10, there is no month 0, ''"
  })
  void anEffectiveDateNotInTheCalendarIsGk001(String date, String why, String meant)
      throws Exception {
    catalogWith("effective: " + date + "\n");
    CliRun run = validate("en");
    assertThat(run.code()).as(run.out()).isEqualTo(1);
    String line =
        run.out().lines().filter(l -> l.contains("GK001")).findFirst().orElseThrow().strip();
    assertThat(line)
        .contains("safety-production.yaml:7:12: error GK001: effective: \"" + date + "\"")
        .contains("(" + why + ")")
        .contains("expected a date (YYYY-MM-DD, e.g. 2025-03-01)");
    if (meant.isEmpty()) {
      assertThat(line).doesNotContain("did you mean");
    } else {
      assertThat(line).endsWith("; did you mean \"" + meant + "\"?");
    }
  }

  @Test
  void theReasonIsSaidInChinese() throws Exception {
    catalogWith("effective: 2025-02-30\n");
    CliRun run = validate("zh");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("effective：“2025-02-30”不是日历上存在的日期（2025-02 只有 28 天），应为日期（YYYY-MM-DD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "2025-12-31", "2025-03-01"})
  void realDaysStayValid(String date) throws Exception {
    catalogWith("effective: " + date + "\n");
    CliRun run = validate("en");
    assertThat(run.code()).as(run.out()).isZero();
    assertThat(run.out()).doesNotContain("GK001");
  }

  @Test
  void aDateOfTheWrongFormIsOneFindingNotTwo() throws Exception {
    catalogWith("effective: 2025-2-30\n");
    CliRun run = validate("en");
    assertThat(run.out().lines().filter(l -> l.contains("GK001")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("does not have the required form"));
  }

  @Test
  void aRevisionDateNotInTheCalendarIsGk001InACatalogue() throws Exception {
    catalogWith(
        "revisions:\n  - version: \"2025.1\"\n    date: 2025-06-31\n    trigger: 其他\n"
            + "    summary: 调整\n");
    CliRun run = validate("en");
    assertThat(run.code()).as(run.out()).isEqualTo(1);
    assertThat(run.out())
        .contains("safety-production.yaml:9:11: error GK001")
        .contains("\"2025-06-31\" is not a date in the calendar (2025-06 has 30 days)");
  }

  @Test
  void aRevisionDateNotInTheCalendarIsGk001InAnOverlay() throws Exception {
    write("basic/safety-production.yaml", TestCatalogs.CATALOG);
    write("regions/511703-达川区/safety-production.yaml", OVERLAY.replace("DATE", "2025-13-01"));
    CliRun run = validate("en");
    assertThat(run.code()).as(run.out()).isEqualTo(1);
    assertThat(run.out())
        .contains("达川区/safety-production.yaml:8:11: error GK001")
        .contains("\"2025-13-01\" is not a date in the calendar (there is no month 13)");
  }

  @Test
  void nothingIsPublishedWithAnImpossibleDate() throws Exception {
    catalogWith("effective: 2025-31-03\n");
    Path html = root.resolveSibling(root.getFileName() + "-out.html");
    CliRun run = CliRun.of("export", "html", "--root", root.toString(), "-o", html.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(html).doesNotExist();
  }
}
