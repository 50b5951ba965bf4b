package org.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code docs/rules.md} documents every rule (Rule's Javadoc promises it): an anchor the SARIF
 * {@code helpUri} points to, a section headed with the default severity, and a row in the table
 * with the titles users see in both languages.
 */
class RulesDocTest {
  private static final Path DOC = Path.of("docs/rules.md");
  private static final Messages ZH = Messages.of(Locale.CHINESE);
  private static final Messages EN = Messages.english();

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasAnAnchorASectionAndATableRow(Rule rule) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String id = rule.id();
    String severity = rule.defaultSeverity().word();

    assertThat(doc).contains("<a id=\"" + id.toLowerCase(Locale.ROOT) + "\"></a>\n### " + id + " ");
    assertThat(doc).containsPattern("\n### " + id + " [^\n]*· 默认 " + severity + "\n");
    assertThat(doc)
        .contains(
            "| ["
                + id
                + "](#"
                + id.toLowerCase(Locale.ROOT)
                + ") | "
                + severity
                + " | "
                + ZH.ruleTitle(rule)
                + " | "
                + EN.ruleTitle(rule)
                + " |");
  }
}
