package org.gcmkit.validation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Optional;
import org.gcmkit.model.DatePrecision;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Timing;
import org.jspecify.annotations.Nullable;

/**
 * The bounds of a {@link Timing} or of a window, in <em>local seconds</em> (a local date-time counted in seconds from
 * 1970-01-01T00:00 as if it were UTC), with every end exclusive: an all-day event on 2 December 2017 runs from
 * 2017-12-02T00:00 to 2017-12-03T00:00.
 *
 * <p>An inexact start allows any moment from {@link #minStart} to {@link #maxStart}; an inexact end any moment from
 * {@link #minEnd} to {@link #maxEnd}. A bound qualified as approximate or uncertain may moreover be off by one unit of
 * its precision (a year, a month, a day or an hour): its <em>slack</em>. Open ends are far in the past or future.
 *
 * <p>{@link #compareWithin} decides whether one span lies inside another:
 *
 * <ul>
 *   <li>the <em>window</em> (a phase, a parent event) extends over everything its text allows, from the first
 *       possible moment of its start to the last possible moment of its end, widened by its slack: "April to
 *       November 2017" is 1 April to 30 November inclusive, and "2017-11~" may end up to a month later;
 *   <li>the span is <em>certainly outside</em> when even its latest possible start is before the window's widest
 *       start, or its earliest possible end after the window's widest end;
 *   <li>it is <em>certainly inside</em> when every moment it allows lies inside the window narrowed by its slack;
 *   <li>otherwise it is <em>possibly outside</em>.
 * </ul>
 */
final class Span {

  static final long DAY = 86_400L;
  private static final long HOUR = 3_600L;
  private static final long MONTH = 31 * DAY;
  private static final long YEAR = 366 * DAY;
  /** Local seconds beyond which a bound is treated as open: 10,000 years either side of 1970. */
  private static final long FAR = 10_000L * 366 * DAY;

  /** The result of {@link #compareWithin}. */
  enum Within {
    INSIDE,
    POSSIBLY_OUTSIDE,
    OUTSIDE
  }

  final long minStart;
  final long maxStart;
  final long minEnd;
  final long maxEnd;
  final long startSlack;
  final long endSlack;

  private Span(long minStart, long maxStart, long minEnd, long maxEnd, long startSlack, long endSlack) {
    this.minStart = minStart;
    this.maxStart = maxStart;
    this.minEnd = minEnd;
    this.maxEnd = maxEnd;
    this.startSlack = startSlack;
    this.endSlack = endSlack;
  }

  /**
   * The span of a timing. A timed start without an end ends, at the latest, at the end of its day; a day without an
   * end is a one-day event.
   *
   * @param t the timing
   * @return the span
   */
  static Span of(Timing t) {
    FuzzyDate s = t.start();
    Bounds sb = new Bounds(s);
    long minStart = sb.low();
    long maxStart = sb.highStart();
    long startSlack = slack(s, true);
    FuzzyDate e = t.end().orElse(null);
    if (e == null) {
      if (isTime(s)) {
        return new Span(minStart, maxStart, maxStart, dayStart(s.latest()) + DAY, startSlack, startSlack);
      }
      return new Span(minStart, maxStart, sb.lowEnd(), sb.high(), startSlack, startSlack);
    }
    Bounds eb = new Bounds(e);
    return new Span(minStart, maxStart, eb.lowEnd(), eb.high(), startSlack, slack(e, false));
  }

  /**
   * The span of a window given as one fuzzy date, a point ("2017") or an interval ("2017-04/2017-11").
   *
   * @param d the window
   * @return the span
   */
  static Span ofWindow(FuzzyDate d) {
    Bounds b = new Bounds(d);
    return new Span(b.low(), b.highStart(), b.lowEnd(), b.high(), slack(d, true), slack(d, false));
  }

  /**
   * Whether this span lies inside a window (see the class comment).
   *
   * @param window the window
   * @return inside, possibly outside or outside
   */
  Within compareWithin(Span window) {
    long hullStart = window.minStart - window.startSlack;
    long hullEnd = window.maxEnd + window.endSlack;
    long coreStart = window.minStart + window.startSlack;
    long coreEnd = window.maxEnd - window.endSlack;
    if (maxStart + startSlack < hullStart || minEnd - endSlack > hullEnd) {
      return Within.OUTSIDE;
    }
    if (minStart - startSlack >= coreStart && maxEnd + endSlack <= coreEnd) {
      return Within.INSIDE;
    }
    return Within.POSSIBLY_OUTSIDE;
  }

  /**
   * This span shifted from the local time of one zone to UTC, for comparing spans in different zones. Open bounds
   * stay open.
   *
   * @param rules the zone's rules
   * @return the span in UTC seconds
   */
  Span toUtc(ZoneRules rules) {
    return new Span(utc(minStart, rules), utc(maxStart, rules), utc(minEnd, rules), utc(maxEnd, rules), startSlack,
        endSlack);
  }

  private static long utc(long local, ZoneRules rules) {
    if (local <= -FAR || local >= FAR) {
      return local;
    }
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
    return local - rules.getOffset(ldt).getTotalSeconds();
  }

  /**
   * A local date-time in local seconds.
   *
   * @param t the date-time
   * @return the seconds
   */
  static long seconds(LocalDateTime t) {
    return t.toLocalDate().toEpochDay() * DAY + t.toLocalTime().toSecondOfDay();
  }

  /**
   * The start of a day in local seconds; {@link LocalDate#MIN} and {@link LocalDate#MAX} give far bounds.
   *
   * @param d the day
   * @return the seconds
   */
  static long dayStart(LocalDate d) {
    return d.toEpochDay() * DAY;
  }

  private static boolean isTime(FuzzyDate d) {
    return d.isPoint() && d.precision() == DatePrecision.TIME;
  }

  private static @Nullable LocalDateTime time(@Nullable FuzzyDate d) {
    return d != null && isTime(d) ? d.dateTime().orElse(null) : null;
  }

  /** The bounds of a fuzzy date, with the date-times of its first and last moment read once. */
  private static final class Bounds {
    final FuzzyDate d;
    final @Nullable LocalDateTime first;
    final @Nullable LocalDateTime last;

    Bounds(FuzzyDate d) {
      this.d = d;
      this.first = time(d.isInterval() ? d.start().orElse(null) : d);
      this.last = d.isInterval() ? time(d.end().orElse(null)) : first;
    }

    /** The first moment the date allows. */
    long low() {
      return first != null ? seconds(first) : dayStart(d.earliest());
    }

    /** The last moment the date allows as a start: a time, or the beginning of its last day. */
    long highStart() {
      return last != null ? seconds(last) : dayStart(d.latest());
    }

    /** The first moment the date allows as an end: a time, or the end of its first day. */
    long lowEnd() {
      return first != null ? seconds(first) : dayStart(d.earliest()) + DAY;
    }

    /** The last moment the date allows as an end: a time, or the end of its last day. */
    long high() {
      return last != null ? seconds(last) : dayStart(d.latest()) + DAY;
    }
  }

  /** One unit of the precision of a qualified bound, else 0. */
  private static long slack(FuzzyDate d, boolean start) {
    FuzzyDate bound = d;
    if (d.isInterval()) {
      Optional<FuzzyDate> end = start ? d.start() : d.end();
      if (end.isEmpty()) {
        return 0;
      }
      bound = end.get();
    }
    if (!bound.isApproximate() && !bound.isUncertain()) {
      return 0;
    }
    switch (bound.precision()) {
      case YEAR:
        return YEAR;
      case MONTH:
        return MONTH;
      case DAY:
        return DAY;
      default:
        return HOUR;
    }
  }

  /**
   * The zone that makes two spans comparable: when both zones are known and differ, both spans go to UTC.
   *
   * @param a one zone, or null
   * @param b the other, or null
   * @return whether conversion is needed
   */
  static boolean needsUtc(@Nullable ZoneId a, @Nullable ZoneId b) {
    return a != null && b != null && !a.equals(b);
  }
}
