package org.gkml.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gkml.model.Rule;
import org.junit.jupiter.api.Test;

/**
 * A Chinese message sets no space between a Chinese word of its own and a Chinese value put into it
 * (只能使用村级, 区划 511703 的安全生产领域), and keeps one beside Latin letters and digits (第 1 项, the key id)
 * and beside a path, whose last name may be Chinese. English messages are as written.
 */
class ChineseSpacingTest {
  private static final Messages ZH = Messages.of(Locale.CHINESE);
  private static final Messages EN = Messages.english();

  @Test
  void aChineseValueMeetsAChineseWordWithoutASpace() {
    assertThat(ZH.rule(Rule.ADDED_TIER_ABOVE, "511703001201-X-001", "县级", "村", "村级"))
        .isEqualTo("新增事项 511703001201-X-001 的公开层级“县级”高于本村个性目录；只能使用村级");
    assertThat(ZH.rule(Rule.DUPLICATE_OVERLAY, "511703", "安全生产", "regions/a.yaml"))
        .isEqualTo("区划 511703 的安全生产领域个性目录已在 regions/a.yaml");
  }

  @Test
  void placesNestedInPlacesReadAsOnePhrase() {
    String entry = ZH.get("place.element", "revisions", 1);
    assertThat(entry).isEqualTo("revisions 第 1 项");
    assertThat(ZH.get("place.member", entry, "trigger")).isEqualTo("revisions 第 1 项的 trigger");
    assertThat(ZH.get("place.member", "revisions", "trigger")).isEqualTo("revisions 的 trigger");
    assertThat(ZH.get("place.member", "文件内容", "说明")).isEqualTo("文件内容的说明");
  }

  @Test
  void twoValuesSideBySideKeepTheSpaceBetweenThem() {
    // 达川区 凤凰村: two names, not one word
    assertThat(ZH.get("report.text.region", "达川区", "凤凰村", "村")).startsWith("达川区 凤凰村");
  }

  @Test
  void aPathKeepsItsSpaceThoughItEndsInAChineseName() {
    assertThat(ZH.get("cli.noYamlIn", "/tmp/空")).contains("/tmp/空 中");
  }

  @Test
  void aFileNamedAloneKeepsItsSpaceWhenItIsAPath() {
    // 已写入达川区.xlsx read as one word: a Path argument is a file, whatever its first character
    assertThat(ZH.get("output.wrote", java.nio.file.Path.of("达川区.xlsx"))).isEqualTo("已写入 达川区.xlsx");
  }

  @Test
  void englishMessagesAreAsWritten() {
    assertThat(EN.rule(Rule.DUPLICATE_OVERLAY, "511703", "安全生产", "a.yaml"))
        .contains("511703")
        .contains("domain 安全生产 at");
  }
}
