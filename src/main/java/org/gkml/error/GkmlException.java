package org.gkml.error;

import org.gkml.i18n.Messages;

/**
 * The one way gkml fails on bad input or environment: a message key of {@code Messages.properties}
 * with its arguments, and the exit code. The CLI prints it as one line; a stack trace only with
 * {@code --debug}.
 */
public final class GkmlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;
  private final ExitCode exitCode;

  public GkmlException(ExitCode exitCode, String key, Object... args) {
    super(key);
    this.key = key;
    this.args = args.clone();
    this.exitCode = exitCode;
  }

  public GkmlException(Throwable cause, ExitCode exitCode, String key, Object... args) {
    super(key, cause);
    this.key = key;
    this.args = args.clone();
    this.exitCode = exitCode;
  }

  /** A usage error or unreadable input (exit code 2). */
  public static GkmlException usage(String key, Object... args) {
    return new GkmlException(ExitCode.USAGE, key, args);
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  public String render(Messages messages) {
    return messages.get(key, args);
  }
}
