package org.gkml.model.deadline;

import java.util.Objects;

/** N months (N个月); a month lasts 28 to 31 days, so only months compare exactly with months. */
public record CalendarMonths(String text, int months) implements Span {

  public CalendarMonths {
    Objects.requireNonNull(text, "text");
    if (months < 0) {
      throw new IllegalArgumentException("negative months: " + months);
    }
  }

  @Override
  public long minHours() {
    return 24L * 28 * months;
  }

  @Override
  public long maxHours() {
    return 24L * 31 * months;
  }

  @Override
  public String canonical() {
    return months + "个月";
  }
}
