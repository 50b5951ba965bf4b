package org.gkml.model.deadline;

import java.util.Objects;

/** A standing publication (长期, 永久公开, 长期公开(动态调整)): how long it stays up, not a deadline. */
public record LongTerm(String text) implements Deadline {

  public LongTerm {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String canonical() {
    return "长期";
  }
}
