package org.gkml.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.gkml.export.ExcelExporter;
import org.gkml.export.PublishedCatalog;

/** A folder's catalogue as {@code catalog.xlsx}: the workbook of {@code gkml export xlsx}. */
public final class XlsxArtifact implements Artifact {
  private final ExcelExporter exporter;
  private final String issuer;
  private final LocalDate date;

  /**
   * @param issuer who publishes the tables (gkml.yaml {@code issuer}); may be null
   * @param date the generation date printed in the workbooks
   */
  public XlsxArtifact(ExcelExporter exporter, String issuer, LocalDate date) {
    this.exporter = exporter;
    this.issuer = issuer;
    this.date = date;
  }

  @Override
  public String fileName() {
    return "catalog.xlsx";
  }

  @Override
  public String label() {
    return "Excel 表格";
  }

  @Override
  public void write(Published p, OutputStream out) throws IOException {
    exporter.write(published(p, issuer, date), out);
  }

  /** A folder's catalogue as the table exports see it. */
  static PublishedCatalog published(Published p, String issuer, LocalDate date) {
    return p.isBasic()
        ? PublishedCatalog.basic(p.domains(), /* tier= */ null, issuer, date)
        : PublishedCatalog.region(p.region().code(), p.tier(), p.catalogues(), issuer, date);
  }
}
