package org.gkml.diff.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.gkml.diff.Applicability;
import org.gkml.diff.Change;
import org.gkml.diff.ChangeClass;
import org.gkml.diff.DiffResult;
import org.gkml.diff.Impact;
import org.gkml.diff.render.Palette.Tone;
import org.gkml.i18n.Messages;
import org.gkml.text.TerminalText;

/**
 * The diff for people at a terminal: one block per domain and region, a line per change with its
 * class, values below it ({@code -} before, {@code +} after), long text as an inline character diff
 * ({@code [-deleted-]{+inserted+}}, or colours), then broken overlays and the summary.
 */
final class TextDiffReport {
  private static final String INDENT = "      ";

  private final Messages messages;
  private final Palette palette;
  private final StringBuilder out = new StringBuilder();

  private TextDiffReport(Messages messages, Palette palette) {
    this.messages = messages;
    this.palette = palette;
  }

  static void write(DiffResult result, Messages messages, Palette palette, Writer w)
      throws IOException {
    TextDiffReport r = new TextDiffReport(messages, palette);
    r.report(result);
    w.write(r.out.toString());
  }

  private void report(DiffResult result) {
    line(palette.paint(Tone.DIM, "--- " + TerminalText.quote(result.oldLabel())));
    line(palette.paint(Tone.DIM, "+++ " + TerminalText.quote(result.newLabel())));
    for (List<Change> group : ValueText.groups(result.changes())) {
      line("");
      Change first = group.get(0);
      String heading =
          palette.paint(Tone.HEADING, TerminalText.quote(ValueText.group(first, messages)));
      String file = TerminalText.quote(file(group));
      line(file == null ? heading : heading + "  " + palette.paint(Tone.DIM, file));
      group.forEach(this::change);
    }
    if (!result.impacts().isEmpty()) {
      line("");
      line(
          palette.paint(
              Tone.HEADING,
              messages.get("diff.impact.heading", Integer.toString(result.impacts().size()))));
      for (Impact i : result.impacts()) {
        line(
            "  "
                + TerminalText.quote(i.loc().toString())
                + ": "
                + palette.paint(Tone.BREAKING, i.rule().id())
                + ": "
                + TerminalText.quote(i.message()));
      }
    }
    line("");
    line(
        result.changes().isEmpty()
            ? messages.get("diff.none")
            : messages.get(
                "diff.summary",
                Long.toString(result.count(ChangeClass.BREAKING)),
                Long.toString(result.count(ChangeClass.CHANGED)),
                Long.toString(result.count(ChangeClass.ADDITIVE))));
  }

  /**
   * The file of a group's new version, or of its old one when the document is gone; in a region's
   * view, an item removed by an overlay of its chain names that overlay.
   */
  private static String file(List<Change> group) {
    Change any = null;
    for (Change c : group) {
      if (c.subject().loc() != null) {
        if (c.after() != null || c instanceof Change.ItemRemoved r && r.reason() != null) {
          return c.subject().loc().file().display();
        }
        any = any == null ? c : any;
      }
    }
    return any == null ? null : any.subject().loc().file().display();
  }

  private void change(Change c) {
    String mark =
        switch (c.kind()) {
          case ADDED -> "+";
          case REMOVED -> "-";
          case MODIFIED -> "~";
          case RENAMED -> ">";
        };
    StringBuilder head = new StringBuilder("  ").append(mark).append(' ');
    if (c.item() != null) {
      head.append(TerminalText.quote(c.item())).append(' ');
    }
    switch (c.kind()) {
      case MODIFIED -> head.append(ValueText.fieldLabel(c.field(), messages));
      case RENAMED -> head.append(TerminalText.quote(messages.get("diff.renamedFrom", c.before())));
      default -> {
        head.append(ValueText.kindLabel(c.kind(), messages));
        String names = names(c);
        if (!names.isEmpty()) {
          head.append("  ").append(TerminalText.quote(names));
        }
      }
    }
    head.append("  ").append(palette.paint(tone(c.changeClass()), "[" + classWord(c) + "]"));
    line(head.toString());
    c.accept(new Values());
  }

  /** The lines below a change's heading: none for a whole item, else its values. */
  private final class Values implements ValueCells<Void> {
    @Override
    public Void added(Change.ItemAdded c) {
      return null;
    }

    @Override
    public Void removed(Change.ItemRemoved c) {
      if (c.reason() != null) {
        // removed by an overlay of the region's chain: why, as its 删除理由 says
        line(INDENT + TerminalText.quote(ValueText.removalReason(c, messages)));
      }
      return null;
    }

    @Override
    public Void renamed(Change.ItemRenamed c) {
      return null;
    }

    @Override
    public Void inline(Change.TextChanged c) {
      TextDiffReport.this.inline(c.before(), c.after());
      return null;
    }

    @Override
    public Void list(Change.ListChanged c) {
      c.removed()
          .forEach(e -> line(INDENT + palette.paint(Tone.DELETED, "- " + TerminalText.quote(e))));
      c.added()
          .forEach(e -> line(INDENT + palette.paint(Tone.INSERTED, "+ " + TerminalText.quote(e))));
      return null;
    }

    @Override
    public Void applicability(Change.ApplicabilityChanged c) {
      line(INDENT + palette.paint(Tone.DELETED, "- " + words(c.was())));
      line(INDENT + palette.paint(Tone.INSERTED, "+ " + words(c.now())));
      return null;
    }

    @Override
    public Void revisions(Change.RevisionsChanged c) {
      ValueText.revisions(c.removed(), messages)
          .forEach(e -> line(INDENT + palette.paint(Tone.DELETED, "- " + TerminalText.quote(e))));
      ValueText.revisions(c.added(), messages)
          .forEach(e -> line(INDENT + palette.paint(Tone.INSERTED, "+ " + TerminalText.quote(e))));
      return null;
    }

    private String words(Applicability a) {
      return indented(TerminalText.quoteKeepingNewlines(ValueText.applicability(a, messages)));
    }

    @Override
    public Void plain(Change c) {
      if (c.before() != null) {
        line(INDENT + palette.paint(Tone.DELETED, "- " + indented(value(c.before()))));
      }
      if (c.after() != null) {
        line(INDENT + palette.paint(Tone.INSERTED, "+ " + indented(value(c.after()))));
      }
      return null;
    }
  }

  private String classWord(Change c) {
    return messages.isChinese()
        ? ValueText.classLabel(c.changeClass(), messages)
        : c.changeClass().word();
  }

  private static String names(Change c) {
    String l1 = c.subject().level1();
    String l2 = c.subject().level2();
    if (l1 == null) {
      return "";
    }
    return l2 == null ? l1 : l1 + " / " + l2;
  }

  private void inline(String before, String after) {
    StringBuilder s = new StringBuilder(INDENT);
    for (InlineDiff.Segment seg : InlineDiff.of(before, after)) {
      String text = TerminalText.quoteKeepingNewlines(seg.text());
      switch (seg.op()) {
        case EQUAL -> s.append(text);
        case DELETE ->
            s.append(palette.colours() ? palette.paint(Tone.DELETED, text) : "[-" + text + "-]");
        case INSERT ->
            s.append(palette.colours() ? palette.paint(Tone.INSERTED, text) : "{+" + text + "+}");
      }
    }
    line(indented(s.toString()));
  }

  /** A value as text, its line breaks kept (indented below) and control characters quoted. */
  private static String value(Object v) {
    return TerminalText.quoteKeepingNewlines(ValueText.flow(v));
  }

  private static String indented(String text) {
    return text.replace("\n", "\n" + INDENT + "  ");
  }

  private static Tone tone(ChangeClass c) {
    return switch (c) {
      case BREAKING -> Tone.BREAKING;
      case CHANGED -> Tone.CHANGED;
      case ADDITIVE -> Tone.ADDITIVE;
    };
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
