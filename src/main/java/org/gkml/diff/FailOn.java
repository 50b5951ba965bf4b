package org.gkml.diff;

/** Which changes make {@code gkml diff} exit with 1 ({@code --fail-on}). */
public enum FailOn {
  BREAKING,
  ANY,
  NONE;

  /** Whether a diff result fails this gate. Broken overlays below count as breaking. */
  public boolean fails(DiffResult result) {
    return switch (this) {
      case BREAKING -> result.count(ChangeClass.BREAKING) > 0 || !result.impacts().isEmpty();
      case ANY -> !result.changes().isEmpty() || !result.impacts().isEmpty();
      case NONE -> false;
    };
  }
}
