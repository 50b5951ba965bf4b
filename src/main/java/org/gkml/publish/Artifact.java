package org.gkml.publish;

import java.io.IOException;
import java.io.OutputStream;

/** One file a build writes into every folder: the page, the workbook or the YAML. */
public interface Artifact {

  /** The file's name inside a folder, e.g. {@code index.html}. */
  String fileName();

  /** What a link to the file says, e.g. {@code Excel 表格}. */
  String label();

  /** Writes the file. Called from several threads at once. */
  void write(Published published, OutputStream out) throws IOException;
}
