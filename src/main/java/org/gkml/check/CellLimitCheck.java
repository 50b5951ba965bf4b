package org.gkml.check;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.gkml.export.ExcelLayout;
import org.gkml.load.LoadedFile;
import org.gkml.model.Catalog;
import org.gkml.model.Config;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Item;
import org.gkml.model.Loc;
import org.gkml.model.Modification;
import org.gkml.model.Overlay;
import org.gkml.model.Rule;

/**
 * GK110: a text longer than the official table can print (STYLE.md #25 "limits are rules"). An
 * Excel cell holds at most 32,767 characters; a workbook with a longer one cannot be written, so
 * {@code export xlsx} and {@code build} would fail after {@code validate} passed. As a rule, every
 * command agrees before anything is written (issue #11, class 6).
 *
 * <p>An item's texts are measured as their cells hold them: list fields one entry a line, the note
 * after the optional-item mark. Labels (domain, title, version, issuer, the set's and a region's
 * names) are printed together in the heading cells of every sheet, so each gets {@link
 * #LABEL_CHARS}: far more than any real label, and few enough that the headings always fit.
 */
final class CellLimitCheck implements FileCheck {
  /** Excel's limit, as POI enforces it. */
  static final int CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  /** A label's limit: a handful of labels and the legend share one heading cell. */
  static final int LABEL_CHARS = 1_000;

  @Override
  public void check(LoadedFile file, CheckContext context, FindingSink sink) {
    if (file.document() instanceof Catalog c) {
      label(c.domain(), c.loc(), "domain", sink);
      label(c.title(), c.loc(), "title", sink);
      label(c.version(), c.loc(), "version", sink);
      label(c.issuer(), c.loc(), "issuer", sink);
      c.items().forEach(item -> item(item, sink));
    } else if (file.document() instanceof Overlay o) {
      label(o.domain(), o.loc(), "domain", sink);
      label(o.version(), o.loc(), "version", sink);
      if (o.region() != null) {
        label(o.region().name(), o.loc().child("region"), "name", sink);
      }
      o.adds().forEach(item -> item(item, sink));
      o.modifies().forEach(m -> modification(m, sink));
    } else if (file.document() instanceof Config c && c.loc() != null) {
      label(c.name(), c.loc(), "name", sink);
      label(c.issuer(), c.loc(), "issuer", sink);
    }
  }

  private static void item(Item item, FindingSink sink) {
    Loc at = item.loc();
    cell(item.level1(), at, "level1", sink);
    cell(item.level2(), at, "level2", sink);
    cell(item.content(), at, "content", sink);
    cell(lines(item.basis()), at, "basis", sink);
    cell(item.deadline(), at, "deadline", sink);
    cell(item.owner(), at, "owner", sink);
    cell(lines(item.channels()), at, "channels", sink);
    String note = item.note() == null ? "" : item.note();
    cell(item.optional() ? ExcelLayout.OPTIONAL_NOTE + "\n" + note : note, at, "note", sink);
  }

  private static void modification(Modification m, FindingSink sink) {
    for (Map.Entry<Field, FieldEdit> e : m.edits().entrySet()) {
      String key = e.getKey().key();
      if (e.getValue() instanceof FieldEdit.SetText t) {
        cell(t.value(), m.loc(), key, sink);
      } else if (e.getValue() instanceof FieldEdit.ReplaceList r) {
        cell(lines(r.values()), m.loc(), key, sink);
      } else if (e.getValue() instanceof FieldEdit.EditList l) {
        cell(lines(l.add()), m.loc(), key, sink);
      }
    }
  }

  private static String lines(List<String> values) {
    return String.join("\n", values);
  }

  private static void cell(String text, Loc parent, String key, FindingSink sink) {
    check(text, parent, key, CELL_CHARS, sink);
  }

  private static void label(String text, Loc parent, String key, FindingSink sink) {
    check(text, parent, key, LABEL_CHARS, sink);
  }

  private static void check(String text, Loc parent, String key, int limit, FindingSink sink) {
    if (text != null && text.length() > limit && parent != null) {
      sink.report(Rule.CELL_LIMIT, parent.child(key), key, text.length(), limit);
    }
  }
}
