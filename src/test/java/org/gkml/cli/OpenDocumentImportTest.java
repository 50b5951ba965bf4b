package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OpenDocument file (LibreOffice's default .ods and .odt, fixtures made by LibreOffice: see
 * src/test/resources/import/opendocument/README.md) given to {@code import} is named for what it is
 * with what to do (save it as .xlsx or .docx), whatever its name says; exit 2, never "damaged", and
 * nothing written.
 */
class OpenDocumentImportTest {
  private static final Path FIXTURES = Path.of("src/test/resources/import/opendocument");

  @TempDir Path tmp;

  @Test
  void anOdsSpreadsheetIsNamedWithTheWayToSaveItAsXlsx() throws IOException {
    Path ods = copy("village.ods", "金花村.ods");

    CliRun en = CliRun.of("import", ods.toString(), "--lang", "en");
    assertThat(en.code()).as(en.err()).isEqualTo(2);
    assertThat(en.err())
        .contains(ods + " is an OpenDocument spreadsheet")
        .contains("save it as Excel 2007-365 (.xlsx)")
        .doesNotContain("damaged")
        .doesNotContain("Exception");

    CliRun zh = CliRun.of("import", ods.toString(), "--lang", "zh");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err())
        .contains(ods + " 是 OpenDocument 电子表格")
        .contains("另存为")
        .contains(".xlsx")
        .doesNotContain("已损坏");
  }

  @Test
  void anOdsNamedXlsxImportedForARegionIsNamedTooAndTheTreeIsLeftAsItWas() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    Map<String, String> before = TestCatalogs.contentFiles(root);
    Path renamed = copy("village.ods", "金花村.xlsx");

    CliRun r =
        CliRun.of(
            "import",
            renamed.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703102201",
            "--into-tree",
            "--lang",
            "zh");

    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains(renamed + " 是 OpenDocument 电子表格").doesNotContain("已损坏");
    assertThat(TestCatalogs.contentFiles(root)).isEqualTo(before);
  }

  @Test
  void anOdtDocumentIsNamedWithTheWayToSaveItAsDocx() throws IOException {
    Path odt = copy("village.odt", "金花村.docx");

    CliRun en = CliRun.of("import", odt.toString(), "--lang", "en");
    assertThat(en.code()).as(en.err()).isEqualTo(2);
    assertThat(en.err())
        .contains(odt + " is an OpenDocument text document")
        .contains("(.docx)")
        .doesNotContain("damaged");

    CliRun zh = CliRun.of("import", odt.toString(), "--lang", "zh");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("是 OpenDocument 文本文档").contains("另存为").contains(".docx");
  }

  private Path copy(String fixture, String name) throws IOException {
    return Files.copy(FIXTURES.resolve(fixture), tmp.resolve(name));
  }
}
