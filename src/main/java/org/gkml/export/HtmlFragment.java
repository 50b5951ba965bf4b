package org.gkml.export;

import java.util.ArrayList;
import java.util.List;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.TableVocabulary;
import org.gkml.model.Tier;

/**
 * The values of the fragment template ({@code export html --fragment}): the page's facts and, per
 * domain with items, the header cells with their ids and each item's cells with the ids of the
 * headers they sit under, in the words of {@link TableVocabulary}.
 */
record HtmlFragment(
    String heading,
    String regionText,
    String tierText,
    String version,
    String date,
    String issuer,
    int itemCount,
    int customCount,
    String legend,
    List<Domain> domains,
    List<String> empty) {

  /** A header cell of the first row. */
  record Top(String id, String scope, int rowspan, int colspan, String text) {}

  /** A header cell of the second row, under group {@code group}. */
  record Sub(String id, String group, String text) {}

  /** A data cell: its lines, and the ids of its column's headers. */
  record Cell(List<Line> lines, String headers) {}

  /**
   * A line of a cell in the parts it may break between (after a "/" or "-"), so that on a phone a
   * channel's name or an id wraps inside its column instead of widening the table past the screen;
   * the fragment has no style sheet that could say so.
   */
  record Line(List<String> parts) {
    static List<Line> of(List<String> lines) {
      return lines.stream().map(l -> new Line(SoftBreaks.after(l, "/-"))).toList();
    }
  }

  record Row(String rowId, String noHeader, String no, List<Cell> cells) {}

  record Domain(
      String title,
      int count,
      int customCount,
      String version,
      String effective,
      List<Top> top,
      List<Sub> sub,
      List<Row> rows) {}

  static HtmlFragment of(HtmlPage page, HtmlExporter.PageFacts facts, String issuer) {
    List<Tier> tiers = page.tierColumns();
    List<Domain> domains = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> notApplicable = new ArrayList<>();
    int n = 0;
    for (Catalog c : page.domains()) {
      n++;
      String na = page.notApplicableText(c);
      if (na != null) {
        notApplicable.add(c.domain() + "：" + na + "。");
        continue;
      }
      if (c.items().isEmpty()) {
        empty.add(c.domain());
        continue;
      }
      List<TableColumn> columns = TableColumn.layout(tiers, TableColumn.Extras.of(c));
      domains.add(domain(page, c, "gkml-t" + n + "-", columns));
    }
    String legend =
        "说明：“"
            + TableVocabulary.TICK
            + "”表示适用"
            + (page.isBasic()
                ? ""
                : "；序号后带“" + TableVocabulary.CUSTOM_MARK + "”的为本地区" + TableVocabulary.CUSTOM + "事项")
            + "。";
    List<String> emptyLine = new ArrayList<>();
    if (!empty.isEmpty()) {
      emptyLine.add(String.join("、", empty) + "：" + TableVocabulary.NO_ITEMS + "。");
    }
    emptyLine.addAll(notApplicable);
    return new HtmlFragment(
        facts.heading(),
        facts.regionText(),
        facts.tierText(),
        facts.version(),
        facts.date(),
        issuer == null || issuer.isBlank() ? null : issuer,
        facts.itemCount(),
        facts.customCount(),
        legend,
        domains,
        emptyLine);
  }

  private static Domain domain(HtmlPage page, Catalog c, String prefix, List<TableColumn> columns) {
    // the 序号 column is the rows' own header; the other columns get ids h<column>
    List<Top> top = new ArrayList<>();
    List<Sub> sub = new ArrayList<>();
    String[] headers = new String[columns.size()];
    int col = 0;
    while (col < columns.size()) {
      TableColumn tc = columns.get(col);
      int end = TableColumn.groupEnd(columns, col, TableColumn::group);
      if (tc.group() == null) {
        String id = prefix + "h" + col;
        top.add(new Top(id, "col", 2, 0, tc.header()));
        headers[col] = id;
      } else {
        String group = prefix + "g" + col;
        top.add(new Top(group, "colgroup", 0, end - col + 1, tc.group()));
        for (int k = col; k <= end; k++) {
          String id = prefix + "h" + k;
          sub.add(new Sub(id, group, columns.get(k).header()));
          headers[k] = group + " " + id;
        }
      }
      col = end + 1;
    }
    List<Row> rows = new ArrayList<>();
    int custom = 0;
    for (int i = 0; i < c.items().size(); i++) {
      Item item = c.items().get(i);
      boolean isCustom = page.isCustom(item.id());
      custom += isCustom ? 1 : 0;
      List<Cell> cells = new ArrayList<>();
      for (int k = 1; k < columns.size(); k++) {
        cells.add(new Cell(Line.of(lines(columns.get(k), item)), headers[k]));
      }
      String no = (i + 1) + (isCustom ? TableVocabulary.CUSTOM_MARK : "");
      rows.add(new Row(prefix + "r" + (i + 1), headers[0], no, cells));
    }
    String title = c.title() != null ? c.title() : c.domain() + TableVocabulary.TITLE_TAIL;
    return new Domain(title, c.items().size(), custom, c.version(), c.effective(), top, sub, rows);
  }

  /** A cell's lines: list fields one entry a line. */
  private static List<String> lines(TableColumn col, Item item) {
    return switch (col.kind()) {
      case SEQ -> List.of();
      case LEVEL1 -> one(item.level1());
      case LEVEL2 -> one(item.level2());
      case LEVEL3 -> one(item.level3());
      case CONTENT -> one(item.content());
      case BASIS -> item.basis().stream().flatMap(b -> one(b).stream()).toList();
      case DEADLINE -> one(item.deadline());
      case OWNER -> one(item.owner());
      case DEPARTMENT -> one(item.department());
      case CONTACT -> one(item.contact());
      case CHANNELS -> item.channels();
      case AUDIENCE_PUBLIC -> tick(item.audience() != null && item.audience().includesPublic());
      case AUDIENCE_SPECIFIC -> one(TableText.specificGroup(item));
      case MODE_PROACTIVE -> tick(item.mode() == Mode.PROACTIVE);
      case MODE_ON_REQUEST -> tick(item.mode() == Mode.ON_REQUEST);
      case TIER -> tick(item.publishedAt(col.tier()));
      case NOTE -> {
        List<String> note = new ArrayList<>();
        if (item.optional()) {
          note.add(TableVocabulary.OPTIONAL_NOTE);
        }
        note.addAll(one(item.note()));
        yield note;
      }
      case ID -> List.of(item.id());
      case REMOVAL_REASON -> List.of();
    };
  }

  /** A text's lines (the pasted table keeps the line breaks of the catalogue's text). */
  private static List<String> one(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
  }

  private static List<String> tick(boolean on) {
    return on ? List.of(TableVocabulary.TICK) : List.of();
  }
}
