package org.gkml.importer;

import java.util.List;
import java.util.Map;
import org.gkml.error.ExitCode;
import org.gkml.model.Catalog;
import org.gkml.model.Severity;

/**
 * What an import gave: one catalogue per domain found, the report of what was not used and what was
 * judged, the rows as read from the tables, and per item id the FORMAT 1.1 fields the item model
 * does not carry yet ({@code level3}, {@code department}, {@code contact}, {@code audience-note},
 * {@code audience} as a list), which {@link CatalogYaml} writes with the item; and per item id
 * where it stands in its table ({@link RowPlace}); and the regions the tables say they were
 * exported for ({@link ExportedFor}: none for a table made by hand, one for gkml's); and, by
 * domain, what a region's workbook recorded its tables were made from when exported ({@code
 * sources}, export.ExcelMetadata#sources; none for an older workbook or one not gkml's).
 */
public record ImportResult(
    List<Catalog> catalogs,
    List<ImportNote> notes,
    List<ImportedRow> rows,
    Map<String, Map<String, Object>> extras,
    Map<String, RowPlace> places,
    List<ExportedFor> exportedFor,
    Map<String, String> sources) {

  public ImportResult {
    catalogs = List.copyOf(catalogs);
    notes = List.copyOf(notes);
    rows = List.copyOf(rows);
    extras = Map.copyOf(extras);
    places = Map.copyOf(places);
    exportedFor = List.copyOf(exportedFor);
    sources = Map.copyOf(sources);
  }

  public ImportResult(
      List<Catalog> catalogs,
      List<ImportNote> notes,
      List<ImportedRow> rows,
      Map<String, Map<String, Object>> extras,
      Map<String, RowPlace> places,
      List<ExportedFor> exportedFor) {
    this(catalogs, notes, rows, extras, places, exportedFor, Map.of());
  }

  public ImportResult(
      List<Catalog> catalogs,
      List<ImportNote> notes,
      List<ImportedRow> rows,
      Map<String, Map<String, Object>> extras,
      Map<String, RowPlace> places) {
    this(catalogs, notes, rows, extras, places, List.of());
  }

  public ImportResult(
      List<Catalog> catalogs,
      List<ImportNote> notes,
      List<ImportedRow> rows,
      Map<String, Map<String, Object>> extras) {
    this(catalogs, notes, rows, extras, Map.of());
  }

  public ImportResult(List<Catalog> catalogs, List<ImportNote> notes) {
    this(catalogs, notes, List.of(), Map.of());
  }

  public long errors() {
    return notes.stream().filter(n -> n.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return notes.stream().filter(n -> n.severity() == Severity.WARNING).count();
  }

  /** Judgements made while reading (info lines), counted apart from warnings. */
  public long infos() {
    return notes.stream().filter(n -> n.severity() == Severity.INFO).count();
  }

  /** 1 when a required element is missing, or with {@code strict} when anything was reported. */
  public ExitCode exitCode(boolean strict) {
    return errors() > 0 || (strict && !notes.isEmpty()) ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
