package org.gkml.model.deadline;

/**
 * A deadline of bounded length after an event: working days, calendar days, hours, months, or none
 * at all (immediate).
 *
 * <p>The bounds are in hours (a calendar day is 24 hours) so that hours and days compare; they hold
 * on every calendar, which is what lets spans of different units be compared soundly.
 */
public sealed interface Span extends Deadline
    permits WorkingDays, CalendarDays, CalendarMonths, Hours, Immediate {

  /** The shortest this span can last on any calendar, in hours. */
  long minHours();

  /** The longest this span can last on any calendar, in hours. */
  long maxHours();
}
