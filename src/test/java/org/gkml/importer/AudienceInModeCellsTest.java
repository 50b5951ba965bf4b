package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.Audience;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department's table without a 公开对象 column that says 全社会范围主动公开 in its 公开方式 column (济南市统计局's
 * catalogue) gives each item its audience from there, not an error that the table has none.
 */
class AudienceInModeCellsTest {
  @TempDir Path dir;

  private static final String HEADER =
      WebPages.row("序号", "一级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开方式", "公开层级");

  private ImportResult imported(String first, String second) throws Exception {
    return WebPages.imported(
        dir,
        "统计领域基层政务公开标准目录",
        HEADER
            + WebPages.row("1", "机构职能", "职责", "《条例》", "5个工作日内", "统计局", "政府网站", first, "县级")
            + WebPages.row("2", "领导信息", "姓名", "《条例》", "5个工作日内", "统计局", "政府网站", second, "县级"));
  }

  @Test
  void modeCellsNamingTheAudienceGiveIt() throws Exception {
    ImportResult r = imported("全社会范围主动公开", "特定群体依申请公开");
    assertThat(r.catalogs().get(0).items())
        .extracting(Item::audience)
        .containsExactly(Audience.PUBLIC, Audience.SPECIFIC);
    assertThat(r.catalogs().get(0).items())
        .extracting(Item::mode)
        .containsExactly(Mode.PROACTIVE, Mode.ON_REQUEST);
    assertThat(r.errors()).isZero();
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.audienceInMode"))
        .singleElement()
        .satisfies(n -> assertThat(n.cell()).isEqualTo("row 2 col 8"));
  }

  @Test
  void aModeCellWithoutAudienceLeavesTheColumnMissing() throws Exception {
    ImportResult r = imported("全社会范围主动公开", "主动公开");
    assertThat(r.notes())
        .extracting(ImportNote::key)
        .contains("import.missingColumn", "import.audienceInMode");
    assertThat(r.errors()).isPositive();
  }
}
