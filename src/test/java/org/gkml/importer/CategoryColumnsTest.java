package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 公开类别 column (and 公开类型, 信息类别) saying 决策公开 or 执行公开 is a category, kept in the note as a 类别 column
 * is, not a 公开方式 read cell by cell as unreadable; saying 主动公开 it is still the 公开方式.
 */
class CategoryColumnsTest {
  @TempDir Path dir;

  private ImportResult imported(String header, String first, String second) throws Exception {
    return WebPages.imported(
        dir,
        "生态环境领域基层政务公开标准目录",
        WebPages.row(
                "序号", header, "一级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式",
                "公开层级")
            + WebPages.row(
                "1", first, "履职依据", "文件", "《条例》", "20日", "生态环境局", "政府网站", "全社会", "主动", "县级")
            + WebPages.row(
                "2", second, "政务动态", "动态", "《条例》", "20日", "生态环境局", "政府网站", "全社会", "主动", "县级"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"公开类别", "公開類別", "公开类型", "信息类别", "类别"})
  void aCategoryColumnGoesToTheNote(String header) throws Exception {
    ImportResult r = imported(header, "决策公开", "执行公开");
    assertThat(r.catalogs().get(0).items())
        .extracting(Item::note)
        .containsExactly(header + "：决策公开", header + "：执行公开");
    assertThat(r.catalogs().get(0).items()).extracting(Item::mode).containsOnly(Mode.PROACTIVE);
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.badWords");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.keptInNote"))
        .singleElement()
        .satisfies(n -> assertThat(n.cell()).isEqualTo("rows 2-3 col 2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"公开类别", "公开类型"})
  void saying主动公开TheColumnIsTheMode(String header) throws Exception {
    ImportResult r =
        WebPages.imported(
            dir,
            "生态环境领域基层政务公开标准目录",
            WebPages.row(
                    "序号", "一级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", header, "公开层级")
                + WebPages.row(
                    "1", "履职依据", "文件", "《条例》", "20日", "局", "政府网站", "全社会", "依申请公开", "县级"));
    assertThat(r.catalogs().get(0).items()).extracting(Item::mode).containsExactly(Mode.ON_REQUEST);
    assertThat(r.errors()).isZero();
  }
}
