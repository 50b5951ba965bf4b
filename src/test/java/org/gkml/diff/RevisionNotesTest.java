package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gkml.cli.CliRun;
import org.gkml.model.Catalog;
import org.gkml.model.Policy;
import org.gkml.model.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 修订说明 of the versions between the two sides of a diff (FORMAT.md 1.1). */
class RevisionNotesTest {
  private static final Path DIR = Path.of("src/test/resources/diff-revisions");

  private static Catalog catalog(String version, String... versions) {
    List<Revision> revisions =
        java.util.Arrays.stream(versions)
            .map(v -> new Revision(v, "2025-01-01", "其他", "修订 " + v, null, null))
            .toList();
    return new Catalog(
        "安全生产", "t", version, "i", null, Policy.defaults(), List.of(), revisions, null);
  }

  @Test
  void notesAreTheNewRevisionsDownToTheOldVersion() {
    List<RevisionNote> notes =
        RevisionNote.between(
            "安全生产",
            null,
            catalog("2025.1", "2025.1"),
            catalog("2025.3", "2025.3", "2025.2", "2025.1"));

    assertThat(notes).extracting(n -> n.revision().version()).containsExactly("2025.3", "2025.2");
  }

  @Test
  void anOldSideWithoutARecordStopsAtItsVersionAndANewDocumentGivesItsWholeRecord() {
    assertThat(
            RevisionNote.between(
                "安全生产", null, catalog("2025.2"), catalog("2025.3", "2025.3", "2025.2")))
        .extracting(n -> n.revision().version())
        .containsExactly("2025.3");
    assertThat(RevisionNote.between("安全生产", "511703", null, catalog("2025.2", "2025.2", "2025.1")))
        .hasSize(2)
        .allMatch(n -> "511703".equals(n.region()));
    assertThat(RevisionNote.between("安全生产", null, catalog("2025.2", "2025.2"), null)).isEmpty();
  }

  @Test
  void markdownAndHtmlListTheNotesEscaped() {
    CliRun md =
        CliRun.of(
            "diff",
            DIR.resolve("old.yaml").toString(),
            DIR.resolve("new.yaml").toString(),
            "--format",
            "markdown",
            "--lang",
            "zh",
            "--fail-on",
            "none");
    CliRun html =
        CliRun.of(
            "diff",
            DIR.resolve("old.yaml").toString(),
            DIR.resolve("new.yaml").toString(),
            "--format",
            "html",
            "--lang",
            "zh",
            "--fail-on",
            "none");

    assertThat(md.code()).isZero();
    assertThat(md.out())
        .contains("#### 修订说明（1 条）")
        .contains("| 农村危房改造 | 基础目录 | 2025.3 | 2025-11-01 | 公众关注 | 增加公开渠道 \\| 便民服务站 |  |")
        .doesNotContain("首次发布");
    assertThat(html.out())
        .contains("<td>2025.3</td><td>2025-11-01</td><td>公众关注</td><td>增加公开渠道 | 便民服务站</td>");
  }

  @Test
  void theWorkbookHasASheetOfNotes(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("diff.xlsx");
    CliRun run =
        CliRun.of(
            "diff",
            DIR.resolve("old.yaml").toString(),
            DIR.resolve("new.yaml").toString(),
            "--format",
            "xlsx",
            "-o",
            out.toString(),
            "--fail-on",
            "none");

    assertThat(run.code()).isZero();
    try (InputStream in = Files.newInputStream(out);
        Workbook book = WorkbookFactory.create(in)) {
      Sheet notes = book.getSheet("修订说明");
      assertThat(notes.getRow(0).getCell(5).getStringCellValue()).isEqualTo("修订说明");
      assertThat(notes.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2025.3");
      assertThat(notes.getRow(1).getCell(5).getStringCellValue()).isEqualTo("增加公开渠道 | 便民服务站");
      assertThat(notes.getLastRowNum()).isEqualTo(1);
    }
  }
}
