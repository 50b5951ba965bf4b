package org.gkml.model;

/**
 * The words and marks of the official table (基层政务公开标准目录), one place for every exporter (Excel,
 * Word, HTML) and the importer, so a table gkml writes in any form reads back and all forms say the
 * same thing.
 */
public final class TableVocabulary {
  private TableVocabulary() {}

  /** A checked box in the 公开渠道和载体 checklist. */
  public static final String CHECKED = "■";

  /** An unchecked box in the checklist. */
  public static final String UNCHECKED = "□";

  /** The mark in a tick column (公开对象, 公开方式, 公开层级). */
  public static final String TICK = "✓";

  /** The mark after the 序号 of a region's own (个性) item. */
  public static final String CUSTOM_MARK = "★";

  /** The word for a region's own items, as legends and badges print it. */
  public static final String CUSTOM = "个性";

  /** The first line of the 备注 cell of an item a region may remove ({@code optional: true}). */
  public static final String OPTIONAL_NOTE = "可选事项";

  /** The tail of a domain table's title: 〈region〉〈domain〉 + this. */
  public static final String TITLE_TAIL = "领域基层政务公开标准目录";

  /** What the list of domains says of a domain with no item at the published tier. */
  public static final String NO_ITEMS = "本层级无事项";

  // the header words, as the standard tables print them

  public static final String SEQ = "序号";
  public static final String ITEM_GROUP = "公开事项";
  public static final String LEVEL1 = "一级事项";
  public static final String LEVEL2 = "二级事项";
  public static final String CONTENT = "公开内容(要素)";
  public static final String BASIS = "公开依据";
  public static final String DEADLINE = "公开时限";
  public static final String OWNER = "公开主体";
  public static final String CHANNELS = "公开渠道和载体";
  public static final String AUDIENCE_GROUP = "公开对象";
  public static final String AUDIENCE_PUBLIC = "全社会";
  public static final String AUDIENCE_SPECIFIC = "特定群体";
  public static final String MODE_GROUP = "公开方式";
  public static final String MODE_PROACTIVE = "主动";
  public static final String MODE_ON_REQUEST = "依申请";
  public static final String TIER_GROUP = "公开层级";

  /**
   * The first columns of the list of domains gkml's own tables open with (the workbook's 目录 sheet,
   * the Word document's first table), the last column after them being each form's own: the
   * importer knows that list by them and does not take it for a catalogue.
   */
  public static final java.util.List<String> INDEX_COLUMNS =
      java.util.List.of(SEQ, "领域", "事项数", "其中基础事项", "其中个性事项", "版本");

  /** The header of the remarks column (note, optional flag). */
  public static final String NOTE_HEADER = "备注";

  /** The header of the narrow column that keeps item ids for the round trip. */
  public static final String ID_HEADER = "编号";

  /**
   * The header of the column where a region marks an inherited item removed by giving the reason.
   */
  public static final String REMOVAL_REASON_HEADER = "删除理由";

  // the optional columns of FORMAT.md 1.1, printed only where a table's items use them

  /** 三级事项, after 二级事项 under 公开事项. */
  public static final String LEVEL3 = "三级事项";

  /** 责任科室 ({@code department}), after 公开主体: the importer reads any header with 科室 as it. */
  public static final String DEPARTMENT = "责任科室";

  /** 联系方式 ({@code contact}), after 责任科室 or 公开主体. */
  public static final String CONTACT = "联系方式";

  /** What every form prints for a domain a region declared not applicable (未涉及领域). */
  public static final String NOT_APPLICABLE = "不适用";
}
