package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.Audience;
import org.gkml.model.Item;
import org.gkml.model.Severity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 特定群体 tick column reads marks as every tick column does: a mark that cannot be read (a box
 * lost as ?, 〇) is reported and not ticked, an x is a "no" as × is, and only words (申请人, 在征收范围内)
 * name a group kept in {@code audience-note}.
 */
class SpecificGroupMarksTest {
  @TempDir Path dir;

  private ImportResult imported(String specific) throws Exception {
    return WebPages.imported(
        dir,
        "扶贫领域基层政务公开标准目录",
        WebPages.row(
                "序号", "一级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请",
                "县级")
            + WebPages.row(
                "1", "政策文件", "法规", "《条例》", "20日", "县政府", "政府网站", "√", specific, "√", "", "√"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"?", "？", "??", "〇", "\uFFFD"})
  void anUnreadableMarkIsReportedAndNotTicked(String mark) throws Exception {
    ImportResult r = imported(mark);
    Item item = r.catalogs().get(0).items().get(0);
    assertThat(item.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(r.extras().getOrDefault(item.id(), java.util.Map.of()))
        .doesNotContainKeys("audience-note", "audience");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.badTick"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.WARNING);
              assertThat(n.cell()).isEqualTo("row 2 col 9");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "X", "ｘ", "×"})
  void anXIsNo(String mark) throws Exception {
    ImportResult r = imported(mark);
    Item item = r.catalogs().get(0).items().get(0);
    assertThat(item.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(r.extras().getOrDefault(item.id(), java.util.Map.of()))
        .doesNotContainKey("audience-note");
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.badTick");
  }

  @ParameterizedTest
  @ValueSource(strings = {"在征收范围内", "请写明申请人", "项目单位?", "NGO"})
  void wordsNameTheGroup(String words) throws Exception {
    ImportResult r = imported(words);
    Item item = r.catalogs().get(0).items().get(0);
    assertThat(r.extras().get(item.id()))
        .containsEntry("audience-note", words)
        .containsKey("audience"); // ticked for both: 全社会 and the group
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.badTick");
  }
}
