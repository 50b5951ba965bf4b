package org.gkml.export;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

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

  private EditAids() {}

  /**
   * Adds the validations of a domain sheet.
   *
   * @param header the first header row (the 删除理由 header gets its message too)
   * @param first the first item row
   * @param last the last row covered (items and spare rows)
   * @param channelsPrompt the input message of the channel column, as it is printed
   */
  static void add(
      Sheet sheet,
      List<TableColumn> columns,
      int header,
      int first,
      int last,
      String channelsPrompt) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (int c = 0; c < columns.size(); c++) {
      TableColumn col = columns.get(c);
      switch (col.kind()) {
        case AUDIENCE_SPECIFIC ->
            // a group's name (申请人) may stand in place of the tick: a reminder, not a refusal
            tickList(
                sheet,
                helper,
                c,
                first,
                last,
                DataValidation.ErrorStyle.INFO,
                TableText.SPECIFIC_PROMPT);
        case CHANNELS -> {
          DataValidation v =
              helper.createValidation(
                  helper.createTextLengthConstraint(
                      DataValidationConstraint.OperatorType.LESS_OR_EQUAL, CELL_LIMIT, null),
                  new CellRangeAddressList(first, last, c, c));
          prompt(v, TableVocabulary.CHANNELS, channelsPrompt);
          sheet.addValidationData(v);
        }
        case ID -> promptOnly(sheet, helper, c, first, last, col.header(), TableText.ID_PROMPT);
        case REMOVAL_REASON ->
            promptOnly(sheet, helper, c, header, last, col.header(), TableText.REMOVAL_PROMPT);
        default -> {
          if (col.kind().isTick()) {
            tickList(
                sheet,
                helper,
                c,
                first,
                last,
                DataValidation.ErrorStyle.STOP,
                TableText.TICK_PROMPT);
          }
        }
      }
    }
  }

  /** A drop-down of the tick mark; an empty cell is always allowed (not ticked). */
  private static void tickList(
      Sheet sheet,
      DataValidationHelper helper,
      int c,
      int first,
      int last,
      int errorStyle,
      String prompt) {
    DataValidation v =
        helper.createValidation(
            helper.createExplicitListConstraint(new String[] {TableVocabulary.TICK}),
            new CellRangeAddressList(first, last, c, c));
    v.setEmptyCellAllowed(true);
    v.setSuppressDropDownArrow(true); // POI's name: true shows the arrow in an xlsx file
    v.setErrorStyle(errorStyle);
    v.setShowErrorBox(true);
    v.createErrorBox(TableVocabulary.TICK, TableText.TICK_ERROR);
    prompt(v, TableVocabulary.TICK, prompt);
    sheet.addValidationData(v);
  }

  /** An input message alone: any value is accepted (up to the length of a cell). */
  private static void promptOnly(
      Sheet sheet,
      DataValidationHelper helper,
      int c,
      int first,
      int last,
      String title,
      String text) {
    DataValidation v =
        helper.createValidation(
            helper.createTextLengthConstraint(
                DataValidationConstraint.OperatorType.LESS_OR_EQUAL, CELL_LIMIT, null),
            new CellRangeAddressList(first, last, c, c));
    prompt(v, title, text);
    sheet.addValidationData(v);
  }

  private static void prompt(DataValidation v, String title, String text) {
    v.createPromptBox(title, text);
    v.setShowPromptBox(true);
  }
}
