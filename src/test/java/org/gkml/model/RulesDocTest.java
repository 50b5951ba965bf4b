package org.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.i18n.Messages;
import org.gkml.load.TextTraits;
import org.junit.jupiter.api.Test;
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
   * The help SARIF gives for a rule is the introduction of its section in docs/rules.md, word for
   * word (the bundle is the copy that ships in the jar; this keeps the two equal): the first
   * paragraph and, when that paragraph announces a list (it ends with a colon), the list too, one
   * item a line; and it has an English counterpart with as many items. (The help of GK008 and GK110
   * ended with "：" and dropped the list it announced, so GK110's never stated the limits.)
   */
  @ParameterizedTest
  @EnumSource(Rule.class)
  void helpTextIsTheIntroductionOfTheRulesSectionWithTheListItAnnounces(Rule rule)
      throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String anchor = "<a id=\"" + rule.id().toLowerCase(Locale.ROOT) + "\"></a>\n### ";
    String section = doc.substring(doc.indexOf(anchor));
    String[] blocks = section.substring(section.indexOf("\n\n") + 2).split("\n\n");
    StringBuilder help = new StringBuilder(joined(blocks[0].split("\n")));
    boolean announces = help.toString().endsWith("：") || help.toString().endsWith(":");
    int items = 0;
    // the list's items: each starts with "- ", its continuation lines are indented
    for (int b = 1; announces && b < blocks.length && blocks[b].startsWith("- "); b++) {
      for (String item : blocks[b].split("\n(?=- )")) {
        help.append('\n').append(joined(item.split("\n {2}")));
        items++;
      }
    }

    assertThat(ZH.ruleHelp(rule)).isEqualTo(help.toString());
    assertThat(announces).as("a list follows the announcing paragraph").isEqualTo(items > 0);
    assertThat(EN.ruleHelp(rule))
        .isNotBlank()
        .isNotEqualTo(ZH.ruleHelp(rule))
        .doesNotStartWith("rule.")
        .matches("[\\x20-\\x7e\\u00a0-\\uffff\\n]+");
    assertThat(EN.ruleHelp(rule).split("\n- ", -1)).hasSize(items + 1);
  }

  /** Lines of one paragraph joined as Markdown reads them. */
  /**
   * Every character the GK107 section names is one the rule reports ({@link TextTraits}, the one
   * notion of a character no reader sees, or white space at an end): the list grew from zero-width
   * characters and bidi controls to every control, format and filler character, and the doc must
   * not promise what the check does not do. Tab and line ends are named only as exceptions.
   */
  @Test
  void everyCharacterTheGk107SectionNamesIsReported() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("### GK107"), doc.indexOf("### GK108"));
    String intro = section.split("\n\n")[1];
    Matcher m = Pattern.compile("U\\+([0-9A-F]{4,6})(?:–U\\+([0-9A-F]{4,6}))?").matcher(intro);
    int named = 0;
    while (m.find()) {
      int from = Integer.parseInt(m.group(1), 16);
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2), 16);
      for (int c = from; c <= to; c++, named++) {
        boolean exception = c == '\t' || c == '\n' || c == '\r' || c == 0x85;
        assertThat(exception || TextTraits.isInvisible(c) || TextTraits.isEndSpace((char) c))
            .as("U+%04X", c)
            .isTrue();
      }
    }
    assertThat(named).isGreaterThan(300);
  }

  private static String joined(String[] lines) {
    StringBuilder paragraph = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      // a line break between two ASCII characters is a space; between Chinese text, nothing
      char before = paragraph.charAt(paragraph.length() - 1);
      boolean space = before < 128 && lines[i].charAt(0) < 128;
      paragraph.append(space ? " " : "").append(lines[i]);
    }
    return paragraph.toString();
  }
}
