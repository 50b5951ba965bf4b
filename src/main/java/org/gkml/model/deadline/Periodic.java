package org.gkml.model.deadline;

import java.util.Objects;

/**
 * A periodic schedule (每季度, 每月公布一次, 半年至少更新1次, 每年3月底前): published at least once per period.
 *
 * @param detail the rest of the wording once the period and filler words are gone (e.g. 3月底前),
 *     empty for a bare schedule
 */
public record Periodic(String text, Frequency frequency, String detail) implements Deadline {

  /** How often a periodic deadline publishes, most frequent first. */
  public enum Frequency {
    DAILY(1, "每日"),
    WEEKLY(7, "每周"),
    MONTHLY(30, "每月"),
    QUARTERLY(91, "每季度"),
    HALF_YEARLY(182, "每半年"),
    YEARLY(365, "每年");

    private final int days;
    private final String word;

    Frequency(int days, String word) {
      this.days = days;
      this.word = word;
    }

    /** The approximate length of the period, in days. */
    public int days() {
      return days;
    }

    /** The usual wording, e.g. 每季度. */
    public String word() {
      return word;
    }
  }

  public Periodic {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String canonical() {
    return frequency.word() + detail;
  }
}
