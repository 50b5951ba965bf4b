package org.gkml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hardening review #11: a message without arguments is printed as the bundle writes it ({@code
 * Messages.get} formats only a text given values), so an apostrophe written {@code ''} there, as a
 * MessageFormat pattern needs it, showed doubled: "a region''s overlays". The other way round, a
 * lone apostrophe in a text with arguments starts a MessageFormat quote: it disappears and the
 * arguments after it are printed as {@code {0}}.
 */
class ApostrophesTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\d+\\s*[,}]");
  private static final Pattern LONE = Pattern.compile("(?<!')'(?!')");

  @ParameterizedTest
  @ValueSource(strings = {"Messages.properties", "Messages_zh.properties"})
  void apostrophesAreWrittenAsTheirTextIsPrinted(String bundle) throws IOException {
    Map<String, String> slips = new TreeMap<>();
    read(Path.of("src/main/resources/org/gkml", bundle))
        .forEach(
            (key, text) -> {
              boolean pattern = ARGUMENT.matcher(text).find();
              if (!pattern && text.contains("''")) {
                slips.put(key, "doubled, printed as written: " + text);
              }
              if (pattern && LONE.matcher(text).find()) {
                slips.put(key, "lone, lost by MessageFormat: " + text);
              }
            });
    assertThat(slips).isEmpty();
  }

  @Test
  void theReviewedMessageShowsOneApostrophe() {
    CliRun run = CliRun.of("--lang", "en", "import", "basic.xlsx", "--into-tree");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("writes a region's overlays").doesNotContain("''");
  }

  private static Map<String, String> read(Path bundle) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> texts = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
    return texts;
  }
}
