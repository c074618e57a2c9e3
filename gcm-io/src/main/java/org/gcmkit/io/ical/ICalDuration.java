package org.gcmkit.io.ical;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A DURATION value (RFC 5545 section 3.3.6): weeks or days (nominal: a day is a calendar day, which may be 23 or 25
 * hours long across a daylight-saving change) plus an exact time part.
 *
 * @since 0.1
 */
public final class ICalDuration {

  private final boolean negative;
  private final int weeks;
  private final int days;
  private final long seconds;

  private ICalDuration(boolean negative, int weeks, int days, long seconds) {
    if (weeks < 0 || days < 0 || seconds < 0) {
      throw new IllegalArgumentException("duration parts must not be negative; use the sign");
    }
    this.negative = negative;
    this.weeks = weeks;
    this.days = days;
    this.seconds = seconds;
  }

  /**
   * A duration.
   *
   * @param negative whether it points into the past
   * @param weeks the weeks, not negative
   * @param days the days, not negative
   * @param seconds the exact time part in seconds, not negative
   * @return the duration
   * @throws IllegalArgumentException if a part is negative
   */
  public static ICalDuration of(boolean negative, int weeks, int days, long seconds) {
    return new ICalDuration(negative, weeks, days, seconds);
  }

  /**
   * Whether the duration points into the past (a leading {@code -}).
   *
   * @return {@code true} if negative
   */
  public boolean isNegative() {
    return negative;
  }

  /**
   * The nominal days, weeks counted as seven days, with the sign.
   *
   * @return the days
   */
  public long nominalDays() {
    long d = weeks * 7L + days;
    return negative ? -d : d;
  }

  /**
   * The exact time part, with the sign.
   *
   * @return the time part
   */
  public Duration time() {
    return Duration.ofSeconds(negative ? -seconds : seconds);
  }

  /**
   * The duration with days counted as 24 hours.
   *
   * @return the exact duration
   */
  public Duration toDuration() {
    return Duration.ofDays(nominalDays()).plus(time());
  }

  /**
   * Adds the duration to a local time: days on the calendar, the time part exactly.
   *
   * @param t the local start
   * @return the local end
   */
  public LocalDateTime addTo(LocalDateTime t) {
    return t.plusDays(nominalDays()).plus(time());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ICalDuration d
        && d.negative == negative
        && d.weeks == weeks
        && d.days == days
        && d.seconds == seconds;
  }

  @Override
  public int hashCode() {
    return Objects.hash(negative, weeks, days, seconds);
  }

  /**
   * The duration in RFC 5545 form.
   *
   * @return for example {@code "PT1H30M"}, {@code "-P1W"} or {@code "P1DT12H"}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(16);
    if (negative) {
      sb.append('-');
    }
    sb.append('P');
    if (weeks > 0) {
      sb.append(weeks).append('W');
    }
    if (days > 0) {
      sb.append(days).append('D');
    }
    if (seconds > 0 || weeks == 0 && days == 0) {
      sb.append('T');
      long h = seconds / 3600;
      long m = seconds / 60 % 60;
      long s = seconds % 60;
      if (h > 0) {
        sb.append(h).append('H');
      }
      if (m > 0) {
        sb.append(m).append('M');
      }
      if (s > 0 || h == 0 && m == 0) {
        sb.append(s).append('S');
      }
    }
    return sb.toString();
  }
}
