package org.gkml.report;

import java.util.List;
import org.gkml.model.Finding;
import org.gkml.model.Messages;

/**
 * What a findings report shows: the findings (sorted), the files that were checked (for per-file
 * formats like JUnit), whether warnings count as failures, and the tool version.
 */
public record ReportInput(
    List<Finding> findings, List<String> files, boolean strict, String version, Messages messages) {
  public ReportInput {
    findings = List.copyOf(findings);
    files = List.copyOf(files);
  }

  public long errors() {
    return findings.stream().filter(Finding::isError).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == org.gkml.model.Severity.WARNING).count();
  }
}
