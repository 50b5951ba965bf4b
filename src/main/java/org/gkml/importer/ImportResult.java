package org.gkml.importer;

import java.util.List;
import org.gkml.model.Catalog;
import org.gkml.model.ExitCode;
import org.gkml.model.Severity;

/** What an import gave: one catalogue per domain found, and the report of what was not used. */
public record ImportResult(List<Catalog> catalogs, List<ImportNote> notes) {

  public ImportResult {
    catalogs = List.copyOf(catalogs);
    notes = List.copyOf(notes);
  }

  public long errors() {
    return notes.stream().filter(n -> n.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return notes.stream().filter(n -> n.severity() == Severity.WARNING).count();
  }

  /** 1 when a required element is missing, or with {@code strict} when anything was reported. */
  public ExitCode exitCode(boolean strict) {
    return errors() > 0 || (strict && !notes.isEmpty()) ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
