package org.gkml.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes catalogues as a Word document in the official table layout, the form a notice's attachment
 * takes: a title and the list of domains, then per domain (with items) a title, its facts and the
 * table with the two header rows repeated on every page. A4 landscape. Text is set in 宋体 (named for
 * East Asian text, Times New Roman for Latin): Word and WPS have it on Chinese systems, and
 * LibreOffice substitutes a CJK serif face (e.g. Noto Serif CJK) for it. Thread-safe.
 */
public final class DocxExporter {
  /** The face of all text, as the eastAsia font; Latin text in {@link #LATIN_FONT}. */
  static final String CJK_FONT = "宋体";

  static final String LATIN_FONT = "Times New Roman";

  /** A4 landscape, in twentieths of a point. */
  static final int PAGE_WIDTH = 16838;

  static final int PAGE_HEIGHT = 11906;

  private static final int MARGIN = 680; // 1.2 cm
  private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

  /** Table text: 小五 (9 pt); the ids smaller. */
  private static final int TABLE_POINTS = 9;

  private static final int CELL_MARGIN = 57; // 0.1 cm left and right

  private static final String HEADER_FILL = "D9D9D9";
  private static final String CUSTOM_FILL = "FFF2CC";

  private final TableText words;

  public DocxExporter(ExcelOptions.ChannelStyle channels, ChannelVocabulary vocabulary) {
    this.words = new TableText(channels, vocabulary);
  }

  /** Writes the document of {@code published} to {@code out} (which stays open). */
  public void write(PublishedCatalog published, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      styles(doc);
      properties(doc, published);
      title(doc, TableText.indexTitle(published), 18, false);
      for (String line : words.indexFacts(published)) {
        small(doc, line);
      }
      index(doc, published);
      List<TableColumn> columns = TableColumn.layout(published.tierColumns());
      int[] widths = widths(columns);
      for (Catalog c : published.domains()) {
        if (!c.items().isEmpty()) {
          domain(doc, published, c, columns, widths);
        }
      }
      page(
          doc.getDocument().getBody().isSetSectPr()
              ? doc.getDocument().getBody().getSectPr()
              : doc.getDocument().getBody().addNewSectPr());
      PackageZip.write(doc::write, published.date(), out);
    }
  }

  // ---------------------------------------------------------------- document

  /** Document defaults and a Normal style in the tables' face (POI's new document has neither). */
  private static void styles(XWPFDocument doc) {
    var styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(LATIN_FONT);
    fonts.setHAnsi(LATIN_FONT);
    fonts.setEastAsia(CJK_FONT);
    fonts.setCs(LATIN_FONT);
    styles.setDefaultFonts(fonts);
    var normal =
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
    normal.setStyleId("Normal");
    normal.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
    normal.setDefault(true);
    normal.addNewName().setVal("Normal");
    normal.addNewQFormat();
    var rpr = normal.addNewRPr();
    CTFonts f = rpr.addNewRFonts();
    f.setAscii(LATIN_FONT);
    f.setHAnsi(LATIN_FONT);
    f.setEastAsia(CJK_FONT);
    f.setCs(LATIN_FONT);
    // the tables' size (小五, 9 pt) and no space after paragraphs: the table cells, nearly all of
    // the document, need no formatting of their own (a build writes hundreds of documents)
    rpr.addNewSz().setVal(BigInteger.valueOf(TABLE_POINTS * 2L));
    rpr.addNewLang().setEastAsia("zh-CN");
    var ppr = normal.addNewPPr();
    var spacing = ppr.addNewSpacing();
    spacing.setAfter(BigInteger.ZERO);
    spacing.setBefore(BigInteger.ZERO);
    styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(normal, styles));
  }

  /** Title, subject, creator (the issuer, not POI), and the printed date as the creation date. */
  private static void properties(XWPFDocument doc, PublishedCatalog p) {
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(TableText.indexTitle(p));
    core.setSubjectProperty(PackageDates.subject(p));
    core.setCreator(p.issuer() == null ? "" : p.issuer());
    core.setCreated(java.util.Optional.of(PackageDates.created(p.date())));
    doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("gkml");
  }

  /** A4 landscape with narrow margins and page numbers in the footer. */
  private static void page(CTSectPr sect) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setLeft(BigInteger.valueOf(MARGIN));
    mar.setRight(BigInteger.valueOf(MARGIN));
    mar.setTop(BigInteger.valueOf(850));
    mar.setBottom(BigInteger.valueOf(850));
    mar.setHeader(BigInteger.valueOf(425));
    mar.setFooter(BigInteger.valueOf(425));
    mar.setGutter(BigInteger.ZERO);
  }

  private static void title(XWPFDocument doc, String text, int points, boolean newPage) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setPageBreak(newPage);
    p.setSpacingAfter(120);
    p.setKeepNext(true);
    XWPFRun r = p.createRun();
    r.setBold(true);
    r.setFontSize(points);
    r.setText(text);
  }

  private static void small(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(0);
    p.setKeepNext(true);
    XWPFRun r = p.createRun();
    r.setFontSize(TABLE_POINTS);
    r.setText(text);
  }

  // ---------------------------------------------------------------- the list of domains

  private static final List<String> INDEX_HEADER =
      List.of(TableVocabulary.SEQ, "领域", "事项数", "其中基础事项", "其中个性事项", "版本", "说明");
  private static final int[] INDEX_WIDTHS = {800, 4000, 1300, 1700, 1700, 1500, 2400};

  private static void index(XWPFDocument doc, PublishedCatalog p) {
    XWPFTable t = table(doc, INDEX_WIDTHS);
    XWPFTableRow header = t.insertNewTableRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < INDEX_HEADER.size(); c++) {
      cell(header, INDEX_WIDTHS[c], INDEX_HEADER.get(c), true, HEADER_FILL, true, TABLE_POINTS);
    }
    for (int i = 0; i < p.domains().size(); i++) {
      Catalog c = p.domains().get(i);
      long custom = c.items().stream().filter(it -> p.isCustom(it.id())).count();
      XWPFTableRow row = t.insertNewTableRow(t.getNumberOfRows());
      row.setCantSplitRow(true);
      String[] values = {
        Integer.toString(i + 1),
        c.domain(),
        Integer.toString(c.items().size()),
        Long.toString(c.items().size() - custom),
        Long.toString(custom),
        TableText.orEmpty(c.version()),
        c.items().isEmpty() ? TableVocabulary.NO_ITEMS : ""
      };
      for (int k = 0; k < values.length; k++) {
        cell(row, INDEX_WIDTHS[k], values[k], k != 1, null, false, TABLE_POINTS);
      }
    }
  }

  // ---------------------------------------------------------------- a domain's table

  private void domain(
      XWPFDocument doc,
      PublishedCatalog p,
      Catalog catalog,
      List<TableColumn> columns,
      int[] widths) {
    title(doc, TableText.domainTitle(p, catalog), 16, true);
    for (String line : words.domainInfo(p, catalog).split("\n")) {
      small(doc, line);
    }
    XWPFTable t = table(doc, widths);
    headerRows(t, columns, widths);
    List<Item> items = catalog.items();
    List<TableText.Box> checklist = words.checklist(catalog);
    int channelUnits = lineUnits(widths[indexOf(columns, TableColumn.Kind.CHANNELS)]);
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      boolean custom = p.isCustom(item.id());
      XWPFTableRow row = t.insertNewTableRow(t.getNumberOfRows());
      String fill = custom ? CUSTOM_FILL : null;
      for (int c = 0; c < columns.size(); c++) {
        TableColumn col = columns.get(c);
        String value = words.value(col, item, i + 1, custom, checklist, channelUnits);
        boolean center = col.kind() == TableColumn.Kind.SEQ || col.kind().isTick();
        int points = col.kind() == TableColumn.Kind.ID ? 7 : TABLE_POINTS;
        XWPFTableCell cell = cell(row, widths[c], value, center, fill, false, points);
        if (col.kind() == TableColumn.Kind.LEVEL1) {
          level1Merge(cell, items, i);
        }
      }
    }
  }

  /**
   * The two header rows, marked to repeat on every page: a column without group spans both rows
   * (vertical merge), a group's word spans its columns (grid span) above their own words.
   */
  private static void headerRows(XWPFTable t, List<TableColumn> columns, int[] widths) {
    XWPFTableRow top = t.insertNewTableRow(0);
    XWPFTableRow sub = t.insertNewTableRow(1);
    for (XWPFTableRow r : List.of(top, sub)) {
      r.setRepeatHeader(true);
      r.setCantSplitRow(true);
    }
    int c = 0;
    while (c < columns.size()) {
      TableColumn col = columns.get(c);
      int end = TableColumn.groupEnd(columns, c, TableColumn::group);
      if (col.group() == null) {
        XWPFTableCell a = cell(top, widths[c], col.header(), true, HEADER_FILL, true, TABLE_POINTS);
        XWPFTableCell b = cell(sub, widths[c], "", true, HEADER_FILL, true, TABLE_POINTS);
        tcPr(a).addNewVMerge().setVal(STMerge.RESTART);
        tcPr(b).addNewVMerge().setVal(STMerge.CONTINUE);
      } else {
        int span = 0;
        for (int k = c; k <= end; k++) {
          span += widths[k];
          cell(sub, widths[k], columns.get(k).header(), true, HEADER_FILL, true, TABLE_POINTS);
        }
        XWPFTableCell g = cell(top, span, col.group(), true, HEADER_FILL, true, TABLE_POINTS);
        if (end > c) {
          tcPr(g).addNewGridSpan().setVal(BigInteger.valueOf(end - c + 1L));
        }
      }
      c = end + 1;
    }
  }

  /** Runs of the same 一级事项 print once, merged down the run, as in the published tables. */
  private static void level1Merge(XWPFTableCell cell, List<Item> items, int i) {
    String here = items.get(i).level1();
    if (here == null || here.isEmpty()) {
      return;
    }
    boolean sameAbove = i > 0 && here.equals(items.get(i - 1).level1());
    boolean sameBelow = i + 1 < items.size() && here.equals(items.get(i + 1).level1());
    if (sameAbove) {
      tcPr(cell).addNewVMerge().setVal(STMerge.CONTINUE);
    } else if (sameBelow) {
      tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Column widths in twips: each kind's base width, scaled to the text width. Tick columns hold two
   * characters a line, so their headers (特定群体, 依申请) take at most two lines.
   */
  static int[] widths(List<TableColumn> columns) {
    int[] w = new int[columns.size()];
    int sum = 0;
    for (int c = 0; c < w.length; c++) {
      w[c] = baseWidth(columns.get(c).kind());
      sum += w[c];
    }
    int total = 0;
    for (int c = 0; c < w.length; c++) {
      w[c] = (int) ((long) w[c] * TEXT_WIDTH / sum);
      total += w[c];
    }
    w[indexOf(columns, TableColumn.Kind.CONTENT)] += TEXT_WIDTH - total;
    return w;
  }

  private static int baseWidth(TableColumn.Kind kind) {
    return switch (kind) {
      case SEQ -> 520;
      case LEVEL1 -> 900;
      case LEVEL2, OWNER -> 1000;
      case CONTENT -> 2100;
      case BASIS -> 1900;
      case DEADLINE -> 1100;
      case CHANNELS -> 2150;
      case NOTE -> 640;
      case ID -> 1050;
      default -> 480;
    };
  }

  /**
   * Width units (two for a CJK character) a line of a column holds at the table's size, with a
   * little to spare: the checklist is broken between boxes to fit.
   */
  static int lineUnits(int width) {
    int unit = TABLE_POINTS * 20 / 2;
    return Math.max(2, (width - 2 * CELL_MARGIN - unit / 2) / unit);
  }

  private static int indexOf(List<TableColumn> columns, TableColumn.Kind kind) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind() == kind) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + kind);
  }

  /** An empty, fixed-layout table of the given column widths, borders on every cell. */
  private static XWPFTable table(XWPFDocument doc, int[] widths) {
    XWPFTable t = doc.createTable();
    t.removeRow(0); // POI starts a table with one row of one cell
    CTTbl ct = t.getCTTbl();
    CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
    var borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
    for (var b :
        List.of(
            borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
            borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
            borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
            borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
            borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
            borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV())) {
      b.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
      b.setSz(BigInteger.valueOf(4));
      b.setSpace(BigInteger.ZERO);
      b.setColor("000000");
    }
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    int total = 0;
    for (int x : widths) {
      total += x;
    }
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(total));
    CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    var margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
    CTTblWidth left = margins.addNewLeft();
    left.setType(STTblWidth.DXA);
    left.setW(BigInteger.valueOf(CELL_MARGIN));
    CTTblWidth right = margins.addNewRight();
    right.setType(STTblWidth.DXA);
    right.setW(BigInteger.valueOf(CELL_MARGIN));
    CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int x : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(x));
    }
    return t;
  }

  /** A new cell at the row's end: each line of {@code text} a paragraph. */
  private static XWPFTableCell cell(
      XWPFTableRow row,
      int width,
      String text,
      boolean center,
      String fill,
      boolean bold,
      int points) {
    XWPFTableCell cell = row.createCell();
    if (bold) { // a header cell: its width and centred vertically; item cells follow the grid
      CTTcPr pr = tcPr(cell);
      CTTblWidth w = pr.addNewTcW();
      w.setType(STTblWidth.DXA);
      w.setW(BigInteger.valueOf(width));
      pr.addNewVAlign().setVal(STVerticalJc.CENTER);
    }
    if (fill != null) {
      CTShd shd = tcPr(cell).addNewShd();
      shd.setVal(STShd.CLEAR);
      shd.setColor("auto");
      shd.setFill(fill);
    }
    String[] lines = text.split("\n", -1);
    List<XWPFParagraph> paragraphs = new ArrayList<>(cell.getParagraphs());
    for (int i = 0; i < lines.length; i++) {
      XWPFParagraph p = i < paragraphs.size() ? paragraphs.get(i) : cell.addParagraph();
      if (center) {
        p.setAlignment(ParagraphAlignment.CENTER);
      }
      XWPFRun r = p.createRun();
      if (bold) {
        r.setBold(true);
      }
      if (points != TABLE_POINTS) {
        r.setFontSize(points);
      }
      r.setText(lines[i]);
    }
    return cell;
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    return pr != null ? pr : cell.getCTTc().addNewTcPr();
  }
}
