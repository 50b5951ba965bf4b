package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.TableVocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A region's workbook is safe to edit (issue 14): drop-downs of the tick on every tick column,
 * input messages on the channel checklist, the ids and the 删除理由 column (which only a region's
 * workbook has), and a note on the 目录 sheet saying how to add, remove and what not to change. The
 * basic catalogue's workbook has none of these.
 */
class RegionWorkbookEditAidsTest {
  private static XSSFWorkbook region;
  private static XSSFWorkbook basic;

  @BeforeAll
  static void export() throws Exception {
    region = write(HtmlFixtures.fieldsCatalog());
    basic =
        write(
            PublishedCatalog.basic(
                List.of(ExcelExportTest.safety()), null, null, HtmlFixtures.DATE));
  }

  private static XSSFWorkbook write(PublishedCatalog p) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExcelExporter(ExcelOptions.defaults(), ChannelVocabulary.standard()).write(p, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void everyTickColumnHasADropDownOfTheTick() {
    XSSFSheet s = region.getSheet("安全生产");
    List<String> sub = row(s, 3);
    Map<Integer, XSSFDataValidation> byColumn = byColumn(s);
    int ticks = 0;
    for (int c = 0; c < sub.size(); c++) {
      String word = sub.get(c);
      boolean tick = List.of("全社会", "特定群体", "主动", "依申请", "乡级", "村级").contains(word);
      if (!tick) {
        continue;
      }
      ticks++;
      XSSFDataValidation v = byColumn.get(c);
      assertThat(v).as(word).isNotNull();
      assertThat(v.getValidationConstraint().getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.LIST);
      assertThat(v.getValidationConstraint().getExplicitListValues())
          .containsExactly(TableVocabulary.TICK);
      assertThat(v.getEmptyCellAllowed()).isTrue();
      assertThat(v.getShowPromptBox()).isTrue();
      // from the first item row to well below the last, so a row added under the table has it
      CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
      assertThat(range.getFirstRow()).isEqualTo(4);
      assertThat(range.getLastRow()).isGreaterThanOrEqualTo(4 + 2 + 100);
      // 特定群体 may name the group instead: a reminder, not a refusal
      assertThat(v.getErrorStyle())
          .isEqualTo(
              word.equals("特定群体")
                  ? DataValidation.ErrorStyle.INFO
                  : DataValidation.ErrorStyle.STOP);
    }
    assertThat(ticks).isEqualTo(6);
  }

  @Test
  void checklistIdsAndRemovalColumnExplainThemselves() {
    XSSFSheet s = region.getSheet("安全生产");
    List<String> top = row(s, 2);
    Map<Integer, XSSFDataValidation> byColumn = byColumn(s);
    XSSFDataValidation channels = byColumn.get(top.indexOf(TableVocabulary.CHANNELS));
    assertThat(channels.getPromptBoxText())
        .contains(TableVocabulary.UNCHECKED + "”改为“" + TableVocabulary.CHECKED);
    XSSFDataValidation ids = byColumn.get(top.indexOf(TableVocabulary.ID_HEADER));
    assertThat(ids.getPromptBoxText()).contains("请勿修改", "留空");
    // the removal column: last, after 编号, its message on the header too
    assertThat(top.get(top.size() - 1)).isEqualTo(TableVocabulary.REMOVAL_REASON_HEADER);
    assertThat(top.get(top.size() - 2)).isEqualTo(TableVocabulary.ID_HEADER);
    XSSFDataValidation removal = byColumn.get(top.size() - 1);
    assertThat(removal.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(2);
    assertThat(removal.getPromptBoxText()).contains("删除理由", "填写即表示删除");
    // no cell is filled in: an unedited workbook removes nothing
    for (int r = 4; r <= s.getLastRowNum(); r++) {
      assertThat(row(s, r).get(top.size() - 1)).isEmpty();
    }
  }

  @Test
  void channelListGetsAMessageForAList() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExcelExporter(
            ExcelOptions.defaults().withChannels(ExcelOptions.ChannelStyle.LIST),
            ChannelVocabulary.standard())
        .write(HtmlFixtures.fieldsCatalog(), out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet s = wb.getSheet("安全生产");
      XSSFDataValidation channels = byColumn(s).get(row(s, 2).indexOf(TableVocabulary.CHANNELS));
      assertThat(channels.getPromptBoxText())
          .contains("每行一个")
          .doesNotContain(TableVocabulary.UNCHECKED);
    }
  }

  @Test
  void indexSheetSaysHowToAddRemoveAndWhatNotToChange() {
    String text = String.join("\n", column(region.getSheet(ExcelLayout.INDEX_SHEET)));
    assertThat(text)
        .contains("新增本地区事项", "“编号”列留空")
        .contains("删除继承的事项", "“删除理由”列")
        .contains("请勿修改")
        .contains("gkml import");
  }

  @Test
  void basicWorkbookHasNoEditAidsAndNoRemovalColumn() {
    XSSFSheet s = basic.getSheet("安全生产");
    assertThat(s.getDataValidations()).isEmpty();
    assertThat(row(s, 2)).doesNotContain(TableVocabulary.REMOVAL_REASON_HEADER);
    assertThat(String.join("\n", column(basic.getSheet(ExcelLayout.INDEX_SHEET))))
        .doesNotContain("新增本地区事项");
  }

  @Test
  void promptsFitExcelsLimits() {
    // Excel refuses a file whose input message title exceeds 32 or text 255 characters
    for (XSSFDataValidation v : region.getSheet("安全生产").getDataValidations()) {
      assertThat(v.getPromptBoxTitle().length()).isLessThanOrEqualTo(32);
      assertThat(v.getPromptBoxText().length()).isLessThanOrEqualTo(255);
    }
  }

  private static Map<Integer, XSSFDataValidation> byColumn(XSSFSheet s) {
    Map<Integer, XSSFDataValidation> out = new TreeMap<>();
    for (XSSFDataValidation v : s.getDataValidations()) {
      CellRangeAddress r = v.getRegions().getCellRangeAddress(0);
      out.put(r.getFirstColumn(), v);
    }
    return out;
  }

  private static List<String> row(XSSFSheet s, int r) {
    DataFormatter f = new DataFormatter();
    List<String> out = new ArrayList<>();
    Row row = s.getRow(r);
    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
      out.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
    }
    return out;
  }

  private static List<String> column(XSSFSheet s) {
    List<String> out = new ArrayList<>();
    for (Row r : s) {
      if (r.getCell(0) != null) {
        out.add(new DataFormatter().formatCellValue(r.getCell(0)));
      }
    }
    return out;
  }
}
