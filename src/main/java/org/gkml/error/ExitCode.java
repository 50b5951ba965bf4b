package org.gkml.error;

/** The exit codes of every gkml command (CLI.md), written down once. */
public enum ExitCode {
  /** Success; for validate no error, for diff nothing matched --fail-on. */
  OK(0),
  /**
   * Findings: validation errors (or warnings with --strict), or a diff change matching --fail-on.
   */
  FINDINGS(1),
  /** Usage error, unreadable or unparseable input, output not writable. */
  USAGE(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
