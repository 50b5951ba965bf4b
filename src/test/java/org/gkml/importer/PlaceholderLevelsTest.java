package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.Item;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 二级/三级事项 cell holding only a placeholder (—, /, 无, -) means the item has no such level, as the
 * same placeholder in a tick column means "no": left out, reported once per column.
 */
class PlaceholderLevelsTest {
  @TempDir Path dir;

  private ImportResult imported(String level2, String level3) throws Exception {
    return WebPages.imported(
        dir,
        "统计领域基层政务公开标准目录",
        WebPages.row(
                "序号", "一级事项", "二级事项", "三级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象",
                "公开方式", "公开层级")
            + WebPages.row(
                "1", "机关简介", level2, level3, "职能", "《条例》", "5个工作日", "统计局", "政府网站", "全社会", "主动",
                "县级")
            + WebPages.row(
                "2", "机关简介", "领导信息", level3, "领导", "《条例》", "5个工作日", "统计局", "政府网站", "全社会", "主动",
                "县级"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"—", "——", "-", "－", "/", "／", "无", " — "})
  void aPlaceholderIsNoLevel(String placeholder) throws Exception {
    ImportResult r = imported(placeholder, placeholder);
    assertThat(r.catalogs().get(0).items())
        .extracting(Item::level2, Item::level3)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, null),
            org.assertj.core.groups.Tuple.tuple("领导信息", null));
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.noLevel"))
        .extracting(ImportNote::severity, ImportNote::cell)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.INFO, "row 2 col 3"),
            org.assertj.core.groups.Tuple.tuple(Severity.INFO, "rows 2-3 col 4"));
  }

  @Test
  void aNameStartingWithThePlaceholderWordIsAName() throws Exception {
    ImportResult r = imported("无人机管理", "无偿献血");
    assertThat(r.catalogs().get(0).items().get(0).level2()).isEqualTo("无人机管理");
    assertThat(r.catalogs().get(0).items().get(0).level3()).isEqualTo("无偿献血");
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.noLevel");
  }

  @Test
  void thePlaceholderIsTheOneTickColumnsReadAsNo() {
    for (String placeholder : new String[] {"—", "-", "/", "无"}) {
      assertThat(Marks.saysNothing(placeholder)).isTrue();
      assertThat(Marks.tick(placeholder)).isEqualTo(Marks.Tick.NO);
    }
  }
}
