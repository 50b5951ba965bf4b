package org.gkml.oversight;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import org.gkml.i18n.Messages;

/** Writes a {@link ProvinceReport} in one of the {@link ReportFormat}s. */
public final class ReportWriter {
  private ReportWriter() {}

  /** A text format (text, json, html) to a writer. */
  public static void write(ReportFormat format, ProvinceReport report, Messages m, Writer out)
      throws IOException {
    switch (format) {
      case TEXT -> ReportText.write(report, m, out);
      case JSON -> ReportJson.write(report, out);
      case HTML -> ReportHtml.write(report, m, out);
      case XLSX -> throw new IllegalArgumentException("xlsx is written to a stream");
    }
  }

  /** The workbook. */
  public static void writeXlsx(ProvinceReport report, LocalDate date, OutputStream out)
      throws IOException {
    ReportXlsx.write(report, date, out);
  }
}
