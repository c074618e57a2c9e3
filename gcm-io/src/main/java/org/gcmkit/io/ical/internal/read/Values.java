package org.gcmkit.io.ical.internal.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gcmkit.io.ical.ICalDuration;
import org.jspecify.annotations.Nullable;

/**
 * Parsers of RFC 5545 value types, written by hand for speed. Each throws {@link ValueException} with the offset of
 * the bad character.
 */
public final class Values {

  private Values() {}

  /** A value that does not parse; {@link #offset} is the index of the bad character in the value. */
  public static final class ValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Index in the value text. */
    public final int offset;

    /**
     * An exception.
     *
     * @param offset index in the value text
     * @param message what is wrong
     */
    public ValueException(int offset, String message) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }

  /** The parsed form of a DATE or DATE-TIME: local time plus flags. */
  public static final class DateTimeParts {
    /** The local date-time (midnight for DATE). */
    public final LocalDateTime local;

    /** Whether the value was a DATE. */
    public final boolean date;

    /** Whether the value ended with Z. */
    public final boolean utc;

    DateTimeParts(LocalDateTime local, boolean date, boolean utc) {
      this.local = local;
      this.date = date;
      this.utc = utc;
    }
  }

  private static int digits(String s, int from, int n, String what) {
    int v = 0;
    if (from + n > s.length()) {
      throw new ValueException(Math.min(from, s.length()), what + " is too short");
    }
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new ValueException(i, what + ": '" + c + "' where a digit is expected");
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Parses a DATE ({@code yyyyMMdd}) or DATE-TIME ({@code yyyyMMddTHHmmss[Z]}) in {@code s[from, to)}.
   *
   * @param s the text
   * @param from start index
   * @param to end index
   * @param allowDate whether a DATE is acceptable
   * @param allowDateTime whether a DATE-TIME is acceptable
   * @return the parts
   */
  public static DateTimeParts dateTime(String s, int from, int to, boolean allowDate, boolean allowDateTime) {
    int n = to - from;
    if (n == 8) {
      if (!allowDate) {
        throw new ValueException(from, "a DATE-TIME (yyyyMMddTHHmmss) is expected, not a DATE");
      }
      return new DateTimeParts(date(s, from).atStartOfDay(), true, false);
    }
    if (n == 15 || n == 16) {
      if (!allowDateTime) {
        throw new ValueException(from, "a DATE (yyyyMMdd) is expected, not a DATE-TIME");
      }
      LocalDate d = date(s, from);
      if (s.charAt(from + 8) != 'T') {
        throw new ValueException(from + 8, "'T' expected between date and time");
      }
      int h = digits(s, from + 9, 2, "hour");
      int m = digits(s, from + 11, 2, "minute");
      int sec = digits(s, from + 13, 2, "second");
      if (h > 23 || m > 59 || sec > 60) {
        throw new ValueException(from + 9, "time " + s.substring(from + 9, from + 15) + " is out of range");
      }
      boolean utc = false;
      if (n == 16) {
        if (s.charAt(from + 15) != 'Z') {
          throw new ValueException(from + 15, "only 'Z' may follow the time");
        }
        utc = true;
      }
      return new DateTimeParts(d.atTime(h, m, Math.min(sec, 59)), false, utc);
    }
    throw new ValueException(
        from,
        "\""
            + s.substring(from, to)
            + "\" is not a "
            + (allowDate && allowDateTime ? "DATE or DATE-TIME" : allowDate ? "DATE" : "DATE-TIME")
            + " (yyyyMMdd or yyyyMMddTHHmmss, optionally with Z)");
  }

  private static LocalDate date(String s, int from) {
    int y = digits(s, from, 4, "year");
    int mo = digits(s, from + 4, 2, "month");
    int d = digits(s, from + 6, 2, "day");
    try {
      return LocalDate.of(y, mo, d);
    } catch (DateTimeException e) {
      throw new ValueException(from, "date " + s.substring(from, from + 8) + " does not exist");
    }
  }

  /**
   * Parses a DURATION in {@code s[from, to)}.
   *
   * @param s the text
   * @param from start index
   * @param to end index
   * @param problems told (with 'W') when weeks are combined with days or time, which RFC 5545 does not allow
   * @return the duration
   */
  public static ICalDuration duration(String s, int from, int to, @Nullable EscapeProblems problems) {
    int i = from;
    boolean neg = false;
    if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      neg = s.charAt(i) == '-';
      i++;
    }
    if (i >= to || s.charAt(i) != 'P') {
      throw new ValueException(i, "a DURATION starts with 'P', for example PT1H or P1D");
    }
    i++;
    int weeks = 0;
    int days = 0;
    long secs = 0;
    boolean time = false;
    boolean any = false;
    while (i < to) {
      char c = s.charAt(i);
      if (c == 'T') {
        if (time) {
          throw new ValueException(i, "second 'T' in DURATION");
        }
        time = true;
        i++;
        continue;
      }
      int start = i;
      long v = 0;
      while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        v = v * 10 + (s.charAt(i) - '0');
        if (v > Integer.MAX_VALUE) {
          throw new ValueException(start, "DURATION number too large");
        }
        i++;
      }
      if (i == start || i >= to) {
        throw new ValueException(i, "DURATION needs a number followed by W, D, H, M or S");
      }
      char unit = s.charAt(i);
      if (!time && unit == 'W') {
        weeks = (int) v;
      } else if (!time && unit == 'D') {
        days = (int) v;
      } else if (time && unit == 'H') {
        secs += v * 3600;
      } else if (time && unit == 'M') {
        secs += v * 60;
      } else if (time && unit == 'S') {
        secs += v;
      } else {
        throw new ValueException(i, "unexpected '" + unit + "' in DURATION");
      }
      any = true;
      i++;
    }
    if (!any) {
      throw new ValueException(to, "DURATION has no value, for example PT1H");
    }
    if (weeks > 0 && (days > 0 || secs > 0) && problems != null) {
      problems.badEscape(from, 'W');
    }
    return ICalDuration.of(neg, weeks, days, secs);
  }

  /**
   * Parses a UTC-OFFSET ({@code +hhmm} or {@code +hhmmss}).
   *
   * @param s the text
   * @return the offset
   */
  public static ZoneOffset utcOffset(String s) {
    int n = s.length();
    if (n != 5 && n != 7 || s.charAt(0) != '+' && s.charAt(0) != '-') {
      throw new ValueException(0, "a UTC-OFFSET looks like +0100 or -053000, not \"" + s + "\"");
    }
    int h = digits(s, 1, 2, "offset hours");
    int m = digits(s, 3, 2, "offset minutes");
    int sec = n == 7 ? digits(s, 5, 2, "offset seconds") : 0;
    try {
      int sign = s.charAt(0) == '-' ? -1 : 1;
      return ZoneOffset.ofHoursMinutesSeconds(sign * h, sign * m, sign * sec);
    } catch (DateTimeException e) {
      throw new ValueException(0, "UTC-OFFSET " + s + " is out of range");
    }
  }

  /**
   * Parses an INTEGER.
   *
   * @param s the text
   * @return the value
   */
  public static int integer(String s) {
    int n = s.length();
    int i = 0;
    boolean neg = false;
    if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      neg = s.charAt(0) == '-';
      i++;
    }
    if (i >= n) {
      throw new ValueException(0, "an INTEGER is expected, not \"" + s + "\"");
    }
    long v = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new ValueException(i, "an INTEGER is expected, not \"" + s + "\"");
      }
      v = v * 10 + (c - '0');
      if (v > Integer.MAX_VALUE + 1L) {
        throw new ValueException(0, "INTEGER out of range: " + s);
      }
    }
    v = neg ? -v : v;
    if (v > Integer.MAX_VALUE) {
      throw new ValueException(0, "INTEGER out of range: " + s);
    }
    return (int) v;
  }

  /**
   * Parses a FLOAT in {@code s[from, to)}.
   *
   * @param s the text
   * @param from start
   * @param to end
   * @return the value
   */
  public static double decimal(String s, int from, int to) {
    int i = from;
    if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    boolean digit = false;
    boolean dot = false;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        throw new ValueException(i, "a FLOAT is expected, not \"" + s.substring(from, to) + "\"");
      }
    }
    if (!digit) {
      throw new ValueException(from, "a FLOAT is expected, not \"" + s.substring(from, to) + "\"");
    }
    return Double.parseDouble(s.substring(from, to));
  }

  /** Receives invalid TEXT escapes. */
  public interface EscapeProblems {
    /**
     * An invalid escape.
     *
     * @param offset index of the backslash
     * @param c the character after it, or 0 at the end
     */
    void badEscape(int offset, char c);
  }

  /**
   * Unescapes a TEXT value (RFC 5545 3.3.11) in {@code s[from, to)}: {@code \\ \; \, \n \N}. A backslash before any
   * other character is reported and dropped (the character is kept); a trailing backslash is kept.
   *
   * @param s the raw value
   * @param from start
   * @param to end
   * @param problems receives invalid escapes, or {@code null}
   * @return the text
   */
  public static String unescape(String s, int from, int to, @Nullable EscapeProblems problems) {
    int k = s.indexOf('\\', from);
    if (k < 0 || k >= to) {
      return from == 0 && to == s.length() ? s : s.substring(from, to);
    }
    StringBuilder sb = new StringBuilder(to - from);
    int run = from;
    while (k >= 0 && k < to) {
      sb.append(s, run, k);
      if (k + 1 >= to) {
        if (problems != null) {
          problems.badEscape(k, (char) 0);
        }
        sb.append('\\');
        run = to;
        break;
      }
      char d = s.charAt(k + 1);
      switch (d) {
        case 'n':
        case 'N':
          sb.append('\n');
          break;
        case '\\':
        case ';':
        case ',':
          sb.append(d);
          break;
        default:
          if (problems != null) {
            problems.badEscape(k, d);
          }
          sb.append(d);
      }
      run = k + 2;
      k = s.indexOf('\\', run);
    }
    if (run < to) {
      sb.append(s, run, to);
    }
    return sb.toString();
  }

  /**
   * Reports the invalid escapes of a TEXT value without building the unescaped text. The value is UTF-8: a backslash
   * and the ASCII characters of the escapes are single bytes that no multi-byte character contains.
   *
   * @param s the raw value in UTF-8
   * @param n its length in bytes
   * @param problems receives each invalid escape, at its byte offset (see {@link #charCount})
   */
  public static void checkEscapes(byte[] s, int n, EscapeProblems problems) {
    for (int k = 0; k < n; k++) {
      if (s[k] != '\\') {
        continue;
      }
      if (k + 1 >= n) {
        problems.badEscape(k, (char) 0);
        return;
      }
      int d = s[++k];
      if (d != 'n' && d != 'N' && d != '\\' && d != ';' && d != ',') {
        problems.badEscape(k - 1, d >= 0 ? (char) d : decodeAt(s, k));
      }
    }
  }

  /**
   * The number of UTF-16 characters that the first bytes of well-formed UTF-8 make.
   *
   * @param s the bytes
   * @param byteOffset how many
   * @return the characters (two for a character beyond U+FFFF)
   */
  public static int charCount(byte[] s, int byteOffset) {
    int chars = 0;
    for (int i = 0; i < byteOffset; i++) {
      int b = s[i] & 0xFF;
      if (b < 0x80 || b >= 0xC0) {
        chars += b >= 0xF0 ? 2 : 1;
      }
    }
    return chars;
  }

  /** The character that starts at a byte of well-formed UTF-8 (the high surrogate beyond U+FFFF). */
  private static char decodeAt(byte[] s, int i) {
    int b0 = s[i] & 0xFF;
    if (b0 < 0xE0) {
      return (char) ((b0 & 0x1F) << 6 | s[i + 1] & 0x3F);
    }
    if (b0 < 0xF0) {
      return (char) ((b0 & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | s[i + 2] & 0x3F);
    }
    int cp = (b0 & 0x07) << 18 | (s[i + 1] & 0x3F) << 12 | (s[i + 2] & 0x3F) << 6 | s[i + 3] & 0x3F;
    return Character.highSurrogate(cp);
  }

  /**
   * Splits a list value at commas that are not escaped with a backslash; returns {from, to} pairs.
   *
   * @param s the raw value
   * @return offsets of the items
   */
  public static int[] splitList(String s) {
    int n = s.length();
    int count = 1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ',') {
        count++;
      }
    }
    int[] out = new int[count * 2];
    int k = 0;
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ',') {
        out[k++] = start;
        out[k++] = i;
        start = i + 1;
      }
    }
    out[k++] = start;
    out[k] = n;
    return out;
  }

  /**
   * Splits on every comma (values that have no escapes: dates, periods).
   *
   * @param s the raw value
   * @return {from, to} pairs
   */
  public static List<int[]> splitPlain(String s) {
    List<int[]> out = new ArrayList<>(2);
    int start = 0;
    int n = s.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || s.charAt(i) == ',') {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    return out;
  }
}
