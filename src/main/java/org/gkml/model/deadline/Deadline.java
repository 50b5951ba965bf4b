package org.gkml.model.deadline;

/**
 * A parsed 公开时限 (deadline of a disclosure item), keeping the text as written.
 *
 * <h2>Parsing</h2>
 *
 * {@link #parse} reads the wordings of published tables (FORMAT.md §8). The text is normalised
 * first: NFKC (full-width digits and punctuation), spaces dropped, a trailing
 * 法律、法规对政府信息公开的期限另有规定的,从其规定 dropped. The words around a number name the event the deadline runs
 * from (信息形成或者变更之日起, 自收到申请之日起, 批复后) and are not compared: gkml compares deadlines of one item,
 * whose event does not change. A display period (公示7个工作日) or a minimum (不少于30日) says how long
 * information stays up, not when it goes up, and is skipped. Wordings with two different numbers,
 * or a date (3月31日, 10日前), are {@link Unparsed}. Parsing never throws: an unknown form is {@link
 * Unparsed}.
 *
 * <h2>Comparison</h2>
 *
 * {@link #compareWith} decides weakening (a longer deadline in an overlay is an error), so it
 * answers SHORTER or LONGER only when that holds on every calendar:
 *
 * <ul>
 *   <li>{@link Span}s of one unit compare by count (working days with working days, months with
 *       months). Across units each span is an interval of possible lengths: N working days last
 *       from N to N + 2⌈N/5⌉ + 10⌈N/60⌉ calendar days (weekends, plus a margin for 春节 and 国庆, see
 *       {@link WorkingDays#HOLIDAY_MARGIN_DAYS}), a month 28 to 31 days, immediate 0. A is SHORTER
 *       when its longest is at most B's shortest (and they are not the same fixed length), LONGER
 *       the other way round, otherwise NOT_COMPARABLE. So against 20个工作日, M日 is SHORTER for M ≤ 20
 *       and LONGER for M ≥ 38; immediate is SHORTER than any positive span.
 *   <li>{@link Periodic} schedules compare by frequency (daily &lt; weekly &lt; monthly &lt;
 *       quarterly &lt; half-yearly &lt; yearly); with the same frequency they are SAME when the
 *       rest of the wording is (每年3月底前 vs 每年6月底前: NOT_COMPARABLE). A schedule and a span after an
 *       event are different regimes: NOT_COMPARABLE.
 *   <li>{@link Advance} notices compare only with each other, a longer lead being SHORTER (the
 *       information goes up earlier).
 *   <li>{@link Timely} with timely and {@link LongTerm} with long-term are SAME; both are
 *       NOT_COMPARABLE with anything else.
 *   <li>A {@link Composite} compares part by part with a composite whose parts have the same labels
 *       in the same order; otherwise each of its parts against the other deadline, or against each
 *       part of another composite. The answers combine: all SAME gives SAME, only SHORTER or SAME
 *       gives SHORTER, only LONGER or SAME gives LONGER, anything else NOT_COMPARABLE.
 *   <li>{@link Unparsed} and {@link SameAsAbove} are SAME only with the same normalised text.
 * </ul>
 *
 * Every deadline is SAME as itself and as any text-identical deadline, and the answer is
 * antisymmetric: {@code b.compareWith(a)} is {@code a.compareWith(b).inverse()}.
 */
public sealed interface Deadline
    permits Span, Periodic, Advance, Timely, LongTerm, Composite, SameAsAbove, Unparsed {

  /** The text as written. */
  String text();

  /** A rendering of the parsed value (20个工作日, 每季度, 实时), equal for wordings that parse alike. */
  String canonical();

  /** False for {@link Unparsed}, for 同上 outside an import, and for composites with such a part. */
  default boolean parsed() {
    return true;
  }

  /**
   * Whether this deadline is SHORTER, the SAME or LONGER than {@code other}, or NOT_COMPARABLE; see
   * the type's documentation for the rules.
   */
  default DeadlineComparison compareWith(Deadline other) {
    return DeadlineComparator.compare(this, other);
  }

  /**
   * Whether this exceeds the legal default for proactive disclosure, 20 working days (条例 art. 26);
   * only meaningful for 主动 items, which the caller decides. YES when this is LONGER than {@link
   * WorkingDays#LEGAL_DEFAULT} on every calendar (over 20 working days, 38 calendar days or more, 2
   * months or more), NO when SHORTER or SAME (immediate, at most 20 working or calendar days),
   * UNKNOWN otherwise: 21 to 37 calendar days, 1 month, and every wording without a length
   * (periodic schedules, which follow their own laws, timely, long-term, advance notices,
   * unparsed). A composite is YES when any part is, NO when all parts are.
   */
  default Answer exceedsLegalDefault() {
    return switch (compareWith(WorkingDays.LEGAL_DEFAULT)) {
      case LONGER -> Answer.YES;
      case SHORTER, SAME -> Answer.NO;
      case NOT_COMPARABLE -> Answer.UNKNOWN;
    };
  }

  /**
   * How the deadline written {@code after} compares with the one written {@code before} that it
   * replaces; {@link DeadlineComparison#weakens} says whether the change weakens the item.
   */
  static DeadlineComparison change(String before, String after) {
    return parse(after).compareWith(parse(before));
  }

  /** Parses a wording; never throws, an unknown form gives {@link Unparsed}. */
  static Deadline parse(String text) {
    return ParsedDeadlines.parse(text);
  }

  /**
   * Parses a wording read in an imported table below a row whose deadline is {@code above}: 同上
   * gives {@code above}.
   *
   * @param above the deadline of the row above, or null for a first row (同上 stays unresolved)
   */
  static Deadline parse(String text, Deadline above) {
    Deadline deadline = parse(text);
    return deadline instanceof SameAsAbove && above != null ? above : deadline;
  }
}
