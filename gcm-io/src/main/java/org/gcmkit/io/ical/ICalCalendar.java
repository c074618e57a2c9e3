package org.gcmkit.io.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gcmkit.calendar.recur.RecurrenceSet;
import org.gcmkit.model.SourcePosition;

/**
 * A VCALENDAR read completely: its properties, its components and the time zones its TZIDs resolved to.
 *
 * <pre>{@code
 * ICalCalendar cal = ICalReader.lenient().readAll(Path.of("partner.ics")).calendars().get(0);
 * for (ICalOccurrence o : cal.occurrences(from, to, 1000)) {
 *   System.out.println(o.start() + " " + o.component().summary().orElse(""));
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class ICalCalendar {

  private final List<ICalProperty> properties;
  private final List<ICalComponent> components;
  private final Map<String, ICalTimeZone> timeZones;
  private final SourcePosition position;

  ICalCalendar(
      List<ICalProperty> properties,
      List<ICalComponent> components,
      Map<String, ICalTimeZone> timeZones,
      SourcePosition position) {
    this.properties = Collections.unmodifiableList(properties);
    this.components = Collections.unmodifiableList(components);
    this.timeZones = Collections.unmodifiableMap(new LinkedHashMap<>(timeZones));
    this.position = position;
  }

  /**
   * The calendar properties (VERSION, PRODID, METHOD, X-WR-CALNAME, ...) in file order.
   *
   * @return the properties
   */
  public List<ICalProperty> properties() {
    return properties;
  }

  /**
   * The first calendar property of a name.
   *
   * @param name the name, any case
   * @return the property, or empty
   */
  public Optional<ICalProperty> property(String name) {
    String wanted = NameCase.upper(name);
    for (ICalProperty p : properties) {
      if (NameCase.same(p.name(), wanted)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The METHOD (RFC 5546).
   *
   * @return for example {@code "PUBLISH"}, or empty
   */
  public Optional<String> method() {
    return property("METHOD").flatMap(ICalProperty::text);
  }

  /**
   * The components in file order (VTIMEZONEs included).
   *
   * @return the components
   */
  public List<ICalComponent> components() {
    return components;
  }

  /**
   * The components of a name.
   *
   * @param name the name, any case
   * @return the components
   */
  public List<ICalComponent> components(String name) {
    List<ICalComponent> out = new ArrayList<>();
    String wanted = NameCase.upper(name);
    for (ICalComponent c : components) {
      if (NameCase.same(c.name(), wanted)) {
        out.add(c);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The VEVENTs, overrides included.
   *
   * @return the events in file order
   */
  public List<ICalComponent> events() {
    return components("VEVENT");
  }

  /**
   * The time zones that the calendar's TZIDs resolved to, by TZID.
   *
   * @return the zones
   */
  public Map<String, ICalTimeZone> timeZones() {
    return timeZones;
  }

  /**
   * Where BEGIN:VCALENDAR is.
   *
   * @return the position
   */
  public SourcePosition position() {
    return position;
  }

  /**
   * The instances of the calendar's VEVENTs that start in a window, recurrences expanded and RECURRENCE-ID overrides
   * applied: an override replaces the instance whose start equals its RECURRENCE-ID; one with
   * {@code RANGE=THISANDFUTURE} also replaces every later instance, shifted by the same amount as its own start and
   * with its own duration (RFC 5545 3.8.4.4), unless a later override replaces it in turn; an override whose master
   * is missing stands on its own. DATE and floating starts are placed on the time line as if in UTC.
   *
   * @param from the first instant to include
   * @param to the first instant to exclude
   * @param max the most instances to return, over all events
   * @return the instances ordered by start
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public List<ICalOccurrence> occurrences(Instant from, Instant to, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    Map<String, List<ICalComponent>> overrides = new HashMap<>();
    for (ICalComponent e : events()) {
      if (e.recurrenceId().isPresent()) {
        overrides.computeIfAbsent(e.uid().orElse(""), k -> new ArrayList<>()).add(e);
      }
    }
    List<ICalOccurrence> out = new ArrayList<>();
    Map<String, Boolean> mastersSeen = new HashMap<>();
    for (ICalComponent e : events()) {
      if (e.recurrenceId().isPresent()) {
        continue;
      }
      Optional<ICalDateTime> st = e.start();
      Optional<RecurrenceSet> set = e.recurrenceSet();
      if (st.isEmpty() || set.isEmpty()) {
        continue;
      }
      String uid = e.uid().orElse("");
      mastersSeen.put(uid, Boolean.TRUE);
      List<ICalComponent> ovs = overrides.getOrDefault(uid, List.of());
      Map<LocalDateTime, ICalComponent> byRid = new HashMap<>();
      java.util.TreeMap<LocalDateTime, ICalComponent> ranges = new java.util.TreeMap<>();
      for (ICalComponent o : ovs) {
        o.recurrenceId().ifPresent(r -> byRid.put(ICalComponent.toStartLocal(st.get(), r), o));
        boolean future = o.property("RECURRENCE-ID").flatMap(p -> p.parameter("RANGE"))
            .filter(v -> v.equalsIgnoreCase("THISANDFUTURE")).isPresent();
        if (future) {
          o.recurrenceId().ifPresent(r -> ranges.put(ICalComponent.toStartLocal(st.get(), r), o));
        }
      }
      ICalDateTime start = st.get();
      ICalDateTime end = e.end().orElse(start);
      long durSeconds =
          java.time.Duration.between(start.localDateTime(), end.localDateTime()).getSeconds();
      LocalDateTime lo = LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusDays(2);
      LocalDateTime hi = LocalDateTime.ofInstant(to, ZoneOffset.UTC).plusDays(2);
      Iterator<LocalDateTime> it = set.get().iterator(lo, hi);
      int taken = 0;
      while (it.hasNext() && taken < max) {
        LocalDateTime t = it.next();
        if (!t.isBefore(hi)) {
          break;
        }
        if (t.isBefore(lo)) {
          continue;
        }
        ICalComponent ov = byRid.remove(t);
        ICalDateTime rid = start.withLocal(t);
        if (ov != null) {
          ICalDateTime os = ov.start().orElse(rid);
          if (inWindow(os, from, to)) {
            out.add(new ICalOccurrence(ov, os, ov.end().orElse(os), rid));
            taken++;
          }
          continue;
        }
        Map.Entry<LocalDateTime, ICalComponent> range = ranges.lowerEntry(t);
        if (range != null) {
          // RANGE=THISANDFUTURE: later instances take the override's properties, shifted as it shifted its own
          ICalComponent rc = range.getValue();
          ICalDateTime rs = rc.start().orElse(start);
          LocalDateTime rsLocal = ICalComponent.toStartLocal(start, rs);
          long shift = java.time.Duration.between(range.getKey(), rsLocal).getSeconds();
          ICalDateTime re = rc.end().orElse(rs);
          long rdur = java.time.Duration.between(rs.localDateTime(), re.localDateTime()).getSeconds();
          ICalDateTime s2 = rid.withLocal(t.plusSeconds(shift));
          if (inWindow(s2, from, to)) {
            out.add(new ICalOccurrence(rc, s2, s2.withLocal(s2.localDateTime().plusSeconds(rdur)), rid));
            taken++;
          }
          continue;
        }
        if (inWindow(rid, from, to)) {
          out.add(new ICalOccurrence(e, rid, rid.withLocal(t.plusSeconds(durSeconds)), set.get().isFinite()
              && e.recurrenceRules().isEmpty() && e.properties("RDATE").isEmpty() ? null : rid));
          taken++;
        }
      }
      // overrides that moved into the window from an instance outside it
      for (ICalComponent ov : byRid.values()) {
        addStandalone(out, ov, from, to);
      }
    }
    for (Map.Entry<String, List<ICalComponent>> en : overrides.entrySet()) {
      if (!mastersSeen.containsKey(en.getKey())) {
        for (ICalComponent ov : en.getValue()) {
          addStandalone(out, ov, from, to);
        }
      }
    }
    out.sort(Comparator.comparing((ICalOccurrence o) -> timeLine(o.start())));
    return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
  }

  private static void addStandalone(List<ICalOccurrence> out, ICalComponent ov, Instant from, Instant to) {
    Optional<ICalDateTime> os = ov.start();
    if (os.isPresent() && inWindow(os.get(), from, to)) {
      out.add(new ICalOccurrence(ov, os.get(), ov.end().orElse(os.get()), ov.recurrenceId().orElse(null)));
    }
  }

  private static boolean inWindow(ICalDateTime t, Instant from, Instant to) {
    Instant i = timeLine(t);
    return !i.isBefore(from) && i.isBefore(to);
  }

  private static Instant timeLine(ICalDateTime t) {
    return t.instant().orElseGet(() -> t.localDateTime().toInstant(ZoneOffset.UTC));
  }

  @Override
  public String toString() {
    return "VCALENDAR at " + position + " with " + components.size() + " components";
  }
}
