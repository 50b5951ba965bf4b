package org.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gkml.i18n.Messages;
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

  /**
   * The help SARIF gives for a rule is the first paragraph of its section in docs/rules.md, word
   * for word (the bundle is the copy that ships in the jar; this keeps the two equal), and it has
   * an English counterpart.
   */
  @ParameterizedTest
  @EnumSource(Rule.class)
  void helpTextIsTheFirstParagraphOfTheRulesSection(Rule rule) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String anchor = "<a id=\"" + rule.id().toLowerCase(Locale.ROOT) + "\"></a>\n### ";
    String section = doc.substring(doc.indexOf(anchor));
    String body = section.substring(section.indexOf("\n\n") + 2);
    String[] lines = body.substring(0, body.indexOf("\n\n")).split("\n");
    StringBuilder paragraph = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      // a line break between two ASCII characters is a space; between Chinese text, nothing
      char before = paragraph.charAt(paragraph.length() - 1);
      boolean space = before < 128 && lines[i].charAt(0) < 128;
      paragraph.append(space ? " " : "").append(lines[i]);
    }

    assertThat(ZH.ruleHelp(rule)).isEqualTo(paragraph.toString());
    assertThat(EN.ruleHelp(rule))
        .isNotBlank()
        .isNotEqualTo(ZH.ruleHelp(rule))
        .doesNotStartWith("rule.")
        .matches("[\\x20-\\x7e\\u00a0-\\uffff]+");
  }
}
