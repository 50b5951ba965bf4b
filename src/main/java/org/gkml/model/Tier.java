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

  /**
   * The tier a word that is not a tier word means, for a suggestion only: a tier word in
   * traditional characters ({@code 縣級}), its English name where the Chinese word is wanted ({@code
   * county}), or a name tables give the tier ({@code 镇级}, {@code 街道级}: 乡级; {@code 区级}: 县级; {@code
   * 社区级}: 村级; {@link HeaderWords#tier}, the importer's reading of tier headers). Empty for a word
   * naming no tier or several ({@code 乡、村级}) and for a tier gkml lacks ({@code 市级}).
   */
  public static Optional<Tier> meant(String word) {
    if (word == null || word.isBlank()) {
      return Optional.empty();
    }
    Optional<Tier> plain = parse(word);
    if (plain.isPresent()) {
      return plain;
    }
    String key = HeaderWords.normalize(word);
    return ofWord(key)
        .or(
            () ->
                HeaderWords.tier(key)
                    .filter(m -> m.role() == HeaderWords.Role.TIER && m.tiers().size() == 1)
                    .map(m -> m.tiers().iterator().next()));
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
