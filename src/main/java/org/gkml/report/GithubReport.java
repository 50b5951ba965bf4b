package org.gkml.report;

import java.io.IOException;
import java.io.Writer;
import org.gkml.model.Finding;
import org.gkml.model.TerminalText;

/** GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=…::message}. */
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
      out.write(" file=" + property(f.loc().file().display()));
      out.write(",line=" + f.loc().line());
      out.write(",col=" + f.loc().column());
      out.write(",title=" + property(f.rule().id() + " " + input.messages().ruleTitle(f.rule())));
      out.write("::" + data(f.message()));
      out.write('\n');
    }
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
