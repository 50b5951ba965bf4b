package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header cell naming its column and then explaining it in brackets ({@code 公开渠道和载体
 * (“■”表示必选项,“□”表示可选项)}) is that column however long the remark; a header gkml cannot read as the
 * column its words name is named by the error for the missing column, not denied.
 */
class ColumnNamesWithRemarksTest {
  @TempDir Path dir;

  private ImportResult read(String channelsHeader) throws Exception {
    return WebPages.imported(
        dir,
        "安全生产领域基层政务公开标准目录",
        "<tr><th>序号</th><th>一级事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th>"
            + "<th>公开主体</th><th>"
            + channelsHeader
            + "</th><th>公开对象</th><th>公开方式</th><th>公开层级</th></tr>"
            + "<tr><td>1</td><td>事项一</td><td>内容</td><td>《条例》</td><td>20日</td><td>应急局</td>"
            + "<td>■政府网站<br>□政府公报<br>■公开查阅点</td><td>全社会</td><td>主动</td><td>县级</td></tr>");
  }

  @Test
  void aLongBracketedRemarkAfterTheChannelsHeaderKeepsItTheChannelsColumn() throws Exception {
    for (String header :
        new String[] {
          "公开渠道和载体 (“■”表示必选项,“□”表示可选项)",
          "公开渠道和载体（“■”表示必选项，“□”表示可选项，可根据本地实际增加其他渠道）",
          "公开渠道和载体【“■”表示必选项,“□”表示可选项】"
        }) {
      ImportResult r = read(header);
      assertThat(r.rows())
          .singleElement()
          .satisfies(row -> assertThat(row.channels()).as(header).containsExactly("政府网站", "公开查阅点"));
      assertThat(r.errors()).as(header).isZero();
    }
  }

  @Test
  void aSentenceInTheHeaderIsNoColumnNameAndTheErrorNamesIt() throws Exception {
    String header = "本栏所列公开渠道和载体均由各单位依照本地的实际情况自行确定并且逐项勾选填写完整";
    ImportResult r = read(header);
    assertThat(r.notes())
        .filteredOn(n -> n.key().startsWith("import.missingColumn"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.key()).isEqualTo("import.missingColumn.unread");
              assertThat(n.args().get(2).toString()).startsWith("本栏所列公开渠道");
            });
  }
}
