package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --region R --into-tree} checks R's new overlays together with the overlays of the
 * regions below R, as {@code validate} would after the write: a finding there that the write causes
 * stops it (exit 1, nothing written); one that was there before does not.
 */
class RegionImportChecksTheRegionsBelowTest {
  private static final String TOWNSHIP = "511703102";
  private static final String OWN_ITEM = "511703102-WFGZ-001";

  @TempDir Path tmp;
  private Path root;
  private Path village;

  @BeforeEach
  void tree() throws IOException {
    root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    village =
        root.resolve(
            "regions/511703-达川区/511703102-石桥镇/511703102201-金花村/rural-dilapidated-housing.yaml");
    // the village modifies the township's own item: the premise of the first test
    assertThat(Files.readString(village)).contains("- id: " + OWN_ITEM);
  }

  /** The township's workbook with the row of its own item deleted, as a person would in Excel. */
  private Path withoutOwnItemRow() throws IOException {
    return EditedRegionWorkbook.of(
        root,
        TOWNSHIP,
        tmp.resolve("shiqiao.xlsx"),
        book -> {
          for (Sheet s : book) {
            for (Row row : s) {
              for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(OWN_ITEM)) {
                  s.removeRow(row);
                  return;
                }
              }
            }
          }
          throw new AssertionError("no row of " + OWN_ITEM);
        });
  }

  private CliRun importIntoTree(Path xlsx, String lang) {
    return CliRun.of(
        "import",
        xlsx.toString(),
        "--root",
        root.toString(),
        "--region",
        TOWNSHIP,
        "--into-tree",
        "--lang",
        lang);
  }

  @Test
  void anOverlayBelowThatTheWriteWouldBreakStopsTheImport() throws IOException {
    Path xlsx = withoutOwnItemRow();
    Map<String, String> before = snapshot(root);
    CliRun en = importIntoTree(xlsx, "en");
    assertThat(en.code()).as(en.err()).isEqualTo(1);
    assertThat(en.err())
        .contains("511703102201-金花村/rural-dilapidated-housing.yaml:")
        .contains("error GK201")
        .contains(OWN_ITEM)
        .contains("the overlays would break the overlays of the regions below")
        .doesNotContain("wrote ");
    assertThat(snapshot(root)).isEqualTo(before);
    CliRun zh = importIntoTree(xlsx, "zh");
    assertThat(zh.code()).isEqualTo(1);
    assertThat(zh.err()).contains("GK201").contains("下级区域的个性目录会出错");
    assertThat(snapshot(root)).isEqualTo(before);
    CliRun validate = CliRun.of("validate", "--root", root.toString());
    assertThat(validate.code()).as(validate.out()).isZero();
  }

  @Test
  void aFindingBelowThatWasThereBeforeDoesNotStopTheImport() throws IOException {
    // the village already modifies an item nobody has: validate reports it, before and after
    Files.writeString(
        village, "  - id: WFGZ-999\n    channels: {add: [入户/现场]}\n", StandardOpenOption.APPEND);
    CliRun validate = CliRun.of("validate", "--root", root.toString(), "--no-cache");
    assertThat(validate.code()).as(validate.out()).isEqualTo(1);
    assertThat(validate.out()).contains("WFGZ-999");
    Path xlsx = EditedRegionWorkbook.of(root, TOWNSHIP, tmp.resolve("unchanged.xlsx"), book -> {});
    CliRun r = importIntoTree(xlsx, "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("WFGZ-999").doesNotContain(": error");
  }

  @Test
  void aFolderOutputIsNotCheckedAgainstTheRegionsBelow() throws IOException {
    Path xlsx = withoutOwnItemRow();
    Path out = tmp.resolve("out");
    CliRun r =
        CliRun.of(
            "import",
            xlsx.toString(),
            "--root",
            root.toString(),
            "--region",
            TOWNSHIP,
            "-o",
            out.toString(),
            "--lang",
            "en");
    // the overlays go outside the tree: validate checks them once they are put in it
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("rural-dilapidated-housing.yaml")).exists();
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    return TestCatalogs.contentFiles(root);
  }
}
