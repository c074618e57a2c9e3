package org.gcmkit.calendar.recur;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 5545 recurrence rule: the RECUR value of an RRULE (section 3.3.10), with every rule part, and the RFC 7529
 * RSCALE and SKIP parts.
 *
 * <p>Instances are immutable and thread-safe. {@link #parse(String)} reads the text form and {@link #format()}
 * writes it back in the canonical part order; {@link #builder(Frequency)} builds one in code. A rule on its own has no
 * start: expand it with a {@link RecurrenceSet}.
 *
 * <pre>{@code
 * RecurrenceRule r = RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
 * r.frequency();            // YEARLY
 * r.byDay();                // [-1SU]
 * r.format();               // "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
 * }</pre>
 *
 * @since 0.1
 */
public final class RecurrenceRule {

  /**
   * The FREQ rule part.
   *
   * @since 0.1
   */
  public enum Frequency {
    /** Every second. */
    SECONDLY,
    /** Every minute. */
    MINUTELY,
    /** Every hour. */
    HOURLY,
    /** Every day. */
    DAILY,
    /** Every week. */
    WEEKLY,
    /** Every month. */
    MONTHLY,
    /** Every year. */
    YEARLY
  }

  /**
   * The RFC 7529 SKIP rule part: what to do with an instance that falls on a day the month does not have.
   *
   * @since 0.1
   */
  public enum Skip {
    /** Leave the instance out (the RFC 5545 behaviour and the default). */
    OMIT,
    /** Move it to the last valid day before. */
    BACKWARD,
    /** Move it to the first valid day after. */
    FORWARD
  }

  /**
   * Receives problems that {@link #parse(String, ProblemHandler)} can step over: an unknown or repeated rule part, a
   * part that RFC 5545 forbids with the given frequency, an empty part.
   *
   * @since 0.1
   */
  @FunctionalInterface
  public interface ProblemHandler {
    /**
     * Called once per problem, in text order.
     *
     * @param offset the 0-based index in the rule text where the problem starts
     * @param message what is wrong, for a person
     */
    void onProblem(int offset, String message);
  }

  /**
   * One BYDAY entry: a day of the week, optionally with an ordinal ({@code -1SU} is the last Sunday, {@code 2MO} the
   * second Monday, {@code TU} every Tuesday).
   *
   * @since 0.1
   */
  public static final class WeekdayNum {
    private final int ordinal;
    private final DayOfWeek day;

    private WeekdayNum(int ordinal, DayOfWeek day) {
      this.ordinal = ordinal;
      this.day = day;
    }

    /**
     * An entry.
     *
     * @param ordinal the ordinal, from -53 to 53; 0 for every such day
     * @param day the day of the week
     * @return the entry
     * @throws IllegalArgumentException if the ordinal is out of range
     */
    public static WeekdayNum of(int ordinal, DayOfWeek day) {
      if (ordinal < -53 || ordinal > 53) {
        throw new IllegalArgumentException("BYDAY ordinal out of range -53..53: " + ordinal);
      }
      return new WeekdayNum(ordinal, Objects.requireNonNull(day, "day"));
    }

    /**
     * The ordinal.
     *
     * @return the ordinal, or 0 when the entry means every such day
     */
    public int ordinal() {
      return ordinal;
    }

    /**
     * The day of the week.
     *
     * @return the day
     */
    public DayOfWeek day() {
      return day;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof WeekdayNum w && w.ordinal == ordinal && w.day == day;
    }

    @Override
    public int hashCode() {
      return ordinal * 31 + day.hashCode();
    }

    /**
     * The entry in RFC 5545 form.
     *
     * @return for example {@code "-1SU"} or {@code "TU"}
     */
    @Override
    public String toString() {
      return (ordinal == 0 ? "" : Integer.toString(ordinal)) + dayCode(day);
    }
  }

  private static final int[] NONE = new int[0];

  final Frequency frequency;
  final @Nullable Temporal until;
  final int count;
  final int interval;
  final int[] bySecond;
  final int[] byMinute;
  final int[] byHour;
  final WeekdayNum[] byDay;
  final int[] byMonthDay;
  final int[] byYearDay;
  final int[] byWeekNo;
  final int[] byMonth;
  final int[] bySetPos;
  final DayOfWeek weekStart;
  final boolean weekStartGiven;
  final @Nullable String rscale;
  final Skip skip;
  final boolean skipGiven;

  private RecurrenceRule(Builder b) {
    this.frequency = b.frequency;
    this.until = b.until;
    this.count = b.count;
    this.interval = b.interval;
    this.bySecond = b.bySecond;
    this.byMinute = b.byMinute;
    this.byHour = b.byHour;
    this.byDay = b.byDay;
    this.byMonthDay = b.byMonthDay;
    this.byYearDay = b.byYearDay;
    this.byWeekNo = b.byWeekNo;
    this.byMonth = b.byMonth;
    this.bySetPos = b.bySetPos;
    this.weekStart = b.weekStart == null ? DayOfWeek.MONDAY : b.weekStart;
    this.weekStartGiven = b.weekStart != null;
    this.rscale = b.rscale;
    this.skip = b.skip == null ? Skip.OMIT : b.skip;
    this.skipGiven = b.skip != null;
  }

  /**
   * Parses a RECUR value strictly: any departure from RFC 5545 and RFC 7529 is an error.
   *
   * @param text the value, for example {@code "FREQ=WEEKLY;COUNT=10;BYDAY=TU,TH"}
   * @return the rule
   * @throws RecurrenceRuleException if the text is not a valid rule; {@link RecurrenceRuleException#offset()} says
   *     where
   */
  public static RecurrenceRule parse(String text) {
    return parse(text, (offset, message) -> {
      throw new RecurrenceRuleException(message, offset, null);
    });
  }

  /**
   * Parses a RECUR value, reporting the problems it can step over to a handler instead of failing: unknown or
   * repeated parts, parts that RFC 5545 forbids with the frequency, empty parts, values out of range (left out). A
   * value without a FREQ, or with a part whose value cannot be read at all, still throws.
   *
   * @param text the value
   * @param problems receives each problem that was stepped over; it may throw to stop parsing
   * @return the rule
   * @throws RecurrenceRuleException if the text cannot be read as a rule at all
   */
  public static RecurrenceRule parse(String text, ProblemHandler problems) {
    return new RuleParser(text, problems).parse();
  }

  /**
   * A new builder.
   *
   * @param frequency the FREQ part
   * @return the builder
   */
  public static Builder builder(Frequency frequency) {
    return new Builder(frequency);
  }

  /**
   * A builder holding this rule's parts.
   *
   * @return a builder that builds an equal rule until changed
   */
  public Builder toBuilder() {
    Builder b = new Builder(frequency);
    b.until = until;
    b.count = count;
    b.interval = interval;
    b.bySecond = bySecond;
    b.byMinute = byMinute;
    b.byHour = byHour;
    b.byDay = byDay;
    b.byMonthDay = byMonthDay;
    b.byYearDay = byYearDay;
    b.byWeekNo = byWeekNo;
    b.byMonth = byMonth;
    b.bySetPos = bySetPos;
    b.weekStart = weekStartGiven ? weekStart : null;
    b.rscale = rscale;
    b.skip = skipGiven ? skip : null;
    return b;
  }

  /**
   * The FREQ part.
   *
   * @return the frequency
   */
  public Frequency frequency() {
    return frequency;
  }

  /**
   * The UNTIL part: a {@link LocalDate} (DATE form), a {@link LocalDateTime} (floating DATE-TIME form) or an
   * {@link Instant} (UTC DATE-TIME form, ending in {@code Z}).
   *
   * @return the bound, or empty
   */
  public Optional<Temporal> until() {
    return Optional.ofNullable(until);
  }

  /**
   * The COUNT part.
   *
   * @return the number of instances, or empty
   */
  public OptionalInt count() {
    return count > 0 ? OptionalInt.of(count) : OptionalInt.empty();
  }

  /**
   * The INTERVAL part.
   *
   * @return the interval, 1 when absent
   */
  public int interval() {
    return interval;
  }

  /**
   * The BYSECOND part.
   *
   * @return the seconds, empty when absent
   */
  public List<Integer> bySecond() {
    return list(bySecond);
  }

  /**
   * The BYMINUTE part.
   *
   * @return the minutes, empty when absent
   */
  public List<Integer> byMinute() {
    return list(byMinute);
  }

  /**
   * The BYHOUR part.
   *
   * @return the hours, empty when absent
   */
  public List<Integer> byHour() {
    return list(byHour);
  }

  /**
   * The BYDAY part.
   *
   * @return the entries, empty when absent
   */
  public List<WeekdayNum> byDay() {
    return Collections.unmodifiableList(Arrays.asList(byDay));
  }

  /**
   * The BYMONTHDAY part.
   *
   * @return the days of the month, negative from the end, empty when absent
   */
  public List<Integer> byMonthDay() {
    return list(byMonthDay);
  }

  /**
   * The BYYEARDAY part.
   *
   * @return the days of the year, negative from the end, empty when absent
   */
  public List<Integer> byYearDay() {
    return list(byYearDay);
  }

  /**
   * The BYWEEKNO part.
   *
   * @return the week numbers, negative from the end, empty when absent
   */
  public List<Integer> byWeekNo() {
    return list(byWeekNo);
  }

  /**
   * The BYMONTH part.
   *
   * @return the months 1 to 12, empty when absent
   */
  public List<Integer> byMonth() {
    return list(byMonth);
  }

  /**
   * The BYSETPOS part.
   *
   * @return the positions, negative from the end, empty when absent
   */
  public List<Integer> bySetPos() {
    return list(bySetPos);
  }

  /**
   * The WKST part.
   *
   * @return the first day of the week, {@link DayOfWeek#MONDAY} when absent
   */
  public DayOfWeek weekStart() {
    return weekStart;
  }

  /**
   * The RFC 7529 RSCALE part.
   *
   * @return the calendar scale in upper case, or empty
   */
  public Optional<String> rscale() {
    return Optional.ofNullable(rscale);
  }

  /**
   * The RFC 7529 SKIP part.
   *
   * @return what to do with instances on days a month does not have, {@link Skip#OMIT} when absent
   */
  public Skip skip() {
    return skip;
  }

  /**
   * The rule in RFC 5545 text form, parts in a fixed order (RSCALE, FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE,
   * BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST, SKIP), parts that were absent left out.
   *
   * @return the RECUR value
   */
  public String format() {
    StringBuilder sb = new StringBuilder(48);
    if (rscale != null) {
      sb.append("RSCALE=").append(rscale).append(';');
    }
    sb.append("FREQ=").append(frequency.name());
    if (until != null) {
      sb.append(";UNTIL=").append(formatTemporal(until));
    }
    if (count > 0) {
      sb.append(";COUNT=").append(count);
    }
    if (interval != 1) {
      sb.append(";INTERVAL=").append(interval);
    }
    appendInts(sb, "BYSECOND", bySecond);
    appendInts(sb, "BYMINUTE", byMinute);
    appendInts(sb, "BYHOUR", byHour);
    if (byDay.length > 0) {
      sb.append(";BYDAY=");
      for (int i = 0; i < byDay.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(byDay[i]);
      }
    }
    appendInts(sb, "BYMONTHDAY", byMonthDay);
    appendInts(sb, "BYYEARDAY", byYearDay);
    appendInts(sb, "BYWEEKNO", byWeekNo);
    appendInts(sb, "BYMONTH", byMonth);
    appendInts(sb, "BYSETPOS", bySetPos);
    if (weekStartGiven) {
      sb.append(";WKST=").append(dayCode(weekStart));
    }
    if (skipGiven) {
      sb.append(";SKIP=").append(skip.name());
    }
    return sb.toString();
  }

  /**
   * Formats a bound the way UNTIL writes it.
   *
   * @param t a {@link LocalDate}, {@link LocalDateTime} or {@link Instant}
   * @return {@code yyyyMMdd}, {@code yyyyMMdd'T'HHmmss} or {@code yyyyMMdd'T'HHmmss'Z'}
   */
  static String formatTemporal(Temporal t) {
    StringBuilder sb = new StringBuilder(16);
    if (t instanceof LocalDate d) {
      appendDate(sb, d);
    } else if (t instanceof LocalDateTime ldt) {
      appendDateTime(sb, ldt);
    } else {
      appendDateTime(sb, LocalDateTime.ofInstant((Instant) t, ZoneOffset.UTC));
      sb.append('Z');
    }
    return sb.toString();
  }

  private static void appendDate(StringBuilder sb, LocalDate d) {
    pad(sb, d.getYear(), 4);
    pad(sb, d.getMonthValue(), 2);
    pad(sb, d.getDayOfMonth(), 2);
  }

  private static void appendDateTime(StringBuilder sb, LocalDateTime t) {
    appendDate(sb, t.toLocalDate());
    sb.append('T');
    pad(sb, t.getHour(), 2);
    pad(sb, t.getMinute(), 2);
    pad(sb, t.getSecond(), 2);
  }

  private static void pad(StringBuilder sb, int v, int width) {
    String s = Integer.toString(v);
    for (int i = s.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(s);
  }

  private static void appendInts(StringBuilder sb, String name, int[] values) {
    if (values.length == 0) {
      return;
    }
    sb.append(';').append(name).append('=');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(values[i]);
    }
  }

  static String dayCode(DayOfWeek d) {
    return d.name().substring(0, 2);
  }

  private static List<Integer> list(int[] values) {
    List<Integer> l = new ArrayList<>(values.length);
    for (int v : values) {
      l.add(v);
    }
    return Collections.unmodifiableList(l);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RecurrenceRule r && r.format().equals(format());
  }

  @Override
  public int hashCode() {
    return format().hashCode();
  }

  /**
   * The rule in text form, as {@link #format()}.
   *
   * @return the RECUR value
   */
  @Override
  public String toString() {
    return format();
  }

  /**
   * Builds {@link RecurrenceRule} values. Setters check ranges and throw {@link IllegalArgumentException}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final Frequency frequency;
    private @Nullable Temporal until;
    private int count;
    private int interval = 1;
    private int[] bySecond = NONE;
    private int[] byMinute = NONE;
    private int[] byHour = NONE;
    private WeekdayNum[] byDay = new WeekdayNum[0];
    private int[] byMonthDay = NONE;
    private int[] byYearDay = NONE;
    private int[] byWeekNo = NONE;
    private int[] byMonth = NONE;
    private int[] bySetPos = NONE;
    private @Nullable DayOfWeek weekStart;
    private @Nullable String rscale;
    private @Nullable Skip skip;

    private Builder(Frequency frequency) {
      this.frequency = Objects.requireNonNull(frequency, "frequency");
    }

    /**
     * Sets UNTIL and clears COUNT.
     *
     * @param bound a {@link LocalDate}, a floating {@link LocalDateTime} or a UTC {@link Instant}
     * @return this builder
     * @throws IllegalArgumentException for another type
     */
    public Builder until(Temporal bound) {
      if (!(bound instanceof LocalDate || bound instanceof LocalDateTime || bound instanceof Instant)) {
        throw new IllegalArgumentException("UNTIL must be a LocalDate, LocalDateTime or Instant: " + bound);
      }
      this.until = bound;
      this.count = 0;
      return this;
    }

    /**
     * Sets COUNT and clears UNTIL.
     *
     * @param n the number of instances, at least 1
     * @return this builder
     */
    public Builder count(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("COUNT must be at least 1: " + n);
      }
      this.count = n;
      this.until = null;
      return this;
    }

    /**
     * Sets INTERVAL.
     *
     * @param n the interval, at least 1
     * @return this builder
     */
    public Builder interval(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("INTERVAL must be at least 1: " + n);
      }
      this.interval = n;
      return this;
    }

    /**
     * Sets BYSECOND.
     *
     * @param values 0 to 60
     * @return this builder
     */
    public Builder bySecond(int... values) {
      this.bySecond = check("BYSECOND", values, 0, 60, false);
      return this;
    }

    /**
     * Sets BYMINUTE.
     *
     * @param values 0 to 59
     * @return this builder
     */
    public Builder byMinute(int... values) {
      this.byMinute = check("BYMINUTE", values, 0, 59, false);
      return this;
    }

    /**
     * Sets BYHOUR.
     *
     * @param values 0 to 23
     * @return this builder
     */
    public Builder byHour(int... values) {
      this.byHour = check("BYHOUR", values, 0, 23, false);
      return this;
    }

    /**
     * Sets BYDAY.
     *
     * @param values the entries
     * @return this builder
     */
    public Builder byDay(WeekdayNum... values) {
      for (WeekdayNum w : values) {
        Objects.requireNonNull(w, "byDay entry");
      }
      this.byDay = values.clone();
      return this;
    }

    /**
     * Sets BYMONTHDAY.
     *
     * @param values 1 to 31 or -31 to -1
     * @return this builder
     */
    public Builder byMonthDay(int... values) {
      this.byMonthDay = check("BYMONTHDAY", values, 1, 31, true);
      return this;
    }

    /**
     * Sets BYYEARDAY.
     *
     * @param values 1 to 366 or -366 to -1
     * @return this builder
     */
    public Builder byYearDay(int... values) {
      this.byYearDay = check("BYYEARDAY", values, 1, 366, true);
      return this;
    }

    /**
     * Sets BYWEEKNO.
     *
     * @param values 1 to 53 or -53 to -1
     * @return this builder
     */
    public Builder byWeekNo(int... values) {
      this.byWeekNo = check("BYWEEKNO", values, 1, 53, true);
      return this;
    }

    /**
     * Sets BYMONTH.
     *
     * @param values 1 to 12
     * @return this builder
     */
    public Builder byMonth(int... values) {
      this.byMonth = check("BYMONTH", values, 1, 12, false);
      return this;
    }

    /**
     * Sets BYSETPOS.
     *
     * @param values 1 to 366 or -366 to -1
     * @return this builder
     */
    public Builder bySetPos(int... values) {
      this.bySetPos = check("BYSETPOS", values, 1, 366, true);
      return this;
    }

    /**
     * Sets WKST.
     *
     * @param day the first day of the week
     * @return this builder
     */
    public Builder weekStart(DayOfWeek day) {
      this.weekStart = Objects.requireNonNull(day, "day");
      return this;
    }

    /**
     * Sets the RFC 7529 RSCALE part; only {@code GREGORIAN} is expanded.
     *
     * @param scale the calendar scale
     * @return this builder
     */
    public Builder rscale(String scale) {
      this.rscale = scale.toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * Sets the RFC 7529 SKIP part.
     *
     * @param value the behaviour
     * @return this builder
     */
    public Builder skip(Skip value) {
      this.skip = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     */
    public RecurrenceRule build() {
      return new RecurrenceRule(this);
    }

    private static int[] check(String part, int[] values, int min, int max, boolean signed) {
      for (int v : values) {
        if (!inRange(v, min, max, signed)) {
          throw new IllegalArgumentException(part + " value out of range: " + v);
        }
      }
      return values.clone();
    }
  }

  static boolean inRange(int v, int min, int max, boolean signed) {
    if (v >= min && v <= max) {
      return true;
    }
    return signed && v <= -min && v >= -max;
  }

  /** Parses the text form; see {@link RecurrenceRule#parse(String, ProblemHandler)}. */
  private static final class RuleParser {
    private final String text;
    private final ProblemHandler problems;
    private @Nullable Builder b;
    private @Nullable Frequency freq;
    private final boolean[] seen = new boolean[16];

    RuleParser(String text, ProblemHandler problems) {
      this.text = Objects.requireNonNull(text, "text");
      this.problems = Objects.requireNonNull(problems, "problems");
    }

    RecurrenceRule parse() {
      // FREQ first: the other parts are checked against it.
      int n = text.length();
      int pos = 0;
      while (pos <= n) {
        int end = text.indexOf(';', pos);
        if (end < 0) {
          end = n;
        }
        if (regionStartsWith(pos, end, "FREQ=")) {
          if (freq != null) {
            problems.onProblem(pos, "FREQ appears more than once; it must appear exactly once");
          } else {
            freq = frequency(pos + 5, end);
          }
        }
        pos = end + 1;
      }
      if (freq == null) {
        throw new RecurrenceRuleException(
            "the recurrence rule has no FREQ part; write for example FREQ=WEEKLY first", 0, null);
      }
      b = new Builder(freq);
      pos = 0;
      while (pos <= n) {
        int end = text.indexOf(';', pos);
        if (end < 0) {
          end = n;
        }
        if (end == pos) {
          if (!(end == n && n > 0)) {
            problems.onProblem(pos, "empty rule part (two semicolons in a row, or one at the start)");
          } else {
            problems.onProblem(pos - 1, "the recurrence rule ends with a semicolon; remove it");
          }
        } else {
          part(pos, end);
        }
        pos = end + 1;
      }
      RecurrenceRule rule = new RecurrenceRule(b);
      checkCombinations(rule);
      return rule;
    }

    private boolean regionStartsWith(int pos, int end, String prefix) {
      return end - pos >= prefix.length() && text.regionMatches(true, pos, prefix, 0, prefix.length());
    }

    private Frequency frequency(int from, int end) {
      String v = text.substring(from, end).toUpperCase(Locale.ROOT);
      for (Frequency f : Frequency.values()) {
        if (f.name().equals(v)) {
          return f;
        }
      }
      throw new RecurrenceRuleException(
          "unknown FREQ \"" + v + "\"; use SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY", from, null);
    }

    private void part(int pos, int end) {
      int eq = text.indexOf('=', pos);
      if (eq < 0 || eq >= end) {
        problems.onProblem(pos, "rule part \"" + text.substring(pos, end) + "\" has no '='; it is ignored");
        return;
      }
      String name = text.substring(pos, eq).trim().toUpperCase(Locale.ROOT);
      int vs = eq + 1;
      Builder bb = Objects.requireNonNull(b);
      int id = partId(name);
      if (id < 0) {
        problems.onProblem(pos, "unknown rule part \"" + name + "\"; it is ignored");
        return;
      }
      if (seen[id]) {
        problems.onProblem(pos, name + " appears more than once; the last one is used");
      }
      seen[id] = true;
      switch (name) {
        case "FREQ":
          return;
        case "UNTIL":
          bb.until = temporal(vs, end);
          if (bb.count > 0) {
            problems.onProblem(pos, "UNTIL and COUNT must not both appear; UNTIL is used");
            bb.count = 0;
          }
          return;
        case "COUNT":
          if (bb.until != null) {
            problems.onProblem(pos, "UNTIL and COUNT must not both appear; UNTIL is used");
            return;
          }
          bb.count = positive(vs, end, "COUNT");
          return;
        case "INTERVAL":
          bb.interval = positive(vs, end, "INTERVAL");
          return;
        case "BYSECOND":
          bb.bySecond = ints(vs, end, name, 0, 60, false);
          return;
        case "BYMINUTE":
          bb.byMinute = ints(vs, end, name, 0, 59, false);
          return;
        case "BYHOUR":
          bb.byHour = ints(vs, end, name, 0, 23, false);
          return;
        case "BYDAY":
          bb.byDay = days(vs, end);
          return;
        case "BYMONTHDAY":
          bb.byMonthDay = ints(vs, end, name, 1, 31, true);
          return;
        case "BYYEARDAY":
          bb.byYearDay = ints(vs, end, name, 1, 366, true);
          return;
        case "BYWEEKNO":
          bb.byWeekNo = ints(vs, end, name, 1, 53, true);
          return;
        case "BYMONTH":
          bb.byMonth = ints(vs, end, name, 1, 12, false);
          return;
        case "BYSETPOS":
          bb.bySetPos = ints(vs, end, name, 1, 366, true);
          return;
        case "WKST":
          bb.weekStart = day(vs, end);
          return;
        case "RSCALE":
          String scale = text.substring(vs, end).toUpperCase(Locale.ROOT);
          if (!"GREGORIAN".equals(scale)) {
            problems.onProblem(vs, "RSCALE=" + scale + " is not supported; the rule is expanded as GREGORIAN");
          }
          bb.rscale = scale;
          return;
        case "SKIP":
          String s = text.substring(vs, end).toUpperCase(Locale.ROOT);
          try {
            bb.skip = Skip.valueOf(s);
          } catch (IllegalArgumentException e) {
            problems.onProblem(vs, "SKIP must be OMIT, BACKWARD or FORWARD, not \"" + s + "\"; OMIT is used");
          }
          return;
        default:
          throw new IllegalStateException(name);
      }
    }

    private static int partId(String name) {
      switch (name) {
        case "FREQ":
          return 0;
        case "UNTIL":
          return 1;
        case "COUNT":
          return 2;
        case "INTERVAL":
          return 3;
        case "BYSECOND":
          return 4;
        case "BYMINUTE":
          return 5;
        case "BYHOUR":
          return 6;
        case "BYDAY":
          return 7;
        case "BYMONTHDAY":
          return 8;
        case "BYYEARDAY":
          return 9;
        case "BYWEEKNO":
          return 10;
        case "BYMONTH":
          return 11;
        case "BYSETPOS":
          return 12;
        case "WKST":
          return 13;
        case "RSCALE":
          return 14;
        case "SKIP":
          return 15;
        default:
          return -1;
      }
    }

    private Temporal temporal(int from, int end) {
      int len = end - from;
      try {
        if (len == 8) {
          return LocalDate.of(num(from, 4), num(from + 4, 2), num(from + 6, 2));
        }
        if ((len == 15 || len == 16) && text.charAt(from + 8) == 'T') {
          LocalDateTime t =
              LocalDateTime.of(
                  num(from, 4),
                  num(from + 4, 2),
                  num(from + 6, 2),
                  num(from + 9, 2),
                  num(from + 11, 2),
                  Math.min(59, num(from + 13, 2)));
          if (len == 16) {
            if (text.charAt(from + 15) != 'Z') {
              throw bad(from, end);
            }
            return t.toInstant(ZoneOffset.UTC);
          }
          return t;
        }
      } catch (DateTimeException | NumberFormatException e) {
        throw bad(from, end);
      }
      throw bad(from, end);
    }

    private RecurrenceRuleException bad(int from, int end) {
      return new RecurrenceRuleException(
          "UNTIL \""
              + text.substring(from, end)
              + "\" is not a date (yyyyMMdd) or date-time (yyyyMMddTHHmmss, with Z for UTC)",
          from,
          null);
    }

    private int num(int from, int len) {
      int v = 0;
      for (int i = from; i < from + len; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw new NumberFormatException();
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }

    private int positive(int from, int end, String name) {
      int v = integer(from, end, name);
      if (v < 1) {
        throw new RecurrenceRuleException(name + " must be a positive integer, not " + v, from, null);
      }
      return v;
    }

    private int integer(int from, int end, String name) {
      int i = from;
      boolean neg = false;
      if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        neg = text.charAt(i) == '-';
        i++;
      }
      if (i >= end || end - i > 9) {
        throw new RecurrenceRuleException(
            name + " needs an integer, not \"" + text.substring(from, end) + "\"", from, null);
      }
      int v = 0;
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw new RecurrenceRuleException(
              name + " needs an integer, not \"" + text.substring(from, end) + "\"", i, null);
        }
        v = v * 10 + (c - '0');
      }
      return neg ? -v : v;
    }

    private int[] ints(int from, int end, String name, int min, int max, boolean signed) {
      int[] out = new int[8];
      int n = 0;
      int pos = from;
      while (pos <= end) {
        int comma = text.indexOf(',', pos);
        if (comma < 0 || comma > end) {
          comma = end;
        }
        int v = integer(pos, comma, name);
        if (!inRange(v, min, max, signed)) {
          problems.onProblem(
              pos,
              name
                  + " value "
                  + v
                  + " is out of range "
                  + (signed ? "±" : "")
                  + min
                  + ".."
                  + max
                  + "; it is ignored");
        } else {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = v;
        }
        pos = comma + 1;
      }
      return Arrays.copyOf(out, n);
    }

    private WeekdayNum[] days(int from, int end) {
      List<WeekdayNum> out = new ArrayList<>(4);
      int pos = from;
      while (pos <= end) {
        int comma = text.indexOf(',', pos);
        if (comma < 0 || comma > end) {
          comma = end;
        }
        if (comma - pos < 2) {
          throw new RecurrenceRuleException(
              "BYDAY entry \"" + text.substring(pos, comma) + "\" is not a day such as MO, 2TU or -1SU", pos, null);
        }
        DayOfWeek d = day(comma - 2, comma);
        int ord = comma - 2 > pos ? integer(pos, comma - 2, "BYDAY ordinal") : 0;
        if (ord != 0 && !inRange(ord, 1, 53, true)) {
          problems.onProblem(pos, "BYDAY ordinal " + ord + " is out of range ±1..53; it is ignored");
        } else {
          out.add(new WeekdayNum(ord, d));
        }
        pos = comma + 1;
      }
      return out.toArray(new WeekdayNum[0]);
    }

    private DayOfWeek day(int from, int end) {
      if (end - from == 2) {
        char a = Character.toUpperCase(text.charAt(from));
        char c = Character.toUpperCase(text.charAt(from + 1));
        for (DayOfWeek d : DayOfWeek.values()) {
          String code = d.name();
          if (code.charAt(0) == a && code.charAt(1) == c) {
            return d;
          }
        }
      }
      throw new RecurrenceRuleException(
          "\"" + text.substring(from, end) + "\" is not a day of the week (MO, TU, WE, TH, FR, SA, SU)", from, null);
    }

    private void checkCombinations(RecurrenceRule r) {
      Frequency f = r.frequency;
      if (r.byWeekNo.length > 0 && f != Frequency.YEARLY) {
        problems.onProblem(0, "BYWEEKNO is only allowed with FREQ=YEARLY; it is ignored");
      }
      if (r.byYearDay.length > 0 && (f == Frequency.DAILY || f == Frequency.WEEKLY || f == Frequency.MONTHLY)) {
        problems.onProblem(0, "BYYEARDAY is not allowed with FREQ=" + f + "; it is ignored");
      }
      if (r.byMonthDay.length > 0 && f == Frequency.WEEKLY) {
        problems.onProblem(0, "BYMONTHDAY is not allowed with FREQ=WEEKLY; it is ignored");
      }
      boolean ordinals = false;
      for (WeekdayNum w : r.byDay) {
        ordinals |= w.ordinal != 0;
      }
      if (ordinals
          && (f != Frequency.MONTHLY && f != Frequency.YEARLY
              || f == Frequency.YEARLY && r.byWeekNo.length > 0)) {
        problems.onProblem(
            0,
            "BYDAY with an ordinal (like 2MO) is only allowed with FREQ=MONTHLY or FREQ=YEARLY without BYWEEKNO;"
                + " the ordinal is ignored");
      }
      if (r.bySetPos.length > 0
          && r.bySecond.length + r.byMinute.length + r.byHour.length + r.byDay.length + r.byMonthDay.length
                  + r.byYearDay.length + r.byWeekNo.length + r.byMonth.length
              == 0) {
        problems.onProblem(0, "BYSETPOS must be used together with another BYxxx part; it is ignored");
      }
    }
  }
}
