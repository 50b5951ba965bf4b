package org.gkml.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.SimilarityInput;

/**
 * "Did you mean": the known word nearest a misspelt one, when it is near enough to help. Used for
 * keys, enumerated values, item ids, domain names and slugs and command-line words alike, so every
 * suggestion follows one rule.
 *
 * <p>Words compare in NFKC and ignoring case: {@code ＡＱＳＣ-005} (typed with a Chinese input method's
 * full-width letters) and {@code aqsc-005} are {@code AQSC-005} written differently, and are
 * suggested it. The distance is Damerau–Levenshtein (commons-text), so two swapped letters are one
 * slip ({@code di} for {@code id}), as a typist makes them; plain Levenshtein counts two.
 */
public final class Suggestion {
  private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();

  /**
   * The shortest word whose prefix relation to a candidate counts: one letter is the start of too
   * many words to mean one of them.
   */
  private static final int SHORTEST_PREFIX = 2;

  private Suggestion() {}

  /**
   * The candidate nearest {@code word}, if the edits it takes are at most half the word's length: a
   * suggestion that shares less than half the characters helps nobody. When two candidates are
   * equally near ({@code 镇级}: {@code 县级} or {@code 乡级}?) there is no telling which was meant, and
   * none is suggested. Failing a near one, the only candidate that {@code word} begins (a word cut
   * short: {@code optional} for {@code optional-only}, {@code warn} for {@code warning}, {@code 安全}
   * for {@code 安全生产}) or that begins {@code word}.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    Map<String, String> same = new LinkedHashMap<>();
    candidates.forEach(c -> same.putIfAbsent(c, c));
    return closest(word, same);
  }

  /**
   * As {@link #closest(String, Collection)}, among the spellings of {@code meanings} (a name, a
   * file slug, a table header, each with what it stands for), giving what the nearest spelling
   * stands for. Two spellings equally near are a tie only if they stand for different things. A
   * spelling equal to {@code word} gives its meaning, unless that is {@code word} itself: the word
   * was right, and there is nothing to suggest.
   */
  public static Optional<String> closest(String word, Map<String, String> meanings) {
    if (word == null || word.isEmpty()) {
      return Optional.empty();
    }
    String w = fold(word);
    // each meaning at the distance of its nearest spelling
    Map<String, Integer> distances = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : meanings.entrySet()) {
      if (!e.getValue().equals(word)) {
        distances.merge(e.getValue(), distance(w, fold(e.getKey())), Math::min);
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : distances.entrySet()) {
      int d = e.getValue();
      if (d < bestDistance) {
        best = e.getKey();
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance) {
        tie = true;
      }
    }
    if (best != null && !tie && bestDistance * 2 <= Math.max(word.length(), 2)) {
      return Optional.of(best);
    }
    return bestDistance == 0 ? Optional.empty() : byPrefix(word, w, meanings);
  }

  /** The one meaning whose spelling {@code word} begins or that begins it; empty if not one. */
  private static Optional<String> byPrefix(String word, String w, Map<String, String> meanings) {
    if (w.codePointCount(0, w.length()) < SHORTEST_PREFIX) {
      return Optional.empty();
    }
    String found = null;
    for (Map.Entry<String, String> e : meanings.entrySet()) {
      String c = fold(e.getKey());
      String meant = e.getValue();
      if (meant.equals(word) || meant.equals(found) || c.length() < SHORTEST_PREFIX) {
        continue;
      }
      if (c.startsWith(w) || w.startsWith(c)) {
        if (found != null) {
          return Optional.empty();
        }
        found = meant;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The edits between two folded words, a swap of neighbours counting one. */
  static int distance(String a, String b) {
    return DISTANCE.apply(CodePoints.of(a), CodePoints.of(b));
  }

  /**
   * A word as the distance reads it: its code points, each as the one (interned) instance of its
   * text. commons-text 1.15.0's DamerauLevenshteinDistance compares characters with {@code ==}:
   * given a string, it boxes each character, and boxes outside the cached ASCII range are never
   * identical, so 特定人群 and 特定群体 came out four edits apart instead of two. Interned elements are
   * equal by identity exactly when they are equal, whichever way the library compares.
   */
  private record CodePoints(String[] points) implements SimilarityInput<String> {
    static CodePoints of(String word) {
      return new CodePoints(
          word.codePoints()
              .mapToObj(cp -> new String(Character.toChars(cp)).intern())
              .toArray(String[]::new));
    }

    @Override
    public String at(int index) {
      return points[index];
    }

    @Override
    public int length() {
      return points.length;
    }
  }

  /** The form words compare in: NFKC (full-width letters, digits and dashes as ASCII), no case. */
  public static String fold(String word) {
    String n = word;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        n = Normalizer.normalize(word, Normalizer.Form.NFKC);
        break;
      }
    }
    return n.toLowerCase(Locale.ROOT);
  }
}
