package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A channel checklist whose boxes a conversion turned into question marks ({@code 政府网站 ??政府公报}):
 * which channels were ticked cannot be known, so none is read, the cell is kept in the note and
 * reported once; and a known label holding a slash (入户/现场) is never split on it.
 */
class LostChannelBoxesTest {
  private static final ChannelCells CELLS = new ChannelCells(ChannelVocabulary.standard());

  @TempDir Path dir;

  @Test
  void questionMarksWhereBoxesStandMakeTheChecklistUnreadable() {
    for (String cell :
        new String[] {
          "政府網站 ??政府公報\n兩微一端 ??發布會\n公開查閱點?政務服務中心\n便民服務站?入戶/現場",
          "?政府网站 ?政府公报",
          "政府网站？政务服务中心",
          "\uFFFD\uFFFD政府网站 \uFFFD\uFFFD两微一端"
        }) {
      ChannelCells.Read read = CELLS.read(cell);
      assertThat(read.unreadable()).as(cell).isTrue();
      assertThat(read.channels()).as(cell).isEmpty();
    }
  }

  @Test
  void aQuestionMarkInsideTextIsNoLostBox() {
    ChannelCells.Read read = CELLS.read("■政府网站 □其他(是否公开?待定)");
    assertThat(read.unreadable()).isFalse();
    assertThat(read.channels()).containsExactly("政府网站");
  }

  @Test
  void aKnownLabelWithASlashIsNotSplitAfterAnUnknownOne() {
    ChannelCells.Read read = CELLS.read("村广播入户/现场、政府网站");
    assertThat(read.channels()).containsExactly("村广播", "入户/现场", "政府网站");
    assertThat(read.unknown()).containsExactly("村广播");
  }

  @Test
  void theCellIsReportedOnceKeptInTheNoteAndNoChannelIsInvented() throws Exception {
    ImportResult r =
        WebPages.imported(
            dir,
            "救灾领域基层政务公开标准目录",
            "<tr><th>序号</th><th>一级事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th>"
                + "<th>公开主体</th><th>公开渠道和载体</th><th>公开对象</th><th>公开方式</th><th>公开层级</th></tr>"
                + "<tr><td>1</td><td>事项一</td><td>内容</td><td>《条例》</td><td>20日</td><td>应急局</td>"
                + "<td>政府網站 ??政府公報<br>兩微一端 ??發布會<br>便民服務站?入戶/現場</td>"
                + "<td>全社会</td><td>主动</td><td>县级</td></tr>");
    assertThat(r.rows()).singleElement().satisfies(row -> assertThat(row.channels()).isEmpty());
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.channelUnreadable"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.WARNING);
              assertThat(n.cell()).isEqualTo("row 2 col 7");
            });
    assertThat(r.notes()).noneMatch(n -> n.key().startsWith("import.unknownChannel"));
    assertThat(r.catalogs().get(0).items().get(0).note()).contains("便民服務站?入戶/現場");
  }
}
