package org.gkml.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.Document;
import org.gkml.model.Overlay;
import org.gkml.model.Revision;

/**
 * One 修订说明 a diff reports: a revision of a document (a basic catalogue, or a region's overlay when
 * {@code region} is set) made between the two sides being compared.
 */
public record RevisionNote(String domain, String region, Revision revision) {

  public RevisionNote {
    Objects.requireNonNull(domain);
    Objects.requireNonNull(revision);
  }

  /**
   * The revisions of the new version of a document that the old one did not have yet, newest first:
   * the new record's entries down to (not including) the old version or any entry the old record
   * already lists. A document that is new contributes its whole record; one that is gone, none.
   */
  static List<RevisionNote> between(String domain, String region, Document old, Document neu) {
    List<Revision> newer = revisions(neu);
    if (newer.isEmpty()) {
      return List.of();
    }
    Set<String> known = new HashSet<>();
    if (old != null) {
      revisions(old).forEach(r -> known.add(r.version()));
      String version = version(old);
      if (version != null) {
        known.add(version);
      }
    }
    List<RevisionNote> out = new ArrayList<>();
    for (Revision r : newer) {
      if (known.contains(r.version())) {
        break;
      }
      out.add(new RevisionNote(domain, region, r));
    }
    return out;
  }

  private static List<Revision> revisions(Document d) {
    if (d instanceof Catalog c) {
      return c.revisions();
    }
    return d instanceof Overlay o ? o.revisions() : List.of();
  }

  private static String version(Document d) {
    if (d instanceof Catalog c) {
      return c.version();
    }
    return d instanceof Overlay o ? o.version() : null;
  }
}
