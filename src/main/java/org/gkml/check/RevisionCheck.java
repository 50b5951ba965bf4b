package org.gkml.check;

import java.util.List;
import org.gkml.load.LoadedFile;
import org.gkml.model.Catalog;
import org.gkml.model.Overlay;
import org.gkml.model.Revision;
import org.gkml.model.Rule;

/**
 * A document's revision record (FORMAT.md 1.1) agrees with itself: the first entry is the
 * document's own version (GK401), and the entries run newest first (GK402). The trigger words are
 * the schema's to check.
 */
final class RevisionCheck implements FileCheck {

  @Override
  public void check(LoadedFile file, CheckContext context, FindingSink sink) {
    if (file.document() instanceof Catalog c) {
      check(c.revisions(), c.version(), sink);
    } else if (file.document() instanceof Overlay o) {
      check(o.revisions(), o.version(), sink);
    }
  }

  private static void check(List<Revision> revisions, String version, FindingSink sink) {
    if (revisions.isEmpty()) {
      return;
    }
    Revision first = revisions.get(0);
    if (version != null && !first.version().equals(version)) {
      sink.report(Rule.REVISION_VERSION, first.loc().child("version"), first.version(), version);
    }
    for (int i = 1; i < revisions.size(); i++) {
      Revision newer = revisions.get(i - 1);
      Revision older = revisions.get(i);
      // ISO dates (the schema's pattern) order as text
      if (newer.date() != null
          && older.date() != null
          && newer.date().compareTo(older.date()) < 0) {
        sink.report(
            Rule.REVISION_ORDER,
            older.loc().child("date"),
            older.version(),
            older.date(),
            newer.version(),
            newer.date());
      }
    }
  }
}
