package org.gkml.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean": the known word nearest a misspelt one, when it is near enough to help. Used for
 * keys, enumerated values, item ids, domain names and command-line words alike, so every suggestion
 * follows one rule.
 */
public final class Suggestion {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestion() {}

  /**
   * The candidate nearest {@code word} (ignoring case), if the edits it takes are at most half the
   * word's length: a suggestion that shares less than half the characters helps nobody. When two
   * candidates are equally near ({@code 镇级}: {@code 县级} or {@code 乡级}?) there is no telling which
   * was meant, and none is suggested.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    if (word == null || word.isEmpty()) {
      return Optional.empty();
    }
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String c : candidates) {
      if (c.equals(word) || c.equals(best)) {
        continue;
      }
      int d = DISTANCE.apply(w, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance) {
        tie = true;
      }
    }
    return best != null && !tie && bestDistance * 2 <= Math.max(word.length(), 2)
        ? Optional.of(best)
        : Optional.empty();
  }
}
