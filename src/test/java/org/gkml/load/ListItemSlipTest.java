package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.TestCatalogs;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Rule;
import org.junit.jupiter.api.Test;

/**
 * A list item whose "-" lacks its space or is typed full-width is named at that dash, instead of
 * the parser's words about keys and colons on the line after it.
 */
class ListItemSlipTest {
  private static final List<Path> SHIPPED =
      List.of(
          TestCatalogs.SHIPPED.resolve("gkml.yaml"),
          TestCatalogs.SHIPPED.resolve("basic/safety-production.yaml"),
          TestCatalogs.SHIPPED.resolve("regions/511703-达川区/safety-production.yaml"));

  private static List<Finding> syntax(Messages messages, String text) {
    return new FileLoader(messages)
            .parse(text.getBytes(StandardCharsets.UTF_8), Path.of("x.yaml"), "x.yaml", null)
            .findings()
            .stream()
            .filter(f -> f.rule() == Rule.SYNTAX)
            .toList();
  }

  @Test
  void aDashWithoutItsSpaceIsNamedAtTheDashInBothLanguages() {
    String text = "gkml: 1\nkind: config\nchannels:\n  - 甲平台\n  -乙平台\n  - 丙平台\n";

    assertThat(syntax(Messages.of(Locale.CHINESE), text))
        .singleElement()
        .satisfies(f -> assertThat(f.loc().line() + ":" + f.loc().column()).isEqualTo("5:3"))
        .extracting(Finding::message)
        .isEqualTo("YAML 语法错误：列表项的“-”后缺少空格");
    assertThat(syntax(Messages.english(), text))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("YAML syntax error: a list item needs a space after its \"-\"");
  }

  @Test
  void aFullWidthDashIsNamedAtTheDashInBothLanguages() {
    String text = "gkml: 1\nkind: config\nchannels:\n  - 甲平台\n  － 乙平台\n";

    assertThat(syntax(Messages.of(Locale.CHINESE), text))
        .singleElement()
        .satisfies(f -> assertThat(f.loc().line() + ":" + f.loc().column()).isEqualTo("5:3"))
        .extracting(Finding::message)
        .isEqualTo("YAML 语法错误：列表项用了全角的“－”，应为半角“-”加一个空格");
    assertThat(syntax(Messages.english(), text))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("YAML syntax error: full-width \"－\" where the \"-\" of a list item");
  }

  /**
   * Every list item of the shipped files, its space dropped or its dash typed full-width: the file
   * still parses (the item became text, which the schema reports) or its syntax error is that dash.
   */
  @Test
  void everyListItemSlipIsFoundWhereItIs() throws Exception {
    Messages zh = Messages.of(Locale.CHINESE);
    Pattern item = Pattern.compile("^( *)- (?=\\S)", Pattern.MULTILINE);
    int named = 0;
    for (Path file : SHIPPED) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = item.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        int column = m.group(1).length() + 1;
        for (String slip : List.of("-", "－ ")) {
          String slipped = text.substring(0, m.end(1)) + slip + text.substring(m.end());
          List<Finding> found = syntax(zh, slipped);
          if (found.isEmpty()) {
            continue;
          }
          Finding f = found.get(0);
          assertThat(f.loc().line() + ":" + f.loc().column())
              .as("%s line %d %s: %s", file, line, slip, f.message())
              .isEqualTo(line + ":" + column);
          assertThat(f.message()).contains("列表项");
          named++;
        }
      }
    }
    assertThat(named).isGreaterThan(10);
  }

  @Test
  void aValueStartingWithADashIsNoSlip() {
    String text = "gkml: 1\nkind: config\nname: -5\nissuer: [a, b\n";

    assertThat(syntax(Messages.english(), text))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .doesNotContain("list item");
  }
}
