package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken workbooks: each ends in one clear line (exit 2) or a warning, never a stack
 * trace, never a hang, memory bounded.
 */
class ImportHostileTest {
  @TempDir Path dir;

  /** A small valid catalogue table. */
  static Workbook table(Workbook wb) {
    Sheet s = wb.createSheet("安全生产");
    String[] header = {
      "序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"
    };
    s.createRow(0).createCell(0).setCellValue("安全生产领域基层政务公开标准目录");
    Row h = s.createRow(1);
    for (int c = 0; c < header.length; c++) {
      h.createCell(c).setCellValue(header[c]);
    }
    String[] item = {
      "1",
      "政策文件",
      "法律法规",
      "与安全生产有关的法律、法规",
      "《中华人民共和国政府信息公开条例》",
      "信息形成之日起20个工作日内",
      "县级应急管理部门",
      "政府网站",
      "全社会",
      "主动",
      "县级"
    };
    Row r = s.createRow(2);
    for (int c = 0; c < item.length; c++) {
      r.createCell(c).setCellValue(item[c]);
    }
    return wb;
  }

  private Path write(String name, Workbook wb) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p)) {
      wb.write(out);
    }
    wb.close();
    return p;
  }

  /** Copies a zip, changing or adding entries. */
  private static byte[] rezip(
      byte[] zip, Map<String, UnaryOperator<byte[]>> change, Map<String, byte[]> add)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] data = in.readAllBytes();
        UnaryOperator<byte[]> f = change.get(e.getName());
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(f == null ? data : f.apply(data));
        out.closeEntry();
      }
      for (Map.Entry<String, byte[]> a : add.entrySet()) {
        out.putNextEntry(new ZipEntry(a.getKey()));
        out.write(a.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private byte[] tableBytes() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (Workbook wb = table(new XSSFWorkbook())) {
      wb.write(b);
    }
    return b.toByteArray();
  }

  private static void oneLine(CliRun r, String words) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(words).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void aValidTableImports() throws Exception {
    Path p = write("ok.xlsx", table(new XSSFWorkbook()));
    CliRun r = CliRun.of("import", "xlsx", p.toString(), "--root", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("domain: 安全生产").contains("id: AQSC-001");
  }

  @Test
  void zipBomb() throws Exception {
    byte[] bomb =
        rezip(
            tableBytes(),
            Map.of(
                "xl/worksheets/sheet1.xml",
                xml -> {
                  String s = new String(xml, StandardCharsets.UTF_8);
                  int end = s.lastIndexOf("</worksheet>");
                  byte[] pad = new byte[24 << 20];
                  Arrays.fill(pad, (byte) ' ');
                  ByteArrayOutputStream o = new ByteArrayOutputStream();
                  o.writeBytes(s.substring(0, end).getBytes(StandardCharsets.UTF_8));
                  o.writeBytes(pad);
                  o.writeBytes("</worksheet>".getBytes(StandardCharsets.UTF_8));
                  return o.toByteArray();
                }),
            Map.of());
    Path p = dir.resolve("bomb.xlsx");
    Files.write(p, bomb);
    oneLine(CliRun.of("import", "xlsx", p.toString()), "zip bomb");
  }

  @Test
  void passwordProtected() throws Exception {
    Path p = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(tableBytes());
      }
      try (OutputStream out = Files.newOutputStream(p)) {
        fs.writeFilesystem(out);
      }
    }
    oneLine(CliRun.of("import", "xlsx", p.toString()), "password-protected");
  }

  @Test
  void macrosAreIgnoredWithAWarning() throws Exception {
    byte[] xlsm =
        rezip(
            tableBytes(),
            Map.of(
                "[Content_Types].xml",
                ct -> {
                  String s = new String(ct, StandardCharsets.UTF_8);
                  int at = s.indexOf('>', s.indexOf("<Types")) + 1;
                  return (s.substring(0, at)
                          + "<Default Extension=\"bin\""
                          + " ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                          + s.substring(at))
                      .getBytes(StandardCharsets.UTF_8);
                }),
            Map.of("xl/vbaProject.bin", new byte[] {1, 2, 3, 4}));
    Path p = dir.resolve("macro.xlsm");
    Files.write(p, xlsm);
    CliRun r = CliRun.of("import", "xlsx", p.toString(), "--root", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("macros").contains("warning");
    assertThat(
            CliRun.of("import", "xlsx", p.toString(), "--strict", "--root", dir.toString()).code())
        .isEqualTo(1);
  }

  @Test
  void externalLinksAndFormulasReadAsCachedValues() throws Exception {
    XSSFWorkbook wb = (XSSFWorkbook) table(new XSSFWorkbook());
    Cell owner = wb.getSheetAt(0).getRow(2).getCell(6);
    owner.setCellFormula("CONCATENATE(\"县级\",\"应急管理部门\")");
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    wb.write(b);
    wb.close();
    byte[] linked =
        rezip(
            b.toByteArray(),
            Map.of(),
            Map.of(
                "xl/externalLinks/externalLink1.xml",
                "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8)));
    Path p = dir.resolve("linked.xlsx");
    Files.write(p, linked);
    CliRun r = CliRun.of("import", "xlsx", p.toString(), "--root", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("owner: 县级应急管理部门").doesNotContain("CONCATENATE");
    assertThat(r.err()).contains("安全生产!G3: warning: a formula").contains("links to other files");
  }

  @Test
  void xlsFormulaAndTable() throws Exception {
    HSSFWorkbook wb = (HSSFWorkbook) table(new HSSFWorkbook());
    wb.getSheetAt(0).getRow(2).getCell(6).setCellFormula("\"县级\"&\"应急管理部门\"");
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    Path p = write("old.xls", wb);
    CliRun r = CliRun.of("import", "xlsx", p.toString(), "--root", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("owner: 县级应急管理部门");
    assertThat(r.err()).contains("a formula");
  }

  @Test
  void notWorkbooks() throws Exception {
    Path html = dir.resolve("page.xls");
    Files.writeString(html, "<html><body><table><tr><td>序号</td></tr></table></body></html>");
    // read by its content, not its name: a web page, here without a catalogue table
    CliRun page = CliRun.of("import", "xlsx", html.toString());
    assertThat(page.code()).isEqualTo(1);
    assertThat(page.err()).contains("no catalogue table").doesNotContain("\tat ");
    Path random = dir.resolve("random.xlsx");
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Files.write(random, noise);
    oneLine(CliRun.of("import", "xlsx", random.toString()), "neither a workbook");
    Path empty = dir.resolve("empty.xlsx");
    Files.write(empty, new byte[0]);
    assertThat(CliRun.of("import", "xlsx", empty.toString()).code()).isEqualTo(2);
    oneLine(CliRun.of("import", "xlsx", dir.resolve("missing.xlsx").toString()), "no such file");
    Path truncated = dir.resolve("truncated.xlsx");
    byte[] whole = tableBytes();
    Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
    CliRun t = CliRun.of("import", "xlsx", truncated.toString());
    assertThat(t.code()).isEqualTo(2);
    assertThat(t.err()).doesNotContain("\tat ");
  }

  @Test
  void aWorkbookWithoutATable() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本表为示例");
    Path p = write("notable.xlsx", wb);
    CliRun r = CliRun.of("import", "xlsx", p.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no catalogue table found");
    assertThat(r.out()).isEmpty();
  }
}
