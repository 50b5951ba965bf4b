package org.gkml.diff.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.gkml.diff.Change;
import org.gkml.diff.ChangeClass;
import org.gkml.diff.DiffResult;
import org.gkml.diff.Impact;
import org.gkml.diff.RevisionNote;
import org.gkml.i18n.Messages;
import org.gkml.text.TerminalText;

/**
 * The diff as a merge-request comment: a summary table, then a table per domain and region. Every
 * value is escaped for a table cell (pipes, markup characters, HTML), line breaks become {@code
 * <br>}, and long text shows its inline diff with {@code <del>}/{@code <ins>}, which GitHub and
 * GitLab render (CJK text defeats {@code ~~} and {@code **} delimiters).
 */
public final class MarkdownDiffReport {
  private final Messages messages;
  private final StringBuilder out = new StringBuilder();

  private MarkdownDiffReport(Messages messages) {
    this.messages = messages;
  }

  static void write(DiffResult result, Messages messages, Writer w) throws IOException {
    MarkdownDiffReport r = new MarkdownDiffReport(messages);
    r.report(result);
    w.write(r.out.toString());
  }

  private void report(DiffResult result) {
    line("### " + messages.get("diff.header", code(result.oldLabel()), code(result.newLabel())));
    line("");
    if (result.isEmpty()) {
      line(messages.get("diff.none"));
      return;
    }
    line("| " + messages.get("diff.col.class") + " | " + messages.get("diff.col.count") + " |");
    line("|---|---:|");
    for (ChangeClass c : ChangeClass.values()) {
      line("| " + cell(ValueText.classLabel(c, messages)) + " | " + result.count(c) + " |");
    }
    for (List<Change> group : ValueText.groups(result.changes())) {
      line("");
      line("#### " + cell(ValueText.group(group.get(0), messages)));
      line("");
      line(
          "| "
              + String.join(
                  " | ",
                  messages.get("diff.col.item"),
                  messages.get("diff.col.change"),
                  messages.get("diff.col.before"),
                  messages.get("diff.col.after"),
                  messages.get("diff.col.class"))
              + " |");
      line("|---|---|---|---|---|");
      for (Change c : group) {
        line(
            "| "
                + String.join(
                    " | ",
                    cell(c.item() == null ? "" : c.item()),
                    what(c),
                    before(c),
                    after(c),
                    classCell(c.changeClass()))
                + " |");
      }
    }
    revisions(result.revisions());
    if (!result.impacts().isEmpty()) {
      line("");
      line(
          "#### "
              + cell(
                  messages.get("diff.impact.heading", Integer.toString(result.impacts().size()))));
      line("");
      line(
          "| "
              + messages.get("diff.col.file")
              + " | "
              + messages.get("diff.col.rule")
              + " | "
              + messages.get("diff.col.message")
              + " |");
      line("|---|---|---|");
      for (Impact i : result.impacts()) {
        line(
            "| "
                + code(i.loc().toString())
                + " | "
                + i.rule().id()
                + " | "
                + cell(i.message())
                + " |");
      }
    }
  }

  /** The 修订说明 of the revisions between the two sides, one row each. */
  private void revisions(List<RevisionNote> notes) {
    if (notes.isEmpty()) {
      return;
    }
    line("");
    line("#### " + cell(messages.get("diff.revisions.heading", Integer.toString(notes.size()))));
    line("");
    line(
        "| "
            + String.join(
                " | ", RevisionColumns.headers(messages).stream().map(s -> cell(s)).toList())
            + " |");
    line("|---|---|---|---|---|---|---|");
    for (RevisionNote n : notes) {
      line(
          "| "
              + String.join(
                  " | ", RevisionColumns.cells(n, messages).stream().map(s -> cell(s)).toList())
              + " |");
    }
  }

  private String what(Change c) {
    return switch (c.kind()) {
      case MODIFIED -> cell(ValueText.fieldLabel(c.field(), messages));
      case RENAMED -> cell(messages.get("diff.renamedFrom", c.before()));
      default -> cell(ValueText.kindLabel(c.kind(), messages));
    };
  }

  private String before(Change c) {
    return c.accept(new Cell(true));
  }

  private String after(Change c) {
    return c.accept(new Cell(false));
  }

  /** The before or after cell of a change. */
  private final class Cell implements ValueCells<String> {
    private final boolean before;

    Cell(boolean before) {
      this.before = before;
    }

    @Override
    public String inline(Change.TextChanged c) {
      if (before) {
        return plain(c);
      }
      StringBuilder s = new StringBuilder();
      for (InlineDiff.Segment seg : InlineDiff.of(c.before(), c.after())) {
        String text = cell(seg.text());
        switch (seg.op()) {
          case EQUAL -> s.append(text);
          case DELETE -> s.append("<del>").append(text).append("</del>");
          case INSERT -> s.append("<ins>").append(text).append("</ins>");
        }
      }
      return s.toString();
    }

    @Override
    public String list(Change.ListChanged c) {
      return before ? elements(c.removed(), "del") : elements(c.added(), "ins");
    }

    @Override
    public String applicability(Change.ApplicabilityChanged c) {
      return cell(ValueText.applicability(before ? c.was() : c.now(), messages));
    }

    @Override
    public String revisions(Change.RevisionsChanged c) {
      return before
          ? elements(ValueText.revisions(c.removed(), messages), "del")
          : elements(ValueText.revisions(c.added(), messages), "ins");
    }

    @Override
    public String plain(Change c) {
      return cell(ValueText.lines(c, before, messages));
    }
  }

  private static String elements(List<String> elements, String tag) {
    StringBuilder s = new StringBuilder();
    for (String e : elements) {
      if (s.length() > 0) {
        s.append("<br>");
      }
      s.append('<').append(tag).append('>').append(cell(e)).append("</").append(tag).append('>');
    }
    return s.toString();
  }

  private String classCell(ChangeClass c) {
    String label = cell(ValueText.classLabel(c, messages));
    return c == ChangeClass.BREAKING ? "**" + label + "**" : label;
  }

  private static String cell(List<String> lines) {
    return cell(String.join("\n", lines));
  }

  /** Text made safe for one table cell: markup characters escaped, line breaks as br. */
  public static String cell(String raw) {
    String text = TerminalText.quoteKeepingNewlines(raw);
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '\r' -> {}
        case '\n' -> s.append("<br>");
        case '|', '\\', '`', '*', '_', '~', '[', ']', '#', '!', '$' -> s.append('\\').append(ch);
        default -> s.append(ch);
      }
    }
    return s.toString();
  }

  /** A label as inline code, with its backticks dropped so the span cannot be broken. */
  private static String code(String text) {
    return "`" + TerminalText.quote(text).replace("`", "'").replace("|", "\\|") + "`";
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
