package org.gcmkit.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Phase;
import org.gcmkit.model.Place;

/**
 * The schedule of a data set: its events in calendar order, which fall between two instants, which come next, which
 * phase a day is in, which match a filter, and the programme of an event as a tree.
 *
 * <p>A schedule resolves every event's {@link CalendarTime} once and sorts the events in calendar order — by start
 * instant; for the same start the longer event first, an event before the items of its programme, then by id, so the
 * order is stable — so that queries by time are a binary search plus the events returned. Events whose
 * timing cannot be shown (no timing, or an open window) are kept at the end of {@link #events()} in data order and
 * never returned by queries by time. A schedule is immutable and thread-safe.
 *
 * <pre>{@code
 * Schedule schedule = Schedule.of(data);
 * schedule.between(Instant.parse("2017-12-01T00:00:00Z"), Instant.parse("2017-12-08T00:00:00Z"));
 * schedule.after(Instant.now(), 5);
 * schedule.phaseAt(LocalDate.of(2017, 12, 4)).map(Phase::id);        // "ph-2"
 * schedule.select(EventFilter.builder().addActs(3).build());
 * schedule.programme("cs-stock").orElseThrow().children();
 * }</pre>
 *
 * @since 0.1
 */
public final class Schedule {

  /** By start; for the same start the longer first, then the enclosing event before its items; then by id. */
  private static final Comparator<Scheduled> CALENDAR_ORDER =
      Comparator.comparing((Scheduled s) -> s.time.startInstant())
          .thenComparing(s -> s.time.endInstant(), Comparator.reverseOrder())
          .thenComparingInt(s -> s.depth)
          .thenComparing(s -> s.event.id());

  private final DataSet data;
  private final Scheduled[] scheduled;
  private final Instant[] maxEndUpTo;
  private final List<Event> unscheduled;
  private final List<Event> ordered;
  private final Map<Event, CalendarTime> times;

  private Schedule(DataSet data) {
    this.data = data;
    List<Scheduled> withTime = new ArrayList<>();
    List<Event> without = new ArrayList<>();
    Map<Event, CalendarTime> timeOf = new IdentityHashMap<>();
    for (Event e : data.events()) {
      Optional<CalendarTime> t = CalendarTime.of(e);
      if (t.isPresent()) {
        withTime.add(new Scheduled(e, t.get(), ancestors(e).size()));
        timeOf.put(e, t.get());
      } else {
        without.add(e);
      }
    }
    this.scheduled = withTime.toArray(new Scheduled[0]);
    Arrays.sort(scheduled, CALENDAR_ORDER);
    this.maxEndUpTo = new Instant[scheduled.length];
    Instant max = Instant.MIN;
    for (int i = 0; i < scheduled.length; i++) {
      Instant end = scheduled[i].time.endInstant();
      if (end.isAfter(max)) {
        max = end;
      }
      maxEndUpTo[i] = max;
    }
    this.unscheduled = List.copyOf(without);
    List<Event> all = new ArrayList<>(data.events().size());
    for (Scheduled s : scheduled) {
      all.add(s.event);
    }
    all.addAll(without);
    this.ordered = Collections.unmodifiableList(all);
    this.times = timeOf;
  }

  /**
   * The schedule of a data set.
   *
   * @param data the data set
   * @return its schedule
   */
  public static Schedule of(DataSet data) {
    return new Schedule(Objects.requireNonNull(data, "data"));
  }

  /**
   * The data set this schedule is of.
   *
   * @return the data set
   */
  public DataSet data() {
    return data;
  }

  /**
   * Every event, programme items included: first those with a calendar time in calendar order, then the others in
   * data order.
   *
   * @return the events
   */
  public List<Event> events() {
    return ordered;
  }

  /**
   * The events whose timing cannot be shown in a calendar: no timing, or a window open at one end.
   *
   * @return those events, in data order
   */
  public List<Event> unscheduled() {
    return unscheduled;
  }

  /**
   * How an event of this schedule appears in a calendar.
   *
   * @param event an event of the data set
   * @return its calendar time, or empty when it cannot be shown
   */
  public Optional<CalendarTime> time(Event event) {
    CalendarTime t = times.get(event);
    return t != null ? Optional.of(t) : CalendarTime.of(event);
  }

  /**
   * The events shown at some time in {@code [from, to)}, in calendar order.
   *
   * @param from the start of the interval
   * @param to the end of the interval, exclusive
   * @return the events that overlap the interval
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<Event> between(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the interval ends before it starts: " + from + " to " + to);
    }
    int i = firstWithMaxEndAfter(from);
    List<Event> result = new ArrayList<>();
    for (; i < scheduled.length && scheduled[i].time.startInstant().isBefore(to); i++) {
      if (scheduled[i].time.overlaps(from, to)) {
        result.add(scheduled[i].event);
      }
    }
    return result;
  }

  /**
   * The next events that start at or after an instant, in calendar order.
   *
   * @param now the instant
   * @param limit the largest number of events to return
   * @return up to {@code limit} events
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public List<Event> after(Instant now, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    int lo = 0;
    int hi = scheduled.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (scheduled[mid].time.startInstant().isBefore(now)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Event> result = new ArrayList<>(Math.min(limit, scheduled.length - lo));
    for (int i = lo; i < scheduled.length && result.size() < limit; i++) {
      result.add(scheduled[i].event);
    }
    return result;
  }

  private int firstWithMaxEndAfter(Instant from) {
    int lo = 0;
    int hi = scheduled.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (maxEndUpTo[mid].isAfter(from) || scheduled[mid].time.startInstant().equals(from)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * The phase a day falls in. Where windows overlap (a phase that has not ended, say), the phase that began last
   * wins; a window whose bounds are inexact counts every day it may cover.
   *
   * @param day the day
   * @return the phase, or empty when no phase covers the day
   */
  public Optional<Phase> phaseAt(LocalDate day) {
    Phase best = null;
    for (Phase p : data.phases()) {
      if (!day.isBefore(p.window().earliest()) && !day.isAfter(p.window().latest())) {
        if (best == null || p.window().earliest().isAfter(best.window().earliest())) {
          best = p;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The events that match a filter, programme items included, in the order of {@link #events()}.
   *
   * @param filter the filter
   * @return the matching events
   */
  public List<Event> select(EventFilter filter) {
    if (filter.isEmpty()) {
      return ordered;
    }
    List<Event> result = new ArrayList<>();
    for (Event e : ordered) {
      if (matches(e, filter)) {
        result.add(e);
      }
    }
    return result;
  }

  /**
   * The events of a feed, in calendar order: the events its filter selects that can be shown in a calendar. Items
   * of programmes are included when the definition {@linkplain FeedDefinition#includeProgramme() asks for them}
   * (then every item of a selected event's programme is included too), or when the filter names their kind.
   *
   * @param feed the feed definition
   * @return the events of the feed
   */
  public List<Event> feed(FeedDefinition feed) {
    EventFilter filter = feed.filter();
    boolean programmeKindsNamed = filter.kinds().stream().anyMatch(k -> k.isProgrammeItem());
    List<Event> candidates = select(filter);
    Set<Event> selected = Collections.newSetFromMap(new IdentityHashMap<>(candidates.size()));
    for (Event e : candidates) {
      if (!e.kind().isProgrammeItem() || feed.includeProgramme() || programmeKindsNamed) {
        selected.add(e);
      }
    }
    if (feed.includeProgramme()) {
      for (Event e : List.copyOf(selected)) {
        if (data.children(e.id()).isEmpty()) {
          continue; // no programme: the event alone, already selected
        }
        programme(e).ifPresent(root -> root.stream().forEach(n -> selected.add(n.event())));
      }
    }
    List<Event> result = new ArrayList<>();
    for (Scheduled s : scheduled) {
      if (selected.contains(s.event)) {
        result.add(s.event);
      }
    }
    return result;
  }

  /**
   * The programme of an event as a tree.
   *
   * @param eventId the id of the event
   * @return the tree rooted at the event, or empty when there is no such event
   */
  public Optional<ProgrammeNode> programme(String eventId) {
    return data.event(eventId).flatMap(this::programme);
  }

  private Optional<ProgrammeNode> programme(Event root) {
    return Optional.of(node(root, 0, new HashSet<>()));
  }

  private ProgrammeNode node(Event event, int depth, Set<String> visiting) {
    if (!visiting.add(event.id())) {
      return new ProgrammeNode(event, List.of(), depth);
    }
    List<Event> kids = new ArrayList<>(data.children(event.id()));
    kids.sort(Comparator.comparing((Event k) -> time(k).map(CalendarTime::startInstant).orElse(Instant.MAX)));
    List<ProgrammeNode> nodes = new ArrayList<>(kids.size());
    for (Event k : kids) {
      nodes.add(node(k, depth + 1, visiting));
    }
    visiting.remove(event.id());
    return new ProgrammeNode(event, nodes, depth);
  }

  /**
   * The events an event is part of, from its parent up to the top. A cycle of parents (bad data) ends the chain.
   *
   * @param event the event
   * @return its ancestors, nearest first
   */
  public List<Event> ancestors(Event event) {
    List<Event> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(event.id());
    Optional<String> parent = event.parentId();
    while (parent.isPresent() && seen.add(parent.get())) {
      Optional<Event> p = data.event(parent.get());
      if (p.isEmpty()) {
        break;
      }
      chain.add(p.get());
      parent = p.get().parentId();
    }
    return chain;
  }

  private boolean matches(Event e, EventFilter f) {
    if (!f.kinds().isEmpty() && !f.kinds().contains(e.kind())) {
      return false;
    }
    List<Event> chain = null;
    if (needsChain(f)) {
      chain = new ArrayList<>();
      chain.add(e);
      chain.addAll(ancestors(e));
    }
    return (f.regions().isEmpty()
            || any(chain, x -> x.region().map(f.regions()::contains).orElse(false)
                || x.commission().map(c -> c.regions().stream().anyMatch(f.regions()::contains)).orElse(false)))
        && (f.commissions().isEmpty() || any(chain, x -> x.commission().map(f.commissions()::contains).orElse(false)))
        && (f.acts().isEmpty() || any(chain, x -> x.acts().stream().anyMatch(f.acts()::contains)))
        && (f.objectives().isEmpty() || any(chain, x -> x.objectives().stream().anyMatch(f.objectives()::contains)))
        && (f.phaseIds().isEmpty() || any(chain, x -> x.phaseId().map(f.phaseIds()::contains).orElse(false)))
        && (f.organisationIds().isEmpty() || any(chain, x -> x.participants().stream().anyMatch(
            p -> p.organisationId().map(f.organisationIds()::contains).orElse(false)
                || p.onBehalfOf().map(f.organisationIds()::contains).orElse(false))))
        && (f.personIds().isEmpty() || any(chain, x -> x.participants().stream()
            .map(Participation::personId)
            .anyMatch(p -> p.map(f.personIds()::contains).orElse(false))))
        && (f.cities().isEmpty() || any(chain, x -> x.place().flatMap(Place::city)
            .map(c -> containsIgnoringCase(f.cities(), c)).orElse(false)));
  }

  private static boolean needsChain(EventFilter f) {
    return !(f.regions().isEmpty()
        && f.commissions().isEmpty()
        && f.acts().isEmpty()
        && f.objectives().isEmpty()
        && f.phaseIds().isEmpty()
        && f.organisationIds().isEmpty()
        && f.personIds().isEmpty()
        && f.cities().isEmpty());
  }

  private static boolean any(List<Event> chain, Predicate<Event> test) {
    for (Event e : chain) {
      if (test.test(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIgnoringCase(Set<String> cities, String city) {
    String c = city.toLowerCase(Locale.ROOT);
    for (String s : cities) {
      if (s.toLowerCase(Locale.ROOT).equals(c)) {
        return true;
      }
    }
    return false;
  }

  private static final class Scheduled {
    final Event event;
    final CalendarTime time;
    final int depth;

    Scheduled(Event event, CalendarTime time, int depth) {
      this.event = event;
      this.time = time;
      this.depth = depth;
    }
  }
}
