package org.gcmkit.io.ical.internal.write;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * RFC 5545 value formats written as ASCII bytes into a caller's array, without allocation.
 *
 * <p>Each {@code write…} method writes one value at {@code offset} and returns the offset after it; the caller
 * provides room for {@link #MAX_LENGTH} bytes. The {@code String}-returning methods are conveniences for tests and
 * for code off the hot path. {@link ContentLineWriter} uses these methods for its typed values.
 *
 * <p>Rules shared by all formats:
 *
 * <ul>
 *   <li>Years must lie in 0000–9999 ({@code date-fullyear = 4DIGIT}); others throw {@link IllegalArgumentException}.
 *   <li>iCalendar has no fractions of a second: date-times and durations are truncated to whole seconds (towards the
 *       past for date-times and instants, towards zero for durations).
 * </ul>
 *
 * <pre>{@code
 * ValueFormat.date(LocalDate.of(2018, 12, 10));             // "20181210"
 * ValueFormat.utc(Instant.parse("2018-12-10T08:00:00Z"));    // "20181210T080000Z"
 * ValueFormat.duration(Duration.ofMinutes(-15));             // "-PT15M"
 * ValueFormat.utcOffset(ZoneOffset.ofHoursMinutes(5, 30));   // "+0530"
 * }</pre>
 *
 * @since 0.1
 */
public final class ValueFormat {

  /** The most bytes any single {@code write…} method of this class writes. */
  public static final int MAX_LENGTH = 48;

  private static final long SECONDS_PER_DAY = 86_400L;
  private static final long SECONDS_PER_WEEK = 7 * SECONDS_PER_DAY;
  private static final long GEO_SCALE = 1_000_000L;

  private ValueFormat() {}

  /**
   * Writes a DATE value ({@code yyyyMMdd}).
   *
   * @param date the date, year 0000–9999
   * @param out the target array
   * @param offset where to start writing
   * @return the offset after the value
   * @throws IllegalArgumentException if the year is outside 0000–9999
   * @since 0.1
   */
  public static int writeDate(LocalDate date, byte[] out, int offset) {
    return ymd(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), out, offset);
  }

  /**
   * Writes a DATE-TIME value in local ("floating" or TZID-relative) form ({@code yyyyMMdd'T'HHmmss}), without
   * {@code Z}. Fractions of a second are dropped.
   *
   * @param dateTime the local date-time, year 0000–9999
   * @param out the target array
   * @param offset where to start writing
   * @return the offset after the value
   * @throws IllegalArgumentException if the year is outside 0000–9999
   * @since 0.1
   */
  public static int writeDateTime(LocalDateTime dateTime, byte[] out, int offset) {
    int o = ymd(dateTime.getYear(), dateTime.getMonthValue(), dateTime.getDayOfMonth(), out, offset);
    out[o] = 'T';
    return hms(dateTime.getHour(), dateTime.getMinute(), dateTime.getSecond(), out, o + 1);
  }

  /**
   * Writes a DATE-TIME value in UTC form ({@code yyyyMMdd'T'HHmmss'Z'}). Fractions of a second are dropped
   * (the instant is truncated towards the past).
   *
   * @param instant the instant, in years 0000–9999 UTC
   * @param out the target array
   * @param offset where to start writing
   * @return the offset after the value
   * @throws IllegalArgumentException if the year is outside 0000–9999
   * @since 0.1
   */
  public static int writeUtc(Instant instant, byte[] out, int offset) {
    long seconds = instant.getEpochSecond();
    long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, proleptic Gregorian like java.time).
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long dayOfEra = z - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long mp = (5 * dayOfYear + 2) / 153;
    int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("iCalendar years are 0000-9999, got the instant " + instant);
    }
    int o = ymd((int) year, month, day, out, offset);
    out[o] = 'T';
    o = hms(secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, out, o + 1);
    out[o] = 'Z';
    return o + 1;
  }

  /**
   * Writes a DURATION value ({@code [-]P…}). Whole weeks are written as {@code nW}; otherwise whole days as
   * {@code nD} followed by the hours, minutes and seconds of the rest, in the RFC 5545 grammar (which has no
   * {@code PT1H5S}: a skipped minute is written {@code PT1H0M5S}). Zero is {@code PT0S}. Fractions of a second are
   * dropped (truncated towards zero).
   *
   * <p>RFC 5545 treats days and weeks as nominal (a day across a DST change is 23 or 25 hours in a TZID context),
   * {@code java.time.Duration} as exact 24 hours. The difference does not matter for the uses here ({@code
   * REFRESH-INTERVAL}, {@code X-PUBLISHED-TTL}, alarm triggers); write {@code DTEND} rather than {@code DURATION}
   * for events with a TZID.
   *
   * @param duration the duration
   * @param out the target array
   * @param offset where to start writing
   * @return the offset after the value
   * @throws IllegalArgumentException if the duration is {@code Long.MIN_VALUE} seconds
   * @since 0.1
   */
  public static int writeDuration(Duration duration, byte[] out, int offset) {
    long seconds = duration.getSeconds();
    if (seconds < 0 && duration.getNano() > 0) {
      seconds++; // truncate towards zero
    }
    if (seconds == Long.MIN_VALUE) {
      throw new IllegalArgumentException("duration out of range: " + duration);
    }
    int o = offset;
    if (seconds < 0) {
      out[o++] = '-';
      seconds = -seconds;
    }
    out[o++] = 'P';
    if (seconds == 0) {
      out[o++] = 'T';
      out[o++] = '0';
      out[o++] = 'S';
      return o;
    }
    if (seconds % SECONDS_PER_WEEK == 0) {
      o = writeDigits(seconds / SECONDS_PER_WEEK, out, o);
      out[o++] = 'W';
      return o;
    }
    long days = seconds / SECONDS_PER_DAY;
    int rest = (int) (seconds % SECONDS_PER_DAY);
    if (days > 0) {
      o = writeDigits(days, out, o);
      out[o++] = 'D';
    }
    if (rest > 0) {
      int h = rest / 3600;
      int m = rest / 60 % 60;
      int s = rest % 60;
      out[o++] = 'T';
      if (h > 0) {
        o = writeDigits(h, out, o);
        out[o++] = 'H';
      }
      if (m > 0 || (h > 0 && s > 0)) {
        o = writeDigits(m, out, o);
        out[o++] = 'M';
      }
      if (s > 0) {
        o = writeDigits(s, out, o);
        out[o++] = 'S';
      }
    }
    return o;
  }

  /**
   * Writes a UTC-OFFSET value ({@code +hhmm}, or {@code +hhmmss} when the seconds are not zero). Zero is written
   * {@code +0000}: RFC 5545 forbids {@code -0000}.
   *
   * @param offset the offset
   * @param out the target array
   * @param at where to start writing
   * @return the offset after the value
   * @since 0.1
   */
  public static int writeUtcOffset(ZoneOffset offset, byte[] out, int at) {
    int total = offset.getTotalSeconds();
    int o = at;
    if (total < 0) {
      out[o++] = '-';
      total = -total;
    } else {
      out[o++] = '+';
    }
    o = two(total / 3600, out, o);
    o = two(total / 60 % 60, out, o);
    if (total % 60 != 0) {
      o = two(total % 60, out, o);
    }
    return o;
  }

  /**
   * Writes an INTEGER value (decimal, with a leading {@code -} when negative).
   *
   * @param value the value
   * @param out the target array
   * @param offset where to start writing
   * @return the offset after the value
   * @since 0.1
   */
  public static int writeInteger(long value, byte[] out, int offset) {
    if (value >= 0) {
      return writeDigits(value, out, offset);
    }
    if (value == Long.MIN_VALUE) {
      byte[] digits = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(digits, 0, out, offset, digits.length);
      return offset + digits.length;
    }
    out[offset] = '-';
    return writeDigits(-value, out, offset + 1);
  }

  /**
   * Writes a GEO value: latitude and longitude as FLOAT values separated by {@code ;}, rounded to six decimal places
   * (about 0.1 m, the precision RFC 5545 recommends) without trailing zeros, e.g. {@code 46.204391;6.143158}.
   *
   * @param latitude degrees north, in [-90, 90]
   * @param longitude degrees east, in [-180, 180]
   * @param out the target array
   * @param offset where to start writing
   * @return the offset after the value
   * @throws IllegalArgumentException if a coordinate is not finite or out of range
   * @since 0.1
   */
  public static int writeGeo(double latitude, double longitude, byte[] out, int offset) {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "GEO needs a latitude in [-90, 90] and a longitude in [-180, 180], got " + latitude + ";" + longitude);
    }
    int o = writeDecimal6(latitude, out, offset);
    out[o++] = ';';
    return writeDecimal6(longitude, out, o);
  }

  /**
   * Returns a DATE value.
   *
   * @param date the date, year 0000–9999
   * @return {@code yyyyMMdd}
   * @see #writeDate(LocalDate, byte[], int)
   * @since 0.1
   */
  public static String date(LocalDate date) {
    byte[] b = new byte[MAX_LENGTH];
    return ascii(b, writeDate(date, b, 0));
  }

  /**
   * Returns a local DATE-TIME value.
   *
   * @param dateTime the local date-time
   * @return {@code yyyyMMdd'T'HHmmss}
   * @see #writeDateTime(LocalDateTime, byte[], int)
   * @since 0.1
   */
  public static String dateTime(LocalDateTime dateTime) {
    byte[] b = new byte[MAX_LENGTH];
    return ascii(b, writeDateTime(dateTime, b, 0));
  }

  /**
   * Returns a UTC DATE-TIME value.
   *
   * @param instant the instant
   * @return {@code yyyyMMdd'T'HHmmss'Z'}
   * @see #writeUtc(Instant, byte[], int)
   * @since 0.1
   */
  public static String utc(Instant instant) {
    byte[] b = new byte[MAX_LENGTH];
    return ascii(b, writeUtc(instant, b, 0));
  }

  /**
   * Returns a DURATION value.
   *
   * @param duration the duration
   * @return e.g. {@code PT1H}, {@code -PT15M}, {@code P1W}
   * @see #writeDuration(Duration, byte[], int)
   * @since 0.1
   */
  public static String duration(Duration duration) {
    byte[] b = new byte[MAX_LENGTH];
    return ascii(b, writeDuration(duration, b, 0));
  }

  /**
   * Returns a UTC-OFFSET value.
   *
   * @param offset the offset
   * @return e.g. {@code +0100}, {@code -0330}, {@code +0000}
   * @see #writeUtcOffset(ZoneOffset, byte[], int)
   * @since 0.1
   */
  public static String utcOffset(ZoneOffset offset) {
    byte[] b = new byte[MAX_LENGTH];
    return ascii(b, writeUtcOffset(offset, b, 0));
  }

  /**
   * Returns a GEO value.
   *
   * @param latitude degrees north
   * @param longitude degrees east
   * @return e.g. {@code 46.204391;6.143158}
   * @see #writeGeo(double, double, byte[], int)
   * @since 0.1
   */
  public static String geo(double latitude, double longitude) {
    byte[] b = new byte[MAX_LENGTH];
    return ascii(b, writeGeo(latitude, longitude, b, 0));
  }

  private static String ascii(byte[] b, int length) {
    return new String(b, 0, length, StandardCharsets.US_ASCII);
  }

  private static int ymd(int year, int month, int day, byte[] out, int o) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("iCalendar years are 0000-9999, got " + year);
    }
    out[o] = (byte) ('0' + year / 1000);
    out[o + 1] = (byte) ('0' + year / 100 % 10);
    out[o + 2] = (byte) ('0' + year / 10 % 10);
    out[o + 3] = (byte) ('0' + year % 10);
    two(month, out, o + 4);
    return two(day, out, o + 6);
  }

  private static int hms(int hour, int minute, int second, byte[] out, int o) {
    two(hour, out, o);
    two(minute, out, o + 2);
    return two(second, out, o + 4);
  }

  private static int two(int value, byte[] out, int o) {
    out[o] = (byte) ('0' + value / 10);
    out[o + 1] = (byte) ('0' + value % 10);
    return o + 2;
  }

  /** Writes a non-negative number in decimal. */
  private static int writeDigits(long value, byte[] out, int o) {
    int length = 1;
    for (long v = value; v >= 10; v /= 10) {
      length++;
    }
    long v = value;
    for (int i = o + length - 1; i >= o; i--) {
      out[i] = (byte) ('0' + (int) (v % 10));
      v /= 10;
    }
    return o + length;
  }

  private static int writeDecimal6(double value, byte[] out, int offset) {
    long scaled = Math.round(Math.abs(value) * GEO_SCALE);
    int o = offset;
    if (value < 0 && scaled != 0) {
      out[o++] = '-';
    }
    o = writeDigits(scaled / GEO_SCALE, out, o);
    long fraction = scaled % GEO_SCALE;
    if (fraction != 0) {
      out[o++] = '.';
      int digits = 6;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      for (int i = o + digits - 1; i >= o; i--) {
        out[i] = (byte) ('0' + (int) (fraction % 10));
        fraction /= 10;
      }
      o += digits;
    }
    return o;
  }
}
