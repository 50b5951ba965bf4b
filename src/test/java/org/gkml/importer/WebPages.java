package org.gkml.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.model.ChannelVocabulary;

/**
 * A web page holding one catalogue table, as the tests of the importer write them: titled as
 * published pages are ({@code <title>}), saved in a test's folder and imported as a clerk would.
 */
final class WebPages {
  private WebPages() {}

  /** The page titled {@code title} holding a table of {@code rows} (HTML), imported. */
  static ImportResult imported(Path dir, String title, String rows) throws IOException {
    Path p = dir.resolve("page.htm");
    Files.writeString(
        p,
        "<html><head><meta charset=\"utf-8\"><title>"
            + title
            + "</title></head><body><table>"
            + rows
            + "</table></body></html>",
        StandardCharsets.UTF_8);
    return new TableImporter(ChannelVocabulary.standard()).read(p, null, "page.htm");
  }

  /** A row of cells: text, or a whole {@code <td …>} where a cell needs attributes (rowspan). */
  static String row(String... cells) {
    StringBuilder b = new StringBuilder("<tr>");
    for (String c : cells) {
      b.append(c.startsWith("<td") ? c : "<td>" + c + "</td>");
    }
    return b.append("</tr>").toString();
  }
}
