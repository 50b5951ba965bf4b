package org.gkml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A statistical division code (统计用区划代码) of 6, 9 or 12 digits. Its tier and ancestry are derived
 * from its length and prefixes, so they can never disagree with the code.
 */
public record RegionCode(String digits) implements Comparable<RegionCode> {
  private static final Pattern WELL_FORMED = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

  public RegionCode {
    Objects.requireNonNull(digits);
    if (!isWellFormed(digits)) {
      throw new IllegalArgumentException("not a division code: " + digits);
    }
  }

  // equals and hashCode written out (as the record would make them): the generated ones are
  // linked through invokedynamic on first use, and a code is the first key of every run's maps,
  // so each short run (one-file validate) spun a dozen method-handle classes for them
  @Override
  public boolean equals(Object o) {
    return o instanceof RegionCode other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  public static boolean isWellFormed(String text) {
    return text != null && WELL_FORMED.matcher(text).matches();
  }

  /**
   * The code meant by {@code written} when it is a code typed with full-width digits or blanks
   * (５１１７０３, "511 703"): those folded (NFKC) and removed, if that is well formed; else empty. One
   * rule for a code in a file, in regions.csv and on the command line.
   */
  public static Optional<String> meant(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String plain = Suggestion.fold(written).replaceAll("\\s+", "");
    return isWellFormed(plain) ? Optional.of(plain) : Optional.empty();
  }

  public static Optional<RegionCode> parse(String text) {
    return isWellFormed(text) ? Optional.of(new RegionCode(text)) : Optional.empty();
  }

  public Tier tier() {
    return Tier.ofCodeLength(digits.length()).orElseThrow();
  }

  /** The region one level up; empty for a county, whose parent is the basic catalogue. */
  public Optional<RegionCode> parent() {
    return switch (digits.length()) {
      case 12 -> Optional.of(new RegionCode(digits.substring(0, 9)));
      case 9 -> Optional.of(new RegionCode(digits.substring(0, 6)));
      default -> Optional.empty();
    };
  }

  /** The chain from the county down to this region, this region last. */
  public List<RegionCode> chain() {
    List<RegionCode> chain = new ArrayList<>(3);
    for (int len = 6; len <= digits.length(); len += 3) {
      chain.add(new RegionCode(digits.substring(0, len)));
    }
    return List.copyOf(chain);
  }

  /** Whether this code is {@code other} or lies below it. */
  public boolean within(RegionCode other) {
    return digits.startsWith(other.digits);
  }

  @Override
  public int compareTo(RegionCode o) {
    return digits.compareTo(o.digits);
  }

  @Override
  public String toString() {
    return digits;
  }
}
