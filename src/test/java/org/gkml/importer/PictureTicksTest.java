package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.Audience;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ticks a web page draws as pictures: one whose alt text is a tick mark reads as that mark; any
 * other picture is reported at its cell (what it shows was not read) before the element it leaves
 * missing is.
 */
class PictureTicksTest {
  @TempDir Path dir;

  private ImportResult imported(String tick) throws Exception {
    return WebPages.imported(
        dir,
        "卫生健康领域基层政务公开标准目录",
        WebPages.row(
                "序号", "一级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请",
                "县级")
            + WebPages.row(
                "1", "机构信息", "职能", "《条例》", "20日", "卫健局", "政府网站", tick, "", tick, "", tick));
  }

  @Test
  void aPictureWhoseAltTextIsATickReadsAsTheTick() throws Exception {
    ImportResult r = imported("<td><img src=\"/images/gou.png\" alt=\"√\"></td>");
    Item item = r.catalogs().get(0).items().get(0);
    assertThat(item.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(item.mode()).isEqualTo(Mode.PROACTIVE);
    assertThat(r.errors()).isZero();
    assertThat(r.notes()).extracting(ImportNote::key).doesNotContain("import.picture");
  }

  @Test
  void aPictureThatCannotBeReadIsReportedAtItsCellThenTheMissingElement() throws Exception {
    ImportResult r = imported("<td><img src=\"/images/gou.png?v=2\" width=16></td>");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.picture"))
        .extracting(ImportNote::severity, ImportNote::cell)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "row 2 col 8"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "row 2 col 10"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "row 2 col 12"));
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.picture"))
        .allSatisfy(n -> assertThat(n.args()).containsExactly("gou.png"));
    int picture = keyIndex(r, "import.picture");
    int missing = keyIndex(r, "import.missing");
    assertThat(picture).isLessThan(missing);
    assertThat(r.errors()).isEqualTo(3); // audience, mode, tiers
  }

  @Test
  void aPictureWhoseAltTextIsNoTickIsUnreadable() throws Exception {
    ImportResult r = imported("<td><img src=\"data:image/png;base64,AAAA\" alt=\"勾\"></td>");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.picture"))
        .hasSize(3)
        .allSatisfy(n -> assertThat(n.args()).containsExactly("勾"));
  }

  private static int keyIndex(ImportResult r, String key) {
    for (int i = 0; i < r.notes().size(); i++) {
      if (r.notes().get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
