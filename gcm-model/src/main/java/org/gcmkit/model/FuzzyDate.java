package org.gcmkit.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date that may be inexact: an exact day or date-time, a month, a season, a year, a part of a month, or an interval
 * between two such dates, each possibly approximate or uncertain, with the phrase it was taken from. Its text form is
 * the Extended Date/Time Format (EDTF, ISO 8601-2) at level 1.
 *
 * <pre>{@code
 * FuzzyDate d = FuzzyDate.parse("2017-12-01/2017-12-10").withSourceText("early December");
 * d.partOfMonth();     // Optional[EARLY]
 * d.earliest();        // 2017-12-01
 * d.latest();          // 2017-12-10
 * d.toEdtf();          // "2017-12-01/2017-12-10"
 * d.toString();        // "2017-12-01/2017-12-10 (\"early December\")"
 *
 * FuzzyDate.parse("2017-04-17T14:00").toEdtf();              // "2017-04-17T14:00:00"
 * FuzzyDate.of(YearMonth.of(2017, 10)).approximate();        // 2017-10~
 * FuzzyDate.parse("201X").latest();                          // 2019-12-31
 * FuzzyDate.between(FuzzyDate.of(LocalDate.of(2017, 12, 1)).approximate(),
 *     FuzzyDate.of(LocalDate.of(2017, 12, 7)));              // 2017-12-01~/2017-12-07
 * }</pre>
 *
 * <h2>Shapes</h2>
 *
 * <p>A value is either a <em>point</em> or an <em>interval</em>. A point has a {@linkplain DatePrecision precision}:
 * <ul>
 *   <li>{@link DatePrecision#YEAR}: {@code 2017}; {@code 201X} (some year of the 2010s), {@code 20XX} (some year of
 *       2000 to 2099); {@code -0044} (a negative year); {@code Y17000}, {@code Y-170000002} (a year beyond four
 *       digits, which EDTF writes with the {@code Y} prefix and without month or day);</li>
 *   <li>{@link DatePrecision#MONTH}: {@code 2017-12}; {@code 2017-XX} (some month of 2017); a season {@code 2017-21}
 *       to {@code 2017-24} (spring, summer, autumn, winter, see {@link Season});</li>
 *   <li>{@link DatePrecision#DAY}: {@code 2017-12-04}; {@code 2017-12-XX} (some day of December 2017);
 *       {@code 2017-XX-XX} (some day of 2017);</li>
 *   <li>{@link DatePrecision#TIME}: a local date and time to the second, {@code 2017-04-17T14:00:00}, possibly with a
 *       UTC offset: {@code 2018-12-10T09:00:00+01:00}, {@code 2018-12-10T08:00:00Z}.</li>
 * </ul>
 * Any point may be <em>approximate</em> ({@code 2017-10~}), <em>uncertain</em> ({@code 2017-10?}) or both
 * ({@code 2017-10%}). An interval has a start and an end; each is a point, <em>open</em> ({@code ..}: there is none,
 * or it is not given for another reason) or <em>unknown</em> (empty): {@code 2004-06/2006-08},
 * {@code 2017-12-01~/2017-12-07}, {@code ../1985-04-12}, {@code 1985-04-12/..}, {@code /1985-04-12},
 * {@code 1985-04-12/}. At least one end is a point, and the end is never {@linkplain #isBefore before} the start.
 * Years with a month, a day or a time lie in {@code -9999..9999}; a year alone may be any year of {@link Year}.
 *
 * <h2>EDTF conformance</h2>
 *
 * <p>{@link #parse} reads EDTF level 0 and all features of level 1: qualification of a whole date, unspecified digits
 * from the right, the extended interval with {@code ..} and empty ends and qualified ends, seasons 21 to 24,
 * {@code Y}-prefixed years and negative years. Time offsets may be {@code Z}, {@code ±hh} or {@code ±hh:mm}. It also
 * reads ISO 8601 local date-times without seconds ({@code 2017-04-17T14:00}, as in gcmkit's fact base). It rejects
 * other level 2 features, basic format ({@code 20171204}), fractions of a second and surrounding white space.
 * {@link #toEdtf()} prints a canonical form: four-digit years, seconds always present, offsets as {@code Z} or
 * {@code ±hh:mm}, and {@code %} for a date both approximate and uncertain.
 *
 * <p>Any point may be qualified and any point may be an interval end. Some of these combinations are outside level
 * 1, and gcmkit reads and prints them only when a value has them: a qualifier after a date-time
 * ({@code 2017-04-17T14:00:00~}) or after unspecified digits ({@code 201X?}), unspecified digits in an interval end
 * ({@code 2004-06-XX/2004-07-03}, level 2), and intervals between date-times
 * ({@code 2017-04-17T14:00:00/2017-04-17T15:45:00}; EDTF intervals are between dates only).
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li><em>Early, mid and late</em> part of a month are the days 1–10, 11–20 and 21 to the end of the month (see
 *       {@link PartOfMonth}). They are intervals of days, not stored separately: {@link #partOfMonth()} recognises
 *       them, so {@code partOf(YearMonth.of(2017, 12), EARLY)} equals {@code parse("2017-12-01/2017-12-10")}.</li>
 *   <li><em>Seasons</em> are the meteorological seasons of the northern hemisphere; winter runs from December of its
 *       year to the end of February of the next year (see {@link Season}).</li>
 *   <li><em>Bounds</em>: {@link #earliest()} and {@link #latest()} are the first and last day the text allows,
 *       inclusive. Qualifiers do not widen them (an approximate date says the value may be off, not by how much);
 *       open or unknown ends give {@link LocalDate#MIN} and {@link LocalDate#MAX}.</li>
 *   <li><em>Source text</em>: every value may carry the verbatim phrase it was taken from ("probably about the first
 *       week of December"). The phrase is not part of the EDTF text but is part of {@link #equals}; the ends of an
 *       interval never carry one.</li>
 * </ul>
 *
 * <p>Values are immutable and thread-safe. They hold their fields as numbers: parsing a point allocates the value
 * and nothing else that outlives the call, and {@link #date()}, {@link #dateTime()} and the bounds create their
 * {@code java.time} objects on demand.
 *
 * @since 0.1
 */
public final class FuzzyDate {

  /** {@link #month} or {@link #day} marker: the field is not part of the value. */
  private static final byte ABSENT = 0;
  /** {@link #month} or {@link #day} marker: the field is written {@code XX}. */
  private static final byte UNSPECIFIED = -1;

  private static final byte APPROXIMATE = 1;
  private static final byte UNCERTAIN = 2;

  private static final int MAX_FOUR_DIGIT_YEAR = 9999;

  private final boolean interval;
  private final DatePrecision precision;

  // A point: the year (rounded down to the first year of its decade or century when digits are unspecified), the
  // month (1..12, a season code 21..24, UNSPECIFIED or ABSENT), the day (1..31, UNSPECIFIED or ABSENT), the time of a
  // TIME point, the number of unspecified year digits (0..2), the qualifier bits and the offset of a TIME point.
  private final int year;
  private final byte month;
  private final byte day;
  private final byte hour;
  private final byte minute;
  private final byte second;
  private final byte unspecifiedYearDigits;
  private final byte qualifiers;
  private final @Nullable ZoneOffset offset;

  // An interval: its ends; a null end is open when the flag is set and unknown otherwise.
  private final @Nullable FuzzyDate start;
  private final @Nullable FuzzyDate end;
  private final boolean openStart;
  private final boolean openEnd;

  private final @Nullable String sourceText;

  private FuzzyDate(
      DatePrecision precision,
      int year,
      int month,
      int day,
      int hour,
      int minute,
      int second,
      int unspecifiedYearDigits,
      int qualifiers,
      @Nullable ZoneOffset offset,
      @Nullable String sourceText) {
    this.interval = false;
    this.precision = precision;
    this.year = year;
    this.month = (byte) month;
    this.day = (byte) day;
    this.hour = (byte) hour;
    this.minute = (byte) minute;
    this.second = (byte) second;
    this.unspecifiedYearDigits = (byte) unspecifiedYearDigits;
    this.qualifiers = (byte) qualifiers;
    this.offset = offset;
    this.start = null;
    this.end = null;
    this.openStart = false;
    this.openEnd = false;
    this.sourceText = sourceText;
  }

  private FuzzyDate(
      @Nullable FuzzyDate start,
      @Nullable FuzzyDate end,
      boolean openStart,
      boolean openEnd,
      @Nullable String sourceText) {
    this.interval = true;
    if (start == null) {
      this.precision = Objects.requireNonNull(end).precision;
    } else if (end == null) {
      this.precision = start.precision;
    } else {
      this.precision = start.precision.compareTo(end.precision) >= 0 ? start.precision : end.precision;
    }
    this.year = 0;
    this.month = ABSENT;
    this.day = ABSENT;
    this.hour = 0;
    this.minute = 0;
    this.second = 0;
    this.unspecifiedYearDigits = 0;
    this.qualifiers = 0;
    this.offset = null;
    this.start = start;
    this.end = end;
    this.openStart = start == null && openStart;
    this.openEnd = end == null && openEnd;
    this.sourceText = sourceText;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Factories

  /**
   * An exact day.
   *
   * <pre>{@code
   * FuzzyDate.of(LocalDate.of(2017, 12, 4)).toEdtf();   // "2017-12-04"
   * }</pre>
   *
   * @param date the day
   * @return a point of {@link DatePrecision#DAY} precision
   * @throws IllegalArgumentException if the year is outside {@code -9999..9999}
   */
  public static FuzzyDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    requireFourDigitYear(date.getYear(), "a day");
    return new FuzzyDate(
        DatePrecision.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), 0, 0, 0, 0, 0, null, null);
  }

  /**
   * An exact local date and time without a UTC offset, to the second; fractions of a second are dropped.
   *
   * <pre>{@code
   * FuzzyDate.of(LocalDateTime.of(2017, 4, 17, 14, 0)).toEdtf();   // "2017-04-17T14:00:00"
   * }</pre>
   *
   * @param dateTime the local date and time
   * @return a point of {@link DatePrecision#TIME} precision
   * @throws IllegalArgumentException if the year is outside {@code -9999..9999}
   */
  public static FuzzyDate of(LocalDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return ofDateTime(dateTime, null);
  }

  /**
   * An exact date and time with the UTC offset the source gave, to the second; fractions of a second are dropped.
   * Store meeting times as local times with an IANA zone elsewhere in the model; this form keeps what a source said.
   *
   * <pre>{@code
   * FuzzyDate.of(LocalDateTime.of(2018, 12, 10, 9, 0), ZoneOffset.ofHours(1)).toEdtf();
   * // "2018-12-10T09:00:00+01:00"
   * }</pre>
   *
   * @param dateTime the local date and time
   * @param offset the offset from UTC, in whole minutes
   * @return a point of {@link DatePrecision#TIME} precision
   * @throws IllegalArgumentException if the year is outside {@code -9999..9999} or the offset has seconds, which
   *     EDTF cannot write
   */
  public static FuzzyDate of(LocalDateTime dateTime, ZoneOffset offset) {
    Objects.requireNonNull(dateTime, "dateTime");
    Objects.requireNonNull(offset, "offset");
    if (offset.getTotalSeconds() % 60 != 0) {
      throw new IllegalArgumentException("EDTF writes offsets in hours and minutes; " + offset + " has seconds");
    }
    return ofDateTime(dateTime, offset);
  }

  private static FuzzyDate ofDateTime(LocalDateTime dateTime, @Nullable ZoneOffset offset) {
    requireFourDigitYear(dateTime.getYear(), "a date-time");
    return new FuzzyDate(
        DatePrecision.TIME,
        dateTime.getYear(),
        dateTime.getMonthValue(),
        dateTime.getDayOfMonth(),
        dateTime.getHour(),
        dateTime.getMinute(),
        dateTime.getSecond(),
        0,
        0,
        offset,
        null);
  }

  /**
   * A year. Years beyond four digits print with EDTF's {@code Y} prefix.
   *
   * <pre>{@code
   * FuzzyDate.ofYear(2026).toEdtf();     // "2026"
   * FuzzyDate.ofYear(-44).toEdtf();      // "-0044"
   * FuzzyDate.ofYear(17000).toEdtf();    // "Y17000"
   * }</pre>
   *
   * @param year the year, from {@link Year#MIN_VALUE} to {@link Year#MAX_VALUE}
   * @return a point of {@link DatePrecision#YEAR} precision
   * @throws IllegalArgumentException if the year is outside that range
   */
  public static FuzzyDate ofYear(int year) {
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw new IllegalArgumentException(
          "year " + year + " is outside " + Year.MIN_VALUE + ".." + Year.MAX_VALUE + ", the range of LocalDate");
    }
    return new FuzzyDate(DatePrecision.YEAR, year, ABSENT, ABSENT, 0, 0, 0, 0, 0, null, null);
  }

  /**
   * A month.
   *
   * <pre>{@code
   * FuzzyDate.of(YearMonth.of(2017, 4)).toEdtf();   // "2017-04"
   * }</pre>
   *
   * @param month the month
   * @return a point of {@link DatePrecision#MONTH} precision
   * @throws IllegalArgumentException if the year is outside {@code -9999..9999}
   */
  public static FuzzyDate of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    requireFourDigitYear(month.getYear(), "a month");
    return new FuzzyDate(
        DatePrecision.MONTH, month.getYear(), month.getMonthValue(), ABSENT, 0, 0, 0, 0, 0, null, null);
  }

  /**
   * The early, middle or late part of a month: the interval of days that {@link PartOfMonth} defines.
   *
   * <pre>{@code
   * FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY).toEdtf();   // "2017-12-01/2017-12-10"
   * FuzzyDate.partOf(YearMonth.of(2017, 11), PartOfMonth.LATE).toEdtf();    // "2017-11-21/2017-11-30"
   * }</pre>
   *
   * @param month the month
   * @param part the part of it
   * @return an interval between two days, whose {@link #partOfMonth()} is {@code part}
   * @throws IllegalArgumentException if the year is outside {@code -9999..9999}
   */
  public static FuzzyDate partOf(YearMonth month, PartOfMonth part) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(part, "part");
    requireFourDigitYear(month.getYear(), "a part of a month");
    FuzzyDate first = dayPoint(month.getYear(), month.getMonthValue(), part.firstDay(), 0);
    FuzzyDate last = dayPoint(month.getYear(), month.getMonthValue(), part.lastDay(month), 0);
    return new FuzzyDate(first, last, false, false, null);
  }

  /**
   * A season of a year, EDTF level 1 codes 21 to 24.
   *
   * <pre>{@code
   * FuzzyDate.season(2017, Season.WINTER).toEdtf();    // "2017-24"
   * FuzzyDate.season(2017, Season.WINTER).latest();    // 2018-02-28
   * }</pre>
   *
   * @param year the year, {@code -9999..9999}
   * @param season the season
   * @return a point of {@link DatePrecision#MONTH} precision whose {@link #season()} is {@code season}
   * @throws IllegalArgumentException if the year is outside {@code -9999..9999}
   */
  public static FuzzyDate season(int year, Season season) {
    Objects.requireNonNull(season, "season");
    requireFourDigitYear(year, "a season");
    return new FuzzyDate(DatePrecision.MONTH, year, season.code(), ABSENT, 0, 0, 0, 0, 0, null, null);
  }

  /**
   * The interval from one point to another. The source texts of the arguments are not kept: give the phrase for the
   * whole interval with {@link #withSourceText}.
   *
   * <pre>{@code
   * FuzzyDate.between(FuzzyDate.of(YearMonth.of(2004, 6)), FuzzyDate.of(YearMonth.of(2006, 8))).toEdtf();
   * // "2004-06/2006-08"
   * }</pre>
   *
   * @param start the first point
   * @param end the last point
   * @return the interval
   * @throws IllegalArgumentException if an argument is an interval, or if {@code end} {@linkplain #isBefore is
   *     before} {@code start} or its {@linkplain #latest() last day} is before the start's {@linkplain #earliest()
   *     first day}
   */
  public static FuzzyDate between(FuzzyDate start, FuzzyDate end) {
    requirePoint(start, "start");
    requirePoint(end, "end");
    if (endsBeforeStart(start, end)) {
      throw new IllegalArgumentException(
          "the end " + end.toEdtf() + " of an interval must not be before its start " + start.toEdtf());
    }
    return new FuzzyDate(start.withoutSourceText(), end.withoutSourceText(), false, false, null);
  }

  /**
   * The interval from a point on, with an open end: {@code start/..}.
   *
   * <pre>{@code
   * FuzzyDate.from(FuzzyDate.of(LocalDate.of(1985, 4, 12))).toEdtf();   // "1985-04-12/.."
   * }</pre>
   *
   * @param start the first point; its source text is not kept
   * @return the interval
   * @throws IllegalArgumentException if {@code start} is an interval
   */
  public static FuzzyDate from(FuzzyDate start) {
    requirePoint(start, "start");
    return new FuzzyDate(start.withoutSourceText(), null, false, true, null);
  }

  /**
   * The interval up to a point, with an open start: {@code ../end}.
   *
   * <pre>{@code
   * FuzzyDate.until(FuzzyDate.ofYear(1985)).toEdtf();   // "../1985"
   * }</pre>
   *
   * @param end the last point; its source text is not kept
   * @return the interval
   * @throws IllegalArgumentException if {@code end} is an interval
   */
  public static FuzzyDate until(FuzzyDate end) {
    requirePoint(end, "end");
    return new FuzzyDate(null, end.withoutSourceText(), true, false, null);
  }

  /**
   * The interval from a point to an end that is not known: {@code start/}. Unlike {@link #from}, the interval does
   * end, but the source does not say when.
   *
   * <pre>{@code
   * FuzzyDate.fromWithUnknownEnd(FuzzyDate.of(YearMonth.of(1985, 4))).toEdtf();   // "1985-04/"
   * }</pre>
   *
   * @param start the first point; its source text is not kept
   * @return the interval
   * @throws IllegalArgumentException if {@code start} is an interval
   */
  public static FuzzyDate fromWithUnknownEnd(FuzzyDate start) {
    requirePoint(start, "start");
    return new FuzzyDate(start.withoutSourceText(), null, false, false, null);
  }

  /**
   * The interval up to a point from a start that is not known: {@code /end}. Unlike {@link #until}, the interval
   * does start, but the source does not say when.
   *
   * <pre>{@code
   * FuzzyDate.untilWithUnknownStart(FuzzyDate.ofYear(1985)).toEdtf();   // "/1985"
   * }</pre>
   *
   * @param end the last point; its source text is not kept
   * @return the interval
   * @throws IllegalArgumentException if {@code end} is an interval
   */
  public static FuzzyDate untilWithUnknownStart(FuzzyDate end) {
    requirePoint(end, "end");
    return new FuzzyDate(null, end.withoutSourceText(), false, false, null);
  }

  /**
   * Whether an interval between two points would run backwards: the end is before the start, or (possible only
   * between date-times with different offsets) ends on an earlier local day.
   */
  private static boolean endsBeforeStart(FuzzyDate start, FuzzyDate end) {
    return end.isBefore(start) || end.latest().isBefore(start.earliest());
  }

  private static void requirePoint(FuzzyDate value, String name) {
    Objects.requireNonNull(value, name);
    if (value.interval) {
      throw new IllegalArgumentException("the " + name + " of an interval must be a point, not " + value.toEdtf());
    }
  }

  private static void requireFourDigitYear(int year, String what) {
    if (year < -MAX_FOUR_DIGIT_YEAR || year > MAX_FOUR_DIGIT_YEAR) {
      throw new IllegalArgumentException(
          "EDTF writes " + what + " with a four-digit year (-9999..9999), not " + year
              + "; only a year alone may be longer");
    }
  }

  private static FuzzyDate dayPoint(int year, int month, int day, int qualifiers) {
    return new FuzzyDate(DatePrecision.DAY, year, month, day, 0, 0, 0, 0, qualifiers, null, null);
  }

  /**
   * Reads EDTF level 0 or level 1 text, and ISO 8601 local date-times without seconds. See the class documentation
   * for the forms it accepts.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-04");                    // a month
   * FuzzyDate.parse("2017-04-17T14:00");           // a local date-time; prints as 2017-04-17T14:00:00
   * FuzzyDate.parse("2017-05-01/2017-05-10");      // an interval; partOfMonth() is EARLY
   * FuzzyDate.parse("2017-10-16~");                // an approximate day
   * FuzzyDate.parse("../1985-04-12");              // an interval with an open start
   * FuzzyDate.parse("2017-02-30");                 // DateTimeParseException at index 8: day 30 does not exist ...
   * }</pre>
   *
   * @param text the EDTF text, without surrounding white space
   * @return the value, without source text
   * @throws DateTimeParseException if the text is not such a date; its {@linkplain
   *     DateTimeParseException#getErrorIndex() error index} points at the first character that could not be read
   *     and its message says what was expected there
   */
  public static FuzzyDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new Parser(text).value();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Copies

  /**
   * The same value, approximate ({@code ~}); for an interval, each end that is a point becomes approximate. A value
   * that is already uncertain becomes both ({@code %}).
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-10-16").approximate().toEdtf();           // "2017-10-16~"
   * FuzzyDate.parse("2017-12-01/2017-12-07").approximate().toEdtf(); // "2017-12-01~/2017-12-07~"
   * }</pre>
   *
   * @return the approximate value, with the same source text
   */
  public FuzzyDate approximate() {
    return qualified(APPROXIMATE);
  }

  /**
   * The same value, uncertain ({@code ?}); for an interval, each end that is a point becomes uncertain. A value that
   * is already approximate becomes both ({@code %}).
   *
   * <pre>{@code
   * FuzzyDate.parse("1984").uncertain().toEdtf();    // "1984?"
   * FuzzyDate.parse("1984~").uncertain().toEdtf();   // "1984%"
   * }</pre>
   *
   * @return the uncertain value, with the same source text
   */
  public FuzzyDate uncertain() {
    return qualified(UNCERTAIN);
  }

  private FuzzyDate qualified(byte qualifier) {
    if (interval) {
      FuzzyDate s = start == null ? null : start.qualified(qualifier);
      FuzzyDate e = end == null ? null : end.qualified(qualifier);
      return s == start && e == end ? this : new FuzzyDate(s, e, openStart, openEnd, sourceText);
    }
    int q = qualifiers | qualifier;
    return q == qualifiers ? this : withPointFields(q, sourceText);
  }

  private FuzzyDate withPointFields(int newQualifiers, @Nullable String newSourceText) {
    return new FuzzyDate(
        precision, year, month, day, hour, minute, second, unspecifiedYearDigits, newQualifiers, offset, newSourceText);
  }

  /**
   * The same value with the verbatim phrase it was taken from.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-12-01/2017-12-07").withSourceText("first week of December");
   * }</pre>
   *
   * @param phrase the phrase as the source wrote it, not blank
   * @return the value with that phrase
   * @throws IllegalArgumentException if the phrase is blank; use {@link #withoutSourceText()} to remove a phrase
   */
  public FuzzyDate withSourceText(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    if (phrase.isBlank()) {
      throw new IllegalArgumentException("a source phrase must not be blank; use withoutSourceText() to remove one");
    }
    if (phrase.equals(sourceText)) {
      return this;
    }
    return interval ? new FuzzyDate(start, end, openStart, openEnd, phrase) : withPointFields(qualifiers, phrase);
  }

  /**
   * The same value without a source phrase; {@code parse(v.toEdtf())} equals {@code v.withoutSourceText()}.
   *
   * @return the value without a phrase
   */
  public FuzzyDate withoutSourceText() {
    if (sourceText == null) {
      return this;
    }
    return interval ? new FuzzyDate(start, end, openStart, openEnd, null) : withPointFields(qualifiers, null);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Shape

  /**
   * Whether this value is an interval ({@code a/b}, {@code ../b}, {@code a/} ...).
   *
   * @return true for an interval, false for a point
   */
  public boolean isInterval() {
    return interval;
  }

  /**
   * Whether this value is a point: a year, month, season, day or date-time.
   *
   * @return true for a point, false for an interval
   */
  public boolean isPoint() {
    return !interval;
  }

  /**
   * The start of an interval when it is a point.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-12-01~/2017-12-07").start();   // Optional[2017-12-01~]
   * FuzzyDate.parse("../1985").start();                  // Optional.empty
   * }</pre>
   *
   * @return the start; empty for a point, or when the start is open or unknown
   */
  public Optional<FuzzyDate> start() {
    return Optional.ofNullable(start);
  }

  /**
   * The end of an interval when it is a point.
   *
   * @return the end; empty for a point, or when the end is open or unknown
   */
  public Optional<FuzzyDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Whether this is an interval with an open start, {@code ../end}.
   *
   * @return true for an open start
   */
  public boolean isOpenStart() {
    return openStart;
  }

  /**
   * Whether this is an interval with an open end, {@code start/..}.
   *
   * @return true for an open end
   */
  public boolean isOpenEnd() {
    return openEnd;
  }

  /**
   * Whether this is an interval with an unknown start, {@code /end}.
   *
   * @return true for an unknown start
   */
  public boolean isUnknownStart() {
    return interval && start == null && !openStart;
  }

  /**
   * Whether this is an interval with an unknown end, {@code start/}.
   *
   * @return true for an unknown end
   */
  public boolean isUnknownEnd() {
    return interval && end == null && !openEnd;
  }

  /**
   * The precision of a point; for an interval, the finer precision of its ends that are points.
   *
   * <pre>{@code
   * FuzzyDate.parse("2004-02-01/2005").precision();   // DAY
   * }</pre>
   *
   * @return the precision
   */
  public DatePrecision precision() {
    return precision;
  }

  /**
   * Whether the point is approximate ({@code ~} or {@code %}); for an interval, whether an end is.
   *
   * @return true if approximate
   */
  public boolean isApproximate() {
    return hasQualifier(APPROXIMATE);
  }

  /**
   * Whether the point is uncertain ({@code ?} or {@code %}); for an interval, whether an end is.
   *
   * @return true if uncertain
   */
  public boolean isUncertain() {
    return hasQualifier(UNCERTAIN);
  }

  private boolean hasQualifier(byte qualifier) {
    if (interval) {
      return (start != null && (start.qualifiers & qualifier) != 0)
          || (end != null && (end.qualifiers & qualifier) != 0);
    }
    return (qualifiers & qualifier) != 0;
  }

  /**
   * Whether some digits are unspecified ({@code X}): {@code 201X}, {@code 2017-XX}, {@code 2017-12-XX}; for an
   * interval, whether an end has such digits.
   *
   * @return true if a digit is unspecified
   */
  public boolean hasUnspecifiedDigits() {
    if (interval) {
      return (start != null && start.hasUnspecifiedDigits()) || (end != null && end.hasUnspecifiedDigits());
    }
    return unspecifiedYearDigits != 0 || month == UNSPECIFIED || day == UNSPECIFIED;
  }

  /**
   * Whether this is a point of {@link DatePrecision#DAY} or {@link DatePrecision#TIME} precision without qualifiers
   * or unspecified digits: a day or a date-time as exact as a calendar can hold.
   *
   * @return true if exact
   */
  public boolean isExact() {
    return !interval
        && (precision == DatePrecision.DAY || precision == DatePrecision.TIME)
        && qualifiers == 0
        && day > 0;
  }

  /**
   * The day of an {@linkplain #isExact() exact} value.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-04-17T14:00").date();   // Optional[2017-04-17]
   * FuzzyDate.parse("2017-04-07~").date();        // Optional.empty: approximate
   * }</pre>
   *
   * @return the day; empty unless {@link #isExact()}
   */
  public Optional<LocalDate> date() {
    return isExact() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /**
   * The local date and time of a point of {@link DatePrecision#TIME} precision. Qualifiers are not considered
   * here: check {@link #isApproximate()} and {@link #isUncertain()}.
   *
   * @return the date-time; empty unless this is a point of TIME precision
   */
  public Optional<LocalDateTime> dateTime() {
    if (interval || precision != DatePrecision.TIME) {
      return Optional.empty();
    }
    return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second));
  }

  /**
   * The UTC offset the source gave with a date-time, as in {@code 2018-12-10T09:00:00+01:00}.
   *
   * @return the offset; empty unless this is a point of TIME precision with an offset
   */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /**
   * The month the whole value lies in, when the text names it: a month, a day or date-time of that month (also with
   * an unspecified day), or an interval whose two ends are points with the same month, such as a
   * {@linkplain #partOfMonth() part of a month}. Qualifiers are not considered here.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-12~").yearMonth();                    // Optional[2017-12]
   * FuzzyDate.parse("2017-12-01/2017-12-10").yearMonth();       // Optional[2017-12]
   * FuzzyDate.parse("2017-23").yearMonth();                     // Optional.empty: a season
   * }</pre>
   *
   * @return the month, or empty
   */
  public Optional<YearMonth> yearMonth() {
    if (interval) {
      if (start != null && end != null && start.hasMonth() && end.hasMonth()
          && start.year == end.year && start.month == end.month) {
        return Optional.of(YearMonth.of(start.year, start.month));
      }
      return Optional.empty();
    }
    return hasMonth() ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
  }

  private boolean hasMonth() {
    return month >= 1 && month <= 12;
  }

  /**
   * The season of a point written as a season, {@code 2017-21} to {@code 2017-24}.
   *
   * @return the season, or empty
   */
  public Optional<Season> season() {
    return !interval && month > 20 ? Optional.of(Season.ofCode(month)) : Optional.empty();
  }

  /**
   * The part of a month that this interval is: both ends are days of the same month with the same qualifiers, and
   * they are the first and last day of {@link PartOfMonth#EARLY}, {@link PartOfMonth#MID} or
   * {@link PartOfMonth#LATE}.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-12-01/2017-12-10").partOfMonth();    // Optional[EARLY]
   * FuzzyDate.parse("2017-02-21~/2017-02-28~").partOfMonth();  // Optional[LATE]
   * FuzzyDate.parse("2017-12-01/2017-12-07").partOfMonth();    // Optional.empty
   * }</pre>
   *
   * @return the part, or empty
   */
  public Optional<PartOfMonth> partOfMonth() {
    if (!interval || start == null || end == null) {
      return Optional.empty();
    }
    FuzzyDate s = start;
    FuzzyDate e = end;
    if (s.precision != DatePrecision.DAY || e.precision != DatePrecision.DAY || s.day <= 0 || e.day <= 0
        || s.year != e.year || s.month != e.month || s.qualifiers != e.qualifiers) {
      return Optional.empty();
    }
    for (PartOfMonth part : PartOfMonth.values()) {
      if (s.day == part.firstDay() && e.day == part.lastDayIn(lengthOfMonth(s.year, s.month))) {
        return Optional.of(part);
      }
    }
    return Optional.empty();
  }

  /**
   * The verbatim phrase this value was taken from.
   *
   * @return the phrase, or empty
   */
  public Optional<String> sourceText() {
    return Optional.ofNullable(sourceText);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Bounds

  /**
   * The first day the value allows, inclusive. Qualifiers do not widen it.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-12").earliest();   // 2017-12-01
   * FuzzyDate.parse("201X").earliest();      // 2010-01-01
   * FuzzyDate.parse("2017-24").earliest();   // 2017-12-01 (winter)
   * FuzzyDate.parse("../1985").earliest();   // LocalDate.MIN
   * }</pre>
   *
   * @return the first day, or {@link LocalDate#MIN} for an open or unknown start
   */
  public LocalDate earliest() {
    if (interval) {
      return start == null ? LocalDate.MIN : start.earliest();
    }
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 1, 1);
      case MONTH:
        if (month == UNSPECIFIED) {
          return LocalDate.of(year, 1, 1);
        }
        return LocalDate.of(year, month > 20 ? Season.ofCode(month).firstMonth() : month, 1);
      default:
        if (month == UNSPECIFIED) {
          return LocalDate.of(year, 1, 1);
        }
        return LocalDate.of(year, month, day == UNSPECIFIED ? 1 : day);
    }
  }

  /**
   * The last day the value allows, inclusive. Qualifiers do not widen it.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-02").latest();     // 2017-02-28
   * FuzzyDate.parse("20XX").latest();        // 2099-12-31
   * FuzzyDate.parse("2017-24").latest();     // 2018-02-28 (winter)
   * FuzzyDate.parse("1985/..").latest();     // LocalDate.MAX
   * }</pre>
   *
   * @return the last day, or {@link LocalDate#MAX} for an open or unknown end
   */
  public LocalDate latest() {
    if (interval) {
      return end == null ? LocalDate.MAX : end.latest();
    }
    switch (precision) {
      case YEAR:
        int span = unspecifiedYearDigits == 0 ? 1 : unspecifiedYearDigits == 1 ? 10 : 100;
        return LocalDate.of(year + span - 1, 12, 31);
      case MONTH:
        if (month == UNSPECIFIED) {
          return LocalDate.of(year, 12, 31);
        }
        if (month > 20) {
          int first = Season.ofCode(month).firstMonth();
          int lastMonth = first + 2;
          int lastYear = year;
          if (lastMonth > 12) {
            lastMonth -= 12;
            lastYear++;
          }
          return LocalDate.of(lastYear, lastMonth, lengthOfMonth(lastYear, lastMonth));
        }
        return LocalDate.of(year, month, lengthOfMonth(year, month));
      default:
        if (month == UNSPECIFIED) {
          return LocalDate.of(year, 12, 31);
        }
        return LocalDate.of(year, month, day == UNSPECIFIED ? lengthOfMonth(year, month) : day);
    }
  }

  /**
   * Whether a day lies within {@link #earliest()} and {@link #latest()}, inclusive.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-12").contains(LocalDate.of(2017, 12, 4));   // true
   * }</pre>
   *
   * @param day the day
   * @return true if the value allows that day
   */
  public boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(earliest()) && !day.isAfter(latest());
  }

  /**
   * Whether this value and another allow a common day, by their {@link #earliest()} and {@link #latest()} bounds.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-12").overlaps(FuzzyDate.parse("2017-11-21/2017-12-07"));   // true
   * }</pre>
   *
   * @param other the other value
   * @return true if they share at least one day
   */
  public boolean overlaps(FuzzyDate other) {
    Objects.requireNonNull(other, "other");
    return !earliest().isAfter(other.latest()) && !other.earliest().isAfter(latest());
  }

  /**
   * Whether this value is certainly before another: its last possible moment is before the other's first. Two
   * date-times are compared to the second: as local date-times, or when both have offsets as instants and, so that
   * the answer agrees with the bounds, only if this one's local day is not after the other's. Otherwise the comparison
   * is by days, {@code latest() < other.earliest()}. An open or unknown end on either side makes the answer false.
   * {@link #between} rejects an end that is before its start in this sense.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-11").isBefore(FuzzyDate.parse("2017-12-01"));   // true
   * FuzzyDate.parse("2017-12").isBefore(FuzzyDate.parse("2017-12-31"));   // false: they overlap
   * }</pre>
   *
   * @param other the other value
   * @return true if every moment this value allows is before every moment the other allows
   */
  public boolean isBefore(FuzzyDate other) {
    Objects.requireNonNull(other, "other");
    FuzzyDate last = interval ? end : this;
    FuzzyDate first = other.interval ? other.start : other;
    if (last == null || first == null) {
      return false;
    }
    if (last.precision == DatePrecision.TIME && first.precision == DatePrecision.TIME) {
      return compareMoments(last, first) < 0 && !last.earliest().isAfter(first.earliest());
    }
    return last.latest().isBefore(first.earliest());
  }

  /**
   * Whether this value is certainly after another: {@code other.isBefore(this)}.
   *
   * @param other the other value
   * @return true if every moment this value allows is after every moment the other allows
   */
  public boolean isAfter(FuzzyDate other) {
    Objects.requireNonNull(other, "other");
    return other.isBefore(this);
  }

  private static int compareMoments(FuzzyDate a, FuzzyDate b) {
    if (a.offset != null && b.offset != null) {
      return Long.compare(epochSecond(a) - a.offset.getTotalSeconds(), epochSecond(b) - b.offset.getTotalSeconds());
    }
    return Long.compare(epochSecond(a), epochSecond(b));
  }

  private static long epochSecond(FuzzyDate p) {
    return LocalDate.of(p.year, p.month, p.day).toEpochDay() * 86_400L + p.hour * 3600L + p.minute * 60L + p.second;
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return Year.isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Text

  /**
   * The canonical EDTF text: four-digit years (a {@code Y} prefix beyond), seconds always written, offsets as
   * {@code Z} or {@code ±hh:mm}, one qualifier character per point, {@code ..} for an open and nothing for an
   * unknown interval end. The source text is not part of it.
   *
   * <pre>{@code
   * FuzzyDate.parse("2017-04-17T14:00").toEdtf();              // "2017-04-17T14:00:00"
   * FuzzyDate.parse("1985-04-12T23:20:30-04").toEdtf();        // "1985-04-12T23:20:30-04:00"
   * FuzzyDate.parse("2017-12-01~/2017-12-07").toEdtf();        // "2017-12-01~/2017-12-07"
   * }</pre>
   *
   * @return the EDTF text, which {@link #parse} reads back to {@code withoutSourceText()}
   */
  public String toEdtf() {
    StringBuilder sb = new StringBuilder(interval ? 24 : 12);
    appendEdtf(sb);
    return sb.toString();
  }

  private void appendEdtf(StringBuilder sb) {
    if (interval) {
      if (start != null) {
        start.appendEdtf(sb);
      } else if (openStart) {
        sb.append("..");
      }
      sb.append('/');
      if (end != null) {
        end.appendEdtf(sb);
      } else if (openEnd) {
        sb.append("..");
      }
      return;
    }
    if (year > MAX_FOUR_DIGIT_YEAR || year < -MAX_FOUR_DIGIT_YEAR) {
      sb.append('Y').append(year);
    } else {
      int y = year;
      if (y < 0) {
        sb.append('-');
        y = -y;
      }
      appendDigit(sb, y / 1000);
      appendDigit(sb, y / 100 % 10);
      if (unspecifiedYearDigits == 2) {
        sb.append("XX");
      } else {
        appendDigit(sb, y / 10 % 10);
        if (unspecifiedYearDigits == 1) {
          sb.append('X');
        } else {
          appendDigit(sb, y % 10);
        }
      }
    }
    if (month != ABSENT) {
      sb.append('-');
      appendTwo(sb, month);
      if (day != ABSENT) {
        sb.append('-');
        appendTwo(sb, day);
        if (precision == DatePrecision.TIME) {
          sb.append('T');
          appendTwo(sb, hour);
          sb.append(':');
          appendTwo(sb, minute);
          sb.append(':');
          appendTwo(sb, second);
          if (offset != null) {
            sb.append(offset.getId());
          }
        }
      }
    }
    switch (qualifiers) {
      case APPROXIMATE:
        sb.append('~');
        break;
      case UNCERTAIN:
        sb.append('?');
        break;
      case APPROXIMATE | UNCERTAIN:
        sb.append('%');
        break;
      default:
        break;
    }
  }

  private static void appendDigit(StringBuilder sb, int digit) {
    sb.append((char) ('0' + digit));
  }

  private static void appendTwo(StringBuilder sb, int value) {
    if (value == UNSPECIFIED) {
      sb.append("XX");
    } else {
      appendDigit(sb, value / 10);
      appendDigit(sb, value % 10);
    }
  }

  /**
   * The EDTF text, followed by the source phrase in parentheses and double quotes when there is one:
   * {@code 2017-12-01/2017-12-07 ("first week of December")}. The phrase is written as it is, without escaping. For
   * a text that {@link #parse} reads, use {@link #toEdtf()}.
   *
   * @return a text for people and logs
   */
  @Override
  public String toString() {
    if (sourceText == null) {
      return toEdtf();
    }
    StringBuilder sb = new StringBuilder(32 + sourceText.length());
    appendEdtf(sb);
    return sb.append(" (\"").append(sourceText).append("\")").toString();
  }

  /**
   * Whether another object is a {@code FuzzyDate} with the same structure: the same shape, precision, fields,
   * unspecified digits, qualifiers, offset, interval ends, and source text. {@code 2017-12} and
   * {@code 2017-12-01/2017-12-31} have the same bounds but are not equal.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof FuzzyDate)) {
      return false;
    }
    FuzzyDate o = (FuzzyDate) obj;
    return interval == o.interval
        && precision == o.precision
        && year == o.year
        && month == o.month
        && day == o.day
        && hour == o.hour
        && minute == o.minute
        && second == o.second
        && unspecifiedYearDigits == o.unspecifiedYearDigits
        && qualifiers == o.qualifiers
        && openStart == o.openStart
        && openEnd == o.openEnd
        && Objects.equals(offset, o.offset)
        && Objects.equals(start, o.start)
        && Objects.equals(end, o.end)
        && Objects.equals(sourceText, o.sourceText);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = interval ? 1 : 0;
    h = 31 * h + precision.ordinal();
    h = 31 * h + year;
    h = 31 * h + month;
    h = 31 * h + day;
    h = 31 * h + ((hour * 60 + minute) * 60 + second);
    h = 31 * h + unspecifiedYearDigits;
    h = 31 * h + qualifiers;
    h = 31 * h + (openStart ? 2 : 0) + (openEnd ? 1 : 0);
    h = 31 * h + Objects.hashCode(offset);
    h = 31 * h + Objects.hashCode(start);
    h = 31 * h + Objects.hashCode(end);
    return 31 * h + Objects.hashCode(sourceText);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Parser

  /** A hand-written reader of the EDTF grammar: one pass, no regular expressions, no substrings. */
  private static final class Parser {

    private static final String QUALIFIER = "a qualifier (~, ? or %)";

    private final CharSequence text;
    private final int length;
    private int pos;
    /** What may follow the point read last, for the message when something else does. */
    private String follows = "";

    Parser(CharSequence text) {
      this.text = text;
      this.length = text.length();
    }

    FuzzyDate value() {
      if (length == 0) {
        throw error(0, "the text is empty; expected an EDTF date such as 2017-12-04, 2017-12, 2017"
            + " or 2017-12-01/2017-12-10");
      }
      FuzzyDate first = null;
      boolean firstOpen = false;
      if (text.charAt(0) == '.') {
        requireOpenMarker();
        firstOpen = true;
        if (pos == length || text.charAt(pos) != '/') {
          throw error(pos, "'..' (open) is only allowed as the start or end of an interval; expected '/' after it");
        }
      } else if (text.charAt(0) != '/') {
        first = point();
        if (pos == length) {
          return first;
        }
        if (text.charAt(pos) != '/') {
          throw unexpected(true);
        }
      }
      int slash = pos;
      pos++;
      FuzzyDate second = null;
      boolean secondOpen = false;
      int secondIndex = pos;
      if (pos < length) {
        if (text.charAt(pos) == '.') {
          requireOpenMarker();
          secondOpen = true;
          if (pos < length) {
            throw text.charAt(pos) == '/'
                ? error(pos, "an interval has one '/', not two")
                : error(pos, "unexpected '" + text.charAt(pos) + "'; expected the end of the text after '..'");
          }
        } else {
          if (text.charAt(pos) == '/') {
            throw error(pos, "an interval has one '/', not two");
          }
          second = point();
          if (pos < length) {
            throw text.charAt(pos) == '/'
                ? error(pos, "an interval has one '/', not two")
                : unexpected(false);
          }
        }
      }
      if (first == null && second == null) {
        throw error(slash, "an interval needs at least one end that is a date; '..' (open) and an empty end"
            + " (unknown) cannot stand on both sides");
      }
      if (first != null && second != null && endsBeforeStart(first, second)) {
        throw error(secondIndex, "the end " + second.toEdtf() + " is before the start " + first.toEdtf()
            + "; an interval runs forward in time");
      }
      return new FuzzyDate(first, second, firstOpen, secondOpen, null);
    }

    private void requireOpenMarker() {
      if (pos + 1 >= length || text.charAt(pos + 1) != '.') {
        throw error(pos + 1, "expected '..' (an open interval end) or a year");
      }
      pos += 2;
    }

    /** Reads a point from {@code pos}, before the end of the text; stops at the first character it cannot use. */
    FuzzyDate point() {
      int begin = pos;
      char c = text.charAt(pos);
      if (c == 'Y') {
        int year = longYear(begin);
        int qualifiers = qualifier();
        return new FuzzyDate(DatePrecision.YEAR, year, ABSENT, ABSENT, 0, 0, 0, 0, qualifiers, null, null);
      }
      boolean negative = c == '-';
      if (negative) {
        pos++;
      }
      int digitsAt = pos;
      int value = 0;
      int unspecified = 0;
      for (int i = 0; i < 4; i++) {
        if (pos == length) {
          throw error(pos, "expected a four-digit year such as 2017" + (i == 0 ? "" : "; a year has four digits"));
        }
        char d = text.charAt(pos);
        if (d >= '0' && d <= '9') {
          if (unspecified > 0) {
            throw error(pos, "'X' may replace only the last one or two digits of a year, as in 201X or 20XX");
          }
          value = value * 10 + (d - '0');
        } else if (d == 'X') {
          if (i < 2) {
            throw error(pos, "'X' may replace only the last one or two digits of a year, as in 201X or 20XX;"
                + " EDTF level 1 has no 1XXX or XXXX");
          }
          unspecified++;
          value *= 10;
        } else if (d == 'x') {
          throw error(pos, "expected a digit or an upper-case 'X' for an unspecified digit");
        } else {
          throw error(pos, "expected a four-digit year such as 2017" + (i == 0 ? "" : "; a year has four digits"));
        }
        pos++;
      }
      if (pos < length && isDigit(text.charAt(pos))) {
        throw error(begin, "a year with more than four digits is written with the 'Y' prefix and stands alone,"
            + " as in Y17000");
      }
      if (negative && unspecified > 0) {
        throw error(digitsAt, "a negative year cannot have unspecified digits in EDTF level 1");
      }
      if (negative && value == 0) {
        throw error(begin, "year -0000 does not exist; write 0000");
      }
      int year = negative ? -value : value;
      if (unspecified > 0) {
        if (pos < length && text.charAt(pos) == '-') {
          throw error(pos, "a year with unspecified digits (201X, 20XX) stands alone in EDTF level 1;"
              + " it has no month or day");
        }
        follows = QUALIFIER;
        int qualifiers = qualifier();
        return new FuzzyDate(DatePrecision.YEAR, year, ABSENT, ABSENT, 0, 0, 0, unspecified, qualifiers, null, null);
      }
      if (pos == length || text.charAt(pos) != '-') {
        follows = "'-' and a month, " + QUALIFIER;
        int qualifiers = qualifier();
        return new FuzzyDate(DatePrecision.YEAR, year, ABSENT, ABSENT, 0, 0, 0, 0, qualifiers, null, null);
      }
      pos++;
      int month = month(year);
      if (pos == length || text.charAt(pos) != '-') {
        follows = month > 20 ? QUALIFIER : "'-' and a day, " + QUALIFIER;
        int qualifiers = qualifier();
        return new FuzzyDate(DatePrecision.MONTH, year, month, ABSENT, 0, 0, 0, 0, qualifiers, null, null);
      }
      if (month > 20) {
        throw error(pos, "a season (21 to 24) has no day");
      }
      pos++;
      int day = day(year, month);
      if (pos == length || text.charAt(pos) != 'T') {
        follows = day == UNSPECIFIED ? QUALIFIER : "'T' and a time, " + QUALIFIER;
        int qualifiers = qualifier();
        return new FuzzyDate(DatePrecision.DAY, year, month, day, 0, 0, 0, 0, qualifiers, null, null);
      }
      if (day == UNSPECIFIED) {
        throw error(pos, "a time cannot follow an unspecified day");
      }
      pos++;
      int hour = twoDigits("the hour", 23);
      if (pos == length || text.charAt(pos) != ':') {
        throw error(pos, "expected ':' and the minutes, as in T14:00");
      }
      pos++;
      int minute = twoDigits("the minutes", 59);
      int second = 0;
      follows = "':' and seconds, an offset (Z, +hh:mm or -hh:mm), " + QUALIFIER;
      if (pos < length && text.charAt(pos) == ':') {
        pos++;
        second = twoDigits("the seconds", 59);
        follows = "an offset (Z, +hh:mm or -hh:mm), " + QUALIFIER;
      }
      if (pos < length && (text.charAt(pos) == '.' || text.charAt(pos) == ',')) {
        throw error(pos, "fractions of a second are not supported; EDTF times end at the second");
      }
      ZoneOffset offset = offset();
      if (offset != null) {
        follows = QUALIFIER;
      }
      int qualifiers = qualifier();
      return new FuzzyDate(DatePrecision.TIME, year, month, day, hour, minute, second, 0, qualifiers, offset, null);
    }

    private int longYear(int begin) {
      pos++;
      boolean negative = pos < length && text.charAt(pos) == '-';
      if (negative) {
        pos++;
      }
      int digitsAt = pos;
      long value = 0;
      while (pos < length && isDigit(text.charAt(pos))) {
        if (pos - digitsAt == 9) {
          throw error(digitsAt, "a year has at most nine digits; LocalDate's years run from -999999999 to 999999999");
        }
        value = value * 10 + (text.charAt(pos) - '0');
        pos++;
      }
      int digits = pos - digitsAt;
      if (digits == 0) {
        throw error(pos, "expected the digits of a year after '" + (negative ? "Y-" : "Y") + "'");
      }
      if (text.charAt(digitsAt) == '0') {
        throw error(digitsAt, "a 'Y'-prefixed year has no leading zeros");
      }
      if (digits <= 4) {
        throw error(begin, "the 'Y' prefix is only for years with more than four digits; write "
            + (negative ? "-" : "") + "0000".substring(digits) + value);
      }
      if (pos < length && text.charAt(pos) == '-') {
        throw error(pos, "a 'Y'-prefixed year stands alone; EDTF has no month or day after it");
      }
      if (pos < length && text.charAt(pos) == 'X') {
        throw error(pos, "a 'Y'-prefixed year cannot have unspecified digits in EDTF level 1");
      }
      follows = QUALIFIER;
      return (int) (negative ? -value : value);
    }

    private int month(int year) {
      int at = pos;
      if (pos + 1 < length && text.charAt(pos) == 'X' && text.charAt(pos + 1) == 'X') {
        pos += 2;
        return UNSPECIFIED;
      }
      if (pos + 1 >= length || !isDigit(text.charAt(pos)) || !isDigit(text.charAt(pos + 1))) {
        throw error(at, "expected a two-digit month 01 to 12, a season 21 to 24, or XX");
      }
      int m = (text.charAt(pos) - '0') * 10 + (text.charAt(pos + 1) - '0');
      if (!(m >= 1 && m <= 12) && !(m >= 21 && m <= 24)) {
        throw error(at, "month " + text.charAt(pos) + text.charAt(pos + 1)
            + " does not exist; expected 01 to 12, or 21 to 24 for a season of " + year);
      }
      pos += 2;
      return m;
    }

    private int day(int year, int month) {
      int at = pos;
      if (pos + 1 < length && text.charAt(pos) == 'X' && text.charAt(pos + 1) == 'X') {
        pos += 2;
        return UNSPECIFIED;
      }
      if (pos + 1 >= length || !isDigit(text.charAt(pos)) || !isDigit(text.charAt(pos + 1))) {
        throw error(at, "expected a two-digit day 01 to 31, or XX");
      }
      if (month == UNSPECIFIED) {
        throw error(at, "a day cannot follow an unspecified month in EDTF level 1; write XX for both,"
            + " as in 2017-XX-XX");
      }
      int d = (text.charAt(pos) - '0') * 10 + (text.charAt(pos + 1) - '0');
      int monthLength = lengthOfMonth(year, month);
      if (d < 1 || d > monthLength) {
        throw error(at, "day " + text.charAt(pos) + text.charAt(pos + 1) + " does not exist in "
            + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + "; expected 01 to "
            + monthLength);
      }
      pos += 2;
      return d;
    }

    private int twoDigits(String what, int max) {
      if (pos + 1 >= length || !isDigit(text.charAt(pos)) || !isDigit(text.charAt(pos + 1))) {
        throw error(pos, "expected two digits for " + what + " 00 to " + max);
      }
      int v = (text.charAt(pos) - '0') * 10 + (text.charAt(pos + 1) - '0');
      if (v > max) {
        throw error(pos, "expected " + what + " 00 to " + max + ", not " + text.charAt(pos) + text.charAt(pos + 1));
      }
      pos += 2;
      return v;
    }

    private @Nullable ZoneOffset offset() {
      if (pos == length) {
        return null;
      }
      char c = text.charAt(pos);
      if (c == 'Z') {
        pos++;
        return ZoneOffset.UTC;
      }
      if (c != '+' && c != '-') {
        return null;
      }
      int at = pos;
      pos++;
      int hours = twoDigits("the offset hours", 18);
      int minutes = 0;
      if (pos < length && text.charAt(pos) == ':') {
        pos++;
        minutes = twoDigits("the offset minutes", 59);
      } else if (pos < length && isDigit(text.charAt(pos))) {
        throw error(pos, "expected ':' between the hours and minutes of the offset, as in +04:30");
      }
      if (hours == 18 && minutes > 0) {
        throw error(at, "an offset lies within -18:00 and +18:00");
      }
      int seconds = (hours * 60 + minutes) * 60;
      return ZoneOffset.ofTotalSeconds(c == '-' ? -seconds : seconds);
    }

    private int qualifier() {
      if (pos == length) {
        return 0;
      }
      int q;
      switch (text.charAt(pos)) {
        case '~':
          q = APPROXIMATE;
          break;
        case '?':
          q = UNCERTAIN;
          break;
        case '%':
          q = APPROXIMATE | UNCERTAIN;
          break;
        default:
          return 0;
      }
      pos++;
      if (pos < length) {
        char next = text.charAt(pos);
        if (next == '~' || next == '?' || next == '%') {
          throw error(pos, "a date has one qualifier; write % for approximate and uncertain together");
        }
      }
      follows = "";
      return q;
    }

    private DateTimeParseException unexpected(boolean slashAllowed) {
      String expected;
      if (follows.isEmpty()) {
        expected = slashAllowed ? "'/' or the end of the text" : "the end of the text";
      } else {
        expected = follows + (slashAllowed ? ", '/' or the end of the text" : " or the end of the text");
      }
      return error(pos, "unexpected '" + text.charAt(pos) + "'; expected " + expected);
    }

    private DateTimeParseException error(int index, String detail) {
      int at = Math.min(index, length);
      CharSequence shown = length <= 80 ? text : text.subSequence(0, 80) + "...";
      return new DateTimeParseException(
          "Cannot read '" + shown + "' as an EDTF date at index " + at + ": " + detail, text, at);
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
