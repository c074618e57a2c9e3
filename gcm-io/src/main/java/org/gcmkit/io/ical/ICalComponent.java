package org.gcmkit.io.ical;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gcmkit.calendar.recur.RecurrenceRule;
import org.gcmkit.calendar.recur.RecurrenceSet;
import org.gcmkit.model.SourcePosition;

/**
 * A component (VEVENT, VTODO, VJOURNAL, VFREEBUSY, VTIMEZONE, STANDARD, DAYLIGHT, VALARM, X- or IANA components):
 * its properties in file order, its sub-components, its position, and shortcuts to the common properties.
 *
 * <pre>{@code
 * ICalComponent event = calendar.events().get(0);
 * event.uid();                                   // Optional[19970901T130000Z-123401@example.com]
 * event.start().flatMap(ICalDateTime::instant);  // the resolved start instant
 * event.recurrenceSet().map(s -> s.between(from, to, 100));
 * }</pre>
 *
 * @since 0.1
 */
public final class ICalComponent {

  private final String name;
  private final PropertyTable table;
  private final List<ICalComponent> components;
  private final SourcePosition position;

  ICalComponent(String name, PropertyTable table, List<ICalComponent> components, SourcePosition position) {
    this.name = name;
    this.table = table;
    // an immutable copy: one object (and none for the usual empty list of sub-components)
    this.components = List.copyOf(components);
    this.position = position;
  }

  /** The storage of the properties. */
  PropertyTable table() {
    return table;
  }

  /**
   * The name in upper case.
   *
   * @return for example {@code "VEVENT"}
   */
  public String name() {
    return name;
  }

  /**
   * The properties in file order.
   *
   * @return the properties, an immutable list of views made for this call (see {@link ICalProperty})
   */
  public List<ICalProperty> properties() {
    ICalProperty[] views = new ICalProperty[table.size()];
    for (int i = 0; i < views.length; i++) {
      views[i] = new ICalProperty(table, i);
    }
    return List.of(views);
  }

  /**
   * The properties of a name, in file order.
   *
   * @param propertyName the name, any case
   * @return the properties, empty when there is none
   */
  public List<ICalProperty> properties(String propertyName) {
    List<ICalProperty> out = new ArrayList<>(1);
    String wanted = NameCase.upper(propertyName);
    for (int i = table.indexOf(wanted, 0); i >= 0; i = table.indexOf(wanted, i + 1)) {
      out.add(new ICalProperty(table, i));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The first property of a name.
   *
   * @param propertyName the name, any case
   * @return the property, or empty
   */
  public Optional<ICalProperty> property(String propertyName) {
    int i = table.indexOf(NameCase.upper(propertyName), 0);
    return i < 0 ? Optional.empty() : Optional.of(new ICalProperty(table, i));
  }

  /**
   * The sub-components in file order (VALARMs of an event, observances of a VTIMEZONE).
   *
   * @return the components
   */
  public List<ICalComponent> components() {
    return components;
  }

  /**
   * The sub-components of a name.
   *
   * @param componentName the name, any case
   * @return the components
   */
  public List<ICalComponent> components(String componentName) {
    List<ICalComponent> out = new ArrayList<>(1);
    String wanted = NameCase.upper(componentName);
    for (ICalComponent c : components) {
      if (NameCase.same(c.name, wanted)) {
        out.add(c);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Where the component's BEGIN line is.
   *
   * @return the position
   */
  public SourcePosition position() {
    return position;
  }

  /**
   * The UID.
   *
   * @return the UID text, or empty
   */
  public Optional<String> uid() {
    return property("UID").flatMap(ICalProperty::text);
  }

  /**
   * The SUMMARY.
   *
   * @return the summary text, or empty
   */
  public Optional<String> summary() {
    return property("SUMMARY").flatMap(ICalProperty::text);
  }

  /**
   * The DTSTART.
   *
   * @return the start, or empty when absent or unparsable
   */
  public Optional<ICalDateTime> start() {
    return property("DTSTART").flatMap(ICalProperty::dateTime);
  }

  /**
   * The RECURRENCE-ID: which instance of a recurring component this component overrides.
   *
   * @return the original start of the overridden instance, or empty
   */
  public Optional<ICalDateTime> recurrenceId() {
    return property("RECURRENCE-ID").flatMap(ICalProperty::dateTime);
  }

  /**
   * The SEQUENCE.
   *
   * @return the revision number, or empty
   */
  public OptionalInt sequence() {
    Optional<ICalProperty> p = property("SEQUENCE");
    return p.isPresent() ? p.get().integer() : OptionalInt.empty();
  }

  /**
   * The end: DTEND (or DUE of a VTODO), else DTSTART plus DURATION, else for a DATE start the next day, else the
   * start itself (RFC 5545 section 3.6.1).
   *
   * @return the end, or empty when there is no start
   */
  public Optional<ICalDateTime> end() {
    Optional<ICalDateTime> e = property("DTEND").or(() -> property("DUE")).flatMap(ICalProperty::dateTime);
    if (e.isPresent()) {
      return e;
    }
    Optional<ICalDateTime> s = start();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    ICalDateTime st = s.get();
    Optional<ICalDuration> d = property("DURATION").flatMap(ICalProperty::duration);
    if (d.isPresent()) {
      return Optional.of(st.withLocal(d.get().addTo(st.localDateTime())));
    }
    if (st.isDate() && "VEVENT".equals(name)) {
      return Optional.of(st.withLocal(st.localDateTime().plusDays(1)));
    }
    return s;
  }

  /**
   * The recurrence set of this component: DTSTART, RRULEs, RDATEs and EXDATEs, expanded in DTSTART's local time and
   * zone. RDATE and EXDATE values in another zone are converted to DTSTART's zone; PERIOD RDATEs contribute their
   * start. Overrides (components with a RECURRENCE-ID) are applied by {@link ICalCalendar#occurrences}.
   *
   * @return the set, or empty when there is no DTSTART
   */
  public Optional<RecurrenceSet> recurrenceSet() {
    Optional<ICalDateTime> s = start();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    ICalDateTime st = s.get();
    RecurrenceSet.Builder b =
        st.isDate() ? RecurrenceSet.builder(st.date()) : RecurrenceSet.builder(st.localDateTime());
    if (st.isUtc()) {
      b.zone(java.time.ZoneOffset.UTC.getRules());
    } else {
      st.timeZone().ifPresent(z -> b.zone(z.rules()));
    }
    for (ICalProperty p : properties()) {
      switch (p.name()) {
        case "RRULE":
          p.recurrenceRule().ifPresent(b::rule);
          break;
        case "RDATE":
          for (ICalDateTime d : p.dateTimes()) {
            addDate(b, st, d, true);
          }
          for (ICalPeriod per : p.periods()) {
            addDate(b, st, per.start(), true);
          }
          break;
        case "EXDATE":
          for (ICalDateTime d : p.dateTimes()) {
            addDate(b, st, d, false);
          }
          break;
        default:
          break;
      }
    }
    return Optional.of(b.build());
  }

  private static void addDate(RecurrenceSet.Builder b, ICalDateTime start, ICalDateTime d, boolean rdate) {
    if (d.isDate()) {
      if (rdate) {
        b.rdate(d.date());
      } else {
        b.exdate(d.date());
      }
      return;
    }
    LocalDateTime local = toStartLocal(start, d);
    if (rdate) {
      b.rdate(local);
    } else {
      b.exdate(local);
    }
  }

  /** A date-time expressed in the local time of the start's zone. */
  static LocalDateTime toStartLocal(ICalDateTime start, ICalDateTime d) {
    if (start.isDate()) {
      return d.localDateTime();
    }
    Optional<java.time.Instant> i = d.instant();
    if (i.isPresent()) {
      if (start.isUtc()) {
        return LocalDateTime.ofInstant(i.get(), java.time.ZoneOffset.UTC);
      }
      Optional<ICalTimeZone> z = start.timeZone();
      if (z.isPresent()) {
        return LocalDateTime.ofInstant(i.get(), z.get().rules().getOffset(i.get()));
      }
    }
    return d.localDateTime();
  }

  /**
   * The RRULEs.
   *
   * @return the rules that parsed
   */
  public List<RecurrenceRule> recurrenceRules() {
    List<RecurrenceRule> out = new ArrayList<>(1);
    for (ICalProperty p : properties("RRULE")) {
      p.recurrenceRule().ifPresent(out::add);
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return name + uid().map(u -> "[" + u + "]").orElse("") + " at " + position;
  }
}
