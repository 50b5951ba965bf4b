package org.gkml.export;

/**
 * The words and marks of the official table as gkml prints it, shared by the exporter and the
 * importer so a table gkml wrote always reads back.
 */
public final class ExcelLayout {
  private ExcelLayout() {}

  /** A checked box in the 公开渠道和载体 checklist. */
  public static final String CHECKED = "■";

  /** An unchecked box in the checklist. */
  public static final String UNCHECKED = "□";

  /** The mark in a tick column (公开对象, 公开方式, 公开层级). */
  public static final String TICK = "✓";

  /** The mark after the 序号 of a region's own (个性) item. */
  public static final String CUSTOM_MARK = "★";

  /** The first line of the 备注 cell of an item a region may remove ({@code optional: true}). */
  public static final String OPTIONAL_NOTE = "可选事项";

  /** The first sheet: the list of domains. */
  public static final String INDEX_SHEET = "目录";

  /** The very hidden sheet with what the table cannot show (catalogue keys, policy). */
  public static final String METADATA_SHEET = "gkml";

  /** The header of the narrow column that keeps item ids for the round trip. */
  public static final String ID_HEADER = "编号";

  /** The header of the remarks column (note, optional flag). */
  public static final String NOTE_HEADER = "备注";

  /** The tail of a domain table's title: 〈region〉〈domain〉 + this. */
  public static final String TITLE_TAIL = "领域基层政务公开标准目录";
}
