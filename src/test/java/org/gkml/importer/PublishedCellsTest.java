package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.cli.CliRun;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How columns and cells of real published tables are read, one class of reviewer-found defect per
 * test: a 《》 title wrapped over two lines of its cell, two columns read as one element, the filled
 * and hollow marks tables use besides ■/□, dates and formulas without a value in workbooks.
 */
class PublishedCellsTest {
  private static final String[] HEADER = {
    "序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "主动", "乡级"
  };
  private static final String TITLE = "社会救助领域基层政务公开标准目录";

  @TempDir Path dir;

  private static ImportResult read(Path p) {
    return new TableImporter(ChannelVocabulary.standard())
        .read(p, null, p.getFileName().toString());
  }

  private static Item only(ImportResult r) {
    assertThat(r.catalogs()).hasSize(1);
    Catalog c = r.catalogs().get(0);
    assertThat(c.items()).hasSize(1);
    return c.items().get(0);
  }

  /** A web page of one table: the header row, then the given rows ({@code <br>} allowed). */
  private Path page(String name, String[] header, String[]... rows) throws Exception {
    StringBuilder b =
        new StringBuilder("<html><head><meta charset=\"utf-8\"><title>")
            .append(TITLE)
            .append("</title></head><body><table border=1>");
    for (String[] row : concat(header, rows)) {
      b.append("<tr>");
      for (String cell : row) {
        b.append("<td>").append(cell).append("</td>");
      }
      b.append("</tr>");
    }
    Path p = dir.resolve(name);
    Files.writeString(p, b.append("</table></body></html>").toString(), StandardCharsets.UTF_8);
    return p;
  }

  private static String[][] concat(String[] first, String[][] rest) {
    String[][] all = new String[rest.length + 1][];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static String[] row(String basis, String channels, String... ticks) {
    String[] r = {"1", "综合业务", "政策法规文件", "政策", basis, "10个工作日内", "镇人民政府", channels, "√", "√", "√"};
    for (int i = 0; i < ticks.length; i++) {
      r[8 + i] = ticks[i];
    }
    return r;
  }

  // ---------------------------------------------------------------- 公开依据

  @Test
  void aLineBreakInsideATitleDoesNotSplitTheBasis() {
    assertThat(BasisText.split("《中华人民共和国政府信息公开\n条例》及相关规定"))
        .containsExactly("《中华人民共和国政府信息公开条例》及相关规定");
    // the spaces a wrapped line carries go with the break
    assertThat(BasisText.split("1.《关于全面推行行政执法公示制度  \n  重大执法决定法制审核制度的指导意见》\n2.《条例》"))
        .containsExactly("《关于全面推行行政执法公示制度重大执法决定法制审核制度的指导意见》", "《条例》");
    // a break between titles, or after a title left open to the next 《, still ends an entry
    assertThat(BasisText.split("《条例》\n《意见》")).containsExactly("《条例》", "《意见》");
    assertThat(BasisText.split("《条例\n《意见》")).containsExactly("《条例", "《意见》");
    assertThat(BasisText.split("《条例\n其他规定")).containsExactly("《条例", "其他规定");
  }

  @Test
  void aTitleWrappedInItsCellIsOneBasisInEveryFormat() throws Exception {
    Path html = page("t1.html", HEADER, row("《中华人民共和国政府信息公开<br>条例》及相关规定", "■政府网站"));
    List<TableGrid> grids = RealTablesTest.grids(html);
    for (Path p :
        List.of(
            html,
            RealTablesTest.xlsx(grids, dir.resolve("t1.xlsx")),
            RealTablesTest.docx(grids, dir.resolve("t1.docx")))) {
      assertThat(only(read(p)).basis())
          .as(p.getFileName().toString())
          .containsExactly("《中华人民共和国政府信息公开条例》及相关规定");
    }
  }

  @Test
  void aBasisSplitsOnlyAtTopLevelAndAnIssuerGoesWithItsTitle() {
    // a 《》 or a line break inside an open bracket belongs to that bracket's entry
    assertThat(BasisText.split("1.《条例》（国务院令第434号，根据《关于修改〈条例〉的决定》修订）\n2.《组织法》"))
        .containsExactly("《条例》（国务院令第434号，根据《关于修改〈条例〉的决定》修订）", "《组织法》");
    assertThat(BasisText.split("《条例》（国务院令第434号，根据\n《决定》修订）；《意见》"))
        .containsExactly("《条例》（国务院令第434号，根据《决定》修订）", "《意见》");
    // the words after the last separator before a title are its issuer, numbering dropped
    assertThat(BasisText.split("《组织法》（主席令第三十七号）; 3.安徽省民政厅《关于…的意见》（皖民基字〔2014〕169号）"))
        .containsExactly("《组织法》（主席令第三十七号）", "安徽省民政厅《关于…的意见》（皖民基字〔2014〕169号）");
    assertThat(BasisText.split("《办法》（令第1号）2.国务院《意见》")).containsExactly("《办法》（令第1号）", "国务院《意见》");
    assertThat(BasisText.split("《条例》第二十条、第二十一条；《意见》")).containsExactly("《条例》第二十条、第二十一条", "《意见》");
    // a bracket that never closes encloses nothing, so it cannot swallow the titles after it
    assertThat(BasisText.split("《通知》(辽政办发(2014)74号、《关于…的通知》辽民发(2018)74号等相关文件"))
        .containsExactly("《通知》(辽政办发(2014)74号", "《关于…的通知》辽民发(2018)74号等相关文件");
    assertThat(BasisText.split("《条例》（第434号\n《意见》")).containsExactly("《条例》（第434号", "《意见》");
  }

  @Test
  void aBasisWithBracketedTitlesAndIssuersImportsAsItsEntries() throws Exception {
    String cell =
        "1.《疫苗流通和预防接种管理条例》（国务院令第434号，根据2016年4月23日《国务院关于修改〈疫苗流通和预防接种管理条例〉的决定》修订）"
            + "<br>2.《中华人民共和国村民委员会组织法》（主席令第三十七号）; 3.安徽省民政厅《关于进一步深化村务公开民主管理工作的意见》（皖民基字〔2014〕169号）";
    assertThat(only(read(page("t9.html", HEADER, row(cell, "■政府网站")))).basis())
        .containsExactly(
            "《疫苗流通和预防接种管理条例》（国务院令第434号，根据2016年4月23日《国务院关于修改〈疫苗流通和预防接种管理条例〉的决定》修订）",
            "《中华人民共和国村民委员会组织法》（主席令第三十七号）",
            "安徽省民政厅《关于进一步深化村务公开民主管理工作的意见》（皖民基字〔2014〕169号）");
  }

  // ---------------------------------------------------------------- two columns for one element

  @Test
  void anExactHeaderWinsOverALooserOneForTheSameElement() throws Exception {
    String[] header = {
      "序号", "一级目录", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "主动", "县级"
    };
    String[] data = {
      "1", "社会救助", "最低生活保障", "办事指南", "办理条件", "《办法》", "10个工作日内", "民政局", "■政府网站", "√", "√", "√"
    };
    ImportResult r = read(page("t4.html", header, data));
    Item item = only(r);
    assertThat(item.level1()).isEqualTo("最低生活保障");
    assertThat(item.level2()).isEqualTo("办事指南");
    assertThat(item.note()).isEqualTo("一级目录：社会救助");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.keptInNote"))
        .singleElement()
        .satisfies(n -> assertThat(n.args()).contains("一级目录"));
    // in the other order the standard column still wins; without one, the first does
    String[] swapped = header.clone();
    swapped[1] = "一级事项";
    swapped[2] = "一级目录";
    String[] swappedData = data.clone();
    swappedData[1] = "最低生活保障";
    swappedData[2] = "社会救助";
    assertThat(only(read(page("t4b.html", swapped, swappedData))).level1()).isEqualTo("最低生活保障");
    String[] loose = header.clone();
    loose[2] = "一级";
    assertThat(only(read(page("t4c.html", loose, data))).level1()).isEqualTo("社会救助");
  }

  // ---------------------------------------------------------------- marks

  @ParameterizedTest
  @CsvSource({"■,□", "◆,◇", "●,○", "◼,◻", "▪,▫", "☑,☐", "✔,□", "✓,□", "√,□", "✔️,☐"})
  void everyCommonFilledMarkChoosesAndItsHollowFormDoesNot(String filled, String hollow)
      throws Exception {
    ChannelCells cells = new ChannelCells(ChannelVocabulary.standard());
    ChannelCells.Read read =
        cells.read(filled + "政府网站 " + hollow + "政府公报 " + filled + "广播电视\n" + hollow + "两微一端");
    assertThat(read.channels()).containsExactly("政府网站", "广播电视");
    assertThat(read.unknown()).isEmpty();
    assertThat(Marks.tick(filled)).isEqualTo(Marks.Tick.YES);
    assertThat(Marks.tick(hollow)).isEqualTo(Marks.Tick.NO);
  }

  @Test
  void aDiamondChecklistReadsAsChannelsInATable() throws Exception {
    ImportResult r =
        read(page("cxgh.html", HEADER, row("《条例》", "◆政府网站 ◆广播电视 ◇政府公报", "●", "◆", "○")));
    Item item = only(r);
    assertThat(item.channels()).containsExactly("政府网站", "广播电视");
    assertThat(item.tiers()).isEmpty();
    assertThat(r.notes()).noneMatch(n -> n.key().startsWith("import.unknownChannel"));
  }

  // ---------------------------------------------------------------- workbook cells

  /** A one-item workbook of the standard columns; {@code edit} changes its data row (row 2). */
  private Path workbook(Workbook wb, String name, java.util.function.Consumer<Row> edit)
      throws Exception {
    try (wb) {
      Sheet s = wb.createSheet("户籍管理");
      s.createRow(0).createCell(0).setCellValue("户籍管理领域基层政务公开标准目录");
      Row h = s.createRow(1);
      for (int c = 0; c < HEADER.length; c++) {
        h.createCell(c).setCellValue(HEADER[c]);
      }
      Row d = s.createRow(2);
      String[] data = row("《户口登记条例》", "■政府网站");
      for (int c = 0; c < data.length; c++) {
        d.createCell(c).setCellValue(data[c]);
      }
      edit.accept(d);
      Path p = dir.resolve(name);
      try (OutputStream out = Files.newOutputStream(p)) {
        wb.write(out);
      }
      return p;
    }
  }

  private static void date(Row d, String format) {
    Workbook wb = d.getSheet().getWorkbook();
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    d.getCell(5).setCellValue(LocalDate.of(2025, 3, 1));
    d.getCell(5).setCellStyle(style);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void aDateCellReadsAsTheDateItShowsNotItsSerialNumber(String ext) throws Exception {
    Workbook wb = ext.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
    Path shown = workbook(wb, "date." + ext, d -> date(d, "yyyy/m/d"));
    assertThat(only(read(shown)).deadline()).isEqualTo("2025/3/1");
    Workbook wb2 = ext.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
    Path chinese = workbook(wb2, "date-zh." + ext, d -> date(d, "yyyy\"年\"m\"月\"d\"日\""));
    assertThat(only(read(chinese)).deadline()).isEqualTo("2025年3月1日");
    // the built-in short date shows in each reader's own style: written unambiguously
    Workbook wb3 = ext.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
    Path builtin = workbook(wb3, "date-14." + ext, d -> date(d, "m/d/yy"));
    assertThat(only(read(builtin)).deadline()).isEqualTo("2025-03-01");
    // a number in no date format stays the number it is (a telephone number, a count)
    Workbook wb4 = ext.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
    Path number = workbook(wb4, "number." + ext, d -> d.getCell(5).setCellValue(45717));
    assertThat(only(read(number)).deadline()).isEqualTo("45717");
  }

  @Test
  void dateFormatsReadAsShownAndOtherNumbersAsTheirDigits() {
    assertThat(CellDates.text(45717, 14, "m/d/yy", false)).isEqualTo("2025-03-01");
    assertThat(CellDates.text(45717, 176, "[$-804]yyyy\"年\"m\"月\"d\"日\";@", false))
        .isEqualTo("2025年3月1日");
    // Chinese numerals are beyond POI: the date all the same, unambiguously
    assertThat(CellDates.text(45717, 177, "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"", false))
        .isEqualTo("2025-03-01");
    assertThat(CellDates.text(44255, 14, "m/d/yy", true)).isEqualTo("2025-03-01");
    assertThat(CellDates.text(45717, 0, "General", false)).isNull();
    assertThat(CellDates.text(-1, 14, "m/d/yy", false)).isNull();
    assertThat(CellDates.text(1e12, 14, "m/d/yy", false)).isNull();
    assertThat(WorkbookReader.plainNumber("45717.0")).isEqualTo("45717");
    assertThat(WorkbookReader.plainNumber("1.3812345678E10")).isEqualTo("13812345678");
    assertThat(WorkbookReader.plainNumber("0.25")).isEqualTo("0.25");
    assertThat(WorkbookReader.plainNumber("1E999999999")).isEqualTo("1E999999999");
    assertThat(WorkbookReader.plainNumber("#N/A")).isEqualTo("#N/A");
  }

  @Test
  void aFormulaWithoutASavedValueIsOneErrorAtItsCell() throws Exception {
    Path p =
        workbook(
            new XSSFWorkbook(),
            "formula.xlsx",
            d -> d.createCell(6).setCellFormula("\"石桥镇\"&\"派出所\""));
    try (ZipFile zip = new ZipFile(p.toFile())) {
      String sheet =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      // the premise: POI, like openpyxl, writes the formula without a value
      assertThat(sheet).containsPattern("<c r=\"G3\"[^>]*><f>[^<]*</f>(<v/>|<v></v>)?</c>");
    }
    ImportResult r = read(p);
    assertThat(r.notes())
        .filteredOn(n -> "G3".equals(n.cell()))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.key()).isEqualTo("import.formulaUnsaved");
              assertThat(n.severity()).isEqualTo(Severity.ERROR);
              assertThat(n.sheet()).isEqualTo("户籍管理");
            });
    assertThat(r.errors()).isEqualTo(1);
    assertThat(only(r).owner()).isNull();
  }

  @Test
  void aFormulaWithASavedValueIsReadAsThatValue() throws Exception {
    Path p =
        workbook(
            new XSSFWorkbook(),
            "saved.xlsx",
            d -> {
              d.createCell(6).setCellFormula("\"石桥镇\"&\"派出所\"");
              d.getSheet()
                  .getWorkbook()
                  .getCreationHelper()
                  .createFormulaEvaluator()
                  .evaluateFormulaCell(d.getCell(6));
            });
    ImportResult r = read(p);
    assertThat(only(r).owner()).isEqualTo("石桥镇派出所");
    assertThat(r.notes())
        .filteredOn(n -> "G3".equals(n.cell()))
        .extracting(ImportNote::key)
        .containsExactly("import.formula");
    assertThat(r.errors()).isZero();
  }

  // ---------------------------------------------------------------- the summary

  @Test
  void infoLinesAreNotCountedAsWarnings() throws Exception {
    String[] second = row("《条例》", "■政府网站");
    second[0] = "2";
    second[2] = "监督检查";
    second[5] = "同上";
    ImportResult r = read(page("same.html", HEADER, row("《条例》", "■政府网站"), second));
    long infos = r.notes().stream().filter(n -> n.severity() == Severity.INFO).count();
    long warnings = r.notes().stream().filter(n -> n.severity() == Severity.WARNING).count();
    assertThat(infos).isPositive();
    assertThat(r.infos()).isEqualTo(infos);
    assertThat(r.warnings()).isEqualTo(warnings);
    assertThat(r.warnings() + r.infos() + r.errors()).isEqualTo(r.notes().size());
  }

  @Test
  void theSummaryCountsInfosApartFromWarningsInBothLanguages() throws Exception {
    String[] second = row("《条例》", "■政府网站");
    second[0] = "2";
    second[2] = "监督检查";
    second[5] = "同上";
    Path p = page("same-cli.html", HEADER, row("《条例》", "■政府网站"), second);
    Path root = Files.createDirectories(dir.resolve("empty-root"));
    CliRun en = CliRun.of("import", p.toString(), "--root", root.toString());
    long warnings = en.err().lines().filter(l -> l.contains(": warning: ")).count();
    long infos = en.err().lines().filter(l -> l.contains(": info: ")).count();
    assertThat(infos).isEqualTo(1); // 同上
    assertThat(en.err())
        .endsWith(
            "; 0 errors, " + warnings + (warnings == 1 ? " warning" : " warnings") + ", 1 info\n");
    CliRun zh = CliRun.of("--lang", "zh", "import", p.toString(), "--root", root.toString());
    assertThat(zh.err()).endsWith("；0 个错误，" + warnings + " 个警告，1 条判断说明\n");
    assertThat(en.code()).isZero();
  }
}
