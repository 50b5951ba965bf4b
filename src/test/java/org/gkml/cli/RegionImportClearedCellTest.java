package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inherited item's cell cleared in a region's workbook is reported at that cell naming the
 * column as the import report names elements, key and the table's word ({@code level2（二级事项）}), not
 * the bare YAML key a county clerk never sees.
 */
class RegionImportClearedCellTest {
  @TempDir Path tmp;

  @Test
  void aClearedCellIsNamedByTheColumnsWord() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            "511703102",
            tmp.resolve("cleared.xlsx"),
            book -> {
              for (Sheet s : book) {
                for (Row row : s) {
                  if (has(row, "WFGZ-002")) {
                    for (Cell c : row) {
                      if (c.getCellType() == CellType.STRING
                          && c.getStringCellValue().equals("任务分配")) {
                        c.setBlank();
                        return;
                      }
                    }
                  }
                }
              }
              throw new AssertionError("no 二级事项 cell 任务分配 in the row of WFGZ-002");
            });

    CliRun r =
        CliRun.of(
            "import",
            xlsx.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703102",
            "--lang",
            "zh");

    assertThat(r.err())
        .contains("warning: 事项 WFGZ-002：表格中 level2（二级事项）为空")
        .doesNotContain("表格中 level2 为空");
  }

  private static boolean has(Row row, String text) {
    for (Cell c : row) {
      if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
        return true;
      }
    }
    return false;
  }
}
