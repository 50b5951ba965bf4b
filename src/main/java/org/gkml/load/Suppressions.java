package org.gkml.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.model.Rule;

/**
 * The in-place suppressions of one file: {@code # gkml-ignore GK205: 本县无此渠道}. A comment at the end
 * of a line covers that line; a comment on a line of its own covers the next line and everything
 * indented below it, so one comment above a list entry covers the whole entry. A reason is
 * required: a suppression without one is itself a finding and suppresses nothing.
 */
public final class Suppressions {
  private static final Pattern IGNORE =
      Pattern.compile("#\\s*gkml-ignore\\s+([A-Za-z0-9, ]+?)\\s*(?:[:：]\\s*(.*?))?\\s*$");
  private static final Pattern LOOSE = Pattern.compile("#\\s*gkml-ignore\\b");
  private static final Pattern RULE_ID = Pattern.compile("GK\\d{3}");

  private record Span(String rule, int from, int to, String reason) {}

  private static final Suppressions NONE = new Suppressions(List.of(), List.of());

  private final List<Span> spans;
  private final List<Problem> problems;

  private Suppressions(List<Span> spans, List<Problem> problems) {
    this.spans = List.copyOf(spans);
    this.problems = List.copyOf(problems);
  }

  public static Suppressions none() {
    return NONE;
  }

  /** Whether no finding at all is suppressed (nearly every file). */
  public boolean isEmpty() {
    return spans.isEmpty();
  }

  /** Whether a finding of {@code ruleId} at {@code line} is suppressed. */
  public boolean covers(String ruleId, int line) {
    return reasonFor(ruleId, line) != null;
  }

  /** The written reason that suppresses a finding of {@code ruleId} at {@code line}, or null. */
  public String reasonFor(String ruleId, int line) {
    for (Span s : spans) {
      if (s.rule.equals(ruleId) && line >= s.from && line <= s.to) {
        return s.reason;
      }
    }
    return null;
  }

  /** Suppressions that could not be honoured (no reason, unknown rule). */
  List<Problem> problems() {
    return problems;
  }

  /**
   * What each suppression of {@code text} covers, as text rather than line numbers: its rule, its
   * reason and the lines it covers (their content, without indentation or a list item's {@code -
   * }), in an order that does not depend on where the lines stand. A rewrite that only moves whole
   * lines ({@code gkml fmt} putting keys in order) suppresses the same findings when both texts
   * give the same coverage.
   */
  public static List<String> coverage(String text) {
    Suppressions s = scan(text);
    if (s.spans.isEmpty()) {
      return List.of();
    }
    String[] lines = text.split("\r?\n|\r", -1);
    List<String> out = new ArrayList<>(s.spans.size());
    for (Span span : s.spans) {
      List<String> covered = new ArrayList<>();
      for (int line = span.from; line <= span.to && line <= lines.length; line++) {
        String t = lines[line - 1].strip();
        while (t.startsWith("- ") || t.equals("-")) {
          t = t.substring(1).strip();
        }
        if (!t.isEmpty() && !t.startsWith("#")) {
          covered.add(t);
        }
      }
      covered.sort(null);
      out.add(span.rule + "\n" + span.reason + "\n" + String.join("\n", covered));
    }
    out.sort(null);
    return List.copyOf(out);
  }

  static Suppressions scan(String text) {
    if (!text.contains("gkml-ignore")) {
      return NONE;
    }
    String[] lines = text.split("\r?\n|\r", -1);
    List<Span> spans = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int hash = lines[i].indexOf("gkml-ignore");
      if (hash < 0) {
        continue;
      }
      Matcher m = IGNORE.matcher(lines[i]);
      if (!m.find()) {
        // e.g. "# gkml-ignore GK103 本县习惯": a suppression whose reason lacks its colon is
        // reported, not silently ignored
        Matcher loose = LOOSE.matcher(lines[i]);
        if (loose.find()) {
          problems.add(
              new Problem(
                  Rule.SUPPRESSION, i + 1, column(lines[i], loose.start()), "suppress.noReason"));
        }
        continue;
      }
      int lineNo = i + 1;
      int column = column(lines[i], m.start());
      String reason = m.group(2);
      if (reason == null || reason.isBlank()) {
        problems.add(new Problem(Rule.SUPPRESSION, lineNo, column, "suppress.noReason"));
        continue;
      }
      boolean ownLine = lines[i].substring(0, m.start()).isBlank();
      int from = lineNo;
      int to = lineNo;
      if (ownLine) {
        int next = nextContentLine(lines, i + 1);
        if (next < 0) {
          continue;
        }
        from = next + 1;
        to = blockEnd(lines, next) + 1;
      }
      Matcher ids = RULE_ID.matcher(m.group(1));
      boolean any = false;
      while (ids.find()) {
        any = true;
        if (Rule.ofId(ids.group()).isEmpty()) {
          problems.add(
              new Problem(Rule.SUPPRESSION, lineNo, column, "suppress.unknownRule", ids.group()));
        } else {
          spans.add(new Span(ids.group(), from, to, reason.strip()));
        }
      }
      if (!any) {
        problems.add(new Problem(Rule.SUPPRESSION, lineNo, column, "suppress.noRule"));
      }
    }
    return new Suppressions(spans, problems);
  }

  /**
   * The 1-based column of a character index, counted in code points as the YAML parser counts them,
   * so every finding's column has one unit (SARIF {@code columnKind: unicodeCodePoints}).
   */
  private static int column(String line, int index) {
    return line.codePointCount(0, index) + 1;
  }

  private static int nextContentLine(String[] lines, int start) {
    for (int i = start; i < lines.length; i++) {
      String t = lines[i].strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The last line of the block that starts at {@code start}: until indentation returns. A key with
   * a block value ({@code channels:}) also owns the list entries written at its own indentation
   * ({@code - 门户网站} directly below it), which YAML allows.
   */
  private static int blockEnd(String[] lines, int start) {
    int indent = indent(lines[start]);
    boolean opensBlock = lines[start].replaceFirst("\\s+#.*$", "").strip().endsWith(":");
    int end = start;
    for (int i = start + 1; i < lines.length; i++) {
      String t = lines[i].strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int at = indent(lines[i]);
      boolean ownEntry = opensBlock && at == indent && (t.equals("-") || t.startsWith("- "));
      if (at < indent || (at == indent && !ownEntry)) {
        break;
      }
      end = i;
    }
    return end;
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
