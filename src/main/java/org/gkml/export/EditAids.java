package org.gkml.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.gkml.model.TableVocabulary;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidations;

/**
 * What makes a region's workbook safe to edit in Excel, WPS or LibreOffice (issue 14): a drop-down
 * list of the tick mark on every tick column, and input messages (shown when a cell is selected) on
 * the columns whose form is not obvious: the ■/□ channel checklist, the 编号 that must not change,
 * the 删除理由 that removes an inherited item. All of it is data validation, which the three programs
 * keep when they save the file.
 *
 * <p>The channel checklist stays one cell of ■/□ text, as the official tables print it: a cell has
 * one value, so a drop-down cannot tick several channels, and one column per channel would make the
 * table twice as wide as the printed page. Its input message says how to tick a box.
 */
final class EditAids {
  /**
   * Rows below the last item the drop-downs and messages also cover, so that a local item added
   * under the table gets them too.
   */
  static final int SPARE_ROWS = 200;

  /** Excel's limit of a cell's text: the channel column's validation checks only that. */
  private static final String CELL_LIMIT = "32767";

  /**
   * Each validation as POI makes it, once per workbook, keyed by column and message: a sheet's
   * validations are copies with their own range. POI builds a validation field by field through
   * XMLBeans, and a region's workbook has a few hundred of them, a dozen kinds.
   */
  private final Map<String, DataValidation> made = new HashMap<>();

  /** The input message of the channel column, as it is printed. */
  private final String channelsPrompt;

  /**
   * @param channelsPrompt the input message of the channel column, as it is printed
   */
  EditAids(String channelsPrompt) {
    this.channelsPrompt = channelsPrompt;
  }

  /**
   * Adds the validations of a domain sheet.
   *
   * @param header the first header row (the 删除理由 header gets its message too)
   * @param first the first item row
   * @param last the last row covered (items and spare rows)
   */
  void add(XSSFSheet sheet, List<TableColumn> columns, int header, int first, int last) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (int c = 0; c < columns.size(); c++) {
      TableColumn col = columns.get(c);
      DataValidation v;
      int top = first;
      switch (col.kind()) {
        case AUDIENCE_SPECIFIC ->
            // a group's name (申请人) may stand in place of the tick: a reminder, not a refusal
            v =
                made.computeIfAbsent(
                    "specific",
                    k ->
                        tickList(
                            helper, DataValidation.ErrorStyle.INFO, TableText.SPECIFIC_PROMPT));
        case CHANNELS ->
            v =
                made.computeIfAbsent(
                    "channels", k -> promptOnly(helper, TableVocabulary.CHANNELS, channelsPrompt));
        case ID ->
            v =
                made.computeIfAbsent(
                    "id " + col.header(),
                    k -> promptOnly(helper, col.header(), TableText.ID_PROMPT));
        case REMOVAL_REASON -> {
          top = header;
          v =
              made.computeIfAbsent(
                  "removal " + col.header(),
                  k -> promptOnly(helper, col.header(), TableText.REMOVAL_PROMPT));
        }
        default ->
            v =
                col.kind().isTick()
                    ? made.computeIfAbsent(
                        "tick",
                        k ->
                            tickList(helper, DataValidation.ErrorStyle.STOP, TableText.TICK_PROMPT))
                    : null;
      }
      if (v == null) {
        continue;
      }
      // POI copies the validation into the sheet; the copy's range is then set in place, so its
      // attributes keep POI's order
      sheet.addValidationData(v);
      CTDataValidations all = sheet.getCTWorksheet().getDataValidations();
      all.getDataValidationArray(all.sizeOfDataValidationArray() - 1)
          .setSqref(List.of(new CellRangeAddress(top, last, c, c).formatAsString()));
    }
  }

  /** A range the made validations carry until a sheet's copy gets its own. */
  private static CellRangeAddressList anyRange() {
    return new CellRangeAddressList(0, 0, 0, 0);
  }

  /** A drop-down of the tick mark; an empty cell is always allowed (not ticked). */
  private static DataValidation tickList(
      DataValidationHelper helper, int errorStyle, String prompt) {
    DataValidation v =
        helper.createValidation(
            helper.createExplicitListConstraint(new String[] {TableVocabulary.TICK}), anyRange());
    v.setEmptyCellAllowed(true);
    v.setSuppressDropDownArrow(true); // POI's name: true shows the arrow in an xlsx file
    v.setErrorStyle(errorStyle);
    v.setShowErrorBox(true);
    v.createErrorBox(TableVocabulary.TICK, TableText.TICK_ERROR);
    prompt(v, TableVocabulary.TICK, prompt);
    return v;
  }

  /** An input message alone: any value is accepted (up to the length of a cell). */
  private static DataValidation promptOnly(DataValidationHelper helper, String title, String text) {
    DataValidation v =
        helper.createValidation(
            helper.createTextLengthConstraint(
                DataValidationConstraint.OperatorType.LESS_OR_EQUAL, CELL_LIMIT, null),
            anyRange());
    prompt(v, title, text);
    return v;
  }

  private static void prompt(DataValidation v, String title, String text) {
    v.createPromptBox(title, text);
    v.setShowPromptBox(true);
  }
}
