package org.gkml.importer;

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
    return HeaderWords.classify(header).map(m -> m.role().key());
  }
}
