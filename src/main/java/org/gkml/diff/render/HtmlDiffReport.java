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
import org.owasp.encoder.Encode;

/**
 * The diff as one standalone HTML page (styles inline, no scripts, nothing fetched): a summary, a
 * table per domain and region, long text as an inline diff. Every value passes through the OWASP
 * encoder for its context; only the fixed markup of this class is written raw.
 */
final class HtmlDiffReport {
  private static final String STYLE =
      """
      body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
      table{border-collapse:collapse;margin:.5em 0 1.5em}
      th,td{border:1px solid #ccc;padding:.3em .6em;vertical-align:top;text-align:left}
      th{background:#f3f3f3}
      td.v{white-space:pre-wrap;max-width:40em}
      del{background:#fdd;color:#900}
      ins{background:#dfd;color:#060;text-decoration:none}
      .breaking{color:#b00;font-weight:bold}.changed{color:#a60}.additive{color:#070}
      .loc{color:#777;font-size:.9em}
      """;

  private final Messages messages;
  private final StringBuilder out = new StringBuilder();

  private HtmlDiffReport(Messages messages) {
    this.messages = messages;
  }

  static void write(DiffResult result, Messages messages, Writer w) throws IOException {
    HtmlDiffReport r = new HtmlDiffReport(messages);
    r.report(result);
    w.write(r.out.toString());
  }

  private void report(DiffResult result) {
    String title = messages.get("diff.header", result.oldLabel(), result.newLabel());
    raw("<!DOCTYPE html>\n<html lang=\"");
    raw(messages.isChinese() ? "zh-CN" : "en");
    raw("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    text(title);
    raw("</title>\n<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n<h1>");
    text(title);
    raw("</h1>\n");
    if (result.isEmpty()) {
      raw("<p>");
      text(messages.get("diff.none"));
      raw("</p>\n");
    } else {
      summary(result);
      for (List<Change> group : ValueText.groups(result.changes())) {
        group(group);
      }
      revisions(result.revisions());
      impacts(result.impacts());
    }
    raw("</body>\n</html>\n");
  }

  private void summary(DiffResult result) {
    raw("<table class=\"summary\">\n<tr><th>");
    text(messages.get("diff.col.class"));
    raw("</th><th>");
    text(messages.get("diff.col.count"));
    raw("</th></tr>\n");
    for (ChangeClass c : ChangeClass.values()) {
      raw("<tr><td class=\"").raw(c.word()).raw("\">");
      text(ValueText.classLabel(c, messages));
      raw("</td><td>").raw(Long.toString(result.count(c))).raw("</td></tr>\n");
    }
    raw("</table>\n");
  }

  private void group(List<Change> group) {
    raw("<h2>");
    text(ValueText.group(group.get(0), messages));
    raw("</h2>\n<table>\n<tr>");
    for (String key :
        List.of(
            "diff.col.item",
            "diff.col.level1",
            "diff.col.level2",
            "diff.col.change",
            "diff.col.before",
            "diff.col.after",
            "diff.col.class")) {
      raw("<th>");
      text(messages.get(key));
      raw("</th>");
    }
    raw("</tr>\n");
    for (Change c : group) {
      raw("<tr><td>");
      text(c.item() == null ? "" : c.item());
      raw("</td><td>");
      text(c.subject().level1() == null ? "" : c.subject().level1());
      raw("</td><td>");
      text(c.subject().level2() == null ? "" : c.subject().level2());
      raw("</td><td>");
      text(what(c));
      raw("</td><td class=\"v\">");
      before(c);
      raw("</td><td class=\"v\">");
      after(c);
      raw("</td><td class=\"").raw(c.changeClass().word()).raw("\">");
      text(ValueText.classLabel(c.changeClass(), messages));
      raw("</td></tr>\n");
    }
    raw("</table>\n");
  }

  private String what(Change c) {
    return switch (c.kind()) {
      case MODIFIED -> ValueText.fieldLabel(c.field(), messages);
      case RENAMED -> messages.get("diff.renamedFrom", c.before());
      default -> ValueText.kindLabel(c.kind(), messages);
    };
  }

  private void before(Change c) {
    c.accept(new Cell(true));
  }

  private void after(Change c) {
    c.accept(new Cell(false));
  }

  /** Writes the before or after cell of a change. */
  private final class Cell implements ValueCells<Void> {
    private final boolean before;

    Cell(boolean before) {
      this.before = before;
    }

    @Override
    public Void inline(Change.TextChanged c) {
      if (before) {
        return plain(c);
      }
      for (InlineDiff.Segment seg : InlineDiff.of(c.before(), c.after())) {
        switch (seg.op()) {
          case EQUAL -> HtmlDiffReport.this.text(seg.text());
          case DELETE -> raw("<del>").text(seg.text()).raw("</del>");
          case INSERT -> raw("<ins>").text(seg.text()).raw("</ins>");
        }
      }
      return null;
    }

    @Override
    public Void list(Change.ListChanged c) {
      if (before) {
        elements(c.removed(), "del");
      } else {
        elements(c.added(), "ins");
      }
      return null;
    }

    @Override
    public Void applicability(Change.ApplicabilityChanged c) {
      HtmlDiffReport.this.text(ValueText.applicability(before ? c.was() : c.now(), messages));
      return null;
    }

    @Override
    public Void revisions(Change.RevisionsChanged c) {
      if (before) {
        elements(ValueText.revisions(c.removed(), messages), "del");
      } else {
        elements(ValueText.revisions(c.added(), messages), "ins");
      }
      return null;
    }

    @Override
    public Void plain(Change c) {
      HtmlDiffReport.this.text(String.join("\n", ValueText.lines(c, before, messages)));
      return null;
    }
  }

  private void elements(List<String> elements, String tag) {
    for (int i = 0; i < elements.size(); i++) {
      raw(i == 0 ? "" : "\n").raw("<").raw(tag).raw(">");
      text(elements.get(i));
      raw("</").raw(tag).raw(">");
    }
  }

  /** The 修订说明 of the revisions between the two sides. */
  private void revisions(List<RevisionNote> notes) {
    if (notes.isEmpty()) {
      return;
    }
    raw("<h2>");
    text(messages.get("diff.revisions.heading", Integer.toString(notes.size())));
    raw("</h2>\n<table class=\"revisions\">\n<tr>");
    for (String h : RevisionColumns.headers(messages)) {
      raw("<th scope=\"col\">");
      text(h);
      raw("</th>");
    }
    raw("</tr>\n");
    for (RevisionNote n : notes) {
      raw("<tr>");
      for (String v : RevisionColumns.cells(n, messages)) {
        raw("<td>");
        text(v);
        raw("</td>");
      }
      raw("</tr>\n");
    }
    raw("</table>\n");
  }

  private void impacts(List<Impact> impacts) {
    if (impacts.isEmpty()) {
      return;
    }
    raw("<h2>");
    text(messages.get("diff.impact.heading", Integer.toString(impacts.size())));
    raw("</h2>\n<table>\n<tr><th>");
    text(messages.get("diff.col.file"));
    raw("</th><th>");
    text(messages.get("diff.col.rule"));
    raw("</th><th>");
    text(messages.get("diff.col.message"));
    raw("</th></tr>\n");
    for (Impact i : impacts) {
      raw("<tr><td class=\"loc\">");
      text(i.loc().toString());
      raw("</td><td>");
      text(i.rule().id());
      raw("</td><td>");
      text(i.message());
      raw("</td></tr>\n");
    }
    raw("</table>\n");
  }

  /** Fixed markup of this class. */
  private HtmlDiffReport raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * A value, encoded for HTML text content; control and bidi characters quoted first, so a reviewer
   * sees them (the encoder would blank some and pass C1 and bidi controls through).
   */
  private HtmlDiffReport text(String value) {
    out.append(Encode.forHtmlContent(TerminalText.quoteKeepingNewlines(value)));
    return this;
  }
}
