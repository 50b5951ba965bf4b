package org.gkml.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.LazyList;
import org.gkml.model.Severity;
import org.gkml.model.Suppressed;

/**
 * What a findings report shows: the findings (sorted), the files that were checked (for per-file
 * formats like JUnit), whether warnings count as failures, the tool version, the findings that
 * in-place comments suppressed (SARIF lists them as such), what each finding is about (its subject:
 * rule, file and subject identify a finding across edits, for fingerprints), and the findings that
 * {@code --baseline} left out as known, each with the words that say so (SARIF lists them as
 * suppressed too; the other formats show only the count the command prints), and the folder the
 * paths that code hosts read are relative to (SARIF and GitHub's annotations, see {@link
 * SourceRoot}; the other formats show paths as the findings do, relative to the working directory).
 */
public record ReportInput(
    List<Finding> findings,
    List<String> files,
    boolean strict,
    String version,
    Messages messages,
    List<Suppressed> suppressed,
    Function<Finding, String> subject,
    List<Suppressed> baselined,
    SourceRoot sourceRoot) {
  public ReportInput {
    findings = List.copyOf(findings);
    files = LazyList.copyOf(files); // (a lazy list is unmodifiable already)
    suppressed = List.copyOf(suppressed);
    Objects.requireNonNull(subject);
    baselined = List.copyOf(baselined);
    Objects.requireNonNull(sourceRoot);
  }

  /** A report of findings alone: nothing suppressed, each finding about its JSON pointer. */
  public ReportInput(
      List<Finding> findings,
      List<String> files,
      boolean strict,
      String version,
      Messages messages) {
    this(
        findings,
        files,
        strict,
        version,
        messages,
        List.of(),
        f -> f.loc().pointer(),
        List.of(),
        SourceRoot.workingDirectory());
  }

  public long errors() {
    return findings.stream().filter(Finding::isError).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }
}
