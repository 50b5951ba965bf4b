package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.Audience;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page whose font lacked the glyph 公 prints its header as 开事项, 开内容, 开对象: read as a person reads
 * it, with 公, and said once; a single header word starting with 开 is not taken for one.
 */
class LostGongGlyphTest {
  @TempDir Path dir;

  @Test
  void headerWordsWithout公AreReadWithIt() throws Exception {
    ImportResult r =
        WebPages.imported(
            dir,
            "农村危房改造领域基层政务公开标准目录",
            WebPages.row("序号", "开事项", "开内容", "开依据", "开时限", "开主体", "开渠道", "开属性", "开对象", "开层级")
                + WebPages.row(
                    "1", "计划实施", "补助农户名单", "《通知》", "20个工作日内", "乡镇人民政府", "政府网站", "主动开", "全社会",
                    "乡级"));
    Item item = r.catalogs().get(0).items().get(0);
    assertThat(item.level1()).isEqualTo("计划实施");
    assertThat(item.content()).isEqualTo("补助农户名单");
    assertThat(item.mode()).isEqualTo(Mode.PROACTIVE);
    assertThat(item.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(item.tiers()).isNotEmpty();
    assertThat(r.errors()).isZero();
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.lostGong"))
        .singleElement()
        .satisfies(n -> assertThat(n.args().get(0).toString()).contains("开内容", "开对象"));
  }

  @Test
  void oneWordStartingWith开IsNoLostGlyph() throws Exception {
    ImportResult r =
        WebPages.imported(
            dir,
            "农村危房改造领域基层政务公开标准目录",
            WebPages.row(
                    "序号", "一级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "公开方式", "公开对象", "公开层级",
                    "开展情况")
                + WebPages.row(
                    "1", "计划实施", "名单", "《通知》", "20日", "乡镇人民政府", "政府网站", "主动", "全社会", "乡级", "已完成"));
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.lostGong");
    assertThat(r.catalogs().get(0).items().get(0).note()).isEqualTo("开展情况：已完成");
  }
}
