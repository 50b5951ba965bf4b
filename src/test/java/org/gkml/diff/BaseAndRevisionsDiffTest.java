package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.gkml.TestCatalogs;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An overlay's {@code base} and a document's {@code revisions} (FORMAT.md 1.1) are catalogue-level
 * keys like {@code version}: a change of either is listed, class changed, so {@code --fail-on any}
 * fails on it and {@code --fail-on breaking} does not.
 */
class BaseAndRevisionsDiffTest {
  private static final String OVERLAY = "regions/511703-达川区/safety-production.yaml";
  private static final String BASIC = "basic/employment.yaml";

  @TempDir Path dir;
  Path old;
  Path neu;

  @BeforeEach
  void trees() throws IOException {
    old = TestCatalogs.copyOfShipped(dir.resolve("old"));
    neu = dir.resolve("new");
    TestCatalogs.copy(old, neu);
  }

  private CliRun diff(String... options) {
    List<String> args = new ArrayList<>(List.of("diff", old.toString(), neu.toString()));
    args.addAll(List.of(options));
    return CliRun.of(args);
  }

  @Test
  void aBaseWrittenIntoAnOverlayIsAChange() throws IOException {
    TestCatalogs.replaceIn(neu.resolve(OVERLAY), "\nversion:", "\nbase: \"2024.1\"\nversion:");
    assertThat(diff("--fail-on", "breaking").code()).isZero();
    CliRun any = diff("--fail-on", "any", "--lang", "zh");
    assertThat(any.code()).isEqualTo(1);
    assertThat(any.out())
        .contains("安全生产 · 511703")
        .contains("  ~ 编写时依据的基础目录版本（base）  [一般变更]\n      + 2024.1\n")
        .endsWith("破坏性变更 0 处，一般变更 1 处，增补性变更 0 处\n");
    assertThat(diff("--lang", "en").out()).contains("  ~ base  [changed]\n      + 2024.1\n");
    assertThat(diff("--format", "json").out())
        .contains("\"field\" : \"base\",\n    \"before\" : null,\n    \"after\" : \"2024.1\"");
  }

  @Test
  void aRevisionRecordAddedToABasicCatalogueIsAChange() throws IOException {
    TestCatalogs.replaceIn(
        neu.resolve(BASIC),
        "\nitems:",
        "\nrevisions:\n  - version: \"2025.1\"\n    date: 2025-01-10\n    trigger: 其他\n"
            + "    summary: 首次发布\n    approved: 省政府办公厅\nitems:");
    assertThat(CliRun.of("validate", "--root", neu.toString()).code()).isZero();
    assertThat(diff("--fail-on", "breaking").code()).isZero();
    CliRun any = diff("--fail-on", "any", "--lang", "zh");
    assertThat(any.code()).isEqualTo(1);
    assertThat(any.out())
        .contains("就业 · 基础目录")
        .contains("  ~ 修订记录  [一般变更]\n      + 2025.1（2025-01-10，其他）：首次发布（批准机关：省政府办公厅）\n");
    assertThat(diff("--lang", "en").out())
        .contains(
            "  ~ revisions  [changed]\n      + 2025.1 (2025-01-10, 其他): 首次发布 (approved by 省政府办公厅)\n");
    assertThat(diff("--format", "markdown", "--lang", "zh").out())
        .contains("|  | 修订记录 |  | <ins>2025.1（2025-01-10，其他）：首次发布（批准机关：省政府办公厅）</ins> | 一般变更 |");
    assertThat(diff("--format", "html", "--lang", "en").out())
        .contains(
            "<td>revisions</td><td class=\"v\"></td>"
                + "<td class=\"v\"><ins>2025.1 (2025-01-10, 其他): 首次发布 (approved by 省政府办公厅)</ins></td>");
  }

  @Test
  void anEditedRevisionShowsTheEntryGoneAndNewInTheRevisionTable() throws IOException {
    String record =
        "\nrevisions:\n  - version: \"2025.1\"\n    date: 2025-01-10\n    trigger: 其他\n"
            + "    summary: 首次发布\nitems:";
    TestCatalogs.replaceIn(old.resolve(BASIC), "\nitems:", record);
    TestCatalogs.replaceIn(neu.resolve(BASIC), "\nitems:", record.replace("首次发布", "首次发布（试行）"));
    Path xlsx = dir.resolve("修订对照表.xlsx");
    assertThat(diff("--format", "xlsx", "-o", xlsx.toString(), "--fail-on", "any").code())
        .isEqualTo(1);
    try (Workbook book = XlsxDiffTest.read(xlsx)) {
      assertThat(XlsxDiffTest.row(book.getSheet("就业"), 1))
          .containsExactly(
              "",
              "",
              "",
              "修订记录",
              "2025.1（2025-01-10，其他）：首次发布",
              "2025.1（2025-01-10，其他）：首次发布（试行）",
              "一般变更",
              "基础目录");
    }
  }
}
