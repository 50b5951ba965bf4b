package org.gkml.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.SimilarityInput;
import org.gkml.text.TextFold;

/**
 * "Did you mean": the known word nearest a misspelt one, when it is near enough to help. Used for
 * keys, enumerated values, item ids, domain names and slugs and command-line words alike, so every
 * suggestion follows one rule.
 *
 * <p>Words compare in NFKC, in simplified characters and ignoring case: {@code ＡＱＳＣ-005} (typed
 * with a Chinese input method's full-width letters) and {@code aqsc-005} are {@code AQSC-005}
 * written differently, and are suggested it; so are {@code 縣級} and {@code 財政預決算} (typed with a
 * traditional-character input method) {@code 县级} and {@code 财政预决算}. The distance is
 * Damerau–Levenshtein (commons-text), so two swapped letters are one slip ({@code di} for {@code
 * id}), as a typist makes them; plain Levenshtein counts two.
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
   * none is suggested, unless one of them is the word with letters read as the digits they look
   * like ({@code GK2O5}: {@code GK205}, not {@code GK215}). Failing a near one, the only candidate
   * that {@code word} begins (a word cut short: {@code optional} for {@code optional-only}, {@code
   * warn} for {@code warning}, {@code 安全} for {@code 安全生产}) or that begins {@code word}.
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
    return Optional.ofNullable(suggested(word, meanings, m -> false)).map(Near::meaning);
  }

  /**
   * For each of {@code words} (the unknown keys of one mapping), the candidate nearest it by {@link
   * #closest(String, Collection)}, no candidate given to two words while another fits: the nearest
   * pairs are settled first, and a word whose nearest was given to a nearer word gets its next
   * nearest ({@code levle1} and {@code leve2}: {@code level1} and {@code level2}, not {@code
   * level1} twice). Of candidates equally near, the only one of {@code preferred} (a required key
   * the mapping lacks) is taken: preferred breaks ties, it never beats a nearer candidate ({@code
   * contacts} is {@code contact}, not the missing {@code content}). A word no candidate is left for
   * gets the one it would get alone. Words without a suggestion are not in the result.
   */
  public static Map<String, String> closestEach(
      Collection<String> words, Collection<String> candidates, Collection<String> preferred) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> open = new ArrayList<>(words);
    Map<String, String> left = new LinkedHashMap<>();
    candidates.forEach(c -> left.putIfAbsent(c, c));
    Predicate<String> isPreferred = preferred::contains;
    while (!open.isEmpty()) {
      String bestWord = null;
      Near best = null;
      for (String w : open) {
        Near near = suggested(w, left, isPreferred);
        if (near != null && (best == null || near.distance() < best.distance())) {
          best = near;
          bestWord = w;
        }
      }
      if (best == null) {
        break;
      }
      out.put(bestWord, best.meaning());
      left.remove(best.meaning());
      open.remove(bestWord);
    }
    Map<String, String> all = new LinkedHashMap<>();
    candidates.forEach(c -> all.putIfAbsent(c, c));
    for (String w : open) {
      Near alone = suggested(w, all, isPreferred);
      if (alone != null) {
        out.put(w, alone.meaning());
      }
    }
    return out;
  }

  /** A suggestion found by a word's prefix: farther than any found by edits. */
  private static final int BY_PREFIX = Integer.MAX_VALUE;

  /** The meaning {@link #closest(String, Map)} suggests and its distance, or null. */
  private static Near suggested(
      String word, Map<String, String> meanings, Predicate<String> preferred) {
    if (word == null || word.isEmpty()) {
      return null;
    }
    String w = fold(word);
    Near near = byEdits(word, w, meanings, preferred);
    if (near.meaning() != null && near.distance() * 2 <= Math.max(word.length(), 2)) {
      return near;
    }
    return near.distance() == 0
        ? null
        : byPrefix(word, w, meanings).map(m -> new Near(m, BY_PREFIX)).orElse(null);
  }

  /**
   * The meaning {@code word} is a slip of ({@code 安全生成}, {@code safety-prodution}, {@code 安全生產} for
   * 安全生产), where a new word may be meant (a new domain) and so a word near a known one is refused,
   * not only answered: nearest by edits alone, as {@link #closest(String, Map)}, but within a third
   * of the word, not half. Half a Chinese name is one of its two words: 文物保护 is that near 环境保护, and
   * a domain of its own.
   */
  public static Optional<String> slip(String word, Map<String, String> meanings) {
    if (word == null || word.isEmpty()) {
      return Optional.empty();
    }
    Near near = byEdits(word, fold(word), meanings, m -> false);
    return near.meaning() != null && near.distance() * 3 <= Math.max(word.length(), 3)
        ? Optional.of(near.meaning())
        : Optional.empty();
  }

  /** The meaning nearest by edits, if alone there (else null), and its distance. */
  private record Near(String meaning, int distance) {}

  private static Near byEdits(
      String word, String w, Map<String, String> meanings, Predicate<String> preferred) {
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
    if (tie) {
      best = lookAlike(w, meanings, distances, bestDistance);
      if (best == null) {
        best = onlyPreferred(distances, bestDistance, preferred);
      }
      tie = best == null;
    }
    return new Near(tie ? null : best, bestDistance);
  }

  /**
   * Among meanings equally near {@code w}, the one spelt as {@code w} is but for letters that look
   * like digits ({@code GK2O5}, {@code GKl03}: the letters O and l for 0 and 1), or null if not
   * exactly one: by edits alone {@code GK2O5} is as near {@code GK215} as {@code GK205}, though
   * only one of them looks like it.
   */
  private static String lookAlike(
      String w, Map<String, String> meanings, Map<String, Integer> distances, int bestDistance) {
    String seen = digitLike(w);
    String found = null;
    for (Map.Entry<String, String> e : meanings.entrySet()) {
      String meant = e.getValue();
      if (distances.getOrDefault(meant, -1) == bestDistance
          && digitLike(fold(e.getKey())).equals(seen)) {
        if (found != null && !found.equals(meant)) {
          return null;
        }
        found = meant;
      }
    }
    return found;
  }

  /** Among the meanings at {@code bestDistance}, the one {@code preferred} takes, or null. */
  private static String onlyPreferred(
      Map<String, Integer> distances, int bestDistance, Predicate<String> preferred) {
    String found = null;
    for (Map.Entry<String, Integer> e : distances.entrySet()) {
      if (e.getValue() == bestDistance && preferred.test(e.getKey())) {
        if (found != null) {
          return null;
        }
        found = e.getKey();
      }
    }
    return found;
  }

  /** A folded word with the letters that pass for digits in print read as those digits. */
  private static String digitLike(String folded) {
    return folded.replace('o', '0').replace('l', '1').replace('i', '1');
  }

  /**
   * The id of {@code ids} nearest {@code id}, by {@link #closest(String, Collection)}, among the
   * ids that differ from it in one part only (region code, domain code or number, the parts between
   * dashes) and there by at most half that part: {@code 511703-AQSC-002} is not {@code
   * 511730-AQSC-001}, another region's other item, though two edits of fifteen characters would
   * pass for a slip. An id with a dash more or less is one edit from the id, or not suggested. A
   * number written without its leading zeros ({@code AQSC-5}, {@code AQSC-05}) is the only id it
   * can mean ({@code AQSC-005}), though two edits in a part of one digit are no slip.
   */
  public static Optional<String> closestId(String id, Collection<String> ids) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = fold(id).split("-", -1);
    // AQSC-5 for AQSC-005: the number written without its zeros is the id, whatever the edits
    String unpadded = unpadded(parts);
    List<String> padded = new ArrayList<>();
    for (String candidate : ids) {
      if (!candidate.equals(id) && unpadded(fold(candidate).split("-", -1)).equals(unpadded)) {
        padded.add(candidate);
      }
    }
    if (padded.size() == 1) {
      return Optional.of(padded.get(0));
    }
    if (parts.length == 1 && unpadded.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // 005 for AQSC-005: only the number written; the id ending in it, a basic one (fewest
      // parts: AQSC-005, not 511703-AQSC-005) when several do
      Optional<String> ending = endingIn(unpadded, ids);
      if (ending.isPresent()) {
        return ending;
      }
    }
    List<String> slips = new ArrayList<>();
    for (String candidate : ids) {
      if (oneSlipApart(parts, fold(candidate).split("-", -1))) {
        slips.add(candidate);
      }
    }
    return closest(id, slips);
  }

  /**
   * The one id of {@code ids} whose last part is the number {@code number} (without its zeros), of
   * those with the fewest parts; empty when none is, or several are alike.
   */
  private static Optional<String> endingIn(String number, Collection<String> ids) {
    List<String> best = new ArrayList<>();
    int fewest = Integer.MAX_VALUE;
    for (String candidate : ids) {
      String[] parts = fold(candidate).split("-", -1);
      if (parts.length < 2 || !unpadded(new String[] {parts[parts.length - 1]}).equals(number)) {
        continue;
      }
      if (parts.length < fewest) {
        best.clear();
        fewest = parts.length;
      }
      if (parts.length == fewest) {
        best.add(candidate);
      }
    }
    return best.size() == 1 ? Optional.of(best.get(0)) : Optional.empty();
  }

  /** An id's parts joined again, each part of digits only without its leading zeros. */
  private static String unpadded(String[] parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (out.length() > 0) {
        out.append('-');
      }
      out.append(
          part.chars().allMatch(c -> c >= '0' && c <= '9') && part.length() > 1
              ? part.replaceFirst("^0+(?=.)", "")
              : part);
    }
    return out.toString();
  }

  private static boolean oneSlipApart(String[] given, String[] candidate) {
    if (given.length != candidate.length) {
      return distance(String.join("-", given), String.join("-", candidate)) <= 1;
    }
    int differing = 0;
    for (int i = 0; i < given.length; i++) {
      if (!given[i].equals(candidate[i])) {
        int d = distance(given[i], candidate[i]);
        if (++differing > 1 || d * 2 > Math.max(given[i].length(), 2)) {
          return false;
        }
      }
    }
    return true;
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

  /**
   * The edits between two words as suggestions count them: compared in the folded form ({@link
   * #fold}), a swap of neighbours counting one.
   */
  public static int edits(String a, String b) {
    return distance(fold(a), fold(b));
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

  /**
   * The form words compare in: NFKC (full-width letters, digits and dashes as ASCII), simplified
   * characters ({@link TextFold}: ICU's transliterator, as the importer reads traditional tables),
   * no case.
   */
  public static String fold(String word) {
    String n = word;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        n = TextFold.aligned(Normalizer.normalize(word, Normalizer.Form.NFKC));
        break;
      }
    }
    return n.toLowerCase(Locale.ROOT);
  }
}
