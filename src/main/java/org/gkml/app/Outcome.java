package org.gkml.app;

import java.util.Objects;
import org.gkml.error.ExitCode;

/**
 * A service's answer to a command that writes an output: the value to write, or the exit code to
 * stop with when the checks the output depends on failed (their findings were already printed).
 *
 * @param value what to write, null when stopped
 * @param exitCode {@link ExitCode#OK} with a value, else the code to stop with
 */
public record Outcome<T>(T value, ExitCode exitCode) {

  public Outcome {
    Objects.requireNonNull(exitCode);
    if ((exitCode == ExitCode.OK) != (value != null)) {
      throw new IllegalArgumentException("a value exactly when the exit code is OK");
    }
  }

  static <T> Outcome<T> of(T value) {
    return new Outcome<>(Objects.requireNonNull(value), ExitCode.OK);
  }

  static <T> Outcome<T> stop(ExitCode exitCode) {
    return new Outcome<>(null, exitCode);
  }

  /** Whether the command stops here with {@link #exitCode()} and writes nothing. */
  public boolean stopped() {
    return exitCode != ExitCode.OK;
  }
}
