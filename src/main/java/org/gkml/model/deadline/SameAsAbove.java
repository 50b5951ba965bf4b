package org.gkml.model.deadline;

import java.util.Objects;

/** 同上 (same as the row above): meaningful only while importing a table, unresolved here. */
public record SameAsAbove(String text) implements Deadline {

  public SameAsAbove {
    Objects.requireNonNull(text, "text");
  }

  /** False: without the row above there is nothing to compare. */
  @Override
  public boolean parsed() {
    return false;
  }

  @Override
  public String canonical() {
    return "同上";
  }
}
