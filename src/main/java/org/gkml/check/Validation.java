package org.gkml.check;

import java.util.List;
import org.gkml.error.ExitCode;
import org.gkml.load.TreeLoader;
import org.gkml.model.Finding;
import org.gkml.model.LazyList;
import org.gkml.model.Severity;
import org.gkml.model.Suppressed;

/**
 * The outcome of checking a scope: the tree as loaded, the findings to report (sorted), the files
 * reported on, whether any of them could not be read at all, and the findings that in-place
 * comments suppressed (they do not count).
 */
public record Validation(
    TreeLoader.Result loaded,
    List<Finding> findings,
    List<String> files,
    boolean unreadable,
    List<Suppressed> suppressed) {

  public Validation {
    findings = List.copyOf(findings);
    files = LazyList.copyOf(files); // (a lazy list is unmodifiable already)
    suppressed = List.copyOf(suppressed);
  }

  public Validation(
      TreeLoader.Result loaded, List<Finding> findings, List<String> files, boolean unreadable) {
    this(loaded, findings, files, unreadable, List.of());
  }

  public long errors() {
    return findings.stream().filter(Finding::isError).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /**
   * What each finding is about, stable across edits elsewhere in its file (see FindingSubjects).
   */
  public FindingSubjects subjects() {
    return new FindingSubjects(loaded);
  }

  /** The exit code of CLI.md: 2 for an unreadable file, 1 for errors (or warnings when strict). */
  public ExitCode exitCode(boolean strict) {
    if (unreadable) {
      return ExitCode.USAGE;
    }
    return errors() > 0 || (strict && warnings() > 0) ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
