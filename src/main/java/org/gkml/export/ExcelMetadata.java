package org.gkml.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.Field;
import org.gkml.model.NotApplicable;
import org.gkml.model.Policy;

/**
 * The catalogue keys a printed table has no place for (title, version, issuer, effective, policy),
 * kept per sheet in the very hidden sheet {@link ExcelLayout#METADATA_SHEET} so that export then
 * import gives back the same catalogue. The rows are plain text cells.
 *
 * <p>A domain the region declared not applicable has no sheet: its row has an empty sheet name,
 * {@code false} under {@code applicable} and the declaration's reason (read by {@link
 * #notApplicable}).
 *
 * <p>A region's workbook also records, in each domain's row just after the named columns (column K,
 * which no header names so that earlier versions of gkml read the rows as before), a digest of what
 * the domain's table was made from: the basic catalogue and the overlays on the region's chain
 * (app.RegionSources). {@code import --region} compares it with the tree ({@link #sources}).
 */
public final class ExcelMetadata {
  static final String FORMAT = "gkml-xlsx";
  static final String FORMAT_VERSION = "1";
  private static final List<String> HEADER =
      List.of(
          "sheet",
          "domain",
          "title",
          "version",
          "issuer",
          "effective",
          "modifiable",
          "removable",
          "applicable",
          "reason");

  /** The header before domains that do not apply were recorded (workbooks of gkml 1.0). */
  private static final List<String> HEADER_1_0 = HEADER.subList(0, 8);

  /** What the hidden sheet says about one domain sheet. */
  public record SheetKeys(
      String sheet,
      String domain,
      String title,
      String version,
      String issuer,
      String effective,
      Policy policy) {}

  private ExcelMetadata() {}

  /** The rows of the hidden sheet for catalogues printed on the given sheets. */
  static List<List<String>> rows(PublishedCatalog published, List<String> sheets) {
    return rows(published, sheets, Map.of());
  }

  /** As {@link #rows(PublishedCatalog, List)}, with each domain's digest from {@code sources}. */
  static List<List<String>> rows(
      PublishedCatalog published, List<String> sheets, Map<String, String> sources) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(FORMAT, FORMAT_VERSION));
    rows.add(HEADER);
    List<Catalog> catalogs = published.domains();
    for (int i = 0; i < catalogs.size(); i++) {
      Catalog c = catalogs.get(i);
      NotApplicable na = published.notApplicable().get(c.domain());
      List<String> row =
          new ArrayList<>(
              List.of(
                  na == null ? sheets.get(i) : "",
                  c.domain(),
                  orEmpty(c.title()),
                  orEmpty(c.version()),
                  orEmpty(c.issuer()),
                  orEmpty(c.effective()),
                  String.join(",", c.policy().modifiableKeys()),
                  c.policy().removable().word(),
                  na == null ? "" : "false",
                  na == null || na.reason() == null ? "" : na.reason()));
      String digest = sources.get(c.domain());
      if (digest != null) {
        row.add(digest);
      }
      rows.add(List.copyOf(row));
    }
    return rows;
  }

  /**
   * The domains a workbook records as not applicable to its region, with their reasons (empty text
   * when none was given), by domain name; empty for a workbook that is not gkml's.
   */
  public static Map<String, String> notApplicable(List<List<String>> rows) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!isGkml(rows)) {
      return out;
    }
    for (List<String> r : rows.subList(2, rows.size())) {
      String domain = cell(r, 1);
      if (domain != null && "false".equals(cell(r, 8))) {
        String reason = cell(r, 9);
        out.put(domain, reason == null ? "" : reason);
      }
    }
    return out;
  }

  /**
   * What each domain's table was made from, as the workbook recorded it when exported, by domain;
   * empty for a workbook exported before gkml recorded it (or not by gkml).
   */
  public static Map<String, String> sources(List<List<String>> rows) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!isGkml(rows)) {
      return out;
    }
    for (List<String> r : rows.subList(2, rows.size())) {
      String domain = cell(r, 1);
      String digest = cell(r, HEADER.size());
      if (domain != null && digest != null) {
        out.put(domain, digest);
      }
    }
    return out;
  }

  private static boolean isGkml(List<List<String>> rows) {
    if (rows.size() < 2 || !FORMAT.equals(cell(rows.get(0), 0))) {
      return false;
    }
    List<String> header = rows.get(1);
    return header.equals(HEADER) || header.equals(HEADER_1_0);
  }

  /**
   * Reads the hidden sheet's rows back, by sheet name; empty when the rows are not gkml's (a table
   * from elsewhere that happens to have a sheet of that name).
   */
  public static Map<String, SheetKeys> read(List<List<String>> rows) {
    Map<String, SheetKeys> out = new LinkedHashMap<>();
    if (!isGkml(rows)) {
      return out;
    }
    for (List<String> r : rows.subList(2, rows.size())) {
      String sheet = cell(r, 0);
      String domain = cell(r, 1);
      if (sheet == null || domain == null) {
        continue;
      }
      out.put(
          sheet,
          new SheetKeys(
              sheet,
              domain,
              cell(r, 2),
              cell(r, 3),
              cell(r, 4),
              cell(r, 5),
              policy(cell(r, 6), cell(r, 7))));
    }
    return out;
  }

  private static Policy policy(String modifiable, String removable) {
    Set<Field> fields = EnumSet.noneOf(Field.class);
    if (modifiable != null) {
      for (String key : modifiable.split(",")) {
        Field.ofKey(key.strip()).ifPresent(fields::add);
      }
    }
    Policy.Removable r =
        removable == null
            ? Policy.defaults().removable()
            : Policy.Removable.ofWord(removable).orElse(Policy.defaults().removable());
    return new Policy(fields, r);
  }

  private static String cell(List<String> row, int i) {
    if (i >= row.size()) {
      return null;
    }
    String v = row.get(i);
    return v == null || v.isEmpty() ? null : v;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
