package org.gkml.diff.render;

import java.util.List;
import org.gkml.diff.RevisionNote;
import org.gkml.i18n.Messages;
import org.gkml.model.Revision;

/** The columns of a 修订说明 table, the same in every diff format: 领域, 区域, 版本, 日期, 调整原因, 修订说明, 批准机关. */
final class RevisionColumns {
  private RevisionColumns() {}

  static List<String> headers(Messages messages) {
    return List.of(
        messages.get("diff.col.domain"),
        messages.get("diff.col.region"),
        messages.get("diff.col.version"),
        messages.get("diff.col.date"),
        messages.get("diff.col.trigger"),
        messages.get("diff.col.summary"),
        messages.get("diff.col.approved"));
  }

  static List<String> cells(RevisionNote n, Messages messages) {
    Revision r = n.revision();
    return List.of(
        n.domain(),
        n.region() == null ? messages.get("diff.basic") : n.region(),
        r.version(),
        orEmpty(r.date()),
        orEmpty(r.trigger()),
        orEmpty(r.summary()),
        orEmpty(r.approved()));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
