package org.gkml.model.deadline;

import java.util.Objects;

/** Timely publication without a number (及时公开, 按进展情况及时公开): the same as any other. */
public record Timely(String text) implements Deadline {

  public Timely {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String canonical() {
    return "及时";
  }
}
