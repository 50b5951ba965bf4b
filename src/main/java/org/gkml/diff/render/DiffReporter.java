package org.gkml.diff.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.gkml.diff.DiffResult;
import org.gkml.i18n.Messages;

/** Writes a diff result in one of the {@link DiffFormat}s. */
public final class DiffReporter {
  private DiffReporter() {}

  /** A text format ({@code text}, {@code json}, {@code markdown}, {@code html}) to a writer. */
  public static void write(
      DiffFormat format, DiffResult result, Messages messages, Palette palette, Writer out)
      throws IOException {
    switch (format) {
      case TEXT -> TextDiffReport.write(result, messages, palette, out);
      case JSON -> JsonDiffReport.write(result, out);
      case MARKDOWN -> MarkdownDiffReport.write(result, messages, out);
      case HTML -> HtmlDiffReport.write(result, messages, out);
      case XLSX -> throw new IllegalArgumentException("xlsx is written to a stream");
    }
  }

  /** The 修订对照表 workbook, dated today. */
  public static void writeXlsx(DiffResult result, OutputStream out) throws IOException {
    writeXlsx(result, org.gkml.model.BuildClock.system().date(), out);
  }

  /** The 修订对照表 workbook, its package dated {@code date} (SOURCE_DATE_EPOCH). */
  public static void writeXlsx(DiffResult result, java.time.LocalDate date, OutputStream out)
      throws IOException {
    XlsxDiffReport.write(result, date, out);
  }
}
