package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --region R --into-tree} of a workbook whose table for a domain says what R's
 * overlay already says leaves that overlay as written: a county clerk who edits one domain of the
 * workbook must not lose the comments and layout of the overlays of every other domain.
 */
class RegionImportKeepsUnchangedOverlaysTest {
  private static final String TOWNSHIP = "511703102";

  @TempDir Path tmp;
  private Path root;
  private Path overlay;
  private byte[] before;

  @BeforeEach
  void tree() throws IOException {
    root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    overlay = root.resolve("regions/511703-达川区/511703102-石桥镇/rural-dilapidated-housing.yaml");
    before = Files.readAllBytes(overlay);
    assertThat(new String(before, java.nio.charset.StandardCharsets.UTF_8)).startsWith("# ");
  }

  @Test
  void anOverlayTheTableDoesNotChangeKeepsItsCommentsAndLayout() throws IOException {
    Path xlsx = EditedRegionWorkbook.of(root, TOWNSHIP, tmp.resolve("unchanged.xlsx"), book -> {});

    CliRun r = importIntoTree(xlsx);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(overlay).hasBinaryContent(before);
    assertThat(r.out() + r.err()).contains(overlay + ": the table says what this overlay already");
  }

  @Test
  void anOverlayWhoseTableWasEditedIsWritten() throws IOException {
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            TOWNSHIP,
            tmp.resolve("edited.xlsx"),
            book -> {
              for (Sheet s : book) {
                for (Row row : s) {
                  for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING
                        && c.getStringCellValue().equals("511703102-WFGZ-001")) {
                      // its 公开时限, the fifth element after the id, reworded by the clerk
                      for (Cell d : row) {
                        if (d.getCellType() == CellType.STRING
                            && d.getStringCellValue().contains("工作日")) {
                          d.setCellValue(d.getStringCellValue() + "（节假日顺延）");
                          return;
                        }
                      }
                    }
                  }
                }
              }
              throw new AssertionError("no deadline cell in the row of 511703102-WFGZ-001");
            });

    CliRun r = importIntoTree(xlsx);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(overlay)).contains("节假日顺延");
  }

  private CliRun importIntoTree(Path xlsx) {
    return CliRun.of(
        "import",
        xlsx.toString(),
        "--root",
        root.toString(),
        "--region",
        TOWNSHIP,
        "--into-tree",
        "--lang",
        "en");
  }
}
