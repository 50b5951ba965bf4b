package org.gkml.importer;

import java.util.List;

/**
 * One item as a person reads it in the published table, before it becomes a catalogue item: text as
 * printed (traditional characters, pinyin glosses, 同上 and spacing kept), channel labels and tier
 * words as printed, audience and mode in their canonical words ({@code 全社会}/{@code 特定群体}, {@code
 * 主动}/{@code 依申请}, both joined by {@code |}; "" when the table says nothing). {@code at} is where
 * the row starts, as the report names it.
 */
public record ImportedRow(
    String table,
    String at,
    String level1,
    String level2,
    String level3,
    String content,
    String basis,
    String deadline,
    String owner,
    List<String> channels,
    String audience,
    String mode,
    List<String> tiers) {

  public ImportedRow {
    channels = List.copyOf(channels);
    tiers = List.copyOf(tiers);
  }
}
