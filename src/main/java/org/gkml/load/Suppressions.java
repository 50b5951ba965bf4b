package org.gkml.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.gkml.model.Rule;

/**
 * The in-place suppressions of one file: {@code # gkml-ignore GK205: 本县无此渠道}. A comment at the end
 * of a line covers that line; a comment on a line of its own covers the next line and everything
 * indented below it, so one comment above a list entry covers the whole entry. A reason is
 * required: a suppression without one is itself a finding and suppresses nothing. So is one whose
 * rule id is written wrong ({@code GK１03}, {@code gk103}, {@code GK130}) or whose {@code
 * gkml-ignore} is ({@code gkml-ingore}): one finding says what was meant, as for a misspelt key.
 */
public final class Suppressions {
  // followed by a blank, a colon or nothing: "# gkml-ignore-like comments" is prose
  private static final Pattern MARKER = Pattern.compile("#\\s*gkml-ignore(?=[\\s:：]|$)");
  private static final String MARKER_WORD = "gkml-ignore";

  /**
   * A comment's first word (or {@code gkml} and the word after it: {@code # gkml ignore}) and the
   * next word, where a suppression has its first rule id.
   */
  private static final Pattern MARKER_WORD_PATTERN =
      Pattern.compile("#\\s*((?:[gGｇＧ][kKｋＫ][mMｍＭ][lLｌＬ]\\s+)?[^\\s:：]+)[\\s:：]+([^\\s,，、;；:：]+)");

  /** At most two edits: a letter wrong, missing, doubled or two swapped. */
  private static final LevenshteinDistance NEAR = new LevenshteinDistance(2);

  private static final Pattern RULE_ID = Pattern.compile("GK\\d{3}");

  /**
   * A token (folded) that means a rule id: a few letters and digits, with a digit or GK's start
   * ({@code GK130}, {@code GK1O3}, {@code KG103}); not a word of a reason written without its
   * colon.
   */
  private static final Pattern ID_LIKE = Pattern.compile("(?=GK|.*\\d)[A-Z0-9]{3,6}");

  /** Between rule ids: commas (also the Chinese ones and 、), semicolons, blanks. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");

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
    if (!text.contains("gkml-ignore") && !mayHoldMisspeltMarker(text)) {
      return NONE;
    }
    String[] lines = text.split("\r?\n|\r", -1);
    List<Span> spans = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      Matcher m = MARKER.matcher(lines[i]);
      if (!m.find()) {
        int hash = misspeltMarker(lines[i]);
        if (hash >= 0) {
          // gkml-ingore, gkml_ignore, GKML-IGNORE: meant as a suppression, read as a plain comment
          problems.add(
              new Problem(
                  Rule.SUPPRESSION,
                  lineNo,
                  column(lines[i], hash),
                  "suppress.misspeltMarker",
                  markerWord(lines[i], hash)));
        }
        continue;
      }
      int column = column(lines[i], m.start());
      Comment comment = Comment.of(lines[i].substring(m.end()));
      if (comment.problem != null) {
        Object[] args = comment.problem.subList(1, comment.problem.size()).toArray();
        problems.add(new Problem(Rule.SUPPRESSION, lineNo, column, comment.problem.get(0), args));
      }
      if (comment.reason == null || comment.ids.isEmpty()) {
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
      for (String id : comment.ids) {
        spans.add(new Span(id, from, to, comment.reason));
      }
    }
    return new Suppressions(spans, problems);
  }

  /**
   * What follows {@code gkml-ignore} in one comment: the known rule ids it names, its reason (null
   * if it has none), and the one problem it has, most telling first (a misspelt id before the
   * reason missing: {@code GK１03: 原表如此} has its reason), as a message key and its arguments.
   */
  private record Comment(List<String> ids, String reason, List<String> problem) {
    static Comment of(String rest) {
      int colon = firstColon(rest);
      String reason = colon < 0 ? null : rest.substring(colon + 1).strip();
      String named = colon < 0 ? rest : rest.substring(0, colon);
      List<String> ids = new ArrayList<>();
      List<String> problem = null;
      boolean words = false; // text that is no rule id: the reason, written without its colon
      for (String token : SEPARATORS.split(named.strip())) {
        if (token.isEmpty()) {
          continue;
        }
        if (RULE_ID.matcher(token).matches() && Rule.ofId(token).isPresent()) {
          ids.add(token);
          continue;
        }
        String folded = Normalizer.normalize(token, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        List<String> bad = null;
        if (RULE_ID.matcher(folded).matches() && Rule.ofId(folded).isPresent()) {
          bad =
              List.of(
                  folded.equals(token.toUpperCase(Locale.ROOT))
                      ? "suppress.lowerCaseRule"
                      : "suppress.fullWidthRule",
                  token,
                  folded);
        } else if (ID_LIKE.matcher(folded).matches()) {
          // GK130, GK1O3, G103: an id meant, not known
          bad =
              Rule.closestId(token)
                  .map(id -> List.of("suppress.unknownRuleSuggest", token, id))
                  .orElse(List.of("suppress.unknownRule", token));
        } else {
          words = true;
        }
        if (bad != null && problem == null) {
          problem = bad;
        }
      }
      if (problem == null && ids.isEmpty() && (colon >= 0 || !words) && reason != null) {
        problem = List.of("suppress.noRule");
      }
      if (problem == null && (reason == null || reason.isEmpty())) {
        problem = List.of("suppress.noReason");
      }
      return new Comment(ids, reason == null || reason.isEmpty() ? null : reason, problem);
    }

    private static int firstColon(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == ':' || s.charAt(i) == '：') {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * Whether {@code text} may hold a comment that misspells {@code gkml-ignore}: a quick look at
   * each comment's first word, so that files without suppressions (nearly all) stay cheap.
   */
  private static boolean mayHoldMisspeltMarker(String text) {
    for (int hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
      int end = text.indexOf('\n', hash);
      String rest = text.substring(hash, end < 0 ? text.length() : end);
      if (commentStart(text, hash) && misspeltMarker(rest) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the {@code #} of the comment on {@code line} that is a suppression with {@code
   * gkml-ignore} misspelt (a letter or two wrong, another separator or none, another width or case)
   * and a rule id after it, or -1. Only a first word that long and that close, followed by an id:
   * an ordinary comment ({@code # gkml-ignores are explained in docs}) starts with neither.
   */
  private static int misspeltMarker(String line) {
    for (int hash = line.indexOf('#'); hash >= 0; hash = line.indexOf('#', hash + 1)) {
      if (!commentStart(line, hash)) {
        continue;
      }
      Matcher w = MARKER_WORD_PATTERN.matcher(line);
      if (!w.find(hash) || w.start() != hash) {
        continue;
      }
      String folded =
          Normalizer.normalize(w.group(1), Normalizer.Form.NFKC)
              .toLowerCase(Locale.ROOT)
              .replaceAll("\\s+", "-");
      String id = Normalizer.normalize(w.group(2), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
      if (folded.length() >= MARKER_WORD.length() - 2
          && NEAR.apply(folded, MARKER_WORD) >= 0
          && ID_LIKE.matcher(id).matches()) {
        return hash;
      }
    }
    return -1;
  }

  /** The first word of the comment at {@code hash} ({@link #misspeltMarker}). */
  private static String markerWord(String line, int hash) {
    Matcher w = MARKER_WORD_PATTERN.matcher(line);
    return w.find(hash) && w.start() == hash ? w.group(1) : "";
  }

  private static boolean commentStart(CharSequence text, int hash) {
    return hash == 0 || Character.isWhitespace(text.charAt(hash - 1));
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
