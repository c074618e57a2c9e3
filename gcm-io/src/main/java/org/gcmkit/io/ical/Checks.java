package org.gcmkit.io.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gcmkit.calendar.recur.RecurrenceRule;
import org.gcmkit.model.SourcePosition;
import org.jspecify.annotations.Nullable;

/** The calendar rules of RFC 5545 and RFC 5546 (PUBLISH), run on each component as it is delivered. */
final class Checks {

  private Checks() {}

  /** The properties that may appear once in a VEVENT, VTODO or VJOURNAL, and RRULE (SHOULD NOT repeat). */
  private static final List<String> ONCE =
      List.of(
          "UID", "DTSTAMP", "DTSTART", "DTEND", "DUE", "DURATION", "CLASS", "CREATED", "DESCRIPTION", "GEO",
          "LAST-MODIFIED", "LOCATION", "ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS", "SUMMARY", "TRANSP", "URL",
          "RECURRENCE-ID", "COMPLETED", "PERCENT-COMPLETE", "RRULE");

  /** The index of each name of {@link #ONCE}: a bit in a mask of the names seen in a component. */
  private static final Map<String, Integer> ONCE_BIT = onceBits();

  private static Map<String, Integer> onceBits() {
    Map<String, Integer> bits = new HashMap<>();
    for (int i = 0; i < ONCE.size(); i++) {
      bits.put(ONCE.get(i), i);
    }
    return Map.copyOf(bits);
  }

  private static final Set<String> CALENDAR_ONCE = Set.of("PRODID", "VERSION", "CALSCALE", "METHOD");

  static void component(Assembler a, Assembler.Cal cal, ICalComponent c, Assembler.Node node) {
    String name = c.name();
    boolean event = "VEVENT".equals(name);
    boolean task = "VTODO".equals(name); // RFC 5545 3.6.2: a to-do, whose end is DUE
    boolean journal = "VJOURNAL".equals(name);
    if (!event && !task && !journal) {
      return;
    }
    SourcePosition pos = c.position();
    Firsts first = firsts(a, c, node);
    Optional<String> uid = first.get("UID").flatMap(ICalProperty::text);
    Optional<ICalDateTime> recurrenceId = first.get("RECURRENCE-ID").flatMap(ICalProperty::dateTime);
    if (uid.isEmpty()) {
      a.report(ICalFindingCode.MISSING_UID, pos.line(), pos.column(), name + " has no UID",
          "add a UID that is unique and stable, for example an id plus your domain", node.path());
    } else {
      if (!cal.uids.add(uid.get(), recurrenceId.orElse(null))) {
        a.report(ICalFindingCode.DUPLICATE_UID, pos.line(), pos.column(),
            name + " reuses UID " + uid.get() + (recurrenceId.isPresent() ? " with the same RECURRENCE-ID" : ""),
            "give each component its own UID; only overrides (RECURRENCE-ID) share their master's UID", node.path());
      }
    }
    if (first.get("DTSTAMP").isEmpty()) {
      a.report(ICalFindingCode.MISSING_DTSTAMP, pos.line(), pos.column(), name + " has no DTSTAMP",
          "add DTSTAMP with the time the object was created, in UTC", node.path());
    }
    Optional<ICalProperty> startProp = first.get("DTSTART");
    if (event && startProp.isEmpty() && cal.header.property("METHOD").isEmpty()) {
      a.report(ICalFindingCode.MISSING_DTSTART, pos.line(), pos.column(),
          "VEVENT has no DTSTART (required when the calendar has no METHOD)", "add DTSTART", node.path());
    }
    Optional<ICalProperty> endProp = first.get(task ? "DUE" : "DTEND");
    Optional<ICalProperty> dur = first.get("DURATION");
    if (endProp.isPresent() && dur.isPresent()) {
      SourcePosition p = dur.get().position();
      a.report(ICalFindingCode.DTEND_WITH_DURATION, p.line(), p.column(),
          name + " has both " + endProp.get().name() + " and DURATION", "keep only one of them",
          node.path() + "/DURATION");
    }
    Optional<ICalDateTime> start = startProp.flatMap(ICalProperty::dateTime);
    if (start.isPresent()) {
      ICalDateTime s = start.get();
      if (endProp.isPresent()) {
        Optional<ICalDateTime> e = endProp.get().dateTime();
        SourcePosition p = endProp.get().position();
        if (e.isPresent()) {
          if (e.get().isDate() != s.isDate()) {
            mismatch(a, endProp.get(), s, node);
          } else if (before(e.get(), s)) {
            a.report(ICalFindingCode.DTEND_BEFORE_DTSTART, p.line(), p.column(),
                endProp.get().name() + " " + e.get() + " is before DTSTART " + s,
                "the end must be later than the start; for a zero-length event leave out "
                    + endProp.get().name(),
                node.path() + "/" + endProp.get().name());
          }
        }
      }
      PropertyTable t = c.table();
      for (int i = 0; i < t.size(); i++) {
        Object v = t.stored(i);
        switch (t.name(i)) {
          case "RDATE":
          case "EXDATE":
          case "RECURRENCE-ID":
            if (otherType(v, s)) {
              mismatch(a, new ICalProperty(t, i), s, node);
            }
            break;
          case "RRULE":
            if (v instanceof RecurrenceRule r) {
              until(a, new ICalProperty(t, i), r, s, node);
            }
            break;
          default:
            break;
        }
      }
    }
    first.get("STATUS").ifPresent(p -> status(a, name, p, node));
    if (event && "PUBLISH".equalsIgnoreCase(cal.header.property("METHOD").flatMap(ICalProperty::text).orElse(""))
        && first.get("ORGANIZER").isEmpty()) {
      a.report(ICalFindingCode.PUBLISH_WITHOUT_ORGANIZER, pos.line(), pos.column(),
          "VEVENT in a METHOD:PUBLISH calendar has no ORGANIZER (RFC 5546 3.2.1 requires one)",
          "add ORGANIZER, or drop METHOD:PUBLISH if the file is not an iTIP message", node.path());
    }
    PropertyTable t = c.table();
    for (int i = 0; i < t.size(); i++) {
      String n = t.name(i);
      if (("DTSTAMP".equals(n) || "CREATED".equals(n) || "LAST-MODIFIED".equals(n) || "COMPLETED".equals(n))
          && t.stored(i) instanceof ICalDateTime d && !d.isUtc()) {
        ICalProperty p = new ICalProperty(t, i);
        a.report(ICalFindingCode.NOT_UTC, p.position().line(), p.position().column(),
            p.name() + " " + p.rawValue() + " must be a UTC date-time (ending in Z)", "write the time in UTC with Z",
            node.path() + "/" + p.name());
      }
    }
  }

  /** Whether a DATE or DATE-TIME value, or one of a list of them, is of the other type than the start. */
  private static boolean otherType(@Nullable Object value, ICalDateTime start) {
    if (value instanceof ICalDateTime d) {
      return d.isDate() != start.isDate();
    }
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof ICalDateTime d && d.isDate() != start.isDate()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean before(ICalDateTime end, ICalDateTime start) {
    Optional<Instant> e = end.instant();
    Optional<Instant> s = start.instant();
    if (e.isPresent() && s.isPresent()) {
      return e.get().isBefore(s.get());
    }
    return end.localDateTime().isBefore(start.localDateTime());
  }

  private static void mismatch(Assembler a, ICalProperty p, ICalDateTime start, Assembler.Node node) {
    a.report(ICalFindingCode.DATE_TYPE_MISMATCH, p.position().line(), p.position().column(),
        p.name() + " is a " + (start.isDate() ? "DATE-TIME" : "DATE") + " but DTSTART is a "
            + (start.isDate() ? "DATE" : "DATE-TIME"),
        "use the same value type as DTSTART", node.path() + "/" + p.name());
  }

  private static void until(Assembler a, ICalProperty p, RecurrenceRule r, ICalDateTime s, Assembler.Node node) {
    Optional<Temporal> u = r.until();
    if (u.isEmpty()) {
      return;
    }
    Temporal t = u.get();
    SourcePosition pos = p.position();
    if (s.isDate() != (t instanceof LocalDate)) {
      a.report(ICalFindingCode.DATE_TYPE_MISMATCH, pos.line(), pos.column(),
          "RRULE UNTIL is a " + (t instanceof LocalDate ? "DATE" : "DATE-TIME") + " but DTSTART is a "
              + (s.isDate() ? "DATE" : "DATE-TIME"),
          "UNTIL must have the value type of DTSTART (RFC 5545 3.3.10)", node.path() + "/RRULE");
    } else if (!s.isDate() && !s.isFloating() && !(t instanceof Instant)) {
      a.report(ICalFindingCode.NOT_UTC, pos.line(), pos.column(),
          "RRULE UNTIL must be in UTC (ending in Z) because DTSTART has a time zone",
          "write UNTIL in UTC (RFC 5545 3.3.10)", node.path() + "/RRULE");
    }
  }

  private static void status(Assembler a, String comp, ICalProperty p, Assembler.Node node) {
    String v = p.text().orElse("").trim().toUpperCase(Locale.ROOT);
    Set<String> allowed;
    switch (comp) {
      case "VEVENT":
        allowed = Set.of("TENTATIVE", "CONFIRMED", "CANCELLED");
        break;
      case "VTODO":
        allowed = Set.of("NEEDS-ACTION", "COMPLETED", "IN-PROCESS", "CANCELLED");
        break;
      default:
        allowed = Set.of("DRAFT", "FINAL", "CANCELLED");
    }
    if (!allowed.contains(v)) {
      a.report(ICalFindingCode.BAD_STATUS, p.position().line(), p.position().column(),
          "STATUS " + p.rawValue() + " is not allowed in " + comp + " (allowed: " + String.join(", ",
              new java.util.TreeSet<>(allowed)) + ")",
          "use one of the allowed values", node.path() + "/STATUS");
    }
  }

  /** The first property of each name of {@link #ONCE} in a component, found in one pass. */
  private static final class Firsts {
    private final PropertyTable table;
    /** The row of the first property of each name, plus one (0: none). */
    private final int[] byBit = new int[ONCE.size()];

    Firsts(PropertyTable table) {
      this.table = table;
    }

    Optional<ICalProperty> get(String name) {
      int row = byBit[ONCE_BIT.get(name)] - 1;
      return row < 0 ? Optional.empty() : Optional.of(new ICalProperty(table, row));
    }
  }

  /**
   * One pass over a component's properties: the first of each name of {@link #ONCE}, and an {@code
   * ICAL-DUPLICATE-PROPERTY} finding for each later one, in file order.
   */
  private static Firsts firsts(Assembler a, ICalComponent c, Assembler.Node node) {
    PropertyTable t = c.table();
    Firsts first = new Firsts(t);
    long seen = 0;
    for (int i = 0; i < t.size(); i++) {
      String n = t.name(i);
      Integer bit = ONCE_BIT.get(n);
      if (bit == null) {
        continue;
      }
      long mask = 1L << bit;
      boolean again = (seen & mask) != 0;
      seen |= mask;
      if (!again) {
        first.byBit[bit] = i + 1;
      } else {
        ICalProperty p = new ICalProperty(t, i);
        a.report(ICalFindingCode.DUPLICATE_PROPERTY, p.position().line(), p.position().column(),
            n + " appears more than once in " + c.name()
                + ("RRULE".equals(n) ? " (RFC 5545: SHOULD NOT; all rules are expanded)" : "; the first one is used"),
            "keep a single " + n, node.path() + "/" + n);
      }
    }
    return first;
  }

  static void calendar(Assembler a, Assembler.Cal cal, Assembler.Node n) {
    String path = n.path();
    Map<String, Boolean> seen = new HashMap<>();
    Optional<ICalProperty> version = Optional.empty();
    boolean prodid = false;
    for (ICalProperty p : cal.props) {
      if (CALENDAR_ONCE.contains(p.name()) && seen.put(p.name(), Boolean.TRUE) != null) {
        a.report(ICalFindingCode.DUPLICATE_PROPERTY, p.position().line(), p.position().column(),
            p.name() + " appears more than once in VCALENDAR; the first one is used", "keep a single " + p.name(),
            path + "/" + p.name());
      }
      if ("VERSION".equals(p.name()) && version.isEmpty()) {
        version = Optional.of(p);
      }
      prodid |= "PRODID".equals(p.name());
    }
    if (n.implicit) {
      return;
    }
    if (version.isEmpty()) {
      a.report(ICalFindingCode.MISSING_VERSION, n.line, n.column, "VCALENDAR has no VERSION", "add VERSION:2.0",
          path);
    } else if (!"2.0".equals(version.get().rawValue().trim())) {
      SourcePosition p = version.get().position();
      a.report(ICalFindingCode.UNSUPPORTED_VERSION, p.line(), p.column(),
          "VERSION is " + version.get().rawValue() + ", not 2.0: this is not an iCalendar (RFC 5545) object"
              + ("1.0".equals(version.get().rawValue().trim()) ? " but a vCalendar 1.0 one" : ""),
          "convert the file to iCalendar 2.0", path + "/VERSION");
    }
    if (!prodid) {
      a.report(ICalFindingCode.MISSING_PRODID, n.line, n.column, "VCALENDAR has no PRODID",
          "add PRODID:-//Your Organisation//Your Product//EN", path);
    }
    if (cal.componentCount == 0) {
      a.report(ICalFindingCode.EMPTY_CALENDAR, n.line, n.column,
          "VCALENDAR has no component (RFC 5545 3.6 requires at least one)", "add the events, or drop the file",
          path);
    }
  }
}
