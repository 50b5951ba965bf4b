package org.gkml.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.gkml.error.GkmlException;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Field;
import org.gkml.model.Item;
import org.gkml.model.TableVocabulary;
import org.gkml.model.Tier;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;

/**
 * Writes catalogues as an Excel workbook in the official table layout: a 目录 sheet, then one sheet
 * per domain with a title row, the two header rows and one row per item. Each sheet's rows are
 * generated while the file is written and stream through POI's SXSSF straight into it, so the heap
 * holds a small window of rows whatever the size of the catalogue. Every cell is a text or number
 * value; nothing is ever written as a formula.
 */
public final class ExcelExporter {
  /** Rows SXSSF keeps in memory before writing them out. */
  private static final int ROW_WINDOW = 200;

  private static final int TITLE_ROW = 0;
  private static final int INFO_ROW = 1;
  private static final int HEADER_ROW = 2;
  private static final int FIRST_ITEM_ROW = 4;

  private final ExcelOptions options;
  private final TableText words;
  private final SharedRows<StreamedWorkbook.WrittenSheet> shared =
      new SharedRows<>(StreamedWorkbook.WrittenSheet::size);

  public ExcelExporter(ExcelOptions options, ChannelVocabulary vocabulary) {
    this.options = options;
    this.words = new TableText(options.channels(), vocabulary);
  }

  /** How many domain sheets took their rows from an earlier workbook of this exporter. */
  long sharedSheets() {
    return shared.reused();
  }

  /** Writes the workbook of {@code published} to {@code out} (which stays open). */
  public void write(PublishedCatalog published, OutputStream out) throws IOException {
    write(published, Map.of(), out);
  }

  /**
   * As {@link #write(PublishedCatalog, OutputStream)}, recording in the hidden sheet what each
   * domain's table was made from ({@code sources}, by domain: see {@link ExcelMetadata}).
   */
  public void write(PublishedCatalog published, Map<String, String> sources, OutputStream out)
      throws IOException {
    try (StreamedWorkbook wb =
        new StreamedWorkbook(
            ROW_WINDOW, options.compression().level, PackageDates.zipEntryTime(published.date()))) {
      ExcelStyles styles = new ExcelStyles(wb);
      EditAids editAids = published.isBasic() ? null : new EditAids(words.channelsPrompt());
      List<String> sheets = sheetNames(published.domains());
      List<Tier> tiers = published.tierColumns(); // a walk over every item: once per workbook
      writeIndex(wb, styles, published, sheets);
      for (int i = 0; i < published.domains().size(); i++) {
        Catalog domain = published.domains().get(i);
        if (published.notApplicableText(domain) != null) {
          continue; // not applicable: the 目录 says so and why, there is no table to print
        }
        List<TableColumn> table =
            TableColumn.layout(
                tiers, TableColumn.Extras.of(domain).withRemoval(!published.isBasic()));
        writeDomain(
            wb,
            styles,
            editAids,
            published,
            domain,
            sheets.get(i),
            Column.layout(table, domain, words));
        if (domain.items().isEmpty()) {
          // no item at this tier: the sheet stays for the import, hidden so that no page of
          // headers alone is printed; the 目录 lists the domain as 本层级无事项
          wb.setSheetVisibility(wb.getSheetIndex(sheets.get(i)), SheetVisibility.HIDDEN);
        }
      }
      writeMetadata(wb, published, sheets, sources);
      wb.setActiveSheet(0);
      properties(wb, published);
      try {
        wb.write(out);
      } catch (IOException | RuntimeException e) {
        // the rows are made while POI writes, which wraps what their making throws ("Error
        // generating Excel rows"): a value too long for its cell is the catalogue's fault, not
        // the writing's, and is said as such
        for (Throwable t = e; t != null; t = t.getCause()) {
          if (t instanceof GkmlException g) {
            throw g;
          }
        }
        throw e;
      }
    }
  }

  // ---------------------------------------------------------------- the 目录 sheet

  private static final List<String> INDEX_HEADER =
      java.util.stream.Stream.concat(
              TableVocabulary.INDEX_COLUMNS.stream(), java.util.stream.Stream.of("工作表"))
          .toList();
  private static final int[] INDEX_WIDTHS = {6, 26, 10, 14, 14, 12, 24};

  private void writeIndex(
      StreamedWorkbook wb, ExcelStyles styles, PublishedCatalog published, List<String> sheets) {
    DeferredSXSSFSheet sheet = wb.createSheet(ExcelLayout.INDEX_SHEET);
    int last = INDEX_HEADER.size() - 1;
    columnWidths(wb.getXSSFSheet(ExcelLayout.INDEX_SHEET), INDEX_WIDTHS);
    List<String> facts = new ArrayList<>(words.indexFacts(published));
    if (!published.isBasic()) {
      facts.addAll(TableText.editGuide()); // a region's workbook is edited and imported back
    }
    int domains = published.domains().size();
    int firstDomainRow = 3;
    int firstFactRow = firstDomainRow + domains + 2;
    int lastRow = firstFactRow + facts.size() - 1;
    sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, last));
    XSSFSheet xssf = wb.getXSSFSheet(ExcelLayout.INDEX_SHEET);
    for (int i = 0; i < domains; i++) {
      if (published.domains().get(i).items().isEmpty()) {
        continue; // a hidden sheet or none: the row says why the domain has no item
      }
      // hyperlinks belong to the sheet part, written before the rows are generated
      XSSFHyperlink h =
          wb.getXSSFWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      h.setAddress("'" + sheets.get(i).replace("'", "''") + "'!A1");
      h.setCellReference(new CellReference(firstDomainRow + i, 6));
      xssf.addHyperlink(h);
    }
    for (int r = firstFactRow; r <= lastRow; r++) {
      sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, last));
    }
    printSetup(sheet);
    wb.setPrintArea(wb.getSheetIndex(sheet), 0, last, 0, lastRow);
    xssf.setDimensionOverride(new CellRangeAddress(0, lastRow, 0, last));
    sheet.setRowGenerator(
        s -> {
          Row title = s.createRow(0);
          title.setHeightInPoints(30);
          text(title, 0, TableText.indexTitle(published), styles.title);
          Row header = s.createRow(2);
          for (int c = 0; c <= last; c++) {
            text(header, c, INDEX_HEADER.get(c), styles.header);
          }
          int r = firstDomainRow;
          long allItems = 0;
          long allCustom = 0;
          for (int i = 0; i < domains; i++) {
            Catalog catalog = published.domains().get(i);
            long custom =
                catalog.items().stream().filter(it -> published.isCustom(it.id())).count();
            long total = catalog.items().size();
            allItems += total;
            allCustom += custom;
            Row row = s.createRow(r++);
            number(row, 0, i + 1, styles.center);
            text(row, 1, catalog.domain(), styles.text);
            number(row, 2, total, styles.center);
            number(row, 3, total - custom, styles.center);
            number(row, 4, custom, styles.center);
            text(row, 5, orEmpty(catalog.version()), styles.center);
            String notApplicable = published.notApplicableText(catalog);
            if (notApplicable != null) {
              text(row, 6, notApplicable, styles.text);
              row.setHeightInPoints(
                  Math.max(
                      ExcelText.height(catalog.domain(), INDEX_WIDTHS[1], 10),
                      ExcelText.height(notApplicable, INDEX_WIDTHS[6], 10)));
            } else if (total > 0) {
              text(row, 6, sheets.get(i), styles.link);
            } else {
              text(row, 6, TableVocabulary.NO_ITEMS, styles.center);
            }
          }
          Row total = s.createRow(r);
          text(total, 0, "", styles.center);
          text(total, 1, "合计", styles.header);
          number(total, 2, allItems, styles.center);
          number(total, 3, allItems - allCustom, styles.center);
          number(total, 4, allCustom, styles.center);
          text(total, 5, "", styles.center);
          text(total, 6, "", styles.center);
          r = firstFactRow;
          for (String line : facts) {
            Row row = s.createRow(r++);
            text(row, 0, line, styles.info);
            row.setHeightInPoints(ExcelText.height(line, totalWidth(INDEX_WIDTHS), 10));
          }
        });
  }

  // ---------------------------------------------------------------- a domain sheet

  private void writeDomain(
      StreamedWorkbook wb,
      ExcelStyles styles,
      EditAids editAids,
      PublishedCatalog published,
      Catalog catalog,
      String name,
      List<Column> columns) {
    DeferredSXSSFSheet sheet = wb.createSheet(name);
    int last = columns.size() - 1;
    int[] widths = new int[columns.size()];
    for (int c = 0; c <= last; c++) {
      widths[c] = columns.get(c).width();
    }
    List<Item> items = catalog.items();
    int[] runEnd = level1Runs(items);
    int lastRow = Math.max(FIRST_ITEM_ROW, FIRST_ITEM_ROW + items.size()) - 1;
    BitSet custom = new BitSet(items.size());
    for (int i = 0; i < items.size(); i++) {
      custom.set(i, published.isCustom(items.get(i).id()));
    }
    SharedRows.Key key = new SharedRows.Key(catalog, columns, custom, !published.isBasic());
    StreamedWorkbook.WrittenSheet written = shared.get(key);
    if (written != null) {
      wb.reuse(sheet, written); // the sheet's columns, merges, validations and print settings too
      // the print titles are a name in the workbook's part, which is written afresh
      sheet.setRepeatingRows(printTitles());
    } else {
      sheetTemplate(wb, sheet, editAids, published, columns, widths, items, runEnd, lastRow);
      wb.record(sheet, SharedRows.MAX_SHEET_BYTES, part -> shared.put(key, part));
    }
    if (!items.isEmpty()) {
      // LibreOffice prints a hidden sheet that has a print area: an empty domain's sheet has none
      wb.setPrintArea(wb.getSheetIndex(sheet), 0, last, 0, lastRow);
    }
    sheet.setRowGenerator(
        s -> {
          Row title = s.createRow(TITLE_ROW);
          title.setHeightInPoints(32);
          text(title, 0, TableText.domainTitle(published, catalog), styles.title);
          String info = words.domainInfo(published, catalog);
          Row infoRow = s.createRow(INFO_ROW);
          text(infoRow, 0, info, styles.info);
          infoRow.setHeightInPoints(ExcelText.height(info, totalWidth(widths), 9));
          if (written != null) {
            return; // the rows below were written for an earlier workbook: POI's very bytes
          }
          wb.startRecording(s);
          headerRows(s, styles, columns);
          List<TableText.Box> checklist = words.checklist(catalog);
          for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean isCustom = custom.get(i);
            Row row = s.createRow(FIRST_ITEM_ROW + i);
            float height = 0;
            for (int c = 0; c <= last; c++) {
              Column col = columns.get(c);
              String value =
                  words.value(col.table(), item, i + 1, isCustom, checklist, col.width());
              if (col.kind() == TableColumn.Kind.SEQ && !isCustom) {
                number(row, c, i + 1, styles.cell(col.style(), false));
              } else {
                fits(value, item, col, catalog);
                text(row, c, value, styles.cell(col.style(), isCustom));
              }
              boolean merged = col.kind() == TableColumn.Kind.LEVEL1 && runEnd[i] > i;
              if (!merged) {
                height = Math.max(height, ExcelText.height(value, col.width(), col.fontPoints()));
              }
            }
            row.setHeightInPoints(height);
          }
        });
  }

  /**
   * What a domain sheet's part holds besides its rows: column widths, merges, the edit aids of a
   * region's workbook, the frozen header, print settings and the dimension. A function of the same
   * inputs as the rows below the title and info rows (see {@link SharedRows}).
   */
  private void sheetTemplate(
      StreamedWorkbook wb,
      DeferredSXSSFSheet sheet,
      EditAids editAids,
      PublishedCatalog published,
      List<Column> columns,
      int[] widths,
      List<Item> items,
      int[] runEnd,
      int lastRow) {
    int last = columns.size() - 1;
    XSSFSheet xssf = wb.getXSSFSheet(sheet.getSheetName());
    columnWidths(xssf, widths);
    sheet.addMergedRegionUnsafe(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, last));
    sheet.addMergedRegionUnsafe(new CellRangeAddress(INFO_ROW, INFO_ROW, 0, last));
    headerMerges(sheet, columns);
    int level1 = indexOf(columns, TableColumn.Kind.LEVEL1);
    for (int i = 0; i < items.size(); i++) {
      if (runEnd[i] > i && (i == 0 || runEnd[i - 1] != runEnd[i])) {
        sheet.addMergedRegionUnsafe(
            new CellRangeAddress(FIRST_ITEM_ROW + i, FIRST_ITEM_ROW + runEnd[i], level1, level1));
      }
    }
    if (!published.isBasic()) {
      editAids.add(
          xssf,
          columns.stream().map(Column::table).toList(),
          HEADER_ROW,
          FIRST_ITEM_ROW,
          FIRST_ITEM_ROW + items.size() + EditAids.SPARE_ROWS);
    }
    sheet.createFreezePane(0, FIRST_ITEM_ROW);
    // before the print setup: POI then marks the sheet's page setup as not the printer's defaults
    sheet.setRepeatingRows(printTitles());
    printSetup(sheet);
    xssf.setDimensionOverride(new CellRangeAddress(0, lastRow, 0, last));
  }

  /** The header rows, printed on every page. */
  private static CellRangeAddress printTitles() {
    return new CellRangeAddress(HEADER_ROW, FIRST_ITEM_ROW - 1, -1, -1);
  }

  /** The merges of the two header rows: a column without group spans both, a group its columns. */
  private static void headerMerges(DeferredSXSSFSheet sheet, List<Column> columns) {
    int c = 0;
    while (c < columns.size()) {
      int end = groupEnd(columns, c);
      if (columns.get(c).group() == null) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, c, c));
      } else if (end > c) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(HEADER_ROW, HEADER_ROW, c, end));
      }
      c = end + 1;
    }
  }

  private static void headerRows(SXSSFSheet sheet, ExcelStyles styles, List<Column> columns) {
    Row top = sheet.createRow(HEADER_ROW);
    Row sub = sheet.createRow(HEADER_ROW + 1);
    top.setHeightInPoints(22);
    sub.setHeightInPoints(36);
    int c = 0;
    while (c < columns.size()) {
      Column col = columns.get(c);
      int end = groupEnd(columns, c);
      if (col.group() == null) {
        text(top, c, col.header(), styles.header);
        text(sub, c, "", styles.header);
      } else {
        for (int k = c; k <= end; k++) {
          text(top, k, k == c ? col.group() : "", styles.header);
          text(sub, k, columns.get(k).header(), styles.header);
        }
      }
      c = end + 1;
    }
  }

  /** The last column of the header group starting at {@code c} ({@code c} itself without one). */
  private static int groupEnd(List<Column> columns, int c) {
    return TableColumn.groupEnd(columns, c, Column::group);
  }

  /** For each item, the index of the last item of its run of equal 一级事项. */
  private static int[] level1Runs(List<Item> items) {
    int[] end = new int[items.size()];
    int i = items.size() - 1;
    while (i >= 0) {
      int j = i;
      while (j > 0 && same(items.get(j - 1).level1(), items.get(i).level1())) {
        j--;
      }
      for (int k = j; k <= i; k++) {
        end[k] = i;
      }
      i = j - 1;
    }
    return end;
  }

  private static boolean same(String a, String b) {
    return a != null && a.equals(b) && !a.isEmpty();
  }

  // ---------------------------------------------------------------- hidden metadata

  private static void writeMetadata(
      StreamedWorkbook wb,
      PublishedCatalog published,
      List<String> sheets,
      Map<String, String> sources) {
    DeferredSXSSFSheet sheet = wb.createSheet(ExcelLayout.METADATA_SHEET);
    List<List<String>> rows = ExcelMetadata.rows(published, sheets, sources);
    int width = rows.stream().mapToInt(List::size).max().orElse(1);
    wb.getXSSFSheet(ExcelLayout.METADATA_SHEET)
        .setDimensionOverride(new CellRangeAddress(0, rows.size() - 1, 0, width - 1));
    wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    sheet.setRowGenerator(
        s -> {
          for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
              row.createCell(c).setCellValue(values.get(c));
            }
          }
        });
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The package's properties: title, subject and creator (the issuer) instead of POI's name, the
   * creation date the tables print (so a fixed date gives the same file), and a Normal style in the
   * tables' face.
   */
  private static void properties(StreamedWorkbook wb, PublishedCatalog p) {
    var xssf = wb.getXSSFWorkbook();
    var core = xssf.getProperties().getCoreProperties();
    core.setTitle(TableText.indexTitle(p));
    core.setSubjectProperty(PackageDates.subject(p));
    core.setCreator(p.issuer() == null ? "" : p.issuer());
    core.setCreated(java.util.Optional.of(PackageDates.created(p.date())));
    xssf.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("gkml");
    ExcelStyles.normalStyle(xssf);
  }

  /**
   * Sets the widths of a new sheet's columns, in characters, as {@code setColumnWidth} would, each
   * column a {@code <col>} of its own; but at once: POI's {@code setColumnWidth} searches the
   * sheet's columns twice for each one, which cost a build about a tenth of each workbook.
   */
  private static void columnWidths(XSSFSheet sheet, int[] widths) {
    CTCols cols = sheet.getCTWorksheet().getColsArray(0);
    for (int c = 0; c < widths.length; c++) {
      CTCol col = cols.addNewCol();
      col.setMin(c + 1);
      col.setMax(c + 1);
      col.setWidth(widths[c]);
      col.setCustomWidth(true);
    }
  }

  /** A4 landscape for every sheet, the 目录 too: the printed attachment is one orientation. */
  private static void printSetup(DeferredSXSSFSheet sheet) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.6);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
    Footer footer = sheet.getFooter();
    footer.setCenter("第 &P 页，共 &N 页");
  }

  /** Sheet names: the domain, made safe for Excel and unique ({@link SheetNames}). */
  static List<String> sheetNames(List<Catalog> catalogs) {
    SheetNames names = new SheetNames(ExcelLayout.INDEX_SHEET, ExcelLayout.METADATA_SHEET);
    List<String> out = new ArrayList<>();
    for (Catalog c : catalogs) {
      out.add(names.add(c.domain()));
    }
    return out;
  }

  private static int indexOf(List<Column> columns, TableColumn.Kind kind) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  private static int totalWidth(int[] widths) {
    int sum = 0;
    for (int w : widths) {
      sum += w;
    }
    return sum;
  }

  /**
   * Fails, naming the item and the column, when an item's value is longer than a cell holds. GK110
   * refuses such catalogues before anything is exported; this is for a tree exported unchecked (a
   * value validation could not foresee), which POI would refuse in words of its own.
   */
  private static void fits(String value, Item item, Column col, Catalog catalog) {
    if (value != null && value.length() > Field.CELL_CHARS) {
      throw GkmlException.usage(
          "export.cellTooLong",
          catalog.domain(),
          item.id(),
          col.table().header(),
          value.length(),
          Field.CELL_CHARS);
    }
  }

  private static Cell text(Row row, int c, String value, org.apache.poi.ss.usermodel.CellStyle s) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value); // a string value is always literal, never a formula
    cell.setCellStyle(s);
    return cell;
  }

  private static void number(
      Row row, int c, double value, org.apache.poi.ss.usermodel.CellStyle s) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(s);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * One column of the domain sheet: the table's column with its width in characters and its cell
   * style.
   */
  record Column(TableColumn table, int width, ExcelStyles.Role style) {

    TableColumn.Kind kind() {
      return table.kind();
    }

    String group() {
      return table.group();
    }

    String header() {
      return table.header();
    }

    int fontPoints() {
      return style == ExcelStyles.Role.ID ? 8 : 10;
    }

    /**
     * The sheet's columns for {@code catalog}'s table: each kind's width, the channel column at
     * least as wide as its widest box or name and the 编号 column as its longest id, so that Excel
     * never wraps one inside (两微一/端) when it shows or prints the table.
     */
    static List<Column> layout(List<TableColumn> table, Catalog catalog, TableText words) {
      List<Column> c = new ArrayList<>();
      for (TableColumn t : table) {
        int width = width(t.kind());
        if (t.kind() == TableColumn.Kind.CHANNELS) {
          width = Math.max(width, words.widestChannel(catalog) + 1);
        } else if (t.kind() == TableColumn.Kind.ID) {
          int units = words.widestId(catalog);
          // ids are set at 8 points in columns measured in 10-point characters
          width = Math.max(width, (units * 8 + 9) / 10 + 1);
        }
        c.add(new Column(t, width, role(t.kind())));
      }
      return List.copyOf(c);
    }

    private static int width(TableColumn.Kind kind) {
      return switch (kind) {
        case SEQ -> 5;
        case LEVEL1, NOTE -> 10;
        case LEVEL2, LEVEL3, OWNER, DEPARTMENT, CONTACT -> 12;
        case REMOVAL_REASON -> 14;
        case CONTENT -> 30;
        case BASIS -> 26;
        case DEADLINE -> 14;
        case CHANNELS -> 22;
        case ID -> 9;
        default -> 5; // a tick column: its header takes two lines of two characters
      };
    }

    private static ExcelStyles.Role role(TableColumn.Kind kind) {
      return switch (kind) {
        case SEQ, LEVEL1 -> ExcelStyles.Role.CENTER;
        case ID -> ExcelStyles.Role.ID;
        default -> kind.isTick() ? ExcelStyles.Role.CENTER : ExcelStyles.Role.TEXT;
      };
    }
  }
}
