package org.gkml.model;

import java.util.Optional;

/**
 * The key in a catalogue file that a column header of the official table stands for (渠道, 公开渠道和载体 →
 * channels; 公开时限 → deadline), read as the importer reads headers, variants and traditional script
 * included. An author who knows the table writes its headers as keys; the schema findings name the
 * key meant.
 */
public final class ColumnHeaders {
  private ColumnHeaders() {}

  /** The key {@code header} stands for; empty if it is no column header or fills no field. */
  public static Optional<String> keyOf(String header) {
    Optional<String> key = HeaderWords.classify(header).map(m -> m.role().key());
    // 公开对象说明 (FORMAT 1.1 audience-note) has no column of its own in printed tables, where the
    // group is named in the 特定群体 cell: as a key it is the note, not the audience
    return key.filter(k -> k.equals("audience")).isPresent()
            && HeaderWords.normalize(header).endsWith("说明")
        ? Optional.of("audience-note")
        : key;
  }
}
