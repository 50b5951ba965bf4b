package org.gkml.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.gkml.export.DocxExporter;
import org.gkml.export.ExcelExporter;
import org.gkml.export.PublishedCatalog;

/**
 * A folder's catalogue as the official table in a file: {@code catalog.xlsx} (the workbook of
 * {@code gkml export xlsx}) or {@code catalog.docx} (the document of {@code gkml export docx}).
 */
public final class TableArtifact implements Artifact {
  /** What writes the table: an exporter's {@code write}. */
  private interface Exporter {
    void write(PublishedCatalog published, OutputStream out) throws IOException;
  }

  private final String fileName;
  private final String label;
  private final Exporter exporter;
  private final String issuer;
  private final LocalDate date;

  private TableArtifact(
      String fileName, String label, Exporter exporter, String issuer, LocalDate date) {
    this.fileName = fileName;
    this.label = label;
    this.exporter = exporter;
    this.issuer = issuer;
    this.date = date;
  }

  /**
   * {@code catalog.xlsx}.
   *
   * @param issuer who publishes the tables (gkml.yaml {@code issuer}); may be null
   * @param date the generation date printed in the tables
   */
  public static TableArtifact xlsx(ExcelExporter exporter, String issuer, LocalDate date) {
    return new TableArtifact("catalog.xlsx", "Excel 表格", exporter::write, issuer, date);
  }

  /** {@code catalog.docx}; as {@link #xlsx}. */
  public static TableArtifact docx(DocxExporter exporter, String issuer, LocalDate date) {
    return new TableArtifact("catalog.docx", "Word 文档", exporter::write, issuer, date);
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public String label() {
    return label;
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
