package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A damaged input is told in the user's words with what to do, never in the library's ({@code zip
 * END header not found}, {@code Unsupported blocksize}, {@code No part found for relationship …},
 * {@code Input length = 1}); still exit 2.
 */
class DamagedInputsSayWhatToDoTest {
  private static final String DAMAGED = "is damaged or not a complete file";
  private static final String DAMAGED_ZH = "已损坏或不完整";

  @TempDir static Path tmp;
  private static Path workbook;

  @BeforeAll
  static void export() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    workbook = tmp.resolve("basic.xlsx");
    CliRun r = CliRun.of("export", "xlsx", "--root", root.toString(), "-o", workbook.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static void assertDamaged(Path file, String libraryWords) {
    CliRun en = CliRun.of("import", file.toString(), "--lang", "en");
    assertThat(en.code()).as(en.err()).isEqualTo(2);
    assertThat(en.err())
        .contains(file + " " + DAMAGED)
        .contains("save it again")
        .doesNotContain(libraryWords)
        .doesNotContain("Exception");
    CliRun zh = CliRun.of("import", file.toString(), "--lang", "zh");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains(DAMAGED_ZH).contains("重新保存").doesNotContain(libraryWords);
  }

  /** The workbook's zip without the entries {@code drop} names. */
  private static Path without(String name, Predicate<String> drop) throws IOException {
    Path out = tmp.resolve(name);
    try (InputStream in = Files.newInputStream(workbook);
        ZipInputStream zin = new ZipInputStream(in);
        OutputStream o = Files.newOutputStream(out);
        ZipOutputStream zout = new ZipOutputStream(o)) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        if (!drop.test(e.getName())) {
          zout.putNextEntry(new ZipEntry(e.getName()));
          zin.transferTo(zout);
          zout.closeEntry();
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty.html", "empty.docx", "empty.xlsx"})
  void anEmptyFileIsSaidToBeEmptyWhateverItsName(String name) throws IOException {
    Path empty = Files.write(tmp.resolve(name), new byte[0]);

    CliRun zh = CliRun.of("import", empty.toString(), "--lang", "zh");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains(empty + " 是空文件（0 字节）").doesNotContain("Excel");
  }

  @Test
  void aWorkbookCutOffWhileCopying() throws IOException {
    byte[] all = Files.readAllBytes(workbook);
    Path cut = Files.write(tmp.resolve("trunc.xlsx"), Arrays.copyOf(all, 3000));
    assertDamaged(cut, "zip END header");
  }

  @Test
  void aWorkbookMissingASheetPart() throws IOException {
    Path file = without("missing-sheet.xlsx", n -> n.equals("xl/worksheets/sheet3.xml"));
    assertDamaged(file, "No part found");
  }

  @Test
  void aZipWithoutContentTypes() throws IOException {
    Path file = without("no-types.xlsx", n -> n.equals("[Content_Types].xml"));
    assertDamaged(file, "M1.13");
  }

  @Test
  void aDamagedXls() throws IOException {
    byte[] bytes = new byte[3008];
    byte[] magic = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a};
    System.arraycopy(magic, 0, bytes, 0, magic.length);
    bytes[7] = (byte) 0xe1;
    Arrays.fill(bytes, 8, bytes.length, (byte) 'x');
    Path xls = Files.write(tmp.resolve("ole.xls"), bytes);
    assertDamaged(xls, "blocksize");
  }

  /** The zip {@code source} with the entry {@code part} cut in half, the zip itself intact. */
  private static Path withPartCut(Path source, String name, String part) throws IOException {
    Path out = tmp.resolve(name);
    boolean found = false;
    try (InputStream in = Files.newInputStream(source);
        ZipInputStream zin = new ZipInputStream(in);
        OutputStream o = Files.newOutputStream(out);
        ZipOutputStream zout = new ZipOutputStream(o)) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        byte[] data = zin.readAllBytes();
        if (e.getName().equals(part)) {
          data = Arrays.copyOf(data, data.length / 2);
          found = true;
        }
        zout.putNextEntry(new ZipEntry(e.getName()));
        zout.write(data);
        zout.closeEntry();
      }
    }
    assertThat(found).as(part).isTrue();
    return out;
  }

  @Test
  void aWorkbookWithASheetCutInHalfInsideAValidZip() throws IOException {
    Path cut = withPartCut(workbook, "cut-sheet.xlsx", "xl/worksheets/sheet2.xml");
    assertDamaged(cut, "XML document structures");
    // the library's words stay available to whoever asks for them
    CliRun debug = CliRun.of("import", cut.toString(), "--lang", "en", "--debug");
    assertThat(debug.code()).isEqualTo(2);
    assertThat(debug.err()).contains(DAMAGED).contains("XML document structures");
  }

  @Test
  void aWordDocumentWithItsBodyCutInHalf() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("docx-tree"));
    Path docx = tmp.resolve("basic.docx");
    CliRun r = CliRun.of("export", "docx", "--root", root.toString(), "-o", docx.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertDamaged(withPartCut(docx, "cut.docx", "word/document.xml"), "XmlException");
  }

  @Test
  void anXlsCutOffWhileCopying() throws IOException {
    Path whole = tmp.resolve("whole.xls");
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
            new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        OutputStream out = Files.newOutputStream(whole)) {
      org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("目录");
      for (int i = 0; i < 400; i++) {
        sheet.createRow(i).createCell(0).setCellValue("事项" + i + "的公开内容与依据");
      }
      wb.write(out);
    }
    byte[] all = Files.readAllBytes(whole);
    Path cut = Files.write(tmp.resolve("cut.xls"), Arrays.copyOf(all, 5000));
    assertDamaged(cut, "not found");
  }

  @Test
  void aBaselineThatIsNotUtf8() throws IOException {
    Path root = TestCatalogs.copyOfShipped(tmp.resolve("baseline-tree"));
    Path bad = Files.write(tmp.resolve("bl.bad"), new byte[] {(byte) 0x80, 'a', 'b', 'c', '\n'});
    CliRun en =
        CliRun.of(
            "validate", "--root", root.toString(), "--baseline", bad.toString(), "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .contains("cannot read baseline file " + bad + ": it is not UTF-8 text")
        .doesNotContain("Input length");
    CliRun zh =
        CliRun.of(
            "validate", "--root", root.toString(), "--baseline", bad.toString(), "--lang", "zh");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("不是 UTF-8 编码的文本").doesNotContain("Input length");
  }

  @Test
  void aFileDiffCannotReadSaysWhy() throws IOException {
    // a file whose reading fails even for root: the system's reason is given, not its name again
    Path mem = Path.of("/proc/self/mem");
    assertThat(mem).exists();
    CliRun r =
        CliRun.of(
            "diff",
            TestCatalogs.SHIPPED.resolve("basic/employment.yaml").toString(),
            mem.toString(),
            "--lang",
            "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot read " + mem + ": ").doesNotContain(mem + ": " + mem);
    assertThat(r.err().strip()).doesNotEndWith(mem.toString());
  }
}
