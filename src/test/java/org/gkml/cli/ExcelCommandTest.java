package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;
import org.gkml.export.ExcelLayout;
import org.gkml.export.PublishedCatalog;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkml export xlsx} and {@code gkml import xlsx}, run in-process. */
class ExcelCommandTest {
  @TempDir Path dir;

  @Test
  void exportThenImportTheShippedCatalogues() throws Exception {
    String catalogs = TestCatalogs.copyOfShipped(dir).toString();
    int domains = TestCatalogs.load(Path.of(catalogs)).basics().size();
    Path xlsx = dir.resolve("basic.xlsx");
    CliRun e = CliRun.of("export", "xlsx", "--root", catalogs, "-o", xlsx.toString());
    assertThat(e.code()).as(e.err()).isZero();
    assertThat(e.out()).contains("wrote").contains(domains + " domains");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(wb.getSheetName(0)).isEqualTo("目录");
      // 目录, one sheet a domain, and the very hidden metadata sheet
      assertThat(wb.getNumberOfSheets()).isEqualTo(domains + 2);
      assertThat(wb.getSheetName(domains + 1)).isEqualTo(ExcelLayout.METADATA_SHEET);
    }
    Path out = dir.resolve("yaml");
    CliRun i =
        CliRun.of(
            "import",
            "xlsx",
            xlsx.toString(),
            "--root",
            catalogs,
            "-o",
            out.toString(),
            "--strict");
    assertThat(i.code()).as(i.err()).isZero();
    assertThat(i.err()).contains(domains + " domains").contains("0 errors, 0 warnings");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("safety-production.yaml", "elderly-care.yaml")
          .hasSize(domains);
    }
    CliRun v = CliRun.of("validate", out.resolve("safety-production.yaml").toString());
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    assertThat(Files.readString(out.resolve("safety-production.yaml")))
        .contains("id: AQSC-001")
        .contains("domain: 安全生产");
  }

  @Test
  void exportOptions() throws Exception {
    Path t = dir.resolve("t.xlsx");
    CliRun r =
        CliRun.of(
            "export",
            "xlsx",
            "--root",
            "catalogs",
            "--tier",
            "township",
            "--channels",
            "list",
            "-o",
            t.toString(),
            "-q");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(t).exists();
    assertThat(CliRun.of("export", "xlsx", "--tier", "省级").code()).isEqualTo(2);
    assertThat(CliRun.of("export", "xlsx", "--channels", "grid").code()).isEqualTo(2);
    CliRun none = CliRun.of("export");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("xlsx");
    assertThat(CliRun.of("import").code()).isEqualTo(2);
    CliRun missingRoot =
        CliRun.of(
            "export", "xlsx", "--root", dir.resolve("nothing").toString(), "-o", t.toString());
    assertThat(missingRoot.code()).isEqualTo(2);
  }

  @Test
  void exportToStandardOutputOnlyWhenAsked() throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true));
      CliRun r = CliRun.of("export", "xlsx", "--root", "catalogs", "-o", "-");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEmpty();
    } finally {
      System.setOut(saved);
    }
    assertThat(bytes.toByteArray()).startsWith(new byte[] {'P', 'K'});
  }

  @Test
  void anInvalidTreeIsNotExported() throws Exception {
    Path root = dir.resolve("tree");
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("basic/x.yaml"), "gkml: 1\nkind: catalog\ndomain: 安全生产\nitems: []\n");
    Path t = dir.resolve("x.xlsx");
    CliRun r = CliRun.of("export", "xlsx", "--root", root.toString(), "-o", t.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("GK001").contains("nothing exported");
    assertThat(t).doesNotExist();
  }

  @Test
  void regionExport() throws Exception {
    Path x = dir.resolve("dc.xlsx");
    CliRun r =
        CliRun.of("export", "xlsx", "--root", "catalogs", "--region", "511703", "-o", x.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x))) {
      var sheet = wb.getSheet("安全生产");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("达川区安全生产领域基层政务公开标准目录");
      boolean marked = false;
      for (var row : sheet) {
        var first = row.getCell(0);
        marked |=
            first != null
                && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                && first.getStringCellValue().endsWith("★");
      }
      assertThat(marked).isTrue();
      assertThat(wb.getSheet("目录").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("达川区基层政务公开标准目录");
    }
    CliRun back = CliRun.of("import", "xlsx", x.toString(), "--root", "catalogs", "--strict", "-q");
    assertThat(back.code()).as(back.err()).isZero();
    assertThat(back.out()).contains("id: 511703-AQSC-001");
    CliRun township =
        CliRun.of(
            "export",
            "xlsx",
            "--root",
            "catalogs",
            "--region",
            "511703001",
            "--tier",
            "村级",
            "-o",
            dir.resolve("t.xlsx").toString());
    assertThat(township.code()).as(township.err()).isZero();
    CliRun unknown = CliRun.of("export", "xlsx", "--root", "catalogs", "--region", "511703999");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("511703999");
    assertThat(CliRun.of("export", "xlsx", "--root", "catalogs", "--region", "5117").code())
        .isEqualTo(2);
  }

  @Test
  void importOutputs() throws Exception {
    String catalogs = TestCatalogs.copyOfShipped(dir).toString();
    int domains = TestCatalogs.load(Path.of(catalogs)).basics().size();
    Path xlsx = dir.resolve("basic.xlsx");
    assertThat(CliRun.of("export", "xlsx", "--root", catalogs, "-o", xlsx.toString()).code())
        .isZero();
    CliRun many =
        CliRun.of(
            "import",
            "xlsx",
            xlsx.toString(),
            "--root",
            catalogs,
            "-o",
            dir.resolve("one.yaml").toString());
    assertThat(many.code()).isEqualTo(2);
    assertThat(many.err()).contains("one.yaml");
    Path one = dir.resolve("one.yaml");
    CliRun single =
        CliRun.of(
            "import",
            "xlsx",
            xlsx.toString(),
            "--root",
            catalogs,
            "--domain",
            "户籍管理",
            "-o",
            one.toString());
    assertThat(single.code()).as(single.err()).isZero();
    assertThat(Files.readString(one)).contains("domain: 户籍管理").doesNotContain("安全生产");
    CliRun stream = CliRun.of("import", "xlsx", xlsx.toString(), "--root", catalogs, "-q");
    assertThat(stream.code()).isZero();
    assertThat(stream.err()).isEmpty();
    assertThat(stream.out().split("\n---\n", -1)).hasSize(domains);
    CliRun zh = CliRun.of("import", "xlsx", dir.resolve("none.xlsx").toString(), "--lang", "zh");
    assertThat(zh.err()).contains("文件不存在");
  }

  @Test
  void defaultNamesFollowTheRegion() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertThat(ExportXlsxCommand.defaultName(PublishedCatalog.basic(List.of(), null, null, d)))
        .isEqualTo("basic.xlsx");
    assertThat(
            ExportXlsxCommand.defaultName(PublishedCatalog.basic(List.of(), Tier.VILLAGE, null, d)))
        .isEqualTo("basic-村级.xlsx");
    assertThat(
            ExportXlsxCommand.defaultName(
                new PublishedCatalog("达川区", "511703", Tier.COUNTY, List.of(), Set.of(), null, d)))
        .isEqualTo("511703-达川区.xlsx");
    assertThat(
            ExportXlsxCommand.defaultName(
                new PublishedCatalog("达川区", "511703", Tier.TOWNSHIP, List.of(), Set.of(), null, d)))
        .isEqualTo("511703-达川区-乡级.xlsx");
  }

  @Test
  void helpInBothLanguages() {
    assertThat(CliRun.of("export", "xlsx", "--help").out())
        .contains("--region")
        .contains("--channels")
        .contains("region's")
        .doesNotContain("''");
    assertThat(CliRun.of("import", "xlsx", "--help", "--lang", "zh").out()).contains("工作簿");
  }
}
