package org.gkml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text is in both languages: the English and Chinese bundles have exactly the
 * same keys, each defined once, and each text fills in the same {@code {n}} arguments in both (a
 * text that drops one silently loses what the other language says).
 */
class BundlesTest {
  private static final Path EN = Path.of("src/main/resources/org/gkml/Messages.properties");
  private static final Path ZH = Path.of("src/main/resources/org/gkml/Messages_zh.properties");

  /**
   * An argument of a MessageFormat pattern: {@code {0}}, {@code {1,number}}, {@code {2,choice,…}}.
   */
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

  /** Text MessageFormat quotes: {@code '…'} (and {@code ''} for a quote) holds no argument. */
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Set<String> en = read(EN).keySet();
    Set<String> zh = read(ZH).keySet();
    assertThat(en).isNotEmpty();
    assertThat(new TreeSet<>(zh)).as("keys only in English are missing in Chinese").containsAll(en);
    assertThat(new TreeSet<>(en)).as("keys only in Chinese are missing in English").containsAll(zh);
  }

  @Test
  void bothLanguagesFillInTheSameArguments() throws IOException {
    Map<String, String> en = read(EN);
    Map<String, String> zh = read(ZH);
    Map<String, Set<String>> differ = new TreeMap<>();
    en.forEach(
        (key, text) -> {
          if (zh.containsKey(key) && !arguments(text).equals(arguments(zh.get(key)))) {
            differ.put(key, Set.of("en " + arguments(text), "zh " + arguments(zh.get(key))));
          }
        });
    assertThat(differ).isEmpty();
  }

  /**
   * {@link Properties} keeps the last of two definitions without a word, so a key written twice (an
   * older wording left above a newer one) hides which text users get: read the file as lines.
   */
  @Test
  void noKeyIsDefinedTwice() throws IOException {
    for (Path bundle : List.of(EN, ZH)) {
      List<String> lines = Files.readAllLines(bundle, StandardCharsets.UTF_8);
      // the line reading below finds the keys Properties finds
      assertThat(new TreeSet<>(entryKeys(lines))).isEqualTo(read(bundle).keySet());
      assertThat(keysDefinedTwice(lines)).as("keys defined twice in %s", bundle).isEmpty();
    }
  }

  @Test
  void keysDefinedTwiceAreFoundAcrossContinuationLinesAndComments() {
    List<String> lines =
        List.of(
            "# a.b=in a comment",
            "a.b=first \\",
            "c.d=a continuation line, not a key \\\\\\",
            "  a.b=a continuation line too",
            "! c.d=in a comment",
            "   a.b : second, with a colon",
            "g.h=ends in an escaped backslash \\\\",
            "g.h=so this line starts an entry",
            "e\\=f=an escaped separator belongs to the key",
            "e\\=f another");
    assertThat(keysDefinedTwice(lines)).containsExactly("a.b", "g.h", "e\\=f");
  }

  @Test
  void argumentsAreFoundAndQuotedBracesAreNot() {
    assertThat(arguments("{0} 个错误，{1,number} 个警告")).containsExactly("0", "1");
    assertThat(arguments("'{0}' is literal, {2} is not")).containsExactly("2");
    assertThat(arguments("no argument")).isEmpty();
  }

  /**
   * A count printed straight before a countable English noun ("{0} items") reads "1 items" when the
   * count is one: such a count must go through a {@code choice} that gives the singular. Counts
   * after "more than" or "at most" are limits, never one.
   */
  private static final Pattern BARE_COUNT =
      Pattern.compile(
          "(?<!more than |at most |than |of )\\{\\d+\\}\\s+(items|domains|errors|warnings|regions|files"
              + "|changes|cells|ticks|places|overlays|counties|townships|villages|findings|keys)\\b");

  @Test
  void englishCountsAgreeWithTheirNoun() throws IOException {
    Map<String, String> bare = new TreeMap<>();
    read(EN)
        .forEach(
            (key, text) -> {
              Matcher m = BARE_COUNT.matcher(text);
              if (m.find()) {
                bare.put(key, text);
              }
            });
    assertThat(bare).as("counts without a singular form").isEmpty();
  }

  @Test
  void aBareCountBeforeAPluralIsFoundAndAChoiceIsNot() {
    assertThat(BARE_COUNT.matcher("imported {0} items in {1} domains").find()).isTrue();
    assertThat(BARE_COUNT.matcher("{0,choice,1#1 item|1<{0,number,integer} items}").find())
        .isFalse();
    assertThat(BARE_COUNT.matcher("holds more than {1} cells").find()).isFalse();
  }

  /**
   * A suggestion is worded one way in each language, quoting the word it suggests: {@code
   * ；是否应为“{0}”？} and {@code ; did you mean "{0}"?} (not 是否指, not an unquoted word). Rule help texts
   * quote an example word instead of a placeholder, in a sentence of their own.
   */
  private static final Pattern ZH_SUGGESTION = Pattern.compile("是否(应为|指|是|为)");

  /** A few words may say what the suggestion is: 是否应为缺少的必填键“{2}”？ */
  private static final Pattern ZH_SUGGESTION_RIGHT =
      Pattern.compile("是否应为\\p{IsHan}{0,8}“\\{\\d+}”？");

  private static final Pattern EN_SUGGESTION = Pattern.compile("(?i)did you mean");

  private static final Pattern EN_SUGGESTION_RIGHT =
      Pattern.compile("did you mean \"\\{\\d+}\"\\?");

  /**
   * The value a user gave that gkml does not know (an unknown region, option, domain, rule) is
   * quoted, so an empty, blank or odd value is seen for what it is: “{0}” in Chinese, "{0}" in
   * English.
   */
  private static final Pattern ZH_UNQUOTED_UNKNOWN =
      Pattern.compile("(未知|不存在|多余)的?[\\p{IsHan}A-Za-z ]{1,6}\\{\\d+}");

  private static final Pattern EN_UNQUOTED_UNKNOWN =
      Pattern.compile("(unknown|unexpected) [a-z ]{0,20}\\{\\d+}");

  @Test
  void suggestionsAndUnknownValuesAreQuotedInOneWording() throws IOException {
    assertThat(wordingProblems(read(ZH), ZH_SUGGESTION, ZH_SUGGESTION_RIGHT, ZH_UNQUOTED_UNKNOWN))
        .as("Chinese suggestions and unknown values")
        .isEmpty();
    assertThat(wordingProblems(read(EN), EN_SUGGESTION, EN_SUGGESTION_RIGHT, EN_UNQUOTED_UNKNOWN))
        .as("English suggestions and unknown values")
        .isEmpty();
  }

  @Test
  void unquotedSuggestionsAndValuesAreFound() {
    Map<String, String> zh =
        Map.of(
            "a", "；是否应为 {0}？",
            "b", "目录树中没有事项 {0}；是否指 {1}？",
            "c", "未知区划 {0}：既不在 regions.csv 中",
            "d", "未知的选项 {0}{1}",
            "ok", "未知的区划“{0}”；是否应为“{1}”？",
            "ok2", "未知的键“{1}”；是否应为缺少的必填键“{2}”？",
            "e.help", "并问是否应为 channels）",
            "ok.help", "并问是否应为“channels”）",
            "rule.GK001.help", "并问：是否应为“channels”？）");
    Map<String, String> en =
        Map.of(
            "a", "; did you mean {0}?",
            "b", "unknown region {0}: add it",
            "ok", "unknown domain \"{0}\"; did you mean \"{1}\"?");
    assertThat(wordingProblems(zh, ZH_SUGGESTION, ZH_SUGGESTION_RIGHT, ZH_UNQUOTED_UNKNOWN))
        .containsOnlyKeys("a", "b", "c", "d", "e.help");
    assertThat(wordingProblems(en, EN_SUGGESTION, EN_SUGGESTION_RIGHT, EN_UNQUOTED_UNKNOWN))
        .containsOnlyKeys("a", "b");
  }

  private static Map<String, String> wordingProblems(
      Map<String, String> bundle, Pattern suggestion, Pattern right, Pattern unquoted) {
    Map<String, String> found = new TreeMap<>();
    bundle.forEach(
        (key, text) -> {
          // a help text (Markdown) quotes an example word where a message has a placeholder
          String shown =
              key.endsWith(".help") ? EXAMPLE_WORD.matcher(text).replaceAll("$1{0}$2") : text;
          // in help prose the suggestion is told, not asked: its question mark is not required
          Pattern wanted =
              key.endsWith(".help")
                  ? Pattern.compile(right.pattern().replaceFirst("(？|\\\\\\?)$", ""))
                  : right;
          if (count(suggestion, shown) != count(wanted, shown) || unquoted.matcher(text).find()) {
            found.put(key, text);
          }
        });
    return found;
  }

  /** A word quoted as an example in a help text: “channels” or "channels". */
  private static final Pattern EXAMPLE_WORD = Pattern.compile("([“\"])[^”\"{}]+([”\"])");

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(QUOTED.matcher(text).replaceAll(""));
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static List<String> keysDefinedTwice(List<String> lines) {
    Set<String> seen = new HashSet<>();
    return entryKeys(lines).stream().filter(key -> !seen.add(key)).toList();
  }

  /**
   * The key of every entry in file order, read as {@link Properties#load(Reader)} reads lines:
   * comment lines start with {@code #} or {@code !}; a line ending in an odd number of backslashes
   * goes on in the next one; the key ends at the first unescaped {@code =}, {@code :} or blank.
   */
  private static List<String> entryKeys(List<String> lines) {
    List<String> keys = new ArrayList<>();
    boolean continued = false;
    for (String line : lines) {
      String text = line.stripLeading();
      boolean comment = !continued && (text.isEmpty() || "#!".indexOf(text.charAt(0)) >= 0);
      if (!continued && !comment) {
        keys.add(key(text));
      }
      continued = !comment && trailingBackslashes(text) % 2 == 1;
    }
    return keys;
  }

  private static String key(String entry) {
    int i = 0;
    while (i < entry.length() && "=: \t\f".indexOf(entry.charAt(i)) < 0) {
      i += entry.charAt(i) == '\\' ? 2 : 1;
    }
    return entry.substring(0, Math.min(i, entry.length()));
  }

  private static int trailingBackslashes(String text) {
    int n = 0;
    while (n < text.length() && text.charAt(text.length() - 1 - n) == '\\') {
      n++;
    }
    return n;
  }

  static Map<String, String> read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> out = new TreeMap<>();
    p.forEach((k, v) -> out.put((String) k, (String) v));
    return out;
  }
}
