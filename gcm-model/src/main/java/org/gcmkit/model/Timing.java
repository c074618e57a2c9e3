package org.gcmkit.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When an event takes place: a start and an optional end, each a {@link FuzzyDate} that may be exact or not, and
 * the IANA zone of the local times.
 *
 * <ul>
 *   <li>A <b>timed</b> event has start and end of {@link DatePrecision#TIME} precision, local times in
 *       {@link #zone()} (or in its place's zone): the 17 April 2017 meeting ran 14:00–18:00 in New York.
 *   <li>An <b>all-day</b> event has start and end days, both inclusive: the stocktaking meeting ran 4–6 December
 *       2017. (iCalendar's exclusive end is the writer's business.)
 *   <li>An <b>inexact</b> event has a start (and end) of coarser precision or an interval: "early December" is the
 *       interval 1–10 December; nothing more precise is invented.
 *   <li>An event on <b>separate days</b> lists them in {@link #days()}: the GFMD civil society days of 2017 were
 *       29 June and 1 July, with the Common Space between.
 * </ul>
 *
 * <pre>{@code
 * Timing meeting = Timing.at(LocalDateTime.of(2017, 4, 17, 14, 0), LocalDateTime.of(2017, 4, 17, 18, 0),
 *     ZoneId.of("America/New_York"));
 * Timing stocktaking = Timing.days(LocalDate.of(2017, 12, 4), LocalDate.of(2017, 12, 6));
 * Timing earlyDecember = Timing.of(FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY)
 *     .withSourceText("early December"));
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Timing implements WithTiming {

  Timing() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A timing with only a start, exact or not.
   *
   * @param start the start
   * @return the timing
   */
  public static Timing of(FuzzyDate start) {
    return builder().start(start).build();
  }

  /**
   * An all-day event on one day.
   *
   * @param day the day
   * @return the timing
   */
  public static Timing on(LocalDate day) {
    return of(FuzzyDate.of(day));
  }

  /**
   * An all-day event over several days.
   *
   * @param first the first day
   * @param last the last day, inclusive
   * @return the timing
   */
  public static Timing days(LocalDate first, LocalDate last) {
    return builder().start(FuzzyDate.of(first)).end(FuzzyDate.of(last)).build();
  }

  /**
   * A timed event in a zone.
   *
   * @param start the local start
   * @param end the local end
   * @param zone the IANA zone of both
   * @return the timing
   */
  public static Timing at(LocalDateTime start, LocalDateTime end, ZoneId zone) {
    return builder().start(FuzzyDate.of(start)).end(FuzzyDate.of(end)).zone(zone).build();
  }

  /**
   * The start: a day, a local date-time, or something less exact.
   *
   * @return the start
   */
  public abstract FuzzyDate start();

  /**
   * The end: the last day (inclusive) of an all-day event, or the local end time of a timed event.
   *
   * @return the end, or empty for a one-day event or when unknown
   */
  public abstract Optional<FuzzyDate> end();

  /**
   * The IANA zone of the local times, when it is not the zone of the event's place (an online event, a place
   * without a zone).
   *
   * @return the zone, or empty
   */
  public abstract Optional<ZoneId> zone();

  /**
   * The days on which the event takes place, when they are not all the days from start to end.
   *
   * @return the days in order; empty when the event takes every day of its span
   */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<LocalDate> days();

  /**
   * How the source gave the date relative to another event, when it did.
   *
   * @return the relative date, or empty
   */
  public abstract Optional<@Valid RelativeDate> relativeTo();

  /**
   * Whether the event has local start (and end) times.
   *
   * @return {@code true} when the start has {@link DatePrecision#TIME} precision
   */
  public final boolean isTimed() {
    return start().precision() == DatePrecision.TIME;
  }

  /**
   * Whether start and end are exact days or times, with nothing approximate, uncertain or unspecified.
   *
   * @return {@code true} when exact
   */
  public final boolean isExact() {
    return start().isExact() && end().map(FuzzyDate::isExact).orElse(true);
  }

  /**
   * The earliest day the event can start on.
   *
   * @return the first possible day; {@link LocalDate#MIN} when the start is open
   */
  public final LocalDate firstDay() {
    return start().earliest();
  }

  /**
   * The latest day the event can end on.
   *
   * @return the last possible day, inclusive; {@link LocalDate#MAX} when the end is open
   */
  public final LocalDate lastDay() {
    return end().orElse(start()).latest();
  }

  /** Builds {@link Timing} values; {@code start} is required. */
  public static final class Builder extends ImmutableTiming.Builder {
    Builder() {}
  }
}
