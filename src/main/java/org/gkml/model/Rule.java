package org.gkml.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every check gkml makes, with its stable id and default severity. Ids are published (users
 * override and suppress them by id): never renumber one. Titles and messages live in {@code
 * Messages*.properties} under {@code rule.<ID>.title} and {@code rule.<ID>.message}; each rule has
 * a section in {@code docs/rules.md}.
 */
public enum Rule {
  // Reading files: GK0xx
  SCHEMA("GK001", Severity.ERROR),
  SYNTAX("GK002", Severity.ERROR),
  ENCODING("GK003", Severity.ERROR),
  DUPLICATE_KEY("GK004", Severity.ERROR),
  LIMIT("GK005", Severity.ERROR),
  SUPPRESSION("GK006", Severity.WARNING),
  CONFIG_RULE("GK007", Severity.WARNING),
  LINK_NOT_FOLLOWED("GK008", Severity.ERROR),
  NOT_CHECKED("GK009", Severity.INFO),
  UNREAD_FILE("GK010", Severity.WARNING),

  // Item content: GK1xx
  DUPLICATE_ID("GK101", Severity.ERROR),
  DUPLICATE_PAIR("GK102", Severity.ERROR),
  UNKNOWN_CHANNEL("GK103", Severity.ERROR),
  EMPTY_TEXT("GK104", Severity.ERROR),
  DEADLINE_UNPARSED("GK105", Severity.WARNING),
  DEADLINE_OVER_DEFAULT("GK106", Severity.WARNING),
  INVISIBLE_CHARACTER("GK107", Severity.INFO),
  MIXED_BRACKETS("GK108", Severity.INFO),
  REPEATED_ELEMENT("GK109", Severity.INFO),
  CELL_LIMIT("GK110", Severity.ERROR),

  // Resolution of overlays (FORMAT.md §7): GK2xx
  TARGET_UNKNOWN("GK201", Severity.ERROR),
  TARGET_INVISIBLE("GK202", Severity.ERROR),
  FIELD_NOT_MODIFIABLE("GK203", Severity.ERROR),
  TIER_REMOVED("GK204", Severity.ERROR),
  CHANNEL_REMOVED("GK205", Severity.ERROR),
  DEADLINE_NOT_COMPARABLE("GK206", Severity.WARNING),
  DEADLINE_LONGER("GK207", Severity.ERROR),
  MODE_WEAKENED("GK208", Severity.ERROR),
  AUDIENCE_WEAKENED("GK209", Severity.ERROR),
  REMOVE_FORBIDDEN("GK210", Severity.ERROR),
  ADD_PRESENT("GK211", Severity.WARNING),
  ADDED_ID_TAKEN("GK212", Severity.ERROR),
  ADDED_ID_PREFIX("GK213", Severity.ERROR),
  ADDED_TIER_ABOVE("GK214", Severity.ERROR),
  REMOVE_ABSENT("GK215", Severity.WARNING),

  // The tree of regions: GK3xx
  REGION_CODE("GK301", Severity.ERROR),
  DUPLICATE_OVERLAY("GK302", Severity.ERROR),
  DOMAIN_WITHOUT_BASIC("GK303", Severity.ERROR),
  FOLDER_CODE_MISMATCH("GK304", Severity.WARNING),
  DUPLICATE_DOMAIN("GK305", Severity.ERROR),
  MISPLACED_FILE("GK306", Severity.WARNING),
  REGION_OUTSIDE_TREE("GK307", Severity.ERROR),
  REGION_NAME("GK308", Severity.ERROR),
  MISSPELT_DOMAIN("GK309", Severity.ERROR),

  // Dynamic adjustment (动态调整, FORMAT.md 1.1): GK4xx
  REVISION_VERSION("GK401", Severity.ERROR),
  REVISION_ORDER("GK402", Severity.ERROR),
  STALE_OVERLAY("GK403", Severity.WARNING),
  NOT_APPLICABLE_FORBIDDEN("GK404", Severity.ERROR),
  REPEALED_BASIS("GK405", Severity.WARNING),
  REPEALED_UNCITED("GK406", Severity.WARNING);

  private final String id;
  private final Severity defaultSeverity;

  Rule(String id, Severity defaultSeverity) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
  }

  public String id() {
    return id;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Whether this rule says a file could not be read or parsed at all (GK002, GK003, GK005: what
   * makes {@code validate} exit with 2). Such findings are never baselined: a baseline must not
   * hide why a run fails.
   */
  public boolean unreadableFile() {
    return this == SYNTAX || this == ENCODING || this == LIMIT;
  }

  public static Optional<Rule> ofId(String id) {
    for (Rule r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The rule id a misspelt one stands for ({@code gk103}, {@code GK１03}, {@code GK1O3}, {@code
   * GK130}), if one is clearly meant: the nearest ({@link Suggestion}); failing that, the only id
   * that two neighbours swapped give. Rule ids are few digits: {@code GK130} is one edit from both
   * {@code GK103} and {@code GK110}, but only the first has the digits typed, swapped as a typist
   * swaps them.
   */
  public static Optional<String> closestId(String word) {
    List<String> ids = Arrays.stream(values()).map(Rule::id).toList();
    Optional<String> nearest = Suggestion.closest(word, ids);
    if (nearest.isPresent()) {
      return nearest;
    }
    String folded = Suggestion.fold(word);
    List<String> swapped =
        ids.stream().filter(id -> oneSwapApart(folded, Suggestion.fold(id))).toList();
    return swapped.size() == 1 ? Optional.of(swapped.get(0)) : Optional.empty();
  }

  /** Whether {@code b} is {@code a} with two neighbouring characters swapped. */
  private static boolean oneSwapApart(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = 0;
    while (first < a.length() && a.charAt(first) == b.charAt(first)) {
      first++;
    }
    return first + 1 < a.length()
        && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first)
        && a.substring(first + 2).equals(b.substring(first + 2));
  }
}
