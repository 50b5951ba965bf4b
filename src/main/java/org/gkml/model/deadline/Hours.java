package org.gkml.model.deadline;

import java.util.Objects;

/** N hours (N小时), as emergency information is sometimes given. */
public record Hours(String text, int hours) implements Span {

  public Hours {
    Objects.requireNonNull(text, "text");
    if (hours < 0) {
      throw new IllegalArgumentException("negative hours: " + hours);
    }
  }

  @Override
  public long minHours() {
    return hours;
  }

  @Override
  public long maxHours() {
    return hours;
  }

  @Override
  public String canonical() {
    return hours + "小时";
  }
}
