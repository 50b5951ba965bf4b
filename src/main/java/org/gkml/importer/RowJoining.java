package org.gkml.importer;

/**
 * Whether a row that names an item but has no 序号 of its own may be read as the rest of the item
 * above it (import.md §6). A published table converted from PDF cuts one item's cells over several
 * rows, so its numbering decides. gkml's own tables print each item in one row, so such a row there
 * is an item someone added. A region's table read back by its 编号 must never let such a row change
 * an existing item unseen.
 */
enum RowJoining {
  /** A published table: as its numbering tells. */
  AS_NUMBERED,

  /**
   * A table read back as a region's overlay that gkml did not write: a join into an item with an 编号
   * is an error (it would change that item), one into a new item a warning as usual.
   */
  NOT_INTO_IDS,

  /**
   * gkml's own table (a workbook with its hidden sheet, or a table printing the region it was
   * exported for): one row per item, so a row naming an item is an item of its own.
   */
  ONE_ROW_PER_ITEM
}
