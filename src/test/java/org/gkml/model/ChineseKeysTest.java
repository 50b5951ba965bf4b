package org.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Chinese word written as a key means the key allowed where it stands, or none. */
class ChineseKeysTest {

  @Test
  void aWordForSeveralKeysMeansTheOneAllowedWhereItStands() {
    assertThat(ChineseKeys.keyOf("名称", List.of("code", "name"))).contains("name");
    assertThat(ChineseKeys.keyOf("名称", List.of("domain", "title", "items"))).contains("title");
    assertThat(ChineseKeys.keyOf("原因", List.of("version", "trigger"))).contains("trigger");
  }

  @Test
  void columnHeadersAreReadAsTheImporterReadsThem() {
    assertThat(ChineseKeys.keyOf("公开渠道和载体", List.of("channels", "rules"))).contains("channels");
    assertThat(ChineseKeys.keyOf("事项", List.of("level1", "content"))).contains("level1");
    assertThat(ChineseKeys.keyOf("事项", List.of("domain", "items"))).contains("items");
    assertThat(ChineseKeys.keyOf("領域", List.of("domain")))
        .as("traditional script")
        .contains("domain");
  }

  @Test
  void aKeyNotAllowedThereOrNoWordAtAllIsNone() {
    assertThat(ChineseKeys.keyOf("领域", List.of("level1", "content"))).isEmpty();
    assertThat(ChineseKeys.keyOf("domian", List.of("domain"))).isEmpty();
    assertThat(ChineseKeys.keyOf("本县自行增加的说明文字很长很长很长很长很长", List.of("note"))).isEmpty();
  }

  @Test
  void aChineseWordForAnEnglishValueMeansTheValueAllowedWhereItStands() {
    List<String> removable = List.of("never", "optional-only", "with-reason");
    List<String> levels = List.of("off", "info", "warning", "error");
    List<String> flags = List.of("true", "false");
    assertThat(ChineseKeys.valueOf("可选", removable)).contains("optional-only");
    assertThat(ChineseKeys.valueOf("可选", flags)).contains("true");
    assertThat(ChineseKeys.valueOf("错误", levels)).contains("error");
    assertThat(ChineseKeys.valueOf("警告", levels)).contains("warning");
    assertThat(ChineseKeys.valueOf("否", flags)).contains("false");
    // a field's name in a list of fields, read as a key
    assertThat(ChineseKeys.valueOf("内容", List.of("level2", "content"))).contains("content");
    assertThat(ChineseKeys.valueOf("错误", removable)).isEmpty();
    assertThat(ChineseKeys.valueOf("optional", removable)).isEmpty();
  }

  @Test
  void aKeyInPinyinMeansTheKeyOfTheTableWordItSpells() {
    List<String> entry = List.of("level1", "content", "basis", "channels", "audience-note", "mode");
    assertThat(ChineseKeys.keyOfPinyin("qudao", entry))
        .hasValueSatisfying(
            e -> {
              assertThat(e.getKey()).isEqualTo("channels");
              assertThat(e.getValue()).isEqualTo("渠道");
            });
    assertThat(ChineseKeys.keyOfPinyin("gongkaiyiju", entry).map(e -> e.getKey()))
        .contains("basis");
    assertThat(ChineseKeys.keyOfPinyin("fangshi", entry).map(e -> e.getKey())).contains("mode");
    // 公开 begins several words of several keys; one syllable, an English word, a key not allowed
    assertThat(ChineseKeys.keyOfPinyin("gongkai", entry)).isEmpty();
    assertThat(ChineseKeys.keyOfPinyin("dao", entry)).isEmpty();
    assertThat(ChineseKeys.keyOfPinyin("chanels", entry)).isEmpty();
    assertThat(ChineseKeys.keyOfPinyin("cengji", entry)).isEmpty();
  }

  @Test
  void anEnglishWordForAChineseValueMeansTheChineseValue() {
    List<String> modes = List.of("主动", "依申请");
    assertThat(ChineseKeys.valueOf("Proactive", modes)).contains("主动");
    assertThat(ChineseKeys.valueOf("on request", modes)).contains("依申请");
    assertThat(ChineseKeys.valueOf("public", List.of("全社会", "特定群体"))).contains("全社会");
    assertThat(ChineseKeys.valueOf("county", List.of("县级", "乡级", "村级"))).contains("县级");
    assertThat(ChineseKeys.valueOf("public", modes)).isEmpty();
  }
}
