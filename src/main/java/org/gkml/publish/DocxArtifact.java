package org.gkml.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.gkml.export.DocxExporter;

/** A folder's catalogue as {@code catalog.docx}: the document of {@code gkml export docx}. */
public final class DocxArtifact implements Artifact {
  private final DocxExporter exporter;
  private final String issuer;
  private final LocalDate date;

  /**
   * @param issuer who publishes the tables (gkml.yaml {@code issuer}); may be null
   * @param date the generation date printed in the documents
   */
  public DocxArtifact(DocxExporter exporter, String issuer, LocalDate date) {
    this.exporter = exporter;
    this.issuer = issuer;
    this.date = date;
  }

  @Override
  public String fileName() {
    return "catalog.docx";
  }

  @Override
  public String label() {
    return "Word 文档";
  }

  @Override
  public void write(Published p, OutputStream out) throws IOException {
    exporter.write(XlsxArtifact.published(p, issuer, date), out);
  }
}
