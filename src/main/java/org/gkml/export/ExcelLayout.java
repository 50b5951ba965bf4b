package org.gkml.export;

import org.gkml.model.TableVocabulary;

/**
 * What only the workbook has: its sheet names. The words and marks of the table itself are in
 * {@link TableVocabulary}; the aliases below keep the importer's references working.
 */
public final class ExcelLayout {
  private ExcelLayout() {}

  /** The first sheet: the list of domains. */
  public static final String INDEX_SHEET = "目录";

  /** The very hidden sheet with what the table cannot show (catalogue keys, policy). */
  public static final String METADATA_SHEET = "gkml";

  /** See {@link TableVocabulary#CHECKED}. */
  public static final String CHECKED = TableVocabulary.CHECKED;

  /** See {@link TableVocabulary#UNCHECKED}. */
  public static final String UNCHECKED = TableVocabulary.UNCHECKED;

  /** See {@link TableVocabulary#TICK}. */
  public static final String TICK = TableVocabulary.TICK;

  /** See {@link TableVocabulary#CUSTOM_MARK}. */
  public static final String CUSTOM_MARK = TableVocabulary.CUSTOM_MARK;

  /** See {@link TableVocabulary#OPTIONAL_NOTE}. */
  public static final String OPTIONAL_NOTE = TableVocabulary.OPTIONAL_NOTE;

  /** See {@link TableVocabulary#ID_HEADER}. */
  public static final String ID_HEADER = TableVocabulary.ID_HEADER;

  /** See {@link TableVocabulary#NOTE_HEADER}. */
  public static final String NOTE_HEADER = TableVocabulary.NOTE_HEADER;

  /** See {@link TableVocabulary#TITLE_TAIL}. */
  public static final String TITLE_TAIL = TableVocabulary.TITLE_TAIL;
}
