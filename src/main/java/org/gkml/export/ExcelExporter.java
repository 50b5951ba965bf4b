package org.gkml.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Mode;
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
  private final ChannelVocabulary vocabulary;
  private final SharedRows shared = new SharedRows();

  public ExcelExporter(ExcelOptions options, ChannelVocabulary vocabulary) {
    this.options = options;
    this.vocabulary = vocabulary;
  }

  /** How many domain sheets took their rows from an earlier workbook of this exporter. */
  long sharedSheets() {
    return shared.reused();
  }

  /** Writes the workbook of {@code published} to {@code out} (which stays open). */
  public void write(PublishedCatalog published, OutputStream out) throws IOException {
    try (StreamedWorkbook wb = new StreamedWorkbook(ROW_WINDOW, options.compression().level)) {
      ExcelStyles styles = new ExcelStyles(wb);
      List<String> sheets = sheetNames(published.domains());
      List<Column> columns = Column.layout(published.tierColumns());
      writeIndex(wb, styles, published, sheets);
      for (int i = 0; i < published.domains().size(); i++) {
        writeDomain(wb, styles, published, published.domains().get(i), sheets.get(i), columns);
      }
      writeMetadata(wb, published, sheets);
      wb.setActiveSheet(0);
      wb.write(out);
    }
  }

  // ---------------------------------------------------------------- the 目录 sheet

  private static final List<String> INDEX_HEADER =
      List.of("序号", "领域", "事项数", "其中基础事项", "其中个性事项", "版本", "工作表");
  private static final int[] INDEX_WIDTHS = {6, 26, 10, 14, 14, 12, 24};

  private void writeIndex(
      StreamedWorkbook wb, ExcelStyles styles, PublishedCatalog published, List<String> sheets) {
    DeferredSXSSFSheet sheet = wb.createSheet(ExcelLayout.INDEX_SHEET);
    int last = INDEX_HEADER.size() - 1;
    columnWidths(wb.getXSSFSheet(ExcelLayout.INDEX_SHEET), INDEX_WIDTHS);
    List<String> facts = indexFacts(published);
    int domains = published.domains().size();
    int firstDomainRow = 3;
    int firstFactRow = firstDomainRow + domains + 2;
    int lastRow = firstFactRow + facts.size() - 1;
    sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, last));
    XSSFSheet xssf = wb.getXSSFSheet(ExcelLayout.INDEX_SHEET);
    for (int i = 0; i < domains; i++) {
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
    printSetup(sheet, /* landscape= */ false);
    wb.setPrintArea(wb.getSheetIndex(sheet), 0, last, 0, lastRow);
    xssf.setDimensionOverride(new CellRangeAddress(0, lastRow, 0, last));
    sheet.setRowGenerator(
        s -> {
          Row title = s.createRow(0);
          title.setHeightInPoints(30);
          text(title, 0, indexTitle(published), styles.title);
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
            text(row, 6, sheets.get(i), styles.link);
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

  private static String indexTitle(PublishedCatalog p) {
    return p.isBasic() ? "基层政务公开标准目录（基础目录）" : p.regionName() + "基层政务公开标准目录";
  }

  private List<String> indexFacts(PublishedCatalog p) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "区域：" + (p.isBasic() ? "基础目录（不含区域个性化）" : p.regionName() + "（" + p.regionCode() + "）"));
    lines.add("公开层级：" + (p.tier() == null ? "全部层级" : p.tier().word()));
    if (p.issuer() != null && !p.issuer().isEmpty()) {
      lines.add("发布机关：" + p.issuer());
    }
    lines.add("生成日期：" + p.date());
    lines.add(legend(p));
    return lines;
  }

  private String legend(PublishedCatalog p) {
    StringBuilder s = new StringBuilder("说明：“" + ExcelLayout.TICK + "”表示适用");
    if (options.channels() == ExcelOptions.ChannelStyle.CHECKLIST) {
      s.append("；公开渠道和载体中“")
          .append(ExcelLayout.CHECKED)
          .append("”表示采用，“")
          .append(ExcelLayout.UNCHECKED)
          .append("”表示未采用");
    }
    if (!p.isBasic()) {
      s.append("；序号后带“").append(ExcelLayout.CUSTOM_MARK).append("”并加底纹的为本地区个性事项");
    }
    s.append("；备注首行“")
        .append(ExcelLayout.OPTIONAL_NOTE)
        .append("”表示下级可按规定删除的事项；")
        .append(ExcelLayout.ID_HEADER)
        .append("列为事项编号，供修订和导入使用。");
    return s.toString();
  }

  // ---------------------------------------------------------------- a domain sheet

  private void writeDomain(
      StreamedWorkbook wb,
      ExcelStyles styles,
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
    columnWidths(wb.getXSSFSheet(name), widths);
    List<Item> items = catalog.items();
    int[] runEnd = level1Runs(items);

    // the sheet part (merges, panes, print settings) is written before its rows are generated
    sheet.addMergedRegionUnsafe(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, last));
    sheet.addMergedRegionUnsafe(new CellRangeAddress(INFO_ROW, INFO_ROW, 0, last));
    headerMerges(sheet, columns);
    int level1 = indexOf(columns, Kind.LEVEL1);
    for (int i = 0; i < items.size(); i++) {
      if (runEnd[i] > i && (i == 0 || runEnd[i - 1] != runEnd[i])) {
        sheet.addMergedRegionUnsafe(
            new CellRangeAddress(FIRST_ITEM_ROW + i, FIRST_ITEM_ROW + runEnd[i], level1, level1));
      }
    }
    int lastRow = Math.max(FIRST_ITEM_ROW, FIRST_ITEM_ROW + items.size()) - 1;
    sheet.createFreezePane(0, FIRST_ITEM_ROW);
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, FIRST_ITEM_ROW - 1, -1, -1));
    printSetup(sheet, /* landscape= */ true);
    wb.setPrintArea(wb.getSheetIndex(sheet), 0, last, 0, lastRow);
    wb.getXSSFSheet(name).setDimensionOverride(new CellRangeAddress(0, lastRow, 0, last));

    BitSet custom = new BitSet(items.size());
    for (int i = 0; i < items.size(); i++) {
      custom.set(i, published.isCustom(items.get(i).id()));
    }
    SharedRows.Key key = new SharedRows.Key(catalog, columns, custom);
    byte[] written = shared.get(key);
    if (written != null) {
      wb.appendWrittenRows(sheet, written);
    } else {
      wb.recordRows(sheet, SharedRows.MAX_SHEET_BYTES, rows -> shared.put(key, rows));
    }
    sheet.setRowGenerator(
        s -> {
          Row title = s.createRow(TITLE_ROW);
          title.setHeightInPoints(32);
          text(title, 0, domainTitle(published, catalog), styles.title);
          String info = domainInfo(published, catalog);
          Row infoRow = s.createRow(INFO_ROW);
          text(infoRow, 0, info, styles.info);
          infoRow.setHeightInPoints(ExcelText.height(info, totalWidth(widths), 9));
          if (written != null) {
            return; // the rows below were written for an earlier workbook: POI's very bytes
          }
          wb.startRecording(s);
          headerRows(s, styles, columns);
          List<String[]> checklist = checklist(catalog);
          for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean isCustom = custom.get(i);
            Row row = s.createRow(FIRST_ITEM_ROW + i);
            float height = 0;
            for (int c = 0; c <= last; c++) {
              Column col = columns.get(c);
              String value = value(col, item, i + 1, isCustom, checklist);
              if (col.kind() == Kind.SEQ && !isCustom) {
                number(row, c, i + 1, styles.cell(col.style(), false));
              } else {
                text(row, c, value, styles.cell(col.style(), isCustom));
              }
              boolean merged = col.kind() == Kind.LEVEL1 && runEnd[i] > i;
              if (!merged) {
                height = Math.max(height, ExcelText.height(value, col.width(), col.fontPoints()));
              }
            }
            row.setHeightInPoints(height);
          }
        });
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
    String group = columns.get(c).group();
    int end = c;
    while (group != null
        && end + 1 < columns.size()
        && group.equals(columns.get(end + 1).group())) {
      end++;
    }
    return end;
  }

  private static String domainTitle(PublishedCatalog p, Catalog catalog) {
    String title =
        catalog.title() != null && !catalog.title().isBlank()
            ? catalog.title()
            : catalog.domain() + ExcelLayout.TITLE_TAIL;
    return p.isBasic() || title.startsWith(p.regionName()) ? title : p.regionName() + title;
  }

  private String domainInfo(PublishedCatalog p, Catalog catalog) {
    List<String> parts = new ArrayList<>();
    if (!p.isBasic()) {
      parts.add("区域：" + p.regionName() + "（" + p.regionCode() + "）");
    }
    if (p.tier() != null) {
      parts.add("公开层级：" + p.tier().word());
    }
    if (catalog.version() != null) {
      parts.add("版本：" + catalog.version());
    }
    String issuer = catalog.issuer() != null ? catalog.issuer() : p.issuer();
    if (issuer != null && !issuer.isEmpty()) {
      parts.add("发布机关：" + issuer);
    }
    if (catalog.effective() != null) {
      parts.add("施行日期：" + catalog.effective());
    }
    parts.add("生成日期：" + p.date());
    return String.join("　", parts) + "\n" + legend(p);
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

  /**
   * The boxes of a sheet's channel checklist, each as {label, comparison key}: the printed list of
   * the vocabulary, then the channels the sheet's items use besides it, in vocabulary order, so
   * every row of a sheet shows the same boxes.
   */
  private List<String[]> checklist(Catalog catalog) {
    Map<String, String> boxes = new LinkedHashMap<>();
    vocabulary.printedList().forEach(c -> boxes.put(ChannelVocabulary.normalize(c), c));
    Map<String, String> extra = new LinkedHashMap<>();
    for (Item item : catalog.items()) {
      for (String c : item.channels()) {
        String key = ChannelVocabulary.normalize(c);
        if (!boxes.containsKey(key)) {
          extra.putIfAbsent(key, c);
        }
      }
    }
    extra.entrySet().stream()
        .sorted(
            (a, b) -> Integer.compare(vocabulary.rank(a.getValue()), vocabulary.rank(b.getValue())))
        .forEach(e -> boxes.put(e.getKey(), e.getValue()));
    List<String[]> out = new ArrayList<>();
    boxes.forEach((key, label) -> out.add(new String[] {label, key}));
    return out;
  }

  private String value(Column col, Item item, int seq, boolean custom, List<String[]> checklist) {
    return switch (col.kind()) {
      case SEQ -> custom ? seq + ExcelLayout.CUSTOM_MARK : Integer.toString(seq);
      case LEVEL1 -> orEmpty(item.level1());
      case LEVEL2 -> orEmpty(item.level2());
      case CONTENT -> orEmpty(item.content());
      case BASIS -> String.join("\n", item.basis());
      case DEADLINE -> orEmpty(item.deadline());
      case OWNER -> orEmpty(item.owner());
      case CHANNELS -> channels(item, checklist);
      case AUDIENCE_PUBLIC -> tick(item.audience() == Audience.PUBLIC);
      case AUDIENCE_SPECIFIC -> tick(item.audience() == Audience.SPECIFIC);
      case MODE_PROACTIVE -> tick(item.mode() == Mode.PROACTIVE);
      case MODE_ON_REQUEST -> tick(item.mode() == Mode.ON_REQUEST);
      case TIER -> tick(item.publishedAt(col.tier()));
      case NOTE -> note(item);
      case ID -> item.id();
    };
  }

  private String channels(Item item, List<String[]> checklist) {
    if (options.channels() == ExcelOptions.ChannelStyle.LIST) {
      return String.join("\n", item.channels());
    }
    Set<String> used = new HashSet<>();
    item.channels().forEach(c -> used.add(ChannelVocabulary.normalize(c)));
    StringBuilder s = new StringBuilder();
    for (String[] box : checklist) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(used.contains(box[1]) ? ExcelLayout.CHECKED : ExcelLayout.UNCHECKED).append(box[0]);
    }
    return s.toString();
  }

  private static String note(Item item) {
    String note = orEmpty(item.note());
    if (!item.optional()) {
      return note;
    }
    return note.isEmpty() ? ExcelLayout.OPTIONAL_NOTE : ExcelLayout.OPTIONAL_NOTE + "\n" + note;
  }

  private static String tick(boolean on) {
    return on ? ExcelLayout.TICK : "";
  }

  // ---------------------------------------------------------------- hidden metadata

  private static void writeMetadata(
      StreamedWorkbook wb, PublishedCatalog published, List<String> sheets) {
    DeferredSXSSFSheet sheet = wb.createSheet(ExcelLayout.METADATA_SHEET);
    List<List<String>> rows = ExcelMetadata.rows(published.domains(), sheets);
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

  private static void printSetup(DeferredSXSSFSheet sheet, boolean landscape) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(landscape);
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

  private static int indexOf(List<Column> columns, Kind kind) {
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

  /** What a column of the domain table holds. */
  enum Kind {
    SEQ,
    LEVEL1,
    LEVEL2,
    CONTENT,
    BASIS,
    DEADLINE,
    OWNER,
    CHANNELS,
    AUDIENCE_PUBLIC,
    AUDIENCE_SPECIFIC,
    MODE_PROACTIVE,
    MODE_ON_REQUEST,
    TIER,
    NOTE,
    ID
  }

  /**
   * One column of the domain table: what it holds, its group header (row 3, merged over the group)
   * or null, its own header, its width in characters and its cell style.
   */
  record Column(
      Kind kind, String group, String header, int width, ExcelStyles.Role style, Tier tier) {

    int fontPoints() {
      return style == ExcelStyles.Role.ID ? 8 : 10;
    }

    static List<Column> layout(List<Tier> tiers) {
      List<Column> c = new ArrayList<>();
      c.add(new Column(Kind.SEQ, null, "序号", 5, ExcelStyles.Role.CENTER, null));
      c.add(new Column(Kind.LEVEL1, "公开事项", "一级事项", 10, ExcelStyles.Role.CENTER, null));
      c.add(new Column(Kind.LEVEL2, "公开事项", "二级事项", 12, ExcelStyles.Role.TEXT, null));
      c.add(new Column(Kind.CONTENT, null, "公开内容(要素)", 30, ExcelStyles.Role.TEXT, null));
      c.add(new Column(Kind.BASIS, null, "公开依据", 26, ExcelStyles.Role.TEXT, null));
      c.add(new Column(Kind.DEADLINE, null, "公开时限", 14, ExcelStyles.Role.TEXT, null));
      c.add(new Column(Kind.OWNER, null, "公开主体", 12, ExcelStyles.Role.TEXT, null));
      c.add(new Column(Kind.CHANNELS, null, "公开渠道和载体", 22, ExcelStyles.Role.TEXT, null));
      c.add(new Column(Kind.AUDIENCE_PUBLIC, "公开对象", "全社会", 5, ExcelStyles.Role.CENTER, null));
      c.add(new Column(Kind.AUDIENCE_SPECIFIC, "公开对象", "特定群体", 5, ExcelStyles.Role.CENTER, null));
      c.add(new Column(Kind.MODE_PROACTIVE, "公开方式", "主动", 5, ExcelStyles.Role.CENTER, null));
      c.add(new Column(Kind.MODE_ON_REQUEST, "公开方式", "依申请", 5, ExcelStyles.Role.CENTER, null));
      for (Tier t : tiers) {
        c.add(new Column(Kind.TIER, "公开层级", t.word(), 5, ExcelStyles.Role.CENTER, t));
      }
      c.add(new Column(Kind.NOTE, null, ExcelLayout.NOTE_HEADER, 10, ExcelStyles.Role.TEXT, null));
      c.add(new Column(Kind.ID, null, ExcelLayout.ID_HEADER, 9, ExcelStyles.Role.ID, null));
      return List.copyOf(c);
    }
  }
}
