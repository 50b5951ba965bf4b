package org.gkml.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code gkml diff} found: the changes in report order, the overlays of the new tree
 * that the changes break, labels naming the two sides for headers, and the 修订说明 of the revisions
 * made between the two sides (FORMAT.md 1.1), in report order.
 */
public record DiffResult(
    String oldLabel,
    String newLabel,
    List<Change> changes,
    List<Impact> impacts,
    List<RevisionNote> revisions) {

  public DiffResult {
    changes = List.copyOf(changes);
    impacts = List.copyOf(impacts);
    revisions = List.copyOf(revisions);
  }

  /** A result without revision notes. */
  public DiffResult(String oldLabel, String newLabel, List<Change> changes, List<Impact> impacts) {
    this(oldLabel, newLabel, changes, impacts, List.of());
  }

  public long count(ChangeClass changeClass) {
    return changes.stream().filter(c -> c.changeClass() == changeClass).count();
  }

  /** The number of changes of each class, every class present (CLI.md {@code summary}). */
  public Map<ChangeClass, Long> summary() {
    Map<ChangeClass, Long> summary = new EnumMap<>(ChangeClass.class);
    for (ChangeClass c : ChangeClass.values()) {
      summary.put(c, count(c));
    }
    return summary;
  }

  public boolean isEmpty() {
    return changes.isEmpty() && impacts.isEmpty();
  }
}
