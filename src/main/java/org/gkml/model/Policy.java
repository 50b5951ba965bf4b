package org.gkml.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a basic catalogue lets overlays do with its items, and whether a region may declare the
 * whole domain not applicable to it ({@code skippable}, FORMAT.md 1.1).
 */
public record Policy(Set<Field> modifiable, Removable removable, boolean skippable) {

  /** Which items an overlay may remove. */
  public enum Removable {
    NEVER("never"),
    OPTIONAL_ONLY("optional-only"),
    WITH_REASON("with-reason");

    private final String word;

    Removable(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    public static Optional<Removable> ofWord(String word) {
      for (Removable r : values()) {
        if (r.word.equals(word.toLowerCase(Locale.ROOT))) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
  }

  private static final Policy DEFAULT =
      new Policy(
          EnumSet.of(
              Field.LEVEL2,
              Field.CONTENT,
              Field.BASIS,
              Field.DEADLINE,
              Field.OWNER,
              Field.CHANNELS),
          Removable.OPTIONAL_ONLY,
          /* skippable= */ false);

  public Policy {
    modifiable = modifiable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modifiable));
  }

  /** A policy that does not let regions declare the domain not applicable. */
  public Policy(Set<Field> modifiable, Removable removable) {
    this(modifiable, removable, /* skippable= */ false);
  }

  /** The policy of FORMAT.md §5 that applies when a catalogue names none. */
  public static Policy defaults() {
    return DEFAULT;
  }

  /** The keys of the modifiable fields, in {@link Field} order. */
  public List<String> modifiableKeys() {
    return modifiable.isEmpty()
        ? List.of()
        : EnumSet.copyOf(modifiable).stream().map(Field::key).toList();
  }

  /**
   * The policy as files and outputs write it (FORMAT.md §5): {@code modifiable} (field keys in
   * {@link Field} order), {@code removable}, and {@code skippable} only when set.
   */
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("modifiable", modifiableKeys());
    m.put("removable", removable.word());
    if (skippable) {
      m.put("skippable", true);
    }
    return m;
  }
}
