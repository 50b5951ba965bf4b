package org.gkml.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads every {@code <table>} of a saved web page (parsed by jsoup, charset from the page's BOM or
 * meta tag) into a {@link TableGrid}: rowspan and colspan as the browser lays them out, {@code
 * <br>} and block elements as line breaks. The text printed with a table is, as for a Word table,
 * the few lines of text shown just before it (the heading or paragraph that titles it, an 附件 line)
 * and its {@code <caption>}, after the page title; so a page of one table per domain, each under
 * its heading, gives each table its own domain. A table nested in a cell is read as a table of its
 * own, not as the cell's text.
 */
final class HtmlTables {
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol", "section");

  /**
   * White space that contains a line break of the page source: one space, as a browser shows it.
   */
  private static final Pattern SOURCE_BREAK = Pattern.compile("[ \\t]*[\\r\\n][\\s&&[^\\u00A0]]*");

  /** How many lines of text before a table count as its title (as for a Word table). */
  static final int TITLE_LINES = 4;

  /** Elements whose start and end break the text into lines, for the text before a table. */
  private static final Set<String> LINE_BREAKS =
      Set.of(
          "p",
          "div",
          "li",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "section",
          "br",
          "hr",
          "header",
          "footer",
          "main",
          "nav",
          "article",
          "aside",
          "dl",
          "dt",
          "dd",
          "form",
          "blockquote",
          "center",
          "pre",
          "address",
          "figure",
          "figcaption",
          "td",
          "th",
          "tr");

  /** Elements whose text a reader never sees as a title. */
  private static final Set<String> UNSHOWN =
      Set.of("script", "style", "template", "noscript", "select", "option", "head", "caption");

  private HtmlTables() {}

  static List<TableGrid> read(Path file, WorkbookReader.Limits limits) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    // jsoup takes the charset from a BOM or meta tag, else UTF-8; a Chinese page saved without
    // either and not valid UTF-8 is GB18030 (which includes GBK and GB2312)
    String charset = null;
    if (!declaresCharset(bytes) && !isUtf8(bytes)) {
      charset = "GB18030";
    }
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
    return read(doc, limits);
  }

  private static boolean declaresCharset(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB))) {
      return true;
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("charset");
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static List<TableGrid> read(Document doc, WorkbookReader.Limits limits) {
    WorkbookReader.Budget budget = new WorkbookReader.Budget(limits);
    List<TableGrid> out = new ArrayList<>();
    String title = doc.title();
    Map<Element, String> before = textBefore(doc);
    // what the page's info tables (名称, 发布机构 …) say, for every table after them
    List<String> pageInfo = new ArrayList<>();
    int n = 0;
    for (Element table : doc.select("table")) {
      n++;
      Element caption = table.selectFirst("> caption");
      // farthest first: the page title, the info table, the lines before the table, its caption
      List<String> lines = new ArrayList<>(List.of(title));
      lines.addAll(pageInfo);
      lines.add(before.getOrDefault(table, ""));
      lines.add(caption != null ? text(caption) : "");
      String text = String.join("\n", lines);
      SpanLayout layout = new SpanLayout("table " + n, text, budget, limits.maxColumns());
      for (Element tr : rows(table)) {
        layout.startRow();
        for (Element cell : tr.children()) {
          if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
            List<String> pictures = new ArrayList<>();
            StringBuilder shown = new StringBuilder();
            append(cell, shown, pictures);
            layout.cell(shown(shown), pictures, span(cell, "rowspan"), span(cell, "colspan"));
          }
        }
      }
      TableGrid grid = layout.build();
      pageInfo.addAll(InfoTable.lines(grid));
      out.add(grid);
    }
    return out;
  }

  /**
   * Per table, the last {@value #TITLE_LINES} lines of text shown before it and after the table
   * before it at the same level (for a nested table: the text of its layout table's cells before
   * it, after the text above the layout table), and an issuer field printed further up ({@link
   * LinesBefore}); hidden elements, scripts, form choices and captions left out.
   */
  private static Map<Element, String> textBefore(Document doc) {
    Map<Element, String> out = new IdentityHashMap<>();
    Deque<LinesBefore> levels = new ArrayDeque<>();
    levels.push(new LinesBefore(TITLE_LINES));
    StringBuilder line = new StringBuilder();
    Runnable flush =
        () -> {
          String t = line.toString().strip();
          line.setLength(0);
          if (!t.isEmpty()) {
            levels.peek().add(t);
          }
        };
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              line.append(SOURCE_BREAK.matcher(t.getWholeText()).replaceAll(" "));
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            String name = e.normalName();
            if (UNSHOWN.contains(name) || hidden(e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("table")) {
              flush.run();
              LinesBefore lines = levels.peek();
              out.put(e, String.join("\n", lines.lines()));
              // a table nested in a layout table's cell sees the text above the layout table,
              // after what its cell says before it
              LinesBefore inner = lines.copy();
              lines.tableRead(); // a heading titles the table under it, not the next one too
              levels.push(inner);
            } else if (LINE_BREAKS.contains(name)) {
              flush.run();
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.normalName().equals("table")) {
                line.setLength(0);
                levels.pop();
              } else if (LINE_BREAKS.contains(e.normalName())) {
                flush.run();
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        doc.body());
    return out;
  }

  /** Shown by no browser: the hidden attribute, or display:none / visibility:hidden inline. */
  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    return style.contains("display:none") || style.contains("visibility:hidden");
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
    append(e, out, new ArrayList<>());
    return shown(out);
  }

  private static String shown(StringBuilder out) {
    return out.toString().replaceAll(" *\n *", "\n").strip();
  }

  /**
   * Appends the text of {@code node} as the page shows it; a picture counts as its alt text where
   * that is a tick mark (a tick drawn as an image, alt="√"), else its file name goes to {@code
   * pictures}: what it shows cannot be read.
   */
  private static void append(Node node, StringBuilder out, List<String> pictures) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        out.append(SOURCE_BREAK.matcher(t.getWholeText()).replaceAll(" "));
      } else if (child instanceof Element e) {
        String name = e.normalName();
        switch (name) {
          case "br" -> out.append('\n');
          case "script", "style", "table", "template" -> {}
          case "img" -> {
            String alt = e.attr("alt").strip();
            if (!alt.isEmpty() && Marks.tick(alt) != Marks.Tick.OTHER) {
              out.append(alt);
            } else if (!hidden(e)) {
              pictures.add(pictureName(e));
            }
          }
          default -> {
            boolean block = BLOCKS.contains(name);
            if (block) {
              newline(out);
            }
            append(e, out, pictures);
            if (block) {
              newline(out);
            }
          }
        }
      }
    }
  }

  /** A picture as the report names it: its file name (gou.png), else its alt text, else "img". */
  private static String pictureName(Element img) {
    String src = img.attr("src").strip();
    String file = src.replaceAll("[?#].*$", "").replaceAll("^.*/", "");
    if (src.startsWith("data:") || file.isEmpty()) {
      String alt = img.attr("alt").strip();
      return alt.isEmpty() ? "img" : alt;
    }
    return file;
  }

  private static void newline(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }
}
