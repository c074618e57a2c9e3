package org.gcmkit.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.gcmkit.model.DatePrecision;
import org.gcmkit.model.Event;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Timing;
import org.jspecify.annotations.Nullable;

/**
 * How an event's timing appears in a calendar: a timed span in an IANA zone, an all-day span, or, for a date that is
 * not exact, a tentative all-day span over the whole window in which the event falls.
 *
 * <ul>
 *   <li>{@link Kind#TIMED}: exact local start (and end) times. Instants are resolved in the event's zone; a local
 *       time in a daylight-saving gap is moved forward by the length of the gap, and one in an overlap takes the
 *       offset the data gives ({@link FuzzyDate#offset()}) or else the earlier offset, as {@link ZonedDateTime#of}
 *       and RFC 5545 do. A timed event without a zone is <em>floating</em>: its instants are computed as if in
 *       UTC, and {@link #isFloating()} says so.
 *   <li>{@link Kind#ALL_DAY}: exact days, from the first day to the last, inclusive in the data and exclusive here
 *       ({@link #endDayExclusive()}), as iCalendar wants.
 *   <li>{@link Kind#WINDOW}: anything less exact — a month, "early December", "2017-10-16~", an interval, an
 *       approximate time. The event is shown over every day it may fall on and is {@linkplain #isTentative()
 *       tentative}. A window with an open or unknown end cannot be shown: {@link #of(Event)} is empty for it, as
 *       for an event with no timing.
 * </ul>
 *
 * <pre>{@code
 * CalendarTime.of(stocktaking).orElseThrow().endDayExclusive();   // 2017-12-07 for 4–6 December
 * CalendarTime.of(planned).orElseThrow().isTentative();          // true for "early December"
 * }</pre>
 *
 * @since 0.1
 */
public final class CalendarTime {

  /** How an event's timing is shown. */
  public enum Kind {
    /** Local start and end times in a zone. */
    TIMED,
    /** Whole days, exact. */
    ALL_DAY,
    /** Whole days over the window of an inexact date: tentative. */
    WINDOW
  }

  private static final ZoneId UTC = ZoneOffset.UTC;

  private final Kind kind;
  private final LocalDate firstDay;
  private final LocalDate endDayExclusive;
  private final @Nullable LocalDateTime start;
  private final @Nullable LocalDateTime end;
  private final @Nullable ZoneId zone;
  private final Instant startInstant;
  private final Instant endInstant;
  private final SortedSet<LocalDate> days;

  private CalendarTime(
      Kind kind,
      LocalDate firstDay,
      LocalDate endDayExclusive,
      @Nullable LocalDateTime start,
      @Nullable LocalDateTime end,
      @Nullable ZoneId zone,
      Instant startInstant,
      Instant endInstant,
      SortedSet<LocalDate> days) {
    this.kind = kind;
    this.firstDay = firstDay;
    this.endDayExclusive = endDayExclusive;
    this.start = start;
    this.end = end;
    this.zone = zone;
    this.startInstant = startInstant;
    this.endInstant = endInstant;
    this.days = days;
  }

  /**
   * How an event appears in a calendar.
   *
   * @param event the event
   * @return its calendar time, or empty when it has no timing or its window is open or unknown at either end
   */
  public static Optional<CalendarTime> of(Event event) {
    return event.timing().flatMap(t -> of(t, event.zone().orElse(null)));
  }

  /**
   * How a timing appears in a calendar, in a zone.
   *
   * @param timing the timing
   * @param zone the IANA zone of its local times, or {@code null} when unknown
   * @return its calendar time, or empty when its window is open or unknown at either end
   */
  public static Optional<CalendarTime> of(Timing timing, @Nullable ZoneId zone) {
    FuzzyDate from = timing.start();
    Optional<FuzzyDate> to = timing.end();
    ZoneId instantZone = zone == null ? UTC : zone;
    if (isExactTime(from) && to.map(CalendarTime::isExactTime).orElse(true)) {
      LocalDateTime s = from.dateTime().orElseThrow();
      LocalDateTime e = to.flatMap(FuzzyDate::dateTime).orElse(s);
      Instant si = resolve(s, instantZone, from.offset().orElse(null));
      Instant ei = resolve(e, instantZone, to.flatMap(FuzzyDate::offset).orElse(null));
      LocalDate lastDay = e.toLocalDate();
      LocalDate endDay = e.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && e.isAfter(s)
          ? lastDay
          : lastDay.plusDays(1);
      return Optional.of(new CalendarTime(Kind.TIMED, s.toLocalDate(), endDay, s, e, zone, si, ei, timing.days()));
    }
    LocalDate first = timing.firstDay();
    LocalDate last = timing.lastDay();
    if (first.equals(LocalDate.MIN) || last.equals(LocalDate.MAX)) {
      return Optional.empty();
    }
    boolean exactDays = isExactDay(from) && to.map(CalendarTime::isExactDay).orElse(true);
    LocalDate endExclusive = last.plusDays(1);
    return Optional.of(new CalendarTime(
        exactDays ? Kind.ALL_DAY : Kind.WINDOW,
        first,
        endExclusive,
        null,
        null,
        zone,
        first.atStartOfDay(instantZone).toInstant(),
        endExclusive.atStartOfDay(instantZone).toInstant(),
        timing.days()));
  }

  private static boolean isExactTime(FuzzyDate d) {
    return d.isExact() && d.precision() == DatePrecision.TIME;
  }

  private static boolean isExactDay(FuzzyDate d) {
    return d.isExact() && d.precision() == DatePrecision.DAY;
  }

  private static Instant resolve(LocalDateTime local, ZoneId zone, @Nullable ZoneOffset offset) {
    return ZonedDateTime.ofLocal(local, zone, offset).toInstant();
  }

  /**
   * How the event is shown.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the event is shown as whole days.
   *
   * @return {@code true} for {@link Kind#ALL_DAY} and {@link Kind#WINDOW}
   */
  public boolean isAllDay() {
    return kind != Kind.TIMED;
  }

  /**
   * Whether the date is not exact, so the calendar shows a window rather than the event's real days.
   *
   * @return {@code true} for {@link Kind#WINDOW}
   */
  public boolean isTentative() {
    return kind == Kind.WINDOW;
  }

  /**
   * Whether a timed event has no zone, so its instants were computed as if in UTC.
   *
   * @return {@code true} for a timed event without a zone
   */
  public boolean isFloating() {
    return kind == Kind.TIMED && zone == null;
  }

  /**
   * The first day shown.
   *
   * @return the first day; for a timed event, the local day it starts on
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * The day after the last day shown: iCalendar's exclusive {@code DTEND} of an all-day event.
   *
   * @return the exclusive end day
   */
  public LocalDate endDayExclusive() {
    return endDayExclusive;
  }

  /**
   * The local start time of a timed event.
   *
   * @return the start, or empty for whole days
   */
  public Optional<LocalDateTime> start() {
    return Optional.ofNullable(start);
  }

  /**
   * The local end time of a timed event; the start when the data gives no end.
   *
   * @return the end, or empty for whole days
   */
  public Optional<LocalDateTime> end() {
    return Optional.ofNullable(end);
  }

  /**
   * The zone of the local times.
   *
   * @return the zone, or empty when the event has none
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * The instant the event starts: its start time, or the start of its first day in its zone (UTC when it has
   * none).
   *
   * @return the start instant
   */
  public Instant startInstant() {
    return startInstant;
  }

  /**
   * The instant the event ends, exclusive: its end time, or the start of the day after its last day.
   *
   * @return the end instant
   */
  public Instant endInstant() {
    return endInstant;
  }

  /**
   * The separate days the event takes place on, when it does not take every day of its span.
   *
   * @return the days in order; empty when every day of the span
   */
  public SortedSet<LocalDate> days() {
    return days;
  }

  /**
   * Whether the event is shown at some time in {@code [from, to)}.
   *
   * @param from the start of the interval
   * @param to the end of the interval, exclusive
   * @return {@code true} when the spans overlap (a zero-length timed event counts at its instant)
   */
  public boolean overlaps(Instant from, Instant to) {
    if (startInstant.equals(endInstant)) {
      return !startInstant.isBefore(from) && startInstant.isBefore(to);
    }
    return startInstant.isBefore(to) && endInstant.isAfter(from);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CalendarTime c
        && kind == c.kind
        && firstDay.equals(c.firstDay)
        && endDayExclusive.equals(c.endDayExclusive)
        && Objects.equals(start, c.start)
        && Objects.equals(end, c.end)
        && Objects.equals(zone, c.zone)
        && startInstant.equals(c.startInstant)
        && endInstant.equals(c.endInstant)
        && days.equals(c.days);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, firstDay, endDayExclusive, start, end, zone, startInstant, endInstant, days);
  }

  @Override
  public String toString() {
    return kind == Kind.TIMED
        ? kind + " " + start + "/" + end + (zone == null ? " floating" : " " + zone)
        : kind + " " + firstDay + "/" + endDayExclusive + " (exclusive)";
  }
}
