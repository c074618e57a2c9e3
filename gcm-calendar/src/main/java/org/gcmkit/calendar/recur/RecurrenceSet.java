package org.gcmkit.calendar.recur;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The recurrence set of a calendar component (RFC 5545 section 3.8.5): its start, its RRULEs, its RDATEs, minus its
 * EXDATEs, in ascending local time and without duplicates.
 *
 * <p>Expansion is lazy: {@link #iterator()} and {@link #stream()} compute instances as they are consumed, so a rule
 * without an end is safe as long as the caller stops, and {@link #iterator(LocalDateTime)},
 * {@link #between(LocalDateTime, LocalDateTime, int)} and {@link #between(Instant, Instant, int)} bound the work by a
 * window and a maximum count. Every search for a next instance ends: at the window's end, at the year 9999, or after
 * ten million examined periods without an instance (only sub-daily rules whose time filters cannot match get there;
 * days, hours and minutes that the filters exclude are skipped in one step). Instances are local
 * date-times in the start's time zone (floating when there is no zone); {@link #toInstant(LocalDateTime)} places them
 * on the time line following RFC 5545 section 3.3.5 (gap: shifted forward by the gap's length; overlap: the earlier
 * offset). A set with only a start has one instance.
 *
 * <p>RDATEs and EXDATEs are given in the start's local time: a reader converts values in another zone first. An
 * EXDATE given as a date ({@link Builder#exdate(LocalDate)}) removes every instance on that day.
 *
 * <pre>{@code
 * RecurrenceSet set = RecurrenceSet.builder(LocalDateTime.parse("1997-09-02T09:00"))
 *     .zone(ZoneId.of("America/New_York").getRules())
 *     .rule(RecurrenceRule.parse("FREQ=DAILY;COUNT=10"))
 *     .exdate(LocalDateTime.parse("1997-09-04T09:00"))
 *     .build();
 * List<LocalDateTime> first = set.between(
 *     LocalDateTime.parse("1997-09-01T00:00"), LocalDateTime.parse("1997-10-01T00:00"), 100);   // 9 instances
 * }</pre>
 *
 * @since 0.1
 */
public final class RecurrenceSet implements Iterable<LocalDateTime> {

  private final LocalDateTime start;
  private final boolean allDay;
  private final @Nullable ZoneRules zone;
  private final List<RecurrenceRule> rules;
  private final LocalDateTime[] rdates;
  private final Set<LocalDateTime> exdates;
  private final Set<LocalDate> exdateDays;

  private RecurrenceSet(Builder b) {
    this.start = b.start;
    this.allDay = b.allDay;
    this.zone = b.zone;
    this.rules = List.copyOf(b.rules);
    this.rdates = b.rdates.stream().sorted().distinct().toArray(LocalDateTime[]::new);
    this.exdates = Set.copyOf(b.exdates);
    this.exdateDays = Set.copyOf(b.exdateDays);
  }

  /**
   * A builder for a set that starts at a local date-time (a DATE-TIME DTSTART).
   *
   * @param start the start, in the local time of the zone given with {@link Builder#zone(ZoneRules)}, or floating
   * @return the builder
   */
  public static Builder builder(LocalDateTime start) {
    return new Builder(Objects.requireNonNull(start, "start"), false);
  }

  /**
   * A builder for a set of whole days (a DATE DTSTART). Instances are returned at midnight.
   *
   * @param start the first day
   * @return the builder
   */
  public static Builder builder(LocalDate start) {
    return new Builder(start.atStartOfDay(), true);
  }

  /**
   * The start, which is always the first instance unless an EXDATE removes it.
   *
   * @return the start in local time
   */
  public LocalDateTime start() {
    return start;
  }

  /**
   * Whether the set is of whole days.
   *
   * @return {@code true} when built with {@link #builder(LocalDate)}
   */
  public boolean isAllDay() {
    return allDay;
  }

  /**
   * The zone rules of the start.
   *
   * @return the rules, or empty for floating times
   */
  public Optional<ZoneRules> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Whether the set has an end: every rule has UNTIL or COUNT.
   *
   * @return {@code true} when the set is finite
   */
  public boolean isFinite() {
    for (RecurrenceRule r : rules) {
      if (r.until == null && r.count == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * All instances in ascending order, computed as they are consumed. The iterator of a set with an infinite rule
   * never ends by itself before the year 9999: bound it.
   *
   * @return a lazy iterator
   */
  @Override
  public Iterator<LocalDateTime> iterator() {
    return new Merger(LocalDateTime.MAX);
  }

  /**
   * The instances up to a local time, in ascending order. Unlike {@link #iterator()} this also stops the search for
   * the next instance at {@code horizon}, so a rule that produces nothing more before it ends quickly.
   *
   * @param horizon the last local time of interest; later instances are not returned
   * @return a lazy iterator
   */
  public Iterator<LocalDateTime> iterator(LocalDateTime horizon) {
    Objects.requireNonNull(horizon, "horizon");
    Iterator<LocalDateTime> all = new Merger(horizon);
    return bounded(all, horizon);
  }

  /**
   * The instances in a window of local time, in ascending order. Rules without COUNT jump straight to the window;
   * rules with COUNT are counted from the start, skipping at most ten million instances before the window.
   *
   * @param from the first local time of interest
   * @param horizon the last local time of interest
   * @return a lazy iterator
   */
  public Iterator<LocalDateTime> iterator(LocalDateTime from, LocalDateTime horizon) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(horizon, "horizon");
    Iterator<LocalDateTime> all = new Merger(from, horizon);
    Iterator<LocalDateTime> fromOn = new Iterator<>() {
      private @Nullable LocalDateTime next;
      private long skipped;

      @Override
      public boolean hasNext() {
        while (next == null && all.hasNext() && skipped < MAX_SKIPPED) {
          LocalDateTime n = all.next();
          if (n.isBefore(from)) {
            skipped++;
          } else {
            next = n;
          }
        }
        return next != null;
      }

      @Override
      public LocalDateTime next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        LocalDateTime n = next;
        next = null;
        return n;
      }
    };
    return bounded(fromOn, horizon);
  }

  /** Most instances before a window that {@link #iterator(LocalDateTime, LocalDateTime)} skips. */
  static final long MAX_SKIPPED = 10_000_000;

  private static Iterator<LocalDateTime> bounded(Iterator<LocalDateTime> all, LocalDateTime horizon) {
    return new Iterator<>() {
      private @Nullable LocalDateTime next;

      @Override
      public boolean hasNext() {
        if (next == null && all.hasNext()) {
          LocalDateTime n = all.next();
          if (!n.isAfter(horizon)) {
            next = n;
          }
        }
        return next != null;
      }

      @Override
      public LocalDateTime next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        LocalDateTime n = next;
        next = null;
        return n;
      }
    };
  }

  /**
   * All instances as a lazy, ordered stream; use {@link Stream#limit(long)} or {@link Stream#takeWhile} on sets
   * without an end.
   *
   * @return the stream
   */
  public Stream<LocalDateTime> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator(), Spliterator.ORDERED | Spliterator.SORTED | Spliterator.DISTINCT | Spliterator.NONNULL),
        false);
  }

  /**
   * The instances in a window of local time, at most {@code max} of them.
   *
   * @param from the first local time to include
   * @param to the first local time to exclude
   * @param max the maximum number of instances to return
   * @return the instances, in ascending order
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public List<LocalDateTime> between(LocalDateTime from, LocalDateTime to, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    List<LocalDateTime> out = new ArrayList<>();
    Iterator<LocalDateTime> it = iterator(from, to);
    while (out.size() < max && it.hasNext()) {
      LocalDateTime t = it.next();
      if (!t.isBefore(to)) {
        break;
      }
      out.add(t);
    }
    return out;
  }

  /**
   * The instances that start in a window of the time line, at most {@code max} of them. Floating sets are placed on
   * the time line as if in UTC.
   *
   * @param from the first instant to include
   * @param to the first instant to exclude
   * @param max the maximum number of instances to return
   * @return the instances, in ascending order
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public List<OffsetDateTime> between(Instant from, Instant to, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    // Local bounds widened by a day on both sides: no zone offset exceeds 18 hours.
    LocalDateTime lo = LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusDays(1);
    LocalDateTime hi = LocalDateTime.ofInstant(to, ZoneOffset.UTC).plusDays(1);
    List<OffsetDateTime> out = new ArrayList<>();
    Iterator<LocalDateTime> it = iterator(lo, hi);
    while (out.size() < max && it.hasNext()) {
      LocalDateTime t = it.next();
      if (!t.isBefore(hi)) {
        break;
      }
      OffsetDateTime odt = toOffsetDateTime(t);
      Instant i = odt.toInstant();
      if (!i.isBefore(from) && i.isBefore(to)) {
        out.add(odt);
      }
    }
    return out;
  }

  /**
   * Places a local instance on the time line with the start's zone (UTC for floating sets).
   *
   * @param local an instance of this set
   * @return the instant
   */
  public Instant toInstant(LocalDateTime local) {
    return toOffsetDateTime(local).toInstant();
  }

  /**
   * A local instance with its UTC offset, following RFC 5545 section 3.3.5 for gaps and overlaps.
   *
   * @param local an instance of this set
   * @return the date-time with its offset
   */
  public OffsetDateTime toOffsetDateTime(LocalDateTime local) {
    ZoneRules z = zone;
    if (z == null) {
      return local.atOffset(ZoneOffset.UTC);
    }
    return resolve(local, z);
  }

  /**
   * Resolves a local time in a zone the way RFC 5545 section 3.3.5 prescribes: in a gap, the offset before the gap
   * is used (so 02:30 in a 02:00-to-03:00 gap becomes 03:30 in the new offset); in an overlap, the first occurrence.
   *
   * @param local the local date-time
   * @param rules the zone's rules
   * @return the date-time with its offset
   */
  public static OffsetDateTime resolve(LocalDateTime local, ZoneRules rules) {
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.size() == 1) {
      return local.atOffset(offsets.get(0));
    }
    if (offsets.size() > 1) {
      // overlap: the earlier instant is the one with the larger offset
      ZoneOffset a = offsets.get(0);
      ZoneOffset b = offsets.get(1);
      return local.atOffset(a.getTotalSeconds() > b.getTotalSeconds() ? a : b);
    }
    ZoneOffsetTransition gap = rules.getTransition(local);
    return local.plusSeconds(gap.getDuration().getSeconds()).atOffset(gap.getOffsetAfter());
  }

  static Instant toInstant(LocalDateTime local, ZoneRules rules) {
    return resolve(local, rules).toInstant();
  }

  /** Merges the start, the rules and the RDATEs, drops EXDATEs and duplicates. */
  private final class Merger implements Iterator<LocalDateTime> {
    private final List<RuleIterator> its = new ArrayList<>();
    private final @Nullable LocalDateTime[] heads;
    private int rdateIndex;
    private boolean startPending = true;
    private @Nullable LocalDateTime last;
    private @Nullable LocalDateTime next;

    Merger(LocalDateTime horizon) {
      this(null, horizon);
    }

    /** Instances from {@code from} on (all when null); rules without COUNT jump ahead to it. */
    Merger(@Nullable LocalDateTime from, LocalDateTime horizon) {
      for (RecurrenceRule r : rules) {
        RuleIterator it = new RuleIterator(r, start, zone, horizon);
        if (from != null) {
          it.fastForward(from);
        }
        its.add(it);
      }
      if (from != null) {
        startPending = !start.isBefore(from);
        int i = java.util.Arrays.binarySearch(rdates, from);
        rdateIndex = i >= 0 ? i : -i - 1;
      }
      heads = new LocalDateTime[its.size()];
      for (int i = 0; i < heads.length; i++) {
        heads[i] = its.get(i).hasNext() ? its.get(i).next() : null;
      }
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        LocalDateTime c = pull();
        if (c == null) {
          return false;
        }
        if (c.equals(last)) {
          continue;
        }
        last = c;
        if (exdates.contains(c) || !exdateDays.isEmpty() && exdateDays.contains(c.toLocalDate())) {
          continue;
        }
        next = c;
      }
      return true;
    }

    @Override
    public LocalDateTime next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      LocalDateTime n = next;
      next = null;
      return n;
    }

    private @Nullable LocalDateTime pull() {
      LocalDateTime min = null;
      int from = -2; // -1 start, -2 none, -3 rdate, i >= 0 rule i
      if (startPending) {
        min = start;
        from = -1;
      }
      if (rdateIndex < rdates.length && (min == null || rdates[rdateIndex].isBefore(min))) {
        min = rdates[rdateIndex];
        from = -3;
      }
      for (int i = 0; i < heads.length; i++) {
        LocalDateTime h = heads[i];
        if (h != null && (min == null || h.isBefore(min))) {
          min = h;
          from = i;
        }
      }
      if (from == -1) {
        startPending = false;
      } else if (from == -3) {
        rdateIndex++;
      } else if (from >= 0) {
        RuleIterator it = its.get(from);
        heads[from] = it.hasNext() ? it.next() : null;
      }
      return min;
    }
  }

  /**
   * Builds {@link RecurrenceSet} values.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final LocalDateTime start;
    private final boolean allDay;
    private @Nullable ZoneRules zone;
    private final List<RecurrenceRule> rules = new ArrayList<>(1);
    private final List<LocalDateTime> rdates = new ArrayList<>();
    private final Set<LocalDateTime> exdates = new HashSet<>();
    private final Set<LocalDate> exdateDays = new HashSet<>();

    private Builder(LocalDateTime start, boolean allDay) {
      this.start = start;
      this.allDay = allDay;
    }

    /**
     * The zone of the start, used for UNTIL in UTC and for {@link RecurrenceSet#toInstant(LocalDateTime)}.
     *
     * @param rules the zone's rules, for example {@code ZoneId.of("Europe/Paris").getRules()} or rules built from a
     *     VTIMEZONE
     * @return this builder
     */
    public Builder zone(ZoneRules rules) {
      this.zone = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * Adds an RRULE.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(RecurrenceRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds an RDATE in the start's local time.
     *
     * @param date the extra instance
     * @return this builder
     */
    public Builder rdate(LocalDateTime date) {
      rdates.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Adds an RDATE of a whole day, at the start's time of day.
     *
     * @param date the extra day
     * @return this builder
     */
    public Builder rdate(LocalDate date) {
      rdates.add(date.atTime(allDay ? LocalTime.MIDNIGHT : start.toLocalTime()));
      return this;
    }

    /**
     * Adds RDATEs in the start's local time.
     *
     * @param dates the extra instances
     * @return this builder
     */
    public Builder rdates(Collection<LocalDateTime> dates) {
      for (LocalDateTime d : dates) {
        rdate(d);
      }
      return this;
    }

    /**
     * Adds an EXDATE in the start's local time: the instance at exactly that time is removed.
     *
     * @param date the excluded instance
     * @return this builder
     */
    public Builder exdate(LocalDateTime date) {
      exdates.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Adds an EXDATE of a whole day: every instance on that day is removed.
     *
     * @param date the excluded day
     * @return this builder
     */
    public Builder exdate(LocalDate date) {
      if (allDay) {
        exdates.add(date.atStartOfDay());
      } else {
        exdateDays.add(Objects.requireNonNull(date, "date"));
      }
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the set
     */
    public RecurrenceSet build() {
      return new RecurrenceSet(this);
    }
  }
}
