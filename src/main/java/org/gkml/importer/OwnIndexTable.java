package org.gkml.importer;

import java.util.List;
import org.gkml.model.TableVocabulary;

/**
 * The list of domains gkml's own Word document opens with (序号 / 领域 / 事项数 / 其中基础事项 …, {@link
 * TableVocabulary#INDEX_COLUMNS}): derived counts, no catalogue. Its document imported back must
 * not warn that a table was left unread, nor fail {@code --strict}, for a table gkml wrote itself.
 */
final class OwnIndexTable {
  private OwnIndexTable() {}

  /** Whether the grid's first row with text starts with the list's columns. */
  static boolean is(TableGrid g) {
    List<String> columns = TableVocabulary.INDEX_COLUMNS;
    for (int r = 0; r < g.rowCount(); r++) {
      if (blank(g, r)) {
        continue;
      }
      if (g.columnCount() < columns.size()) {
        return false;
      }
      for (int c = 0; c < columns.size(); c++) {
        if (!g.own(r, c).strip().equals(columns.get(c))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean blank(TableGrid g, int r) {
    for (int c = 0; c < g.columnCount(); c++) {
      if (!g.own(r, c).isBlank()) {
        return false;
      }
    }
    return true;
  }
}
