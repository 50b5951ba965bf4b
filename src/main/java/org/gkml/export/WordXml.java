package org.gkml.export;

import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the WordprocessingML of the exporter's document part as a stream of text through the JDK's
 * XML writer (which escapes the text), with the few elements the tables use, each in the order the
 * schema requires. A fragment (a table) can be written alone and its bytes spliced into a document
 * whose root declares the {@code w} prefix.
 */
final class WordXml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Values of {@code w:vMerge}. */
  static final String RESTART = "restart";

  static final String CONTINUE = "continue";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final XMLStreamWriter out;

  WordXml(OutputStream bytes) throws XMLStreamException {
    this.out = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
  }

  void startDocument() throws XMLStreamException {
    out.writeStartDocument("UTF-8", "1.0");
    out.writeStartElement("w", "document", W);
    out.writeNamespace("w", W);
    start("body");
  }

  /** Ends the body with its page setup (one section) and the document. */
  void endDocument(int width, int height, int margin) throws XMLStreamException {
    start("sectPr");
    empty(
        "pgSz", "w", Integer.toString(width), "h", Integer.toString(height), "orient", "landscape");
    empty(
        "pgMar",
        "top",
        "850",
        "right",
        Integer.toString(margin),
        "bottom",
        "850",
        "left",
        Integer.toString(margin),
        "header",
        "425",
        "footer",
        "425",
        "gutter",
        "0");
    out.writeEndElement();
    out.writeEndElement();
    out.writeEndElement();
    out.writeEndDocument();
    out.flush();
  }

  /** Writes what is pending to the stream, so bytes can be appended there directly. */
  void flush() throws XMLStreamException {
    out.flush();
  }

  /** A bold, centred heading kept with what follows, optionally starting a new page. */
  void title(String text, int points, boolean newPage) throws XMLStreamException {
    start("p");
    start("pPr");
    empty("keepNext");
    if (newPage) {
      empty("pageBreakBefore");
    }
    empty("spacing", "after", "120");
    empty("jc", "val", "center");
    out.writeEndElement();
    run(text, true, points);
    out.writeEndElement();
  }

  /** A line of facts in table size, kept with what follows. */
  void small(String text, int points) throws XMLStreamException {
    start("p");
    start("pPr");
    empty("keepNext");
    empty("spacing", "after", "0");
    out.writeEndElement();
    run(text, false, points);
    out.writeEndElement();
  }

  /** Starts a fixed-layout table of the given column widths, borders on every cell. */
  void startTable(int[] widths, int cellMargin) throws XMLStreamException {
    start("tbl");
    start("tblPr");
    int total = 0;
    for (int x : widths) {
      total += x;
    }
    empty("tblW", "w", Integer.toString(total), "type", "dxa");
    start("tblBorders");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      empty(side, "val", "single", "sz", "4", "space", "0", "color", "000000");
    }
    out.writeEndElement();
    empty("tblLayout", "type", "fixed");
    start("tblCellMar");
    empty("left", "w", Integer.toString(cellMargin), "type", "dxa");
    empty("right", "w", Integer.toString(cellMargin), "type", "dxa");
    out.writeEndElement();
    out.writeEndElement();
    start("tblGrid");
    for (int x : widths) {
      empty("gridCol", "w", Integer.toString(x));
    }
    out.writeEndElement();
  }

  void endTable() throws XMLStreamException {
    out.writeEndElement();
  }

  /**
   * @param header repeated at the top of every page
   * @param cantSplit kept on one page
   */
  void startRow(boolean header, boolean cantSplit) throws XMLStreamException {
    start("tr");
    if (header || cantSplit) {
      start("trPr");
      if (cantSplit) {
        empty("cantSplit");
      }
      if (header) {
        empty("tblHeader");
      }
      out.writeEndElement();
    }
  }

  void endRow() throws XMLStreamException {
    out.writeEndElement();
  }

  /**
   * A cell, each line of {@code text} a paragraph.
   *
   * @param width the cell's width in twips, or 0 to follow the grid
   * @param gridSpan the grid columns it spans, or 0 for one
   * @param vMerge {@link #RESTART}, {@link #CONTINUE} or null
   * @param fill the shading colour or null
   * @param bold a header cell: bold text, centred vertically
   */
  void cell(
      String text,
      int width,
      int gridSpan,
      String vMerge,
      boolean center,
      String fill,
      boolean bold,
      int points)
      throws XMLStreamException {
    start("tc");
    if (width > 0 || gridSpan > 1 || vMerge != null || fill != null || bold) {
      start("tcPr");
      if (width > 0) {
        empty("tcW", "w", Integer.toString(width), "type", "dxa");
      }
      if (gridSpan > 1) {
        empty("gridSpan", "val", Integer.toString(gridSpan));
      }
      if (vMerge != null) {
        empty("vMerge", "val", vMerge);
      }
      if (fill != null) {
        empty("shd", "val", "clear", "color", "auto", "fill", fill);
      }
      if (bold) {
        empty("vAlign", "val", "center");
      }
      out.writeEndElement();
    }
    int from = 0;
    while (true) {
      int nl = text.indexOf('\n', from);
      String line = nl < 0 ? text.substring(from) : text.substring(from, nl);
      start("p");
      if (center) {
        start("pPr");
        empty("jc", "val", "center");
        out.writeEndElement();
      }
      if (!line.isEmpty()) {
        run(line, bold, points);
      }
      out.writeEndElement();
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    out.writeEndElement();
  }

  /** A run of text; its size only if it differs from the Normal style's (the tables' size). */
  private void run(String text, boolean bold, int points) throws XMLStreamException {
    start("r");
    boolean size = points != TABLE_POINTS;
    if (bold || size) {
      start("rPr");
      if (bold) {
        empty("b");
      }
      if (size) {
        empty("sz", "val", Integer.toString(points * 2));
      }
      out.writeEndElement();
    }
    start("t");
    if (!text.isEmpty()
        && (Character.isWhitespace(text.charAt(0))
            || Character.isWhitespace(text.charAt(text.length() - 1)))) {
      out.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
    }
    out.writeCharacters(xmlCharacters(text));
    out.writeEndElement();
    out.writeEndElement();
  }

  /**
   * The text with every character XML 1.0 cannot hold (C0 controls other than tab and line breaks,
   * U+FFFE, U+FFFF, lone surrogates) shown as U+FFFD: the writer escapes markup but passes these
   * through, and one of them would make the whole document unreadable to Word.
   */
  static String xmlCharacters(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (b != null) {
            b.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok =
            c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isLowSurrogate(c));
      }
      if (!ok && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? text : b.toString();
  }

  /** The size of text in the Normal style, in points (see the exporter's styles). */
  static final int TABLE_POINTS = 9;

  private void start(String name) throws XMLStreamException {
    out.writeStartElement("w", name, W);
  }

  /** An empty element with {@code w:}-prefixed attributes given as name, value pairs. */
  private void empty(String name, String... attributes) throws XMLStreamException {
    out.writeEmptyElement("w", name, W);
    for (int i = 0; i < attributes.length; i += 2) {
      out.writeAttribute("w", W, attributes[i], attributes[i + 1]);
    }
  }
}
