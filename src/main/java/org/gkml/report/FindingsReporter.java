package org.gkml.report;

import java.io.IOException;
import java.io.Writer;

/** Prints findings in one of the formats editors and CI systems read. */
public final class FindingsReporter {
  private FindingsReporter() {}

  public static void write(FindingsFormat format, ReportInput input, Writer out)
      throws IOException {
    switch (format) {
      case TEXT -> TextReport.write(input, out);
      case JSON -> JsonReport.write(input, out);
      case SARIF -> SarifReport.write(input, out);
      case JUNIT -> JunitReport.write(input, out);
      case GITHUB -> GithubReport.write(input, out);
    }
    out.flush();
  }

  /** The Markdown job summary of {@code --format github} (for {@code $GITHUB_STEP_SUMMARY}). */
  public static String githubStepSummary(ReportInput input) {
    return GithubReport.stepSummary(input);
  }
}
