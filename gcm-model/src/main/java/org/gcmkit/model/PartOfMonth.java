package org.gcmkit.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The early, middle or late part of a month, as in "early December": an interval of days of that month.
 *
 * <p>By gcmkit's convention (neither ISO 8601 nor EDTF defines these words) {@link #EARLY} is days 1 to 10,
 * {@link #MID} days 11 to 20 and {@link #LATE} day 21 to the last day of the month. {@link FuzzyDate#partOf} builds
 * the interval; {@link FuzzyDate#partOfMonth()} recognises it again.
 *
 * <pre>{@code
 * FuzzyDate early = FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY);
 * early.toEdtf();                      // "2017-12-01/2017-12-10"
 * PartOfMonth.LATE.lastDay(YearMonth.of(2017, 2));   // 28
 * }</pre>
 *
 * @since 0.1
 */
public enum PartOfMonth {
  /** Days 1 to 10 of the month. */
  EARLY(1, 10),
  /** Days 11 to 20 of the month. */
  MID(11, 20),
  /** Day 21 to the last day of the month. */
  LATE(21, 31);

  private final int firstDay;
  private final int lastDay;

  PartOfMonth(int firstDay, int lastDay) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  /**
   * The first day of this part in any month: 1, 11 or 21.
   *
   * @return the day of the month
   */
  public int firstDay() {
    return firstDay;
  }

  /**
   * The last day of this part in the given month: 10, 20, or the length of the month for {@link #LATE}.
   *
   * @param month the month
   * @return the day of the month
   */
  public int lastDay(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return lastDayIn(month.lengthOfMonth());
  }

  /** The last day of this part in a month of the given length. */
  int lastDayIn(int monthLength) {
    return this == LATE ? monthLength : lastDay;
  }
}
