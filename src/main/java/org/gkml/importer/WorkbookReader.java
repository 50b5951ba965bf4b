package org.gkml.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.gkml.error.GkmlException;
import org.gkml.load.BoundedInput;
import org.gkml.load.TextTraits;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a table file into {@link TableGrid}s, choosing the reader by content: the sheets of an
 * .xlsx (streamed with SAX, never as a whole DOM) or .xls workbook here, a Word document through
 * {@link DocxTables}, a web page through {@link HtmlTables}; all within limits that keep memory
 * bounded whatever the file holds. Hostile files (zip bombs, encrypted or oversized workbooks,
 * files that are not workbooks) end in a one-line {@link GkmlException}; formulas, macros and
 * external links are read around, each with a warning.
 */
final class WorkbookReader {

  /**
   * Bounds on what one import reads; beyond them the workbook is refused while it streams, so
   * memory stays bounded. 250,000 cells is about 14,000 items of 17 columns, ten times a province's
   * catalogue of 26 domains.
   */
  record Limits(long maxFileBytes, long maxXlsBytes, long maxCells, long maxChars, int maxColumns) {
    static Limits defaults() {
      return new Limits(100L << 20, 30L << 20, 250_000, 8_000_000, 256);
    }
  }

  /** What was read: the sheets in workbook order and the warnings about the workbook. */
  record Result(List<TableGrid> sheets, List<ImportNote> notes) {}

  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private WorkbookReader() {}

  /**
   * Reads a table file of any supported format, chosen by its content (magic bytes, the parts of a
   * zip package, a sniff for HTML), never by its name: .xlsx, .xls, .docx, or a saved web page.
   */
  static Result read(Path file, Limits limits) {
    FileMagic magic;
    byte[] head;
    try {
      // a pipe or a device is refused before it is opened; POI then reads the file itself
      BoundedInput.requireRegular(file, limits.maxFileBytes());
      try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
        magic = FileMagic.valueOf(in);
        head = in.readNBytes(SNIFF_BYTES);
      }
    } catch (BoundedInput.Refused e) {
      throw e.why() == BoundedInput.Why.TOO_LARGE
          ? GkmlException.usage("import.fileTooLarge", file, limits.maxFileBytes() >> 20)
          : e.failure(file);
    } catch (NoSuchFileException e) {
      throw GkmlException.usage("import.noFile", file);
    } catch (IOException e) {
      throw GkmlException.usage("import.cannotRead", file, reason(e));
    } catch (EmptyFileException e) {
      // found by ImporterFuzzTest: POI's magic check refuses a zero-byte file with this; whatever
      // its name says it was meant to be, it holds nothing
      throw GkmlException.usage("import.emptyFile", file);
    }
    try {
      return switch (magic) {
        case OOXML -> {
          requireNotOpenDocument(file);
          yield isWordPackage(file) ? docx(file, limits) : xlsx(file, limits);
        }
        case OLE2 -> ole2(file, limits);
        default -> {
          if (looksLikeHtml(head)) {
            yield new Result(HtmlTables.read(file, limits), List.of());
          }
          throw GkmlException.usage("import.unknownFormat", file);
        }
      };
    } catch (GkmlException e) {
      throw e;
    } catch (TooLarge e) {
      throw e.failure(file);
    } catch (EncryptedDocumentException e) {
      throw GkmlException.usage("import.encrypted", file);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      throw translate(file, e);
    }
  }

  /** How much of a file's start is sniffed for markup. */
  private static final int SNIFF_BYTES = 64 * 1024;

  /**
   * Whether a file's start reads as a web page: a table, html or body tag in the first 64 KB (in
   * any ASCII-compatible encoding, or UTF-16), as a saved page or an .xls that is really HTML has.
   */
  static boolean looksLikeHtml(byte[] head) {
    String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (head.length > 1 && (head[0] == (byte) 0xFF || head[0] == (byte) 0xFE)) {
      text = new String(head, java.nio.charset.StandardCharsets.UTF_16);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("<table") || lower.contains("<html") || lower.contains("<body");
  }

  /** The {@code mimetype} an OpenDocument package opens with (ODF 1.2 part 3, §3.3). */
  private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";

  /**
   * Refuses an OpenDocument package (LibreOffice's .ods, .odt), named so, with what to do: it is a
   * zip as .xlsx is, but POI cannot read it, and "damaged" would send a clerk after a sound file.
   */
  private static void requireNotOpenDocument(Path file) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      java.util.zip.ZipEntry entry = zip.getEntry("mimetype");
      if (entry == null || zip.getEntry("xl/workbook.xml") != null) {
        return;
      }
      String type;
      try (InputStream in = zip.getInputStream(entry)) {
        type = new String(in.readNBytes(200), java.nio.charset.StandardCharsets.US_ASCII).strip();
      }
      if (type.startsWith(OPEN_DOCUMENT + "spreadsheet")) {
        throw GkmlException.usage("import.openDocumentSpreadsheet", file);
      }
      if (type.startsWith(OPEN_DOCUMENT + "text")) {
        throw GkmlException.usage("import.openDocumentText", file);
      }
    } catch (java.util.zip.ZipException e) {
      // not a readable zip: the reader that opens it next says what is wrong with it
    }
  }

  /** Whether a zip package is a Word document (word/document.xml) rather than a workbook. */
  private static boolean isWordPackage(Path file) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      return zip.getEntry("word/document.xml") != null && zip.getEntry("xl/workbook.xml") == null;
    }
  }

  private static Result docx(Path file, Limits limits) throws Exception {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(Math.max(limits.maxFileBytes() * 4, 256L << 20));
    return new Result(DocxTables.read(file, limits), List.of());
  }

  // ---------------------------------------------------------------- .xlsx

  private static Result xlsx(Path file, Limits limits) throws Exception {
    // a zip entry expanding more than 100 times is treated as a bomb (POI's default ratio),
    // and no entry may expand beyond what a real catalogue could ever need
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(Math.max(limits.maxFileBytes() * 4, 256L << 20));
    List<ImportNote> notes = new ArrayList<>();
    OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    try {
      if (!pkg.getPartsByName(Pattern.compile("/xl/vbaProject\\.bin", Pattern.CASE_INSENSITIVE))
          .isEmpty()) {
        notes.add(ImportNote.warning(null, null, "import.macros"));
      }
      if (!pkg.getPartsByName(Pattern.compile("/xl/externalLinks/.*")).isEmpty()) {
        notes.add(ImportNote.warning(null, null, "import.externalLinks"));
      }
      PackagePart book = workbookPart(pkg);
      if (book == null) {
        throw GkmlException.usage("import.notExcel", file);
      }
      Budget budget = new Budget(limits);
      List<String> strings = sharedStrings(book, budget);
      Book refs = sheetRefs(book);
      CellDates dates = cellDates(book, refs.date1904());
      List<TableGrid> sheets = new ArrayList<>();
      for (SheetRef ref : refs.sheets()) {
        PackageRelationship rel = book.getRelationship(ref.relationId());
        if (rel == null || !rel.getRelationshipType().endsWith("/worksheet")) {
          continue; // chart sheets and dialog sheets hold no table
        }
        PackagePart part = book.getRelatedPart(rel);
        try (InputStream in = part.getInputStream()) {
          sheets.add(sheet(in, ref.name(), ref.hidden(), strings, dates, budget, notes));
        }
      }
      return new Result(sheets, notes);
    } finally {
      pkg.revert();
    }
  }

  /**
   * The workbook part, found through the package's relationships as the OPC rules say. The sheets
   * are then read with SAX straight from their parts: POI's higher-level readers would wake
   * XMLBeans, which costs more start-up time than the whole import of a county's catalogue.
   */
  private static PackagePart workbookPart(OPCPackage pkg) throws Exception {
    for (String type :
        List.of(
            PackageRelationshipTypes.CORE_DOCUMENT,
            PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
      PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
      if (rels.size() > 0) {
        return pkg.getPart(rels.getRelationship(0));
      }
    }
    return null;
  }

  /**
   * A sheet as workbook.xml lists it: its name, the id of its part's relationship, hidden or not.
   */
  private record SheetRef(String name, String relationId, boolean hidden) {}

  /** What workbook.xml says: the sheets in order, and whether dates count from 1904. */
  private record Book(List<SheetRef> sheets, boolean date1904) {}

  /** The sheets of workbook.xml in order, and its date system. */
  private static Book sheetRefs(PackagePart book) throws Exception {
    List<SheetRef> refs = new ArrayList<>();
    boolean[] date1904 = {false};
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            if ("workbookPr".equals(local)) {
              String d = atts.getValue("date1904");
              date1904[0] = "1".equals(d) || "true".equalsIgnoreCase(d);
              return;
            }
            if (!"sheet".equals(local)) {
              return;
            }
            String id = null;
            for (int i = 0; i < atts.getLength(); i++) {
              if ("id".equals(atts.getLocalName(i)) && atts.getURI(i).contains("relationships")) {
                id = atts.getValue(i);
              }
            }
            String state = atts.getValue("state");
            if (id != null) {
              boolean hidden = state != null && !"visible".equals(state);
              refs.add(new SheetRef(atts.getValue("name"), id, hidden));
            }
          }
        });
    try (InputStream in = book.getInputStream()) {
      xml.parse(new InputSource(in));
    }
    return new Book(refs, date1904[0]);
  }

  /**
   * The number format of each cell style (cellXfs) and the workbook's own format codes (numFmts),
   * read with SAX from the styles part, so a date cell can be read as the date it shows.
   */
  private static CellDates cellDates(PackagePart book, boolean date1904) throws Exception {
    PackagePart part = null;
    for (PackageRelationship rel : book.getRelationships()) {
      if (rel.getRelationshipType().endsWith("/styles")) {
        part = book.getRelatedPart(rel);
      }
    }
    if (part == null) {
      return CellDates.none();
    }
    List<Integer> styleFormats = new ArrayList<>();
    java.util.Map<Integer, String> codes = new java.util.HashMap<>();
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(
        new DefaultHandler() {
          // numFmt also occurs inside dxfs (conditional formats) and xf inside cellStyleXfs:
          // only the workbook's numFmts and the cells' cellXfs count
          private String parent = "";

          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
              case "numFmts", "cellXfs", "cellStyleXfs", "dxfs" -> parent = local;
              case "numFmt" -> {
                if ("numFmts".equals(parent)) {
                  Integer id = number(atts.getValue("numFmtId"));
                  String code = atts.getValue("formatCode");
                  if (id != null && code != null && codes.size() < MAX_STYLES) {
                    codes.put(id, code);
                  }
                }
              }
              case "xf" -> {
                if ("cellXfs".equals(parent) && styleFormats.size() < MAX_STYLES) {
                  Integer id = number(atts.getValue("numFmtId"));
                  styleFormats.add(id == null ? 0 : id);
                }
              }
              default -> {}
            }
          }

          @Override
          public void endElement(String uri, String local, String qName) {
            if (local.equals(parent)) {
              parent = "";
            }
          }
        });
    try (InputStream in = part.getInputStream()) {
      xml.parse(new InputSource(in));
    }
    return new CellDates(styleFormats, codes, date1904);
  }

  /** Styles and formats read at most: Excel itself allows 64,000 styles. */
  private static final int MAX_STYLES = 65_536;

  private static Integer number(String s) {
    try {
      return s == null ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The shared strings of a workbook, read with SAX: each {@code <si>}'s text, phonetic runs left
   * out.
   */
  private static List<String> sharedStrings(PackagePart book, Budget budget) throws Exception {
    List<String> strings = new ArrayList<>();
    PackagePart part = null;
    for (PackageRelationship rel : book.getRelationships()) {
      if (rel.getRelationshipType().endsWith("/sharedStrings")) {
        part = book.getRelatedPart(rel);
      }
    }
    if (part == null) {
      return strings;
    }
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(
        new DefaultHandler() {
          private final StringBuilder text = new StringBuilder();
          private boolean inText;
          private boolean phonetic;

          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
              case "si" -> text.setLength(0);
              case "rPh" -> phonetic = true;
              case "t" -> inText = !phonetic;
              default -> {}
            }
          }

          @Override
          public void characters(char[] ch, int start, int length) {
            if (inText) {
              text.append(ch, start, length);
            }
          }

          @Override
          public void endElement(String uri, String local, String qName) {
            switch (local) {
              case "t" -> inText = false;
              case "rPh" -> phonetic = false;
              case "si" -> {
                budget.add(text.length());
                strings.add(text.toString());
              }
              default -> {}
            }
          }
        });
    try (InputStream in = part.getInputStream()) {
      xml.parse(new InputSource(in));
    }
    return strings;
  }

  private static TableGrid sheet(
      InputStream in,
      String name,
      boolean hidden,
      List<String> strings,
      CellDates dates,
      Budget budget,
      List<ImportNote> notes)
      throws Exception {
    GridBuilder grid = new GridBuilder(name, budget);
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(new SheetHandler(strings, dates, grid));
    xml.parse(new InputSource(in));
    return grid.build(hidden, notes);
  }

  /**
   * Streams one worksheet part: each cell's shown text (shared or inline string, number as stored,
   * a date as it shows, boolean, cached formula result), which cells hold formulas and whether
   * their value was saved, and the merged areas. Reading the part with SAX keeps memory to the
   * cells themselves.
   */
  private static final class SheetHandler extends DefaultHandler {
    private final List<String> strings;
    private final CellDates dates;
    private final GridBuilder grid;
    private final StringBuilder text = new StringBuilder();
    private String ref;
    private String type;
    private String style;
    private boolean formula;
    private boolean valued;
    private boolean collecting;
    private boolean inInline;
    private boolean phonetic;
    private int row = -1;
    private int nextColumn;

    SheetHandler(List<String> strings, CellDates dates, GridBuilder grid) {
      this.strings = strings;
      this.dates = dates;
      this.grid = grid;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "row" -> {
          String r = atts.getValue("r");
          row = r == null ? row + 1 : Integer.parseInt(r) - 1;
          nextColumn = 0;
        }
        case "c" -> {
          // writers may leave out r: the cell then follows the previous one
          ref = atts.getValue("r");
          if (ref == null) {
            ref = new CellReference(Math.max(row, 0), nextColumn).formatAsString(false);
          }
          nextColumn = new CellReference(ref).getCol() + 1;
          type = atts.getValue("t");
          style = atts.getValue("s");
          formula = false;
          valued = false;
          text.setLength(0);
        }
        case "f" -> formula = true;
        case "v" -> {
          collecting = true;
          valued = true;
        }
        case "is" -> inInline = true;
        case "rPh" -> phonetic = true; // furigana runs are not the cell's text
        case "t" -> collecting = inInline && !phonetic;
        case "mergeCell" -> grid.merge(atts.getValue("ref"));
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "v", "t" -> collecting = false;
        case "is" -> inInline = false;
        case "rPh" -> phonetic = false;
        case "c" -> {
          String v = value();
          if (formula) {
            grid.formula(ref, saved(v));
          }
          grid.cell(ref, v);
          ref = null;
        }
        default -> {}
      }
    }

    /**
     * Whether a formula's value was saved with it. A program that writes formulas without
     * calculating them (openpyxl, many exporters) leaves out the value or writes an empty one; a
     * formula whose result is the empty string keeps its string type ({@code t="str"}), which is
     * how Excel, WPS and LibreOffice save it.
     */
    private boolean saved(String v) {
      return valued && (!v.isEmpty() || "str".equals(type) || "inlineStr".equals(type));
    }

    private String value() {
      String raw = text.toString();
      if (type == null || "n".equals(type)) {
        // a number in a date format is the date it shows (45717 in yyyy/m/d is 2025/3/1)
        String date = dates.text(raw, style);
        return date != null ? date : plainNumber(raw);
      }
      return switch (type) {
        case "s" -> {
          try {
            yield strings.get(Integer.parseInt(raw.strip()));
          } catch (RuntimeException e) {
            yield ""; // a string index the workbook does not have: an empty cell
          }
        }
        case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
        default -> raw; // inlineStr, str (formula text result), e (error), n
      };
    }
  }

  /**
   * A stored number as its digits: 45717.0 and 1.3812345678E10 (as some writers store 45717 and a
   * telephone number) read 45717 and 13812345678, as Excel's formula bar shows them. Text that is
   * no number, or a number whose digits would run far, stays as stored.
   */
  static String plainNumber(String raw) {
    String t = raw.strip();
    if (t.isEmpty() || t.length() > 40) {
      return raw;
    }
    try {
      java.math.BigDecimal d = new java.math.BigDecimal(t).stripTrailingZeros();
      return d.scale() < -20 || d.scale() > 20 ? raw : d.toPlainString();
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  // ---------------------------------------------------------------- .xls and encrypted files

  /**
   * The compound file of an .xls; a header or block table that cannot be read (Unsupported
   * blocksize, a truncated file) is a damaged file. The file itself was opened and read before (its
   * magic), so an IOException here is about its content.
   */
  private static POIFSFileSystem openOle2(Path file) throws IOException {
    try {
      return new POIFSFileSystem(file.toFile(), true);
    } catch (java.nio.file.FileSystemException e) {
      throw e;
    } catch (IOException e) {
      throw new Ole2Damaged(e);
    }
  }

  private static Result ole2(Path file, Limits limits) throws Exception {
    try (POIFSFileSystem fs = openOle2(file)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
        throw GkmlException.usage("import.encrypted", file);
      }
      if (root.hasEntry("WordDocument")) {
        throw GkmlException.usage("import.wordDoc", file);
      }
      if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
        throw GkmlException.usage("import.unknownFormat", file);
      }
      if (Files.size(file) > limits.maxXlsBytes()) {
        throw GkmlException.usage("import.xlsTooLarge", file, limits.maxXlsBytes() >> 20);
      }
      List<ImportNote> notes = new ArrayList<>();
      if (root.hasEntry("_VBA_PROJECT_CUR") || root.hasEntry("Macros")) {
        notes.add(ImportNote.warning(null, null, "import.macros"));
      }
      Budget budget = new Budget(limits);
      List<TableGrid> sheets = new ArrayList<>();
      try (HSSFWorkbook wb = new HSSFWorkbook(root, true)) {
        boolean external = false;
        DataFormatter format = new DataFormatter(Locale.ROOT);
        boolean date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
          Sheet sheet = wb.getSheetAt(i);
          GridBuilder grid = new GridBuilder(sheet.getSheetName(), budget);
          for (Row row : sheet) {
            for (Cell cell : row) {
              String ref = new CellReference(cell).formatAsString(false);
              if (cell.getCellType() == CellType.FORMULA) {
                grid.formula(ref, true); // .xls always saves a formula's value
                external |= externalFormula(cell);
              }
              grid.cell(ref, text(cell, format, date1904));
            }
          }
          for (CellRangeAddress a : sheet.getMergedRegions()) {
            grid.merge(a.formatAsString());
          }
          sheets.add(grid.build(wb.isSheetHidden(i) || wb.isSheetVeryHidden(i), notes));
        }
        if (external) {
          notes.add(ImportNote.warning(null, null, "import.externalLinks"));
        }
      }
      return new Result(sheets, notes);
    }
  }

  /** Whether a formula refers to another workbook ({@code [book.xls]Sheet1!A1}). */
  private static boolean externalFormula(Cell cell) {
    try {
      return cell.getCellFormula().contains("[");
    } catch (RuntimeException e) {
      return true; // a formula POI cannot even print refers to something it cannot see
    }
  }

  /**
   * A cell's text; a formula gives its cached value, never the formula; a number in a date format
   * the date it shows, as an .xlsx cell does ({@link CellDates}).
   */
  private static String text(Cell cell, DataFormatter format, boolean date1904) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      String date =
          CellDates.text(
              cell.getNumericCellValue(),
              cell.getCellStyle().getDataFormat(),
              cell.getCellStyle().getDataFormatString(),
              date1904);
      if (date != null) {
        return date;
      }
    }
    if (cell.getCellType() != CellType.FORMULA) {
      return format.formatCellValue(cell);
    }
    return switch (cell.getCachedFormulaResultType()) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC ->
          format.formatRawCellContents(
              cell.getNumericCellValue(),
              cell.getCellStyle().getDataFormat(),
              cell.getCellStyle().getDataFormatString());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }

  // ---------------------------------------------------------------- building grids

  /** Cells and characters read so far across the workbook, against the limits. */
  static final class Budget {
    private final Limits limits;
    private long cells;
    private long chars;

    Budget(Limits limits) {
      this.limits = limits;
    }

    void add(int length) {
      cells++;
      chars += length;
      if (cells > limits.maxCells()) {
        throw new TooLarge("import.tooManyCells", limits.maxCells());
      }
      if (chars > limits.maxChars()) {
        throw new TooLarge("import.tooManyChars", limits.maxChars());
      }
    }
  }

  /** The workbook holds more than an import reads. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    /**
     * @param key the message saying which limit, in the user's language
     */
    TooLarge(String key, long limit) {
      super(key, null, false, false);
      this.limit = limit;
    }

    /** The one-line failure of importing {@code file}. */
    GkmlException failure(Path file) {
      // the digits as they are, without the locale's grouping
      return GkmlException.usage(getMessage(), file, String.valueOf(limit));
    }
  }

  /** Collects one sheet's cells as they stream by. */
  private static final class GridBuilder {
    private final String name;
    private final Budget budget;
    private final List<String[]> rows = new ArrayList<>();
    private final List<TableGrid.Area> merges = new ArrayList<>();
    private final List<TableGrid.Cell> formulas = new ArrayList<>();
    private final List<TableGrid.Cell> unsaved = new ArrayList<>();
    private int beyond;
    private String beyondRef;

    GridBuilder(String name, Budget budget) {
      this.name = name;
      this.budget = budget;
    }

    void cell(String ref, String value) {
      if (ref == null || value == null || value.isEmpty()) {
        return;
      }
      CellReference at = new CellReference(ref);
      int r = at.getRow();
      int c = at.getCol();
      if (c >= budget.limits.maxColumns() || r < 0) {
        if (beyond++ == 0) {
          beyondRef = ref;
        }
        return;
      }
      String text = clean(value);
      if (text.isEmpty()) {
        return;
      }
      budget.add(text.length());
      while (rows.size() <= r) {
        rows.add(null);
      }
      String[] row = rows.get(r);
      if (row == null || row.length <= c) {
        String[] grown = new String[Math.max(c + 1, row == null ? 8 : row.length * 2)];
        if (row != null) {
          System.arraycopy(row, 0, grown, 0, row.length);
        }
        row = grown;
        rows.set(r, row);
      }
      row[c] = text;
    }

    /** A formula at {@code ref}; {@code saved} false when the file holds no value for it. */
    void formula(String ref, boolean saved) {
      if (ref != null) {
        CellReference at = new CellReference(ref);
        TableGrid.Cell cell = new TableGrid.Cell(at.getRow(), at.getCol());
        (saved ? formulas : unsaved).add(cell);
      }
    }

    void merge(String ref) {
      if (ref == null) {
        return;
      }
      try {
        CellRangeAddress a = CellRangeAddress.valueOf(ref);
        if (a.getFirstRow() >= 0 && a.getFirstColumn() >= 0) {
          merges.add(
              new TableGrid.Area(
                  a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
        }
      } catch (RuntimeException e) {
        // an unreadable merge reference merges nothing
      }
    }

    TableGrid build(boolean hidden, List<ImportNote> notes) {
      if (beyond > 0) {
        notes.add(
            ImportNote.warning(
                name, beyondRef, "import.beyondColumns", beyond, budget.limits.maxColumns()));
      }
      return new TableGrid(name, hidden, rows, merges, formulas, unsaved);
    }
  }

  /**
   * Cell text as the importer reads it, which is what a person reads in the cell: \n line breaks
   * (Word's vertical tab and page break, and the Unicode line and paragraph separators, are line
   * breaks too), Excel's _xHHHH_ escapes decoded, no-break spaces as spaces, no character a reader
   * does not see (zero-width spaces, soft hyphens, a BOM or DEL pasted from another program: what
   * GK107 would report in the written file, TextTraits#isInvisible), trimmed.
   */
  static String clean(String value) {
    String s = value;
    if (s.indexOf("_x") >= 0) {
      Matcher m = ESCAPE.matcher(s);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(
            out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
      }
      m.appendTail(out);
      s = out.toString();
    }
    s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
    return withoutInvisible(s).strip();
  }

  private static String withoutInvisible(String s) {
    if (s.codePoints()
        .noneMatch(c -> c == '\u2028' || c == '\u2029' || TextTraits.isInvisible(c))) {
      return s; // nearly every cell
    }
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case 0x0B, 0x0C, 0x85, 0x2028, 0x2029 -> out.append('\n');
                case 0x202F -> out.append(' ');
                default -> {
                  if (!TextTraits.isInvisible(c)) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  // ---------------------------------------------------------------- failures

  private static GkmlException translate(Path file, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GkmlException g) {
        return g;
      }
      if (t instanceof TooLarge tooLarge) {
        return tooLarge.failure(file);
      }
      if (t instanceof EncryptedDocumentException) {
        return GkmlException.usage("import.encrypted", file);
      }
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb") || m.contains("max. ratio") || m.contains("exceed the max")) {
        return GkmlException.usage("import.zipBomb", file);
      }
      if (damaged(t)) {
        return new GkmlException(e, org.gkml.error.ExitCode.USAGE, "import.damaged", file);
      }
      if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
        return GkmlException.usage("import.tooComplex", file);
      }
    }
    if (thrownByTheReaders(e)) {
      return new GkmlException(e, org.gkml.error.ExitCode.USAGE, "import.damaged", file);
    }
    return new GkmlException(
        e, org.gkml.error.ExitCode.USAGE, "import.cannotRead", file, reason(e));
  }

  /**
   * Whether a failure says the file's package is broken: a zip cut off or corrupt, a workbook
   * package without its content types or missing a part it refers to, an .xls whose records or
   * header make no sense. The library's words (zip END header not found, No part found for
   * relationship id=rId7 - container=OPCPackage{…}) tell a clerk nothing; saving the file again
   * from Excel or WPS, or exporting it again, is what helps.
   */
  private static boolean damaged(Throwable t) {
    return t instanceof java.util.zip.ZipException
        || t instanceof java.io.EOFException
        || t instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException
        || t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
        || t instanceof org.apache.poi.poifs.filesystem.NotOLE2FileException
        || t instanceof org.apache.poi.util.RecordFormatException
        || t instanceof Ole2Damaged
        || String.valueOf(t.getMessage()).startsWith("No part found for relationship");
  }

  /**
   * Whether a failure came from the libraries that parse the file (POI, XMLBeans, the XML parser):
   * a part of the package cut off or garbled makes them fail in any of many ways (an XML error, an
   * index out of bounds, "Block 72 not found"), none of which a clerk can act on; like {@link
   * #damaged}, the file is to be saved again. Told by the first frame outside the JDK of any
   * throwable in the chain (an index check in the JDK called by POI is POI's failure), so that a
   * fault of gkml's own reading stays visible as one.
   */
  private static boolean thrownByTheReaders(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.xml.sax.SAXException
          || t instanceof javax.xml.stream.XMLStreamException
          || t instanceof org.apache.xmlbeans.XmlException) {
        return true;
      }
      for (StackTraceElement frame : t.getStackTrace()) {
        String c = frame.getClassName();
        if (c.startsWith("java.")
            || c.startsWith("javax.")
            || c.startsWith("jdk.")
            || c.startsWith("sun.")
            || c.startsWith("com.sun.")) {
          continue;
        }
        if (c.startsWith("org.apache.")) {
          return true;
        }
        break;
      }
    }
    return false;
  }

  /** An .xls whose compound-file header or block table cannot be read (POIFS's IOException). */
  private static final class Ole2Damaged extends IOException {
    private static final long serialVersionUID = 1L;

    Ole2Damaged(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    m = m.strip();
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }
}
