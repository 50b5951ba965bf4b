package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.gkml.load.OfficeLockFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock files Excel, WPS and LibreOffice leave beside a file they have open (staff review 9):
 * never read as catalogue files, refused as a table to import with what they are, and a sign,
 * beside a workbook being imported, that it is open with edits perhaps not saved.
 */
class OfficeLockFilesTest {
  @TempDir Path tmp;

  /** What WPS writes: a length byte, the user's name, padding; no UTF-8 text. */
  private static final byte[] OWNER = {5, 'c', 'l', 'e', 'r', 'k', 0, 0, 0, 0, (byte) 0xff};

  @Test
  void lockFilesInTheTreeAreNotCatalogueFiles() throws IOException {
    Path root = copy(Path.of("catalogs"));
    Path county = root.resolve("regions/511703-达川区");
    Files.write(county.resolve("~$fety-production.yaml"), OWNER);
    Files.write(county.resolve(".~lock.safety-production.yaml#"), OWNER);
    CliRun validate = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(validate.code()).as(validate.out() + validate.err()).isZero();
    assertThat(validate.out()).doesNotContain("~$");
    CliRun export =
        CliRun.of(
            "export",
            "xlsx",
            "--root",
            root.toString(),
            "--region",
            "511703102",
            "-o",
            tmp.resolve("town.xlsx").toString());
    assertThat(export.code()).as(export.err()).isZero();
    CliRun fmt = CliRun.of("fmt", "--check", "--root", root.toString());
    assertThat(fmt.code()).as(fmt.err()).isZero();
  }

  @Test
  void aFileWithALockNameNamedToValidateOrFmtIsToldWhyItIsNotRead() throws IOException {
    // the re-check: "gkml checks only .yaml and .yml files" was said of ~$安全生产.yaml
    Path root = copy(Path.of("catalogs"));
    Path named = root.resolve("regions/511703-达川区/~$安全生产.yaml");
    Files.writeString(named, "gkml: 1\n");
    for (String command : new String[] {"validate", "fmt"}) {
      CliRun run = CliRun.of(command, named.toString(), "--lang", "zh");
      assertThat(run.code()).as(command + ": " + run.err()).isEqualTo(2);
      assertThat(run.err()).contains("以 ~$ 开头的名字", "请给它改个名字").doesNotContain("只检查");
    }
  }

  @Test
  void aLockFileNamedForImportIsRefusedWithWhatItIs() throws IOException {
    Path lock = Files.write(tmp.resolve("~$石桥镇.xlsx"), OWNER);
    CliRun run =
        CliRun.of(
            "import",
            lock.toString(),
            "--root",
            "catalogs",
            "--region",
            "511703102",
            "--lang",
            "zh");
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(lock.toString(), "不是工作簿", "锁文件").doesNotContain("Exception");
    CliRun plain = CliRun.of("import", lock.toString(), "--lang", "en");
    assertThat(plain.code()).isEqualTo(2);
    assertThat(plain.err()).contains("is not a workbook: it is the lock file");
  }

  @Test
  void aWorkbookWithALockFileBesideItIsImportedWithAWarningThatItIsOpen() throws IOException {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = EditedRegionWorkbook.of(root, "511703102", tmp.resolve("石桥镇.xlsx"), b -> {});
    String[] args = {
      "import", xlsx.toString(), "--root", root.toString(), "--region", "511703102", "--lang", "zh"
    };
    CliRun closed = CliRun.of(args);
    assertThat(closed.code()).as(closed.err()).isZero();
    assertThat(closed.err()).doesNotContain("锁文件");
    Files.write(tmp.resolve("~$石桥镇.xlsx"), OWNER);
    CliRun open = CliRun.of(args);
    assertThat(open.code()).as(open.err()).isZero();
    assertThat(open.err()).contains(xlsx + ": warning: 旁边有锁文件 ~$石桥镇.xlsx", "还没有保存的修改不会导入");
    assertThat(open.out()).isEqualTo(closed.out());
  }

  @Test
  void officeAndLibreOfficeLockNamesAreKnownAndOrdinaryNamesAreNot() throws IOException {
    assertThat(OfficeLockFile.isLockName("~$镇.xlsx")).isTrue();
    assertThat(OfficeLockFile.isLockName("regions/a/~$fety.yaml")).isTrue();
    assertThat(OfficeLockFile.isLockName(".~lock.镇.xlsx#")).isTrue();
    assertThat(OfficeLockFile.isLockName("镇~$.xlsx")).isFalse();
    assertThat(OfficeLockFile.isLockName("safety-production.yaml")).isFalse();
    Path book = Files.createFile(tmp.resolve("safety-report.xlsx"));
    assertThat(OfficeLockFile.besides(book)).isEmpty();
    Files.createFile(tmp.resolve("~$fety-report.xlsx")); // Office's name for a longer one
    assertThat(OfficeLockFile.besides(book)).contains(tmp.resolve("~$fety-report.xlsx"));
  }

  private Path copy(Path tree) throws IOException {
    Path root = tmp.resolve("tree/catalogs");
    TestCatalogs.copy(tree, root);
    return root;
  }
}
