package org.gkml.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Rule;
import org.gkml.text.TerminalText;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=…::message} (the file
 * relative to the {@link SourceRoot}), then the count of findings as a plain log line. {@link
 * #stepSummary} gives the Markdown a job writes to {@code $GITHUB_STEP_SUMMARY}.
 */
final class GithubReport {
  private GithubReport() {}

  static void write(ReportInput input, Writer out) throws IOException {
    for (Finding f : input.findings()) {
      String command =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "notice";
          };
      out.write("::" + command);
      // GitHub places an annotation by its path from the repository's top
      out.write(" file=" + property(input.sourceRoot().name(f.loc().file().display())));
      out.write(",line=" + f.loc().line());
      out.write(",col=" + f.loc().column());
      out.write(",title=" + property(f.rule().id() + " " + input.messages().ruleTitle(f.rule())));
      out.write("::" + data(f.message()));
      out.write('\n');
    }
    out.write(count(input));
    out.write('\n');
  }

  static String count(ReportInput input) {
    return input
        .messages()
        .get("summary.findings", input.errors(), input.warnings(), input.files().size());
  }

  /**
   * A job summary in Markdown: the count, then a table of findings per rule. Only gkml's own words
   * go into the table (rule ids, titles, numbers), so no user text needs Markdown quoting; the
   * findings themselves are the annotations above.
   */
  static String stepSummary(ReportInput input) {
    Messages messages = input.messages();
    Map<Rule, Integer> byRule = new TreeMap<>();
    for (Finding f : input.findings()) {
      byRule.merge(f.rule(), 1, Integer::sum);
    }
    // blocks of Markdown, one blank line between each
    List<String> blocks = new ArrayList<>();
    blocks.add("### " + messages.get("github.summary.title"));
    blocks.add(count(input));
    if (!byRule.isEmpty()) {
      StringBuilder table = new StringBuilder(messages.get("github.summary.header"));
      table.append("\n|---|---|---:|");
      for (Map.Entry<Rule, Integer> e : byRule.entrySet()) {
        table
            .append("\n| ")
            .append(e.getKey().id())
            .append(" | ")
            .append(messages.ruleTitle(e.getKey()))
            .append(" | ")
            .append(e.getValue())
            .append(" |");
      }
      blocks.add(table.toString());
    }
    if (!input.baselined().isEmpty()) {
      blocks.add(messages.get("github.summary.baselined", input.baselined().size()));
    }
    if (!input.suppressed().isEmpty()) {
      blocks.add(messages.get("github.summary.suppressed", input.suppressed().size()));
    }
    return String.join("\n\n", blocks) + "\n";
  }

  // the escaping of GitHub's toolkit (command.ts): data escapes % CR LF; properties also : and ,
  // control characters are quoted first, so a runner never receives a raw escape sequence; line
  // breaks are left to the toolkit's own escaping, which keeps them inside the annotation
  static String data(String s) {
    return TerminalText.quoteKeepingNewlines(s)
        .replace("%", "%25")
        .replace("\r", "%0D")
        .replace("\n", "%0A");
  }

  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
