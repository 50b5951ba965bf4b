package org.gkml.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.gkml.export.HtmlExporter;
import org.gkml.export.HtmlPage;

/** The publication page of a folder, {@code index.html}, linking to the folder's other files. */
final class HtmlArtifact implements Artifact {
  static final String FILE = "index.html";

  private final HtmlExporter exporter;
  private final String setName;
  private final LocalDate date;
  private final List<HtmlPage.Link> downloads;

  HtmlArtifact(HtmlExporter exporter, String setName, LocalDate date, List<Artifact> siblings) {
    this.exporter = exporter;
    this.setName = setName;
    this.date = date;
    this.downloads =
        siblings.stream().map(a -> new HtmlPage.Link(a.fileName(), a.label())).toList();
  }

  @Override
  public String fileName() {
    return FILE;
  }

  @Override
  public String label() {
    return "网页";
  }

  @Override
  public void write(Published p, OutputStream out) throws IOException {
    exporter.write(page(p), out);
  }

  HtmlPage page(Published p) {
    return new HtmlPage(setName, p.publication(), downloads, date);
  }
}
