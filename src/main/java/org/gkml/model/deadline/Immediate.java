package org.gkml.model.deadline;

import java.util.Objects;

/** Immediate publication (实时, 即时, 实时公开): a span of zero. */
public record Immediate(String text) implements Span {

  public Immediate {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public long minHours() {
    return 0;
  }

  @Override
  public long maxHours() {
    return 0;
  }

  @Override
  public String canonical() {
    return "实时";
  }
}
