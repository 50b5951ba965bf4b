package org.gkml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * same keys, and each text fills in the same {@code {n}} arguments in both (a text that drops one
 * silently loses what the other language says).
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

  @Test
  void argumentsAreFoundAndQuotedBracesAreNot() {
    assertThat(arguments("{0} 个错误，{1,number} 个警告")).containsExactly("0", "1");
    assertThat(arguments("'{0}' is literal, {2} is not")).containsExactly("2");
    assertThat(arguments("no argument")).isEmpty();
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(QUOTED.matcher(text).replaceAll(""));
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Map<String, String> read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> out = new TreeMap<>();
    p.forEach((k, v) -> out.put((String) k, (String) v));
    return out;
  }
}
