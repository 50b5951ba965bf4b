package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * GK104, GK107 and GK108 name a value as a reader looks for it: by the item's id and the field, a
 * list element counted from 1, never a zero-based list index when the item's id is known.
 */
class PlaceNameTest {
  private static final Messages EN = Messages.english();
  private static final Messages ZH = Messages.of(Locale.CHINESE);

  private static JsonNode tree(String json) throws Exception {
    return new ObjectMapper().readTree(json.replace('\'', '"'));
  }

  @Test
  void aValueOfAnItemIsNamedByTheItemsIdAndTheField() throws Exception {
    JsonNode catalog = tree("{'items': [{'id': 'AQSC-001'}, {'id': 'AQSC-002'}]}");

    assertThat(PlaceName.of(catalog, List.of("items", 1, "level2"), ZH))
        .isEqualTo("事项 AQSC-002 的 level2");
    assertThat(PlaceName.of(catalog, List.of("items", 1, "level2"), EN))
        .isEqualTo("level2 of item AQSC-002");
    assertThat(PlaceName.of(catalog, List.of("items", 0, "basis", 1), ZH))
        .isEqualTo("事项 AQSC-001 的 basis 第 2 项");
    assertThat(PlaceName.of(catalog, List.of("items", 0, "basis", 1), EN))
        .isEqualTo("basis entry 2 of item AQSC-001");
  }

  @Test
  void anEntryItselfIsNamedByItsIdAlone() throws Exception {
    JsonNode overlay = tree("{'items': [{'id': 'AQSC-001'}], 'modify': [{'id': 'AQSC-002'}]}");

    assertThat(PlaceName.of(overlay, List.of("items", 0), ZH)).isEqualTo("事项 AQSC-001");
    assertThat(PlaceName.of(overlay, List.of("modify", 0), ZH)).isEqualTo("modify 中事项 AQSC-002");
    assertThat(PlaceName.of(overlay, List.of("modify", 0), EN))
        .isEqualTo("item AQSC-002 under modify");
    // without an id, by its position
    assertThat(PlaceName.of(tree("{'items': [{}]}"), List.of("items", 0), ZH))
        .isEqualTo("items 第 1 项");
  }

  @Test
  void anOverlayEntrySaysWhichListItStandsIn() throws Exception {
    JsonNode overlay =
        tree(
            "{'add': [{'id': '511703-001'}], 'modify': [{'id': 'AQSC-001'}],"
                + " 'remove': [{'id': 'AQSC-003'}]}");

    assertThat(PlaceName.of(overlay, List.of("add", 0, "content"), ZH))
        .isEqualTo("add 中事项 511703-001 的 content");
    assertThat(PlaceName.of(overlay, List.of("modify", 0, "channels", "add", 0), ZH))
        .isEqualTo("modify 中事项 AQSC-001 的 channels.add 第 1 项");
    assertThat(PlaceName.of(overlay, List.of("modify", 0, "channels", "add", 0), EN))
        .isEqualTo("channels.add entry 1 of item AQSC-001 under modify");
    assertThat(PlaceName.of(overlay, List.of("remove", 0, "reason"), EN))
        .isEqualTo("reason of item AQSC-003 under remove");
  }

  @Test
  void withoutAUsableIdTheEntryIsNamedByItsPositionCountedFromOne() throws Exception {
    JsonNode broken = tree("{'items': [{'content': 'x'}, {'id': '  '}, {'id': 7}]}");

    assertThat(PlaceName.of(broken, List.of("items", 0, "content"), ZH))
        .isEqualTo("items 第 1 项的 content");
    assertThat(PlaceName.of(broken, List.of("items", 1, "id"), EN))
        .isEqualTo("id of items entry 2");
    assertThat(PlaceName.of(broken, List.of("items", 2, "a", "b"), EN))
        .isEqualTo("a.b of items entry 3");
  }

  @Test
  void keysOutsideEntriesAreJoinedWithDotsAsTheDocsWriteThem() throws Exception {
    JsonNode overlay = tree("{'region': {'name': ''}, 'channels': ['x'], '1': {'2': ''}}");

    assertThat(PlaceName.of(overlay, List.of("region", "name"), ZH)).isEqualTo("region.name");
    assertThat(PlaceName.of(overlay, List.of("channels", 0), ZH)).isEqualTo("channels 第 1 项");
    // a key made of digits is a key, not a position
    assertThat(PlaceName.of(overlay, List.of("1", "2"), EN)).isEqualTo("1.2");
    assertThat(PlaceName.of(overlay, List.of(), ZH)).isEqualTo("文件内容");
  }

  @Test
  void aLongListsPositionIsWrittenWithoutDigitGrouping() throws Exception {
    assertThat(PlaceName.of(tree("{}"), List.of("channels", 1233), EN))
        .isEqualTo("channels entry 1234");
  }
}
