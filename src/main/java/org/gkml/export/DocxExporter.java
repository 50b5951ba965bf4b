package org.gkml.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gkml.concurrent.SizeBoundedCache;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.TableVocabulary;
import org.gkml.model.Tier;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

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
  private static final int TABLE_POINTS = WordXml.TABLE_POINTS;

  private static final int CELL_MARGIN = 57; // 0.1 cm left and right

  /** Table lines an unbroken row may take: well under what a landscape A4 page holds at 9 pt. */
  private static final int MAX_UNBROKEN_LINES = 24;

  private static final String HEADER_FILL = "D9D9D9";
  private static final String CUSTOM_FILL = "FFF2CC";

  private final TableText words;

  private final ExcelOptions.Compression compression;

  /**
   * Item rows written for earlier tables of this exporter: about 8 MB (a row is about 2.5 KB), the
   * items of the few townships being written at a time.
   */
  private final SizeBoundedCache<ItemRow, byte[]> itemRows =
      new SizeBoundedCache<>(8L << 20, row -> row.length);

  /** The header rows of tables of a shape written before (they depend on nothing else). */
  private final SizeBoundedCache<TableShape, byte[]> headers =
      new SizeBoundedCache<>(1L << 20, rows -> rows.length);

  /** Domain tables written for earlier documents of this exporter. */
  private final SharedRows<byte[]> shared = new SharedRows<>(table -> table.length);

  /**
   * Tables larger than this are not kept: a domain table is about 2.5 KB a row (ten times a sheet
   * row), so a county domain of 100–300 items is kept, and a single export of a large catalogue
   * holds no more than a few MB.
   */
  private static final int MAX_TABLE_BYTES = 1 << 20;

  /** The styles part: the same in every document, saved by POI once and copied after that. */
  private static final String STYLES_PART = "word/styles.xml";

  private static final Set<String> KEPT_PARTS = Set.of(STYLES_PART);

  /** The {@link #KEPT_PARTS} as POI saved them for this exporter's first document. */
  private final Map<String, PackageZip.SavedPart> savedParts = new ConcurrentHashMap<>();

  /** The document part POI creates, replaced by the streamed text. */
  private static final String DOCUMENT_PART = "word/document.xml";

  public DocxExporter(ExcelOptions.ChannelStyle channels, ChannelVocabulary vocabulary) {
    this(channels, vocabulary, ExcelOptions.Compression.SMALL);
  }

  /**
   * @param compression how hard the document text is compressed (a build writing hundreds of
   *     documents takes the workbooks' fast level)
   */
  public DocxExporter(
      ExcelOptions.ChannelStyle channels,
      ChannelVocabulary vocabulary,
      ExcelOptions.Compression compression) {
    this.words = new TableText(channels, vocabulary);
    this.compression = compression;
  }

  /** Writes the document of {@code published} to {@code out} (which stays open). */
  public void write(PublishedCatalog published, OutputStream out) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    try {
      if (savedParts.containsKey(STYLES_PART)) {
        doc.createStyles(); // the part, its relationship and type; its text is the one kept
      } else {
        styles(doc);
      }
      properties(doc, published);
      byte[] body = body(published);
      PackageZip.write(
          doc::write,
          published.date(),
          out,
          Map.of(DOCUMENT_PART, body),
          compression.level,
          KEPT_PARTS,
          savedParts);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      // not close(): a new document's package lives in memory, and closing it would save it once
      // more, to a buffer nobody reads
      doc.getPackage().revert();
    }
  }

  /** How many item rows of tables not shared whole were copied from earlier tables. */
  long reusedRows() {
    return itemRows.hits();
  }

  /** How many domain tables were copied from an earlier document (see {@link SharedRows}). */
  long reusedTables() {
    return shared.reused();
  }

  /**
   * The document part: the title, the list of domains, each domain's title, facts and table, and
   * the page setup. Streamed as text rather than built as XWPF objects (a build writes hundreds of
   * documents, and XWPF's objects per cell and run cost three times the whole workbook); a domain's
   * table, which depends only on its catalogue, its tier columns and its 个性 items, is written once
   * and its bytes reused by the next documents that print the same table.
   */
  private byte[] body(PublishedCatalog p) throws XMLStreamException, IOException {
    UnsynchronizedByteArrayOutputStream bytes = UnsynchronizedByteArrayOutputStream.builder().get();
    WordXml x = new WordXml(bytes);
    x.startDocument();
    x.title(TableText.indexTitle(p), 18, false);
    for (String line : words.indexFacts(p)) {
      x.small(line, TABLE_POINTS);
    }
    index(x, p);
    List<Tier> tiers = p.tierColumns(); // a walk over every item: once per document
    for (Catalog c : p.domains()) {
      if (!c.items().isEmpty() && p.notApplicableText(c) == null) {
        List<TableColumn> columns = TableColumn.layout(tiers, TableColumn.Extras.of(c));
        int[] widths = widths(columns, words.widestChannel(c), words.widestId(c));
        x.title(TableText.domainTitle(p, c), 16, true);
        for (String line : words.domainInfo(p, c).split("\n")) {
          x.small(line, TABLE_POINTS);
        }
        x.flush();
        bytes.write(domainTable(p, c, columns, widths));
      }
    }
    x.endDocument(PAGE_WIDTH, PAGE_HEIGHT, MARGIN);
    return bytes.toByteArray();
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

  // ---------------------------------------------------------------- the list of domains

  private static final List<String> INDEX_HEADER =
      java.util.stream.Stream.concat(
              TableVocabulary.INDEX_COLUMNS.stream(), java.util.stream.Stream.of("说明"))
          .toList();
  private static final int[] INDEX_WIDTHS = {800, 4000, 1300, 1700, 1700, 1500, 2400};

  private static void index(WordXml x, PublishedCatalog p) throws XMLStreamException {
    x.startTable(INDEX_WIDTHS, CELL_MARGIN);
    x.startRow(true, true);
    for (int c = 0; c < INDEX_HEADER.size(); c++) {
      x.cell(INDEX_HEADER.get(c), INDEX_WIDTHS[c], 0, null, true, HEADER_FILL, true, TABLE_POINTS);
    }
    x.endRow();
    for (int i = 0; i < p.domains().size(); i++) {
      Catalog c = p.domains().get(i);
      long custom = c.items().stream().filter(it -> p.isCustom(it.id())).count();
      x.startRow(false, true);
      String[] values = {
        Integer.toString(i + 1),
        c.domain(),
        Integer.toString(c.items().size()),
        Long.toString(c.items().size() - custom),
        Long.toString(custom),
        TableText.orEmpty(c.version()),
        p.notApplicableText(c) != null
            ? p.notApplicableText(c)
            : c.items().isEmpty() ? TableVocabulary.NO_ITEMS : ""
      };
      for (int k = 0; k < values.length; k++) {
        // the reason a domain does not apply reads as text, left-aligned
        boolean center = k != 1 && !(k == 6 && p.notApplicableText(c) != null);
        x.cell(values[k], 0, 0, null, center, null, false, TABLE_POINTS);
      }
      x.endRow();
    }
    x.endTable();
  }

  // ---------------------------------------------------------------- a domain's table

  /** The bytes of a domain's table, written before for the same table or now. */
  private byte[] domainTable(
      PublishedCatalog p, Catalog catalog, List<TableColumn> columns, int[] widths)
      throws XMLStreamException {
    List<Item> items = catalog.items();
    BitSet custom = new BitSet(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (p.isCustom(items.get(i).id())) {
        custom.set(i);
      }
    }
    SharedRows.Key key = new SharedRows.Key(catalog, columns, custom);
    byte[] kept = shared.get(key);
    if (kept != null) {
      return kept;
    }
    UnsynchronizedByteArrayOutputStream bytes = UnsynchronizedByteArrayOutputStream.builder().get();
    WordXml x = new WordXml(bytes);
    x.startTable(widths, CELL_MARGIN);
    x.flush();
    TableShape shape = new TableShape(columns, widths, words.checklist(catalog));
    byte[] header = headers.get(shape);
    if (header == null) {
      UnsynchronizedByteArrayOutputStream h = UnsynchronizedByteArrayOutputStream.builder().get();
      WordXml hx = new WordXml(h);
      headerRows(hx, columns, widths);
      hx.flush();
      header = h.toByteArray();
      headers.put(shape, header);
    }
    bytes.write(header, 0, header.length);
    for (int i = 0; i < items.size(); i++) {
      String merge = level1Merge(items, i);
      ItemRow rowKey = new ItemRow(items.get(i), i + 1, custom.get(i), merge, shape);
      byte[] row = itemRows.get(rowKey);
      if (row == null) {
        row = itemRow(rowKey);
        itemRows.put(rowKey, row);
      }
      bytes.write(row, 0, row.length);
    }
    x.endTable();
    x.flush();
    byte[] table = bytes.toByteArray();
    if (table.length <= MAX_TABLE_BYTES) {
      shared.put(key, table);
    }
    return table;
  }

  /**
   * An item's row of a table, written alone: a table that is not shared whole (a region's overlay
   * made its catalogue another object) still has most of its items, and their rows, in common with
   * the tables written before.
   */
  private byte[] itemRow(ItemRow r) throws XMLStreamException {
    List<TableColumn> columns = r.shape().columns();
    int[] widths = r.shape().widths();
    int channelUnits = lineUnits(widths[indexOf(columns, TableColumn.Kind.CHANNELS)]);
    String[] values = new String[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      values[c] =
          words.value(
              columns.get(c), r.item(), r.seq(), r.custom(), r.shape().checklist(), channelUnits);
    }
    UnsynchronizedByteArrayOutputStream bytes = UnsynchronizedByteArrayOutputStream.builder().get();
    WordXml x = new WordXml(bytes);
    x.startRow(false, fitsOnePage(values, widths));
    String fill = r.custom() ? CUSTOM_FILL : null;
    for (int c = 0; c < columns.size(); c++) {
      TableColumn col = columns.get(c);
      boolean center = col.kind() == TableColumn.Kind.SEQ || col.kind().isTick();
      int points = col.kind() == TableColumn.Kind.ID ? ID_POINTS : TABLE_POINTS;
      String merge = col.kind() == TableColumn.Kind.LEVEL1 ? r.level1Merge() : null;
      x.cell(values[c], 0, 0, merge, center, fill, false, points);
    }
    x.endRow();
    x.flush();
    return bytes.toByteArray();
  }

  /** What a table's rows have in common: its columns, their widths and its channel checklist. */
  private record TableShape(
      List<TableColumn> columns, int[] widths, List<TableText.Box> checklist) {
    @Override
    public boolean equals(Object o) {
      return o instanceof TableShape t
          && t.columns.equals(columns)
          && Arrays.equals(t.widths, widths)
          && t.checklist.equals(checklist);
    }

    @Override
    public int hashCode() {
      return (columns.hashCode() * 31 + Arrays.hashCode(widths)) * 31 + checklist.hashCode();
    }
  }

  /**
   * What an item's row depends on: the item (by identity: the resolver shares the items an overlay
   * leaves alone), its number, its 个性 mark, how its 一级事项 cell merges with its neighbours' and the
   * table's shape.
   */
  private record ItemRow(Item item, int seq, boolean custom, String level1Merge, TableShape shape) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ItemRow r
          && r.item == item
          && r.seq == seq
          && r.custom == custom
          && Objects.equals(r.level1Merge, level1Merge)
          && r.shape.equals(shape);
    }

    @Override
    public int hashCode() {
      return ((System.identityHashCode(item) * 31 + seq) * 31 + Objects.hashCode(level1Merge)) * 2
          + (custom ? 1 : 0);
    }
  }

  /**
   * The two header rows, marked to repeat on every page: a column without group spans both rows
   * (vertical merge), a group's word spans its columns (grid span) above their own words.
   */
  private static void headerRows(WordXml x, List<TableColumn> columns, int[] widths)
      throws XMLStreamException {
    for (int row = 0; row < 2; row++) {
      x.startRow(true, true);
      int c = 0;
      while (c < columns.size()) {
        TableColumn col = columns.get(c);
        int end = TableColumn.groupEnd(columns, c, TableColumn::group);
        if (col.group() == null) {
          x.cell(
              row == 0 ? col.header() : "",
              widths[c],
              0,
              row == 0 ? WordXml.RESTART : WordXml.CONTINUE,
              true,
              HEADER_FILL,
              true,
              TABLE_POINTS);
        } else if (row == 0) {
          int span = 0;
          for (int k = c; k <= end; k++) {
            span += widths[k];
          }
          x.cell(col.group(), span, end - c + 1, null, true, HEADER_FILL, true, TABLE_POINTS);
        } else {
          for (int k = c; k <= end; k++) {
            x.cell(
                columns.get(k).header(), widths[k], 0, null, true, HEADER_FILL, true, TABLE_POINTS);
          }
        }
        c = end + 1;
      }
      x.endRow();
    }
  }

  /** Runs of the same 一级事项 print once, merged down the run, as in the published tables. */
  private static String level1Merge(List<Item> items, int i) {
    String here = items.get(i).level1();
    if (here == null || here.isEmpty()) {
      return null;
    }
    boolean sameAbove = i > 0 && here.equals(items.get(i - 1).level1());
    boolean sameBelow = i + 1 < items.size() && here.equals(items.get(i + 1).level1());
    return sameAbove ? WordXml.CONTINUE : sameBelow ? WordXml.RESTART : null;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Column widths in twips as {@link #widths(List)} gives them, with the channel column wide enough
   * for its widest box (or name) and the 编号 column for its longest id on one line, the room taken
   * from 公开内容 and then 公开依据: Word breaks CJK text between any two characters, so a name wider than
   * its column would be split mid-word (两微一/端), an id at its hyphens.
   *
   * @param channelUnits width units (two a CJK character) of the widest channel entry
   * @param idUnits width units of the longest id
   */
  static int[] widths(List<TableColumn> columns, int channelUnits, int idUnits) {
    int[] w = widths(columns);
    int channels = indexOf(columns, TableColumn.Kind.CHANNELS);
    int id = indexOf(columns, TableColumn.Kind.ID);
    int needed =
        Math.max(0, widthFor(channelUnits, TABLE_POINTS) - w[channels])
            + Math.max(0, widthFor(idUnits, ID_POINTS) - w[id]);
    w[channels] = Math.max(w[channels], widthFor(channelUnits, TABLE_POINTS));
    w[id] = Math.max(w[id], widthFor(idUnits, ID_POINTS));
    for (TableColumn.Kind donor : List.of(TableColumn.Kind.CONTENT, TableColumn.Kind.BASIS)) {
      int d = indexOf(columns, donor);
      int take = Math.min(needed, Math.max(0, w[d] - MIN_TEXT_WIDTH));
      w[d] -= take;
      needed -= take;
    }
    return w;
  }

  /** The narrowest 公开内容 or 公开依据 column the room for channels and ids leaves. */
  private static final int MIN_TEXT_WIDTH = 1300;

  /** The size of the ids, smaller than the table's text. */
  private static final int ID_POINTS = 7;

  /** The width a line of {@code units} width units at {@code points} takes, in twips. */
  static int widthFor(int units, int points) {
    int unit = points * 20 / 2;
    return units * unit + 2 * CELL_MARGIN + unit / 2 + unit;
  }

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
      case LEVEL2, LEVEL3, OWNER, DEPARTMENT, CONTACT -> 1000;
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

  /**
   * Whether an item's row is short enough to be kept on one page: a row broken across pages leaves
   * a few lines of one item under the repeated header, without its number or name (seen printing
   * through LibreOffice). A row taller than about a page must break, so it may.
   */
  static boolean fitsOnePage(String[] values, int[] widths) {
    int lines = 0;
    for (int c = 0; c < values.length; c++) {
      int capacity = lineUnits(widths[c]);
      int cell = 0;
      for (String line : values[c].split("\n", -1)) {
        cell += Math.max(1, (ExcelText.units(line) + capacity - 1) / capacity);
      }
      lines = Math.max(lines, cell);
    }
    return lines <= MAX_UNBROKEN_LINES;
  }

  private static int indexOf(List<TableColumn> columns, TableColumn.Kind kind) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind() == kind) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + kind);
  }
}
