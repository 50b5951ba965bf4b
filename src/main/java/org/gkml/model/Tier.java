package org.gkml.model;

import java.util.Locale;
import java.util.Optional;

/** A tier of government that publishes an item (公开层级), ordered from county down to village. */
public enum Tier {
  COUNTY("县级", "county", 6),
  TOWNSHIP("乡级", "township", 9),
  VILLAGE("村级", "village", 12);

  private final String word;
  private final String english;
  private final int codeLength;

  Tier(String word, String english, int codeLength) {
    this.word = word;
    this.english = english;
    this.codeLength = codeLength;
  }

  /** The tier word used in catalogue files and printed tables. */
  public String word() {
    return word;
  }

  public String english() {
    return english;
  }

  /** Length of the division code of a region of this tier. */
  public int codeLength() {
    return codeLength;
  }

  /** Whether this tier is at or below {@code other} (village is below township is below county). */
  public boolean atOrBelow(Tier other) {
    return ordinal() >= other.ordinal();
  }

  /** Reads the tier word of a file ({@code 县级}); empty for anything else. */
  public static Optional<Tier> ofWord(String word) {
    for (Tier t : values()) {
      if (t.word.equals(word)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Reads a command-line tier: the tier word or its English name. */
  public static Optional<Tier> parse(String text) {
    String s = text.strip();
    for (Tier t : values()) {
      if (t.word.equals(s) || t.english.equals(s.toLowerCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The tier of a region whose division code has {@code length} digits. */
  public static Optional<Tier> ofCodeLength(int length) {
    for (Tier t : values()) {
      if (t.codeLength == length) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
