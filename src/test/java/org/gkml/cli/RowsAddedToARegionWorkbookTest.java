package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows a person adds to a region's workbook without a 序号 (README: 序号 "不用改", 编号 "新增的事项留空"): gkml
 * prints each item in one row, so a row naming an item is a new item, never the rest of the
 * inherited item above it (staff review s15: a row inserted between two items was joined to the one
 * above, which --into-tree then rewrote with both rows' text, exit 0). In a table gkml did not
 * write, read back by 编号, such a join would change an inherited item unseen: an error. What is said
 * about a copied row or a row's ticks names the cell meant, not the row's column A.
 */
class RowsAddedToARegionWorkbookTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOWN = "511703102";
  private static final String HOUSING = "农村危房改造";
  private static final String NEW_NAME = "危房鉴定机构名单";

  @TempDir Path tmp;

  @Test
  void aRowInsertedBetweenTwoItemsIsANewItemAndTheOneAboveIsUnchanged() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Map<String, JsonNode> before = items(root);
    // between rows 6 (WFGZ-002) and 7 (WFGZ-003, first of a merged 一级事项 block)
    Path xlsx =
        EditedRegionWorkbook.of(
            root, TOWN, tmp.resolve("镇-插行.xlsx"), book -> insertItem(book, 6, false));
    CliRun run = importInto(xlsx, root);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("没有自己的序号", "并入", ": error", ": warning");
    Map<String, JsonNode> after = items(root);
    assertThat(after.get("WFGZ-002")).isEqualTo(before.get("WFGZ-002"));
    assertThat(after.get("WFGZ-003")).isEqualTo(before.get("WFGZ-003"));
    JsonNode added = added(after);
    assertThat(added.get("id").asText()).startsWith(TOWN + "-WFGZ-");
    // 一级事项 left blank outside a merged cell: the one of the item above, as excel.md §2.2 says
    assertThat(added.get("level1").asText())
        .isEqualTo(before.get("WFGZ-002").get("level1").asText());
    assertThat(added.get("content").asText()).isEqualTo("鉴定机构名称、联系电话");
    assertThat(after).hasSize(before.size() + 1);
  }

  @Test
  void aRowInsertedInsideAMergedFirstLevelIsANewItemUnderThatLevel() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Map<String, JsonNode> before = items(root);
    // between rows 7 (WFGZ-003) and 8 (WFGZ-004), the 一级事项 cell merged over both grows over it
    Path xlsx =
        EditedRegionWorkbook.of(
            root, TOWN, tmp.resolve("镇-块内插行.xlsx"), book -> insertItem(book, 7, true));
    CliRun run = importInto(xlsx, root);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("没有自己的序号", "并入", ": error", ": warning");
    Map<String, JsonNode> after = items(root);
    assertThat(after.get("WFGZ-003")).isEqualTo(before.get("WFGZ-003"));
    assertThat(after.get("WFGZ-004")).isEqualTo(before.get("WFGZ-004"));
    assertThat(added(after).get("level1").asText())
        .isEqualTo(before.get("WFGZ-003").get("level1").asText());
  }

  @Test
  void aNewRowBelowTheLastItemWithoutASerialNumberIsReadWithoutAWarning() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            TOWN,
            tmp.resolve("镇-新增.xlsx"),
            book -> {
              Sheet s = book.getSheet(HOUSING);
              int last = s.getLastRowNum();
              copyRow(s, last, last + 1);
              set(s, last + 1, 0, ""); // 序号 left as it is: empty
              set(s, last + 1, 2, NEW_NAME);
              set(s, last + 1, column(s, "编号"), "");
            });
    CliRun run = importInto(xlsx, root);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("没有自己的序号", "请在表格中合并", ": warning");
    assertThat(added(items(root)).get("level2").asText()).isEqualTo(NEW_NAME);
  }

  @Test
  void anInheritedRowWhoseNumberAndNameWereClearedIsStillItsItemNotTheRestOfTheOneAbove()
      throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Map<String, JsonNode> before = items(root);
    // row 8 (WFGZ-004) lies in the 一级事项 block merged from row 7: with its 序号 and 二级事项
    // cleared it names nothing of its own, but its 编号 says which item it is
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            TOWN,
            tmp.resolve("镇-清空.xlsx"),
            book -> {
              set(book.getSheet(HOUSING), 7, 0, "");
              set(book.getSheet(HOUSING), 7, 2, "");
            });
    CliRun run = importInto(xlsx, root);
    assertThat(run.err()).contains(HOUSING + "!C8", "WFGZ-004").doesNotContain("接续");
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, JsonNode> after = items(root);
    assertThat(after.get("WFGZ-003")).isEqualTo(before.get("WFGZ-003"));
    assertThat(after.get("WFGZ-004")).isEqualTo(before.get("WFGZ-004"));
  }

  @Test
  void inATableGkmlDidNotWriteAJoinIntoAnItemWithAnIdIsAnError() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Path file = root.resolve("regions/511703-达川区/511703102-石桥镇/rural-dilapidated-housing.yaml");
    String overlay = Files.exists(file) ? Files.readString(file) : null;
    // the table copied into a workbook of one's own: no hidden sheet, no 区域 line, no 目录 sheet
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            TOWN,
            tmp.resolve("自制.xlsx"),
            book -> {
              book.removeSheetAt(book.getSheetIndex("gkml"));
              book.removeSheetAt(book.getSheetIndex("目录"));
              for (Sheet s : book) {
                set(s, 1, 0, "");
              }
              insertItem(book, 7, true);
            });
    CliRun run = importInto(xlsx, root);
    assertThat(run.err())
        .contains(HOUSING + "!A8: error", NEW_NAME, "WFGZ-003", "请给它填上序号", "合并为一行");
    assertThat(run.code()).isEqualTo(1);
    String now = Files.exists(file) ? Files.readString(file) : null;
    assertThat(now).isEqualTo(overlay);
  }

  @Test
  void aRepeatedIdIsReportedAtItsIdCell() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            TOWN,
            tmp.resolve("镇-复制.xlsx"),
            book -> {
              Sheet s = book.getSheet(HOUSING);
              copyRow(s, 7, s.getLastRowNum() + 1);
            });
    int row = lastRow(xlsx, HOUSING) + 1;
    String idCell = new CellReference(row - 1, 16).formatAsString(false);
    assertThat(idCell).isEqualTo("Q" + row);
    CliRun run = importInto(xlsx, root);
    assertThat(run.err()).contains(HOUSING + "!" + idCell + ": warning: 事项编号 WFGZ-004 重复出现");
    assertThat(run.err()).doesNotContain(HOUSING + "!A" + row + ": warning: 事项编号");
  }

  @Test
  void bothModesTickedIsReportedAtTheTickedCells() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Path xlsx =
        EditedRegionWorkbook.of(
            root, TOWN, tmp.resolve("镇-两勾.xlsx"), book -> set(book.getSheet("社会保险"), 4, 11, "✓"));
    CliRun run = importInto(xlsx, root);
    assertThat(run.err()).contains("社会保险!K5: warning: 事项 SHBX-001：主动和依申请都打了勾");
    assertThat(run.err()).doesNotContain("社会保险!A5: warning");
  }

  // ------------------------------------------------------------------ editing

  /**
   * Inserts a row before the 0-based row {@code at} of the housing sheet and fills it as a new item
   * (序号, 一级事项 and 编号 left empty); {@code inBlock}: the row lies inside the merged 一级事项 cell above
   * it, which grows over it as Excel and LibreOffice grow it.
   */
  private static void insertItem(XSSFWorkbook book, int at, boolean inBlock) {
    Sheet s = book.getSheet(HOUSING);
    CellRangeAddress block = null;
    for (int i = s.getNumMergedRegions() - 1; i >= 0; i--) {
      CellRangeAddress m = s.getMergedRegion(i);
      if (m.getFirstColumn() == 1 && m.getFirstRow() < at && m.getLastRow() >= at) {
        block = m;
        s.removeMergedRegion(i);
      }
    }
    assertThat(block != null).as("a merged 一级事项 over row " + (at + 1)).isEqualTo(inBlock);
    s.shiftRows(at, s.getLastRowNum(), 1);
    if (block != null) {
      s.addMergedRegion(new CellRangeAddress(block.getFirstRow(), block.getLastRow() + 1, 1, 1));
    }
    copyRow(s, at - 1, at);
    set(s, at, 0, "");
    set(s, at, 1, "");
    set(s, at, 2, NEW_NAME);
    set(s, at, 3, "鉴定机构名称、联系电话");
    set(s, at, 5, "信息形成之日起10个工作日内");
    set(s, at, 6, "石桥镇人民政府");
    set(s, at, 12, ""); // 县级: a township's own item is public at its tier and below
    set(s, at, 15, "");
    set(s, at, column(s, "编号"), "");
  }

  private static void copyRow(Sheet s, int from, int to) {
    DataFormatter text = new DataFormatter();
    Row source = s.getRow(from);
    Row target = s.getRow(to) != null ? s.getRow(to) : s.createRow(to);
    for (Cell c : source) {
      Cell copy = target.createCell(c.getColumnIndex());
      copy.setCellStyle(c.getCellStyle());
      String v = text.formatCellValue(c);
      if (!v.isEmpty()) {
        copy.setCellValue(v);
      }
    }
  }

  /** Sets a cell anew (blank for ""): POI keeps an exported inline string beside a new value. */
  private static void set(Sheet s, int r, int c, String value) {
    Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
    Cell old = row.getCell(c);
    Cell cell;
    if (old != null) {
      var style = old.getCellStyle();
      row.removeCell(old);
      cell = row.createCell(c);
      cell.setCellStyle(style);
    } else {
      cell = row.createCell(c);
    }
    if (!value.isEmpty()) {
      cell.setCellValue(value);
    }
  }

  private static int column(Sheet s, String header) {
    for (Cell c : s.getRow(2)) {
      if (c.toString().strip().equals(header)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + header);
  }

  private static int lastRow(Path xlsx, String sheet) throws IOException {
    try (var in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      return book.getSheet(sheet).getLastRowNum();
    }
  }

  // ------------------------------------------------------------------ reading back

  private static CliRun importInto(Path xlsx, Path root) {
    return CliRun.of(
        "import",
        xlsx.toString(),
        "--root",
        root.toString(),
        "--region",
        TOWN,
        "--into-tree",
        "--lang",
        "zh");
  }

  /** The town's effective housing items at its own tier, by id, provenance left out. */
  private static Map<String, JsonNode> items(Path root) throws IOException {
    CliRun merge =
        CliRun.of(
            "merge",
            "--root",
            root.toString(),
            "--region",
            TOWN,
            "--domain",
            HOUSING,
            "--format",
            "json");
    assertThat(merge.code()).as(merge.err()).isZero();
    Map<String, JsonNode> byId = new HashMap<>();
    JsonNode doc = JSON.readTree(merge.out()); // one domain: one document
    for (JsonNode item : doc.get("items")) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) item).remove("provenance");
      byId.put(item.get("id").asText(), item);
    }
    return byId;
  }

  /** The one item named {@link #NEW_NAME}. */
  private static JsonNode added(Map<String, JsonNode> items) {
    return items.values().stream()
        .filter(i -> i.has("level2") && i.get("level2").asText().equals(NEW_NAME))
        .reduce(
            (a, b) -> {
              throw new AssertionError("two items named " + NEW_NAME);
            })
        .orElseThrow(() -> new AssertionError("no item named " + NEW_NAME));
  }
}
