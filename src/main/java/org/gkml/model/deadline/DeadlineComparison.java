package org.gkml.model.deadline;

/** How one deadline compares with another: shorter (stricter), the same, longer, or undecidable. */
public enum DeadlineComparison {
  SHORTER,
  SAME,
  LONGER,
  NOT_COMPARABLE;

  /** Whether a deadline that compares so with the one it replaces weakens the item: longer. */
  public boolean weakens() {
    return this == LONGER;
  }

  /** The answer seen from the other side: SHORTER and LONGER swap. */
  public DeadlineComparison inverse() {
    return switch (this) {
      case SHORTER -> LONGER;
      case LONGER -> SHORTER;
      case SAME, NOT_COMPARABLE -> this;
    };
  }

  /** The answer for two counts in the same unit. */
  static DeadlineComparison ofCounts(long left, long right) {
    return left < right ? SHORTER : left > right ? LONGER : SAME;
  }
}
