package org.gkml.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads every {@code <table>} of a saved web page (parsed by jsoup, charset from the page's BOM or
 * meta tag) into a {@link TableGrid}: rowspan and colspan as the browser lays them out, {@code
 * <br>} and block elements as line breaks, a table's {@code <caption>} (or else the page title) as
 * the text printed with it. A table nested in a cell is read as a table of its own, not as the
 * cell's text.
 */
final class HtmlTables {
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol", "section");

  /**
   * White space that contains a line break of the page source: one space, as a browser shows it.
   */
  private static final Pattern SOURCE_BREAK = Pattern.compile("[ \\t]*[\\r\\n][\\s&&[^\\u00A0]]*");

  private HtmlTables() {}

  static List<TableGrid> read(Path file, WorkbookReader.Limits limits) throws IOException {
    Document doc = Jsoup.parse(file.toFile(), null);
    return read(doc, limits);
  }

  static List<TableGrid> read(Document doc, WorkbookReader.Limits limits) {
    WorkbookReader.Budget budget = new WorkbookReader.Budget(limits);
    List<TableGrid> out = new ArrayList<>();
    String title = doc.title();
    int n = 0;
    for (Element table : doc.select("table")) {
      n++;
      Element caption = table.selectFirst("> caption");
      String text = caption != null ? text(caption) : title;
      SpanLayout layout = new SpanLayout("table " + n, text, budget, limits.maxColumns());
      for (Element tr : rows(table)) {
        layout.startRow();
        for (Element cell : tr.children()) {
          if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
            layout.cell(text(cell), span(cell, "rowspan"), span(cell, "colspan"));
          }
        }
      }
      out.add(layout.build());
    }
    return out;
  }

  /** The table's own rows, in thead, tbody, tfoot or directly under it; not a nested table's. */
  private static List<Element> rows(Element table) {
    List<Element> out = new ArrayList<>();
    for (Element child : table.children()) {
      switch (child.normalName()) {
        case "tr" -> out.add(child);
        case "thead", "tbody", "tfoot" -> {
          for (Element tr : child.children()) {
            if (tr.normalName().equals("tr")) {
              out.add(tr);
            }
          }
        }
        default -> {}
      }
    }
    return out;
  }

  private static int span(Element cell, String attribute) {
    String v = cell.attr(attribute).strip();
    if (v.isEmpty()) {
      return 1;
    }
    try {
      return Integer.parseInt(v.replaceAll("[^0-9].*$", ""));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** A cell's text as the page shows it: line breaks where the page breaks lines. */
  static String text(Element e) {
    StringBuilder out = new StringBuilder();
    append(e, out);
    return out.toString().replaceAll(" *\n *", "\n").strip();
  }

  private static void append(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        out.append(SOURCE_BREAK.matcher(t.getWholeText()).replaceAll(" "));
      } else if (child instanceof Element e) {
        String name = e.normalName();
        switch (name) {
          case "br" -> out.append('\n');
          case "script", "style", "table", "template" -> {}
          default -> {
            boolean block = BLOCKS.contains(name);
            if (block) {
              newline(out);
            }
            append(e, out);
            if (block) {
              newline(out);
            }
          }
        }
      }
    }
  }

  private static void newline(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }
}
