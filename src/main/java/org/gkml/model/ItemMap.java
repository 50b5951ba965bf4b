package org.gkml.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An item as an ordered map, the one shape every writer of items starts from (merge output, import
 * output, diff reports): {@code id}, then each field under its file key in {@link Field} order.
 * What a writer chooses is how a value is shown (channels in vocabulary order, the audience as one
 * word…) and which absent keys it leaves out ({@link Omit}); names and order are decided here.
 */
public final class ItemMap {

  /** Which keys a map leaves out. */
  public enum Omit {
    /**
     * Only the optional text fields ({@code level2}, {@code level3}, {@code department}, {@code
     * contact}, {@code audience-note}, {@code note}) when absent: every other key is written, as
     * null if a bad input left it empty, and {@code optional} always (merge output, CLI.md).
     */
    ABSENT_OPTIONAL_TEXT,
    /** Every absent value, and {@code optional} when false: the keys a file writes. */
    ABSENT,
    /** As {@link #ABSENT}, and empty lists too: a catalogue written from scratch (import). */
    ABSENT_OR_EMPTY
  }

  /** The fields an item may lack: the text fields FORMAT.md marks optional. */
  private static final Set<Field> OPTIONAL_TEXT =
      EnumSet.of(
          Field.LEVEL2,
          Field.LEVEL3,
          Field.DEPARTMENT,
          Field.CONTACT,
          Field.AUDIENCE_NOTE,
          Field.NOTE);

  private ItemMap() {}

  /**
   * The item as an ordered map.
   *
   * @param shown a field's value as the writer shows it (null when absent)
   */
  public static Map<String, Object> of(Item item, Function<Field, Object> shown, Omit omit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", item.id());
    for (Field f : Field.values()) {
      Object value = shown.apply(f);
      if (kept(f, value, item, omit)) {
        m.put(f.key(), value);
      }
    }
    return m;
  }

  private static boolean kept(Field f, Object value, Item item, Omit omit) {
    return switch (omit) {
      case ABSENT_OPTIONAL_TEXT -> value != null || !OPTIONAL_TEXT.contains(f);
      case ABSENT -> value != null && (f != Field.OPTIONAL || item.optional());
      case ABSENT_OR_EMPTY ->
          value != null
              && (f != Field.OPTIONAL || item.optional())
              && !(value instanceof List<?> list && list.isEmpty());
    };
  }
}
