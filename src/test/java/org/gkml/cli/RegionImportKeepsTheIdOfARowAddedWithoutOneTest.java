package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row added with a blank 编号 becomes a new item with a generated id; importing the same workbook
 * again must not renumber it (staff review 9: each import gave it the next number and said the item
 * had no row any more). A row without an id whose content is one of the region's own added items is
 * that item.
 */
class RegionImportKeepsTheIdOfARowAddedWithoutOneTest {
  @TempDir Path tmp;

  private static final String TOWN = "511703102";
  private static final Pattern ID = Pattern.compile("- id: (\\S+)");

  @Test
  void reimportingTheSameWorkbookKeepsTheNewItemsId() throws IOException {
    Path root = copy();
    Path xlsx =
        EditedRegionWorkbook.of(
            root, TOWN, tmp.resolve("镇-新增.xlsx"), book -> addRow(book, "安全生产宣传"));
    Path file = root.resolve("regions/511703-达川区/511703102-石桥镇/safety-production.yaml");
    List<String> ids = null;
    for (int run = 0; run < 3; run++) {
      CliRun imported = importInto(xlsx, root);
      assertThat(imported.code()).as(imported.err()).isZero();
      assertThat(imported.err()).as("run " + run).doesNotContain("没有对应的行");
      List<String> now = ids(Files.readString(file));
      assertThat(now).hasSize(1);
      if (ids != null) {
        assertThat(now).as("run " + run).isEqualTo(ids);
      }
      ids = now;
    }
    assertThat(ids.get(0)).startsWith(TOWN + "-");
  }

  @Test
  void aBlankIdRowWithOtherContentIsANewItemBesideTheOldOne() throws IOException {
    Path root = copy();
    Path first =
        EditedRegionWorkbook.of(root, TOWN, tmp.resolve("一.xlsx"), book -> addRow(book, "宣传甲"));
    assertThat(importInto(first, root).code()).isZero();
    Path file = root.resolve("regions/511703-达川区/511703102-石桥镇/safety-production.yaml");
    List<String> before = ids(Files.readString(file));
    // a fresh export shows the item with its id; a second blank row with other content is new
    Path second =
        EditedRegionWorkbook.of(root, TOWN, tmp.resolve("二.xlsx"), book -> addRow(book, "宣传乙"));
    CliRun run = importInto(second, root);
    assertThat(run.code()).as(run.err()).isZero();
    List<String> after = ids(Files.readString(file));
    assertThat(after).hasSize(2).containsAll(before);
  }

  /** A row below the sheet's first item, copied from it, with a blank 编号 and a new 二级事项. */
  private static void addRow(XSSFWorkbook book, String level2) {
    Sheet sheet = book.getSheet("安全生产");
    DataFormatter text = new DataFormatter();
    int last = sheet.getLastRowNum();
    Row from = sheet.getRow(4);
    Row to = sheet.createRow(last + 1);
    for (Cell c : from) {
      to.createCell(c.getColumnIndex()).setCellValue(text.formatCellValue(c));
    }
    to.getCell(0).setCellValue(String.valueOf(last - 2));
    to.getCell(2).setCellValue(level2);
    to.getCell(6).setCellValue("石桥镇人民政府");
    if (to.getCell(12) != null) {
      to.getCell(12).setCellValue("");
    }
    to.getCell(16).setBlank();
  }

  private static List<String> ids(String yaml) {
    Matcher m = ID.matcher(yaml.substring(Math.max(0, yaml.indexOf("add:"))));
    return m.results().map(r -> r.group(1)).filter(id -> id.startsWith(TOWN)).toList();
  }

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

  private Path copy() throws IOException {
    return TestCatalogs.copyOfShipped(tmp.resolve("tree"));
  }
}
