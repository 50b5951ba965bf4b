package org.gkml.model.deadline;

import java.util.Objects;

/** N calendar days (N日, N天, 一周 = 7), e.g. 本级政府财政部门批复后20日内. */
public record CalendarDays(String text, int days) implements Span {

  public CalendarDays {
    Objects.requireNonNull(text, "text");
    if (days < 0) {
      throw new IllegalArgumentException("negative calendar days: " + days);
    }
  }

  @Override
  public long minHours() {
    return 24L * days;
  }

  @Override
  public long maxHours() {
    return 24L * days;
  }

  @Override
  public String canonical() {
    return days + "日";
  }
}
