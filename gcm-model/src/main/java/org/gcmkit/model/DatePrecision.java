package org.gcmkit.model;

/**
 * How precisely a {@link FuzzyDate} point is given: to the year, the month, the day or the second.
 *
 * <p>The constants are declared from the coarsest to the finest, so {@code compareTo} orders them by precision.
 * A {@linkplain Season season} ({@code 2017-23}) and a month with unspecified digits ({@code 2017-XX}) have
 * {@link #MONTH} precision, because they take the month's place in the text; a day with unspecified digits
 * ({@code 2017-12-XX}) has {@link #DAY} precision.
 *
 * <pre>{@code
 * FuzzyDate.parse("2017-12").precision();               // MONTH
 * FuzzyDate.parse("2017-04-17T14:00").precision();      // TIME
 * }</pre>
 *
 * @since 0.1
 */
public enum DatePrecision {
  /** A year, as in {@code 2017}, {@code 201X} or {@code Y17000}. */
  YEAR,
  /** A month or a season of a year, as in {@code 2017-12}, {@code 2017-XX} or {@code 2017-23}. */
  MONTH,
  /** A day, as in {@code 2017-12-04} or {@code 2017-12-XX}. */
  DAY,
  /** A local date and time to the second, as in {@code 2017-04-17T14:00:00}, possibly with a UTC offset. */
  TIME
}
