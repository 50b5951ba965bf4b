package org.gkml.model.deadline;

import java.util.Objects;

/** N working days (N个工作日), e.g. 信息形成或者变更之日起20个工作日内. */
public record WorkingDays(String text, int days) implements Span {

  /** The legal default for proactive disclosure: 20 working days (政府信息公开条例 art. 26). */
  public static final WorkingDays LEGAL_DEFAULT = new WorkingDays("信息形成或者变更之日起20个工作日内", 20);

  /**
   * Calendar days that public holidays may add per {@link #HOLIDAY_WINDOW} working days. The
   * longest holidays (春节, 国庆 with 中秋) take at most 6 weekdays and can push one more weekend into
   * the window: 20 working days from the Friday before 国庆 2025 span 38 calendar days.
   */
  public static final int HOLIDAY_MARGIN_DAYS = 10;

  /** Working days over which at most one long holiday falls (about 12 weeks). */
  public static final int HOLIDAY_WINDOW = 60;

  public WorkingDays {
    Objects.requireNonNull(text, "text");
    if (days < 0) {
      throw new IllegalArgumentException("negative working days: " + days);
    }
  }

  /**
   * The most calendar days N working days can span: a run that starts on a Friday crosses ⌈N/5⌉
   * weekends, plus the holiday margin per started window of 60 working days.
   */
  public long maxCalendarDays() {
    return days
        + 2L * ceilDiv(days, 5)
        + (long) HOLIDAY_MARGIN_DAYS * ceilDiv(days, HOLIDAY_WINDOW);
  }

  @Override
  public long minHours() {
    // each working day is a distinct calendar day, even with 调休 weekends worked
    return 24L * days;
  }

  @Override
  public long maxHours() {
    return 24L * maxCalendarDays();
  }

  @Override
  public String canonical() {
    return days + "个工作日";
  }

  private static long ceilDiv(long x, long y) {
    return (x + y - 1) / y;
  }
}
