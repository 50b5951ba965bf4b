package org.gkml.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The key in a catalogue file that a column header of the official table stands for (渠道, 公开渠道和载体 →
 * channels; 公开时限 → deadline), read as the importer reads headers, variants and traditional script
 * included. An author who knows the table writes its headers as keys; the schema findings name the
 * key meant. Likewise the column of the region register ({@code regions.csv}) that a Chinese header
 * of a division table stands for (区划代码 → code, 名称 → name).
 */
public final class ColumnHeaders {
  /** Headers of a column of region names that say only "the region". */
  private static final Set<String> REGION_WORDS = Set.of("名", "区划", "行政区划", "地区", "区域", "单位");

  private ColumnHeaders() {}

  /** The key {@code header} stands for; empty if it is no column header or fills no field. */
  public static Optional<String> keyOf(String header) {
    Optional<String> key = HeaderWords.classify(header).map(m -> m.role().key());
    // 公开对象说明 (FORMAT 1.1 audience-note) has no column of its own in printed tables, where the
    // group is named in the 特定群体 cell: as a key it is the note, not the audience
    return key.filter(k -> k.equals("audience")).isPresent() && isNote(header)
        ? Optional.of("audience-note")
        : key;
  }

  /** Words a header naming a note ends in: 公开对象说明, 公开对象备注, 公开对象附注. */
  private static final List<String> NOTE_WORDS = List.of("说明", "备注", "附注", "注释", "描述");

  private static boolean isNote(String header) {
    String n = HeaderWords.normalize(header);
    return NOTE_WORDS.stream().anyMatch(n::endsWith);
  }

  /**
   * The column of the region register ({@code code} or {@code name}, FORMAT.md §2) that {@code
   * header} stands for, as a division table or a spreadsheet of regions heads it (代码, 区划代码,
   * 统计用区划代码, 编码; 名称, 区划名称, 名字); empty for any other header.
   */
  public static Optional<String> registerColumnOf(String header) {
    String n = HeaderWords.normalize(header);
    if (n.endsWith("代码") || n.endsWith("编码") || n.equals("编号")) {
      return Optional.of("code");
    }
    if (n.endsWith("名称") || n.endsWith("名字") || REGION_WORDS.contains(n)) {
      return Optional.of("name");
    }
    return Optional.empty();
  }
}
