package org.gkml.model;

import java.util.Optional;

/** 公开方式: proactive disclosure, or on request only. Proactive is the stronger commitment. */
public enum Mode {
  PROACTIVE("主动"),
  ON_REQUEST("依申请");

  private final String word;

  Mode(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /**
   * Whether going from this mode to {@code after} weakens the item: 主动 to 依申请 (FORMAT.md §7). An
   * unknown {@code after} (null) weakens nothing.
   */
  public boolean weakenedBy(Mode after) {
    return this == PROACTIVE && after == ON_REQUEST;
  }

  public static Optional<Mode> ofWord(String word) {
    for (Mode m : values()) {
      if (m.word.equals(word)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
