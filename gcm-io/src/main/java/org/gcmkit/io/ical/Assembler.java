package org.gcmkit.io.ical;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gcmkit.calendar.recur.RecurrenceRule;
import org.gcmkit.calendar.recur.RecurrenceRuleException;
import org.gcmkit.io.ical.internal.read.ContentLine;
import org.gcmkit.io.ical.internal.read.Lexer;
import org.gcmkit.io.ical.internal.read.TimeZones;
import org.gcmkit.io.ical.internal.read.VTimeZoneCompiler;
import org.gcmkit.io.ical.internal.read.Values;
import org.gcmkit.io.ical.internal.read.Values.DateTimeParts;
import org.gcmkit.io.ical.internal.read.Values.ValueException;
import org.gcmkit.model.Finding;
import org.gcmkit.model.Severity;
import org.gcmkit.model.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * Content lines to components: nesting, typed values, time zone binding, calendar checks, findings. One instance per
 * read; not thread-safe.
 */
final class Assembler implements Lexer.Sink, Lexer.Diagnostics {

  private static final int[] NO_INTS = new int[0];

  /** Components held back for a forward TZID reference before falling back. */
  private static final int MAX_PENDING = 1000;

  private final boolean strict;
  private final ICalLimits limits;
  private final String source;
  private final ICalHandler handler;
  private final List<Finding> findings = new ArrayList<>();
  private final EnumMap<ICalFindingCode, Integer> counts = new EnumMap<>(ICalFindingCode.class);

  private final ArrayList<Node> stack = new ArrayList<>();
  private final ArrayList<PropertyTable.Builder> builders = new ArrayList<>();
  private final ParamTable params = new ParamTable();
  private final Pending last = new Pending();
  private @Nullable Cal cal;
  private int calendars;
  private long totalComponents;
  private boolean sawCalendar;

  Assembler(boolean strict, ICalLimits limits, String source, ICalHandler handler) {
    this.strict = strict;
    this.limits = limits;
    this.source = source;
    this.handler = handler;
  }

  List<Finding> findings() {
    return findings;
  }

  // ---------------------------------------------------------------- findings

  @Override
  public void report(ICalFindingCode code, int line, int column, String message, @Nullable String hint) {
    report(code, line, column, message, hint, currentPath());
  }

  void report(
      ICalFindingCode code, int line, int column, String message, @Nullable String hint, @Nullable String path) {
    Severity sev = strict ? code.strict().orElse(null) : code.lenient().orElse(null);
    if (sev == null) {
      return;
    }
    int n = counts.merge(code, 1, Integer::sum);
    if (n > limits.maxFindingsPerCode()) {
      return;
    }
    Finding.Builder b = Finding.builder().code(code.code()).severity(sev).message(message);
    if (hint != null) {
      b.hint(hint);
    }
    if (path != null) {
      b.path(path);
    }
    if (line > 0) {
      b.position(SourcePosition.of(source, line, Math.max(column, 0)));
    }
    Finding f = b.build();
    findings.add(f);
    Cal c = cal;
    if (c != null) {
      c.findings.add(f);
    }
    handler.finding(f);
  }

  private void finishFindings() {
    for (Map.Entry<ICalFindingCode, Integer> e : counts.entrySet()) {
      int extra = e.getValue() - limits.maxFindingsPerCode();
      if (extra > 0 && e.getKey() != ICalFindingCode.FINDINGS_SUPPRESSED) {
        Finding f =
            Finding.builder()
                .code(ICalFindingCode.FINDINGS_SUPPRESSED.code())
                .severity(Severity.WARNING)
                .message(
                    extra + " more " + e.getKey().code() + " findings were not listed (limit "
                        + limits.maxFindingsPerCode() + " per code)")
                .hint("fix the listed ones first; the others are of the same kind")
                .position(SourcePosition.of(source, 0, 0))
                .build();
        findings.add(f);
        handler.finding(f);
      }
    }
  }

  private @Nullable String currentPath() {
    return stack.isEmpty() ? null : stack.get(stack.size() - 1).path();
  }

  // ---------------------------------------------------------------- lines

  @Override
  public void line(ContentLine c) {
    flushLast();
    String name = c.name;
    if ("BEGIN".equals(name)) {
      begin(c);
    } else if ("END".equals(name)) {
      end(c);
    } else {
      last.set(c);
    }
  }

  @Override
  public void malformed(String text, int line, String reason) {
    if (last.active) {
      boolean textType = defaultType(last.name) == ICalValueType.TEXT;
      last.append(textType ? "\\n" + text : text);
      report(
          ICalFindingCode.BAD_FOLDING,
          line,
          1,
          "line " + line + " is not a property (" + reason + "); it is joined to " + last.name + " of line "
              + last.line + " as a continuation",
          "start continuation lines with a space (RFC 5545 3.1), or escape line breaks in text as \\n");
      return;
    }
    report(
        ICalFindingCode.MALFORMED_LINE,
        line,
        1,
        "line " + line + " is not a content line (" + reason + "); it is dropped",
        "write each property as NAME;PARAM=value:value on its own line");
  }

  void finish() {
    flushLast();
    while (!stack.isEmpty()) {
      Node n = stack.get(stack.size() - 1);
      report(
          ICalFindingCode.UNCLOSED_COMPONENT,
          n.line,
          n.column,
          n.name + " that begins on line " + n.line + " has no END:" + n.name + "; it is closed at the end of the file",
          "add END:" + n.name,
          n.path());
      complete();
    }
    if (!sawCalendar) {
      report(
          ICalFindingCode.NO_CALENDAR,
          1,
          1,
          "the input contains no BEGIN:VCALENDAR",
          "an iCalendar file starts with BEGIN:VCALENDAR and ends with END:VCALENDAR",
          null);
    }
    finishFindings();
  }

  // ---------------------------------------------------------------- nesting

  private void begin(ContentLine c) {
    String name = componentName(c);
    if (name.isEmpty()) {
      report(ICalFindingCode.MALFORMED_LINE, c.line, c.column, "BEGIN without a component name; it is ignored",
          "write BEGIN:VEVENT or the like");
      return;
    }
    if (++totalComponents > limits.maxComponents()) {
      throw limit("maxComponents", "more than " + limits.maxComponents() + " components", c.line, c.column);
    }
    if (stack.size() >= limits.maxNestingDepth()) {
      throw limit(
          "maxNestingDepth", "components nested deeper than " + limits.maxNestingDepth(), c.line, c.column);
    }
    Node parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    if (parent == null) {
      if (!"VCALENDAR".equals(name)) {
        report(
            ICalFindingCode.OUTSIDE_CALENDAR,
            c.line,
            c.column,
            "BEGIN:" + name + " outside a VCALENDAR; it is read as if in one",
            "wrap the components in BEGIN:VCALENDAR ... END:VCALENDAR",
            null);
        startCalendar(c.line, c.column, true);
        parent = stack.get(0);
      } else {
        startCalendar(c.line, c.column, false);
        return;
      }
    }
    String pn = parent.name;
    boolean ok;
    switch (name) {
      case "STANDARD":
      case "DAYLIGHT":
        ok = "VTIMEZONE".equals(pn);
        break;
      case "VALARM":
        ok = "VEVENT".equals(pn) || "VTODO".equals(pn);
        break;
      case "VEVENT":
      case "VTODO":
      case "VJOURNAL":
      case "VFREEBUSY":
      case "VTIMEZONE":
      case "VCALENDAR":
        ok = "VCALENDAR".equals(pn) && !"VCALENDAR".equals(name);
        break;
      default:
        ok = true;
    }
    if (!ok) {
      report(
          ICalFindingCode.MISPLACED_COMPONENT,
          c.line,
          c.column,
          name + " inside " + pn + " is not allowed by RFC 5545",
          "move the component to where RFC 5545 section 3.6 puts it",
          parent.path());
    }
    Node n = new Node(name, parent, c.line, c.column, builder(stack.size()));
    n.index = parent.childIndex(name);
    stack.add(n);
  }

  /** The component name of a BEGIN or END line (the lexer gives it trimmed and in upper case). */
  private static String componentName(ContentLine c) {
    String name = c.componentName;
    return name == null ? "" : name;
  }

  private void startCalendar(int line, int column, boolean implicit) {
    sawCalendar = true;
    calendars++;
    Cal c = new Cal(SourcePosition.of(source, line, column), calendars);
    cal = c;
    Node n = new Node("VCALENDAR", null, line, column, builder(0));
    n.index = calendars;
    n.implicit = implicit;
    stack.add(n);
    handler.startCalendar(c.header);
  }

  private void end(ContentLine c) {
    String name = componentName(c);
    int idx = -1;
    for (int i = stack.size() - 1; i >= 0; i--) {
      if (stack.get(i).name.equals(name)) {
        idx = i;
        break;
      }
    }
    if (idx < 0) {
      report(
          ICalFindingCode.UNEXPECTED_END,
          c.line,
          c.column,
          "END:" + name + " without a matching BEGIN; it is ignored",
          "remove it or add the BEGIN");
      return;
    }
    while (stack.size() - 1 > idx) {
      Node open = stack.get(stack.size() - 1);
      report(
          ICalFindingCode.UNCLOSED_COMPONENT,
          c.line,
          c.column,
          "END:" + name + " closes " + open.name + " of line " + open.line + ", which has no END of its own",
          "add END:" + open.name + " before END:" + name,
          open.path());
      complete();
    }
    complete();
    if (stack.size() == 1 && stack.get(0).implicit) {
      // a bare component read in an implicit calendar: the calendar ends with it
      complete();
    }
  }

  /** Pops the top node and hands its component on. */
  private void complete() {
    Node n = stack.remove(stack.size() - 1);
    SourcePosition pos = SourcePosition.of(source, n.line, n.column);
    if (n.parent == null) {
      endCalendar(n);
      return;
    }
    ICalComponent comp = new ICalComponent(n.name, n.props.build(), n.children, pos);
    if (n.parent.parent == null) {
      topLevel(comp, n);
    } else {
      n.parent.children.add(comp);
      if (n.needsZones) {
        n.parent.needsZones = true;
      }
    }
  }

  // ---------------------------------------------------------------- properties

  private void flushLast() {
    if (!last.active) {
      return;
    }
    last.active = false;
    if (stack.isEmpty()) {
      report(
          ICalFindingCode.OUTSIDE_CALENDAR,
          last.line,
          last.column,
          last.name + " on line " + last.line + " is outside any component; it is dropped",
          "put properties inside BEGIN:VCALENDAR ... END:VCALENDAR",
          null);
      return;
    }
    Node n = stack.get(stack.size() - 1);
    if (n.propertyCount >= limits.maxPropertiesPerComponent()) {
      throw limit(
          "maxPropertiesPerComponent",
          n.name + " has more than " + limits.maxPropertiesPerComponent() + " properties",
          last.line,
          last.column);
    }
    n.propertyCount++;
    typed(n, n.props);
    if (n.parent == null) {
      // the calendar's properties are handed out as they come (the header), each in a table of its own
      calendarProperty(new ICalProperty(n.props.build(), 0));
    }
  }

  /**
   * The builder of the properties of the components at a depth of nesting: components at the same depth are never
   * open at the same time, so one builder per depth serves every component of a read.
   */
  private PropertyTable.Builder builder(int depth) {
    while (builders.size() <= depth) {
      builders.add(new PropertyTable.Builder(source));
    }
    return builders.get(depth);
  }

  private void calendarProperty(ICalProperty p) {
    Cal c = cal;
    if (c == null) {
      return;
    }
    c.props.add(p);
    if (!strict && "X-WR-TIMEZONE".equals(p.name())) {
      String tz = p.text().orElse("").trim();
      ICalTimeZone z = c.zones.get(tz);
      if (z == null) {
        z = TimeZones.fallback(tz);
      }
      if (z != null) {
        c.defaultZone = ICalTimeZone.of(tz, z.rules(), ICalTimeZone.Source.X_WR_TIMEZONE, z.zoneId().orElse(null));
      }
    }
  }

  private static final java.util.Set<String> ENUMERATED =
      java.util.Set.of("CLASS", "TRANSP", "STATUS", "ACTION", "METHOD", "CALSCALE", "VERSION", "UID", "TZID");

  /**
   * Whether a VALUE parameter names a type RFC 5545 allows for the property. Properties it does not define (X- and
   * IANA properties) and free-text properties outside {@link #KNOWN_TEXT} may carry any type.
   */
  private static boolean allowedValueType(String name, ICalValueType t) {
    ICalValueType d = defaultType(name);
    if (t == d) {
      return true;
    }
    switch (name) {
      case "DTSTART":
      case "DTEND":
      case "DUE":
      case "RECURRENCE-ID":
      case "EXDATE":
        return t == ICalValueType.DATE;
      case "RDATE":
        return t == ICalValueType.DATE || t == ICalValueType.PERIOD;
      case "TRIGGER":
        return t == ICalValueType.DATE_TIME;
      case "ATTACH":
        return t == ICalValueType.BINARY;
      default:
        return d == ICalValueType.TEXT && !KNOWN_TEXT.contains(name);
    }
  }

  private static final java.util.Set<String> KNOWN_TEXT =
      java.util.Set.of("SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "UID", "STATUS", "CLASS", "TRANSP", "TZID",
          "TZNAME", "PRODID", "VERSION", "METHOD", "CALSCALE", "ACTION", "CATEGORIES", "RESOURCES", "CONTACT");

  static ICalValueType defaultType(String name) {
    switch (name) {
      case "DTSTART":
      case "DTEND":
      case "DUE":
      case "RECURRENCE-ID":
      case "DTSTAMP":
      case "CREATED":
      case "LAST-MODIFIED":
      case "COMPLETED":
      case "EXDATE":
      case "RDATE":
        return ICalValueType.DATE_TIME;
      case "DURATION":
      case "TRIGGER":
      case "REFRESH-INTERVAL":
        return ICalValueType.DURATION;
      case "FREEBUSY":
        return ICalValueType.PERIOD;
      case "RRULE":
      case "EXRULE":
        return ICalValueType.RECUR;
      case "TZOFFSETFROM":
      case "TZOFFSETTO":
        return ICalValueType.UTC_OFFSET;
      case "SEQUENCE":
      case "PRIORITY":
      case "PERCENT-COMPLETE":
      case "REPEAT":
        return ICalValueType.INTEGER;
      case "GEO":
        return ICalValueType.FLOAT;
      case "ORGANIZER":
      case "ATTENDEE":
        return ICalValueType.CAL_ADDRESS;
      case "URL":
      case "TZURL":
      case "SOURCE":
      case "CONFERENCE":
      case "IMAGE":
      case "ATTACH":
        return ICalValueType.URI;
      default:
        return ICalValueType.TEXT;
    }
  }

  /** Types the pending property and adds it to a table. */
  private void typed(Node node, PropertyTable.Builder into) {
    Pending l = last;
    String name = l.name;
    ICalValueType type = defaultType(name);
    String valueParam = l.param("VALUE");
    if (valueParam != null) {
      type = ICalValueType.of(valueParam).orElse(ICalValueType.OTHER);
    }
    if (valueParam != null && !allowedValueType(name, type)) {
      report(
          ICalFindingCode.BAD_VALUE,
          l.line,
          l.column,
          name + ";VALUE=" + valueParam + " is not a value type allowed for " + name + "; the raw value is kept",
          "use the value type RFC 5545 defines for " + name,
          node.path() + "/" + name);
      type = ICalValueType.OTHER;
    }
    if (l.param("TZID") != null && type != ICalValueType.DATE_TIME && type != ICalValueType.DATE
        && type != ICalValueType.PERIOD) {
      report(
          ICalFindingCode.BAD_PARAMETER,
          l.line,
          l.column,
          "TZID on " + name + ", which is not a date-time property; it is ignored",
          "put TZID only on DTSTART, DTEND, DUE, RECURRENCE-ID, RDATE and EXDATE (RFC 5545 3.2.19)",
          node.path() + "/" + name);
    }
    if (l.byteLength == 0 && ENUMERATED.contains(name)) {
      report(
          ICalFindingCode.BAD_VALUE,
          l.valueLine,
          l.valueColumn,
          name + " has an empty value",
          "give " + name + " one of its values, or leave the property out",
          node.path() + "/" + name);
    }
    Object value = textual(type) ? textValue(node, name, type, l) : parsedValue(node, name, type, l);
    into.add(
        name,
        params.of(l.pnames, l.pvalues, l.pcount),
        l.ppos,
        l.bytes,
        l.byteLength,
        type,
        value,
        l.line,
        l.column,
        l.valueLine,
        l.valueColumn);
  }

  /** Whether values of a type are kept as they are written (no string is made of them while reading). */
  private static boolean textual(ICalValueType type) {
    switch (type) {
      case TEXT:
      case OTHER:
      case BINARY:
      case CAL_ADDRESS:
      case URI:
        return true;
      default:
        return false;
    }
  }

  /**
   * The stored value of a text-like property: none for TEXT (unescaped on access; invalid escapes are reported now),
   * the raw text itself for the others.
   */
  private @Nullable Object textValue(Node node, String name, ICalValueType type, Pending l) {
    if (type != ICalValueType.TEXT) {
      return PropertyTable.RAW;
    }
    Values.checkEscapes(
        l.bytes,
        l.byteLength,
        (offset, c) -> {
          int[] p = ContentLine.positionInValue(
              l.valueLine, l.valueColumn, l.folds, l.raw(), Values.charCount(l.bytes, offset));
          report(
              ICalFindingCode.BAD_TEXT_ESCAPE,
              p[0],
              p[1],
              name + ": \"\\" + (c == 0 ? "" : String.valueOf(c)) + "\" is not a TEXT escape; the backslash is "
                  + (c == 0 ? "kept" : "dropped"),
              "in TEXT only \\\\, \\;, \\, and \\n are escapes; write a backslash as \\\\",
              node.path() + "/" + name);
        });
    return null;
  }

  /** The typed value of a property of a parsed type, or {@code null} when it does not parse (reported). */
  private @Nullable Object parsedValue(Node node, String name, ICalValueType type, Pending l) {
    String raw = l.raw();
    Object value = null;
    String parsed = raw;
    if (!strict && hasBlankAtTheEnd(raw)) {
      // phpicalendar_sample.ics: "DTSTART;TZID=US/Eastern:20020107T095000 " - the value is read without the blanks
      parsed = raw.stripTrailing();
      int[] p = ContentLine.positionInValue(l.valueLine, l.valueColumn, l.folds, raw, parsed.length());
      report(ICalFindingCode.BAD_VALUE, p[0], p[1],
          name + ": white space after the " + type.ianaName() + " value; it is read without it",
          "remove the white space after the value", node.path() + "/" + name);
    }
    try {
      value = parseValue(node, name, type, parsed, l);
    } catch (ValueException e) {
      int[] p = ContentLine.positionInValue(l.valueLine, l.valueColumn, l.folds, raw, e.offset);
      if ("SEQUENCE".equals(name)) {
        report(ICalFindingCode.BAD_SEQUENCE, p[0], p[1], "SEQUENCE \"" + raw + "\" is not an integer",
            "SEQUENCE counts revisions: 0, 1, 2, ...", node.path() + "/" + name);
      } else {
        report(
            ICalFindingCode.BAD_VALUE,
            p[0],
            p[1],
            name + ": " + e.getMessage(),
            "write the value as RFC 5545 section 3.3 defines " + type.ianaName(),
            node.path() + "/" + name);
      }
    }
    // a type this reader does not parse (TIME) keeps its text: the raw value itself unless blanks were cut off
    return value == raw ? PropertyTable.RAW : value;
  }

  /** Whether a value (of a parsed type) ends with white space, with something before it. */
  private static boolean hasBlankAtTheEnd(String raw) {
    int n = raw.length();
    return n > 0 && (raw.charAt(n - 1) == ' ' || raw.charAt(n - 1) == '\t') && !raw.isBlank();
  }

  private @Nullable Object parseValue(Node node, String name, ICalValueType type, String raw, Pending l) {
    switch (type) {
      case DATE:
      case DATE_TIME:
        if ("EXDATE".equals(name) || "RDATE".equals(name)) {
          List<Object> out = new ArrayList<>(2);
          for (int[] r : Values.splitPlain(raw)) {
            out.add(dateTime(node, name, type, raw, r[0], r[1], l));
          }
          return List.copyOf(out);
        }
        return dateTime(node, name, type, raw, 0, raw.length(), l);
      case PERIOD: {
        List<Object> out = new ArrayList<>(2);
        for (int[] r : Values.splitPlain(raw)) {
          out.add(period(node, name, raw, r[0], r[1], l));
        }
        return List.copyOf(out);
      }
      case DURATION:
        if (raw.isEmpty()) {
          throw new ValueException(0, "empty value");
        }
        return Values.duration(raw, 0, raw.length(), weekProblem(node, name, raw, l));
      case RECUR:
        return recur(node, raw, l);
      case UTC_OFFSET:
        if (raw.equals("-0000") || raw.equals("-000000")) {
          report(ICalFindingCode.BAD_VALUE, l.valueLine, l.valueColumn,
              name + ": -0000 is not a valid UTC-OFFSET (RFC 5545 3.3.14); it is read as +0000",
              "write +0000", node.path() + "/" + name);
        }
        return Values.utcOffset(raw);
      case INTEGER: {
        int v = Values.integer(raw.trim());
        if ("SEQUENCE".equals(name) && v < 0) {
          report(ICalFindingCode.BAD_SEQUENCE, l.valueLine, l.valueColumn, "SEQUENCE " + v + " is negative",
              "SEQUENCE counts revisions from 0", node.path() + "/" + name);
        }
        return v;
      }
      case FLOAT:
        if ("GEO".equals(name)) {
          int semi = raw.indexOf(';');
          if (semi < 0) {
            throw new ValueException(0, "GEO needs latitude;longitude, for example 37.386013;-122.082932");
          }
          double lat = Values.decimal(raw, 0, semi);
          double lon = Values.decimal(raw, semi + 1, raw.length());
          if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new ValueException(0, "GEO " + raw + " is out of range");
          }
          return ICalGeo.of(lat, lon);
        }
        return Values.decimal(raw, 0, raw.length());
      case BOOLEAN:
        if ("TRUE".equalsIgnoreCase(raw)) {
          return Boolean.TRUE;
        }
        if ("FALSE".equalsIgnoreCase(raw)) {
          return Boolean.FALSE;
        }
        throw new ValueException(0, "BOOLEAN must be TRUE or FALSE, not \"" + raw + "\"");
      default:
        return raw;
    }
  }

  private Values.EscapeProblems weekProblem(Node node, String name, String raw, Pending l) {
    return (offset, c) -> {
      int[] p = ContentLine.positionInValue(l.valueLine, l.valueColumn, l.folds, raw, offset);
      report(ICalFindingCode.BAD_VALUE, p[0], p[1],
          name + ": DURATION " + raw + " combines weeks with days or time, which RFC 5545 3.3.6 does not allow;"
              + " it is read as the sum",
          "write the weeks as days, for example P13DT15H instead of P1W6DT15H", node.path() + "/" + name);
    };
  }

  private ICalPeriod period(Node node, String name, String raw, int from, int to, Pending l) {
    int slash = raw.indexOf('/', from);
    if (slash < 0 || slash >= to) {
      throw new ValueException(from, "a PERIOD is start/end or start/duration");
    }
    ICalDateTime start = dateTime(node, name, ICalValueType.DATE_TIME, raw, from, slash, l);
    char c = slash + 1 < to ? raw.charAt(slash + 1) : ' ';
    if (c == 'P' || c == '+' || c == '-') {
      return ICalPeriod.of(start, Values.duration(raw, slash + 1, to, weekProblem(node, name, raw, l)));
    }
    return ICalPeriod.of(start, dateTime(node, name, ICalValueType.DATE_TIME, raw, slash + 1, to, l));
  }

  private ICalDateTime dateTime(
      Node node, String name, ICalValueType type, String raw, int from, int to, Pending l) {
    DateTimeParts p = Values.dateTime(raw, from, to, true, true);
    if (p.date != (type == ICalValueType.DATE)) {
      int[] pos = ContentLine.positionInValue(l.valueLine, l.valueColumn, l.folds, raw, from);
      report(
          ICalFindingCode.BAD_VALUE,
          pos[0],
          pos[1],
          name + ": \"" + raw.substring(from, to) + "\" is a " + (p.date ? "DATE" : "DATE-TIME") + " but "
              + (type == ICalValueType.DATE ? "VALUE=DATE" : "a DATE-TIME") + " is expected; it is read as written",
          p.date ? "add ;VALUE=DATE to the property" : "remove ;VALUE=DATE or write the date alone",
          node.path() + "/" + name);
    }
    if (p.date) {
      return ICalDateTime.ofDate(p.local.toLocalDate());
    }
    String tzid = l.param("TZID");
    if (p.utc) {
      if (tzid != null) {
        report(
            ICalFindingCode.TZID_ON_UTC,
            l.line,
            l.column,
            name + " has TZID=" + tzid + " but its value ends in Z (UTC); the TZID is ignored",
            "drop the TZID or the Z",
            node.path() + "/" + name);
      }
      return ICalDateTime.ofUtc(p.local);
    }
    if (tzid != null && tzid.isBlank()) {
      report(
          ICalFindingCode.BAD_PARAMETER,
          l.line,
          l.column,
          name + " has an empty TZID; the time is read as floating",
          "name the zone, for example TZID=Europe/Berlin, or drop the parameter",
          node.path() + "/" + name);
      tzid = null;
    }
    if (tzid != null) {
      Cal c = cal;
      ICalTimeZone z = c == null ? null : c.zones.get(tzid);
      if (z == null && c != null && !c.unknownZones.contains(tzid)) {
        node.needsZones = true;
        c.firstUse.putIfAbsent(tzid, SourcePosition.of(source, l.line, l.column));
      }
      return ICalDateTime.ofZoned(p.local, tzid, z);
    }
    Cal c = cal;
    if (c != null && c.defaultZone != null && !"DTSTAMP".equals(name) && !"CREATED".equals(name)
        && !"LAST-MODIFIED".equals(name) && !"COMPLETED".equals(name) && !node.inTimeZone()) {
      if (!c.reportedDefaultZone) {
        c.reportedDefaultZone = true;
        report(
            ICalFindingCode.X_WR_TIMEZONE,
            l.line,
            l.column,
            "floating time " + raw.substring(from, to) + " is read in the zone of X-WR-TIMEZONE "
                + c.defaultZone.tzid() + " (reported once per calendar)",
            "give times a TZID with a VTIMEZONE, or write them in UTC",
            node.path() + "/" + name);
      }
      return ICalDateTime.ofFloatingIn(p.local, c.defaultZone);
    }
    return ICalDateTime.ofFloating(p.local);
  }

  private @Nullable RecurrenceRule recur(Node node, String raw, Pending l) {
    try {
      return RecurrenceRule.parse(
          raw,
          (offset, message) -> {
            int[] p = ContentLine.positionInValue(l.valueLine, l.valueColumn, l.folds, raw, offset);
            report(ICalFindingCode.BAD_RRULE, p[0], p[1], l.name + ": " + message,
                "see RFC 5545 section 3.3.10 for the rule parts", node.path() + "/" + l.name);
          });
    } catch (RecurrenceRuleException e) {
      int[] p = ContentLine.positionInValue(l.valueLine, l.valueColumn, l.folds, raw, e.offset());
      report(ICalFindingCode.BAD_RRULE, p[0], p[1], l.name + ": " + e.detail() + "; the rule is dropped",
          "see RFC 5545 section 3.3.10 for the rule parts", node.path() + "/" + l.name);
      return null;
    }
  }

  // ---------------------------------------------------------------- time zones and delivery

  private void topLevel(ICalComponent comp, Node n) {
    Cal c = cal;
    if (c == null) {
      return;
    }
    c.componentCount++;
    if ("VTIMEZONE".equals(comp.name())) {
      compileZone(comp, n);
    }
    if (n.needsZones || !c.queue.isEmpty()) {
      c.queue.add(new Queued(comp, n));
      if (c.queue.size() > MAX_PENDING) {
        resolveFallbacks();
      }
      flushQueue(false);
      return;
    }
    deliver(comp, n);
  }

  private void compileZone(ICalComponent tz, Node n) {
    Cal c = cal;
    if (c == null) {
      return;
    }
    String tzid = tz.property("TZID").flatMap(ICalProperty::text).orElse("").trim();
    if (tzid.isEmpty()) {
      report(ICalFindingCode.BAD_VTIMEZONE, n.line, n.column, "VTIMEZONE without TZID; it is ignored",
          "add TZID:<zone name>", n.path());
      return;
    }
    List<VTimeZoneCompiler.Observance> obs = new ArrayList<>();
    for (ICalComponent o : tz.components()) {
      boolean daylight = "DAYLIGHT".equals(o.name());
      if (!daylight && !"STANDARD".equals(o.name())) {
        continue;
      }
      var start = o.property("DTSTART").flatMap(ICalProperty::dateTime);
      var from = o.property("TZOFFSETFROM").flatMap(ICalProperty::utcOffset);
      var to = o.property("TZOFFSETTO").flatMap(ICalProperty::utcOffset);
      if (start.isEmpty() || to.isEmpty()) {
        report(ICalFindingCode.BAD_VTIMEZONE, o.position().line(), o.position().column(),
            o.name() + " of VTIMEZONE " + tzid + " lacks DTSTART or TZOFFSETTO; it is ignored",
            "every observance needs DTSTART, TZOFFSETFROM and TZOFFSETTO", n.path());
        continue;
      }
      ZoneOffset f = from.orElse(to.get());
      List<LocalDateTime> rdates = new ArrayList<>();
      for (ICalProperty p : o.properties("RDATE")) {
        if (p.dateTimes().stream().anyMatch(ICalDateTime::isDate)) {
          report(ICalFindingCode.DATE_TYPE_MISMATCH, p.position().line(), p.position().column(),
              "RDATE of " + o.name() + " in VTIMEZONE " + tzid + " is a DATE; observance onsets are DATE-TIMEs",
              "write the onset as a local DATE-TIME", n.path() + "/" + o.name() + "/RDATE");
        }
        for (ICalDateTime d : p.dateTimes()) {
          rdates.add(d.isUtc() ? d.localDateTime().plusSeconds(f.getTotalSeconds()) : d.localDateTime());
        }
        for (ICalPeriod per : p.periods()) {
          rdates.add(per.start().localDateTime());
        }
      }
      ICalDateTime st = start.get();
      LocalDateTime local = st.isUtc() ? st.localDateTime().plusSeconds(f.getTotalSeconds()) : st.localDateTime();
      obs.add(new VTimeZoneCompiler.Observance(daylight, local, f, to.get(), o.recurrenceRules(), rdates));
    }
    if (obs.isEmpty()) {
      report(ICalFindingCode.BAD_VTIMEZONE, n.line, n.column,
          "VTIMEZONE " + tzid + " has no usable STANDARD or DAYLIGHT observance",
          "add at least one STANDARD or DAYLIGHT with DTSTART, TZOFFSETFROM and TZOFFSETTO", n.path());
      return;
    }
    try {
      java.time.ZoneId jdk = null;
      try {
        jdk = java.time.ZoneId.of(tzid);
      } catch (java.time.DateTimeException e) {
        String w = TimeZones.windowsToIana(tzid);
        if (w != null) {
          try {
            jdk = java.time.ZoneId.of(w);
          } catch (java.time.DateTimeException e2) {
            jdk = null;
          }
        }
      }
      c.zones.put(tzid, ICalTimeZone.of(tzid, VTimeZoneCompiler.compile(obs, limits.maxRecurrenceInstances()),
          ICalTimeZone.Source.VTIMEZONE, jdk));
    } catch (VTimeZoneCompiler.TooManyOnsetsException e) {
      throw limit("maxRecurrenceInstances",
          "a rule of VTIMEZONE " + tzid + " has more than " + limits.maxRecurrenceInstances() + " onsets", n.line,
          n.column);
    } catch (RuntimeException e) {
      report(ICalFindingCode.BAD_VTIMEZONE, n.line, n.column,
          "VTIMEZONE " + tzid + " cannot be turned into zone rules: " + e.getMessage(),
          "check the observances' offsets and rules", n.path());
    }
  }

  /** Delivers queued components from the front while their zones are known. */
  private void flushQueue(boolean force) {
    Cal c = cal;
    if (c == null) {
      return;
    }
    while (!c.queue.isEmpty()) {
      Queued q = c.queue.peekFirst();
      Bound b = bind(q.comp);
      if (!b.complete && !force) {
        return;
      }
      c.queue.pollFirst();
      deliver(b.comp, q.node);
    }
  }

  private void resolveFallbacks() {
    Cal c = cal;
    if (c == null) {
      return;
    }
    for (Map.Entry<String, SourcePosition> e : c.firstUse.entrySet()) {
      String tzid = e.getKey();
      if (c.zones.containsKey(tzid) || c.unknownZones.contains(tzid)) {
        continue;
      }
      SourcePosition pos = e.getValue();
      ICalTimeZone z = TimeZones.fallback(tzid);
      if (z == null) {
        c.unknownZones.add(tzid);
        report(ICalFindingCode.UNKNOWN_TZID, pos.line(), pos.column(),
            "TZID \"" + tzid + "\" has no VTIMEZONE and is not a known zone name; its times stay local",
            "add a VTIMEZONE with this TZID, or use an IANA name such as Europe/Berlin", null);
        continue;
      }
      c.zones.put(tzid, z);
      switch (z.source()) {
        case WINDOWS:
          report(ICalFindingCode.WINDOWS_TZID, pos.line(), pos.column(),
              "TZID \"" + tzid + "\" is a Windows zone name without VTIMEZONE; read as "
                  + z.zoneId().map(Object::toString).orElse("?") + " (CLDR windowsZones)",
              "add the VTIMEZONE, or use the IANA name", null);
          break;
        case OUTLOOK_OFFSET:
          report(ICalFindingCode.OUTLOOK_TZID, pos.line(), pos.column(),
              "TZID \"" + tzid + "\" is an Outlook display name without VTIMEZONE; read at the fixed offset "
                  + z.zoneId().map(Object::toString).orElse("?") + " (no daylight saving)",
              "add the VTIMEZONE, or use an IANA name", null);
          break;
        default:
          report(ICalFindingCode.MISSING_VTIMEZONE, pos.line(), pos.column(),
              "TZID \"" + tzid + "\" has no VTIMEZONE in the calendar; read with the "
                  + z.zoneId().map(Object::toString).orElse(tzid) + " rules of the Java runtime",
              "add a VTIMEZONE for every TZID (RFC 5545 3.2.19)", null);
      }
    }
  }

  private static final class Bound {
    final ICalComponent comp;
    final boolean complete;

    Bound(ICalComponent comp, boolean complete) {
      this.comp = comp;
      this.complete = complete;
    }
  }

  /** Re-resolves zoned values that had no zone when they were read. */
  private Bound bind(ICalComponent comp) {
    Cal c = cal;
    boolean complete = true;
    boolean changed = false;
    PropertyTable table = comp.table();
    Object @Nullable [] values = null;
    for (int i = 0; i < table.size(); i++) {
      Object v = table.stored(i);
      Object nv = v;
      if (v instanceof ICalDateTime d) {
        nv = rebind(d, c);
      } else if (v instanceof List<?> list && !list.isEmpty()
          && (list.get(0) instanceof ICalDateTime || list.get(0) instanceof ICalPeriod)) {
        List<Object> out = new ArrayList<>(list.size());
        for (Object o : list) {
          if (o instanceof ICalDateTime d) {
            out.add(rebind(d, c));
          } else if (o instanceof ICalPeriod per) {
            ICalDateTime s = rebind(per.start(), c);
            out.add(per.end().isPresent() ? ICalPeriod.of(s, rebind(per.end().get(), c))
                : ICalPeriod.of(s, per.duration().orElseThrow()));
          } else {
            out.add(o);
          }
        }
        nv = List.copyOf(out);
      }
      if (nv != v) {
        changed = true;
        if (values == null) {
          values = new Object[table.size()];
        }
        values[i] = nv;
      }
      if (unresolved(nv, c)) {
        complete = false;
      }
    }
    List<ICalComponent> subs = new ArrayList<>(comp.components().size());
    for (ICalComponent s : comp.components()) {
      Bound b = bind(s);
      complete &= b.complete;
      changed |= b.comp != s;
      subs.add(b.comp);
    }
    if (!changed) {
      return new Bound(comp, complete);
    }
    return new Bound(
        new ICalComponent(comp.name(), values == null ? table : table.withValues(values), subs, comp.position()),
        complete);
  }

  private static boolean unresolved(@Nullable Object v, @Nullable Cal c) {
    if (v instanceof ICalDateTime d) {
      return d.tzid().isPresent() && d.timeZone().isEmpty() && (c == null || !c.unknownZones.contains(d.tzid().get()));
    }
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (unresolved(o, c) || o instanceof ICalPeriod p && unresolved(p.start(), c)) {
          return true;
        }
      }
    }
    return false;
  }

  private static ICalDateTime rebind(ICalDateTime d, @Nullable Cal c) {
    if (c == null || d.timeZone().isPresent() || d.tzid().isEmpty()) {
      return d;
    }
    ICalTimeZone z = c.zones.get(d.tzid().get());
    return z == null ? d : ICalDateTime.ofZoned(d.localDateTime(), d.tzid().get(), z);
  }

  private void deliver(ICalComponent comp, Node node) {
    Cal c = cal;
    if (c == null) {
      return;
    }
    Checks.component(this, c, comp, node);
    handler.component(c.header, comp);
  }

  private void endCalendar(Node n) {
    Cal c = cal;
    if (c == null) {
      return;
    }
    resolveFallbacks();
    flushQueue(true);
    Checks.calendar(this, c, n);
    handler.endCalendar(c.header, List.copyOf(c.findings));
    cal = null;
  }

  private ICalLimitException limit(String which, String message, int line, int column) {
    return new ICalLimitException(
        which,
        message + " (limit " + which + "); the input is rejected",
        SourcePosition.of(source, line, column));
  }

  // ---------------------------------------------------------------- state

  /** One open component. */
  private static final String[] NO_NAMES = new String[0];
  private static final int[] NO_COUNTS = new int[0];

  static final class Node {
    final String name;
    final @Nullable Node parent;
    final int line;
    final int column;
    int index = 1;
    boolean implicit;
    boolean needsZones;
    int propertyCount;
    final PropertyTable.Builder props;
    final ArrayList<ICalComponent> children = new ArrayList<>(0);
    /** The names of the sub-components seen so far, and how many of each (a few names per component at most). */
    private String[] childNames = NO_NAMES;

    private int[] childCounts = NO_COUNTS;

    Node(String name, @Nullable Node parent, int line, int column, PropertyTable.Builder props) {
      this.name = name;
      this.parent = parent;
      this.line = line;
      this.column = column;
      this.props = props;
    }

    int childIndex(String child) {
      int n = childNames.length;
      for (int i = 0; i < n; i++) {
        if (childNames[i].equals(child)) {
          return ++childCounts[i];
        }
      }
      childNames = Arrays.copyOf(childNames, n + 1);
      childCounts = Arrays.copyOf(childCounts, n + 1);
      childNames[n] = child;
      childCounts[n] = 1;
      return 1;
    }

    boolean inTimeZone() {
      for (Node n = this; n != null; n = n.parent) {
        if ("VTIMEZONE".equals(n.name)) {
          return true;
        }
      }
      return false;
    }

    /** The path of the component, for findings only: built when a finding needs it, not for every component. */
    String path() {
      return (parent == null ? "" : parent.path() + "/") + name + "[" + index + "]";
    }
  }

  /** A component waiting for the VTIMEZONE of one of its TZIDs, with its node for the path of its findings. */
  private static final class Queued {
    final ICalComponent comp;
    final Node node;

    Queued(ICalComponent comp, Node node) {
      this.comp = comp;
      this.node = node;
    }
  }

  /** The state of the open VCALENDAR. */
  static final class Cal {
    final List<ICalProperty> props = new ArrayList<>();
    final Map<String, ICalTimeZone> zones = new LinkedHashMap<>();
    final Set<String> unknownZones = new HashSet<>();
    final Map<String, SourcePosition> firstUse = new LinkedHashMap<>();
    final ArrayDeque<Queued> queue = new ArrayDeque<>();
    final List<Finding> findings = new ArrayList<>();
    final UidSet uids = new UidSet();
    final ICalCalendarHeader header;
    @Nullable ICalTimeZone defaultZone;
    boolean reportedDefaultZone;
    int componentCount;

    Cal(SourcePosition position, int index) {
      this.header = new ICalCalendarHeader(props, zones, position, index);
    }
  }

  /** The property read last, kept until the next line shows whether that line continues it. */
  private static final class Pending {
    boolean active;
    String name = "";
    String[] pnames = new String[4];
    String[][] pvalues = new String[4][];
    int[] ppos = new int[8];
    int pcount;
    /** The raw value in UTF-8 (a copy: the lexer's buffer serves the next line). */
    byte[] bytes = new byte[256];
    int byteLength;
    /** The raw value as a string, made when asked for. */
    private @Nullable String raw;
    int line;
    int column;
    int valueLine;
    int valueColumn;
    int[] folds = ContentLine.NO_FOLDS;

    void set(ContentLine c) {
      active = true;
      name = c.name;
      pcount = c.paramCount;
      if (pnames.length < pcount) {
        pnames = new String[pcount];
        pvalues = new String[pcount][];
        ppos = new int[pcount * 2];
      }
      for (int i = 0; i < pcount; i++) {
        pnames[i] = c.paramNames[i];
        pvalues[i] = c.paramValues[i];
        ppos[2 * i] = c.paramLines[i];
        ppos[2 * i + 1] = c.paramColumns[i];
      }
      int b = c.bytesTo - c.bytesFrom;
      if (bytes.length < b) {
        bytes = new byte[Math.max(b, 2 * bytes.length)];
      }
      System.arraycopy(c.bytes, c.bytesFrom, bytes, 0, b);
      byteLength = b;
      raw = null;
      line = c.line;
      column = c.column;
      valueLine = c.valueLine;
      valueColumn = c.valueColumn;
      folds = c.valueFolds;
    }

    /** Joins a line that was not a content line to the value. */
    void append(String more) {
      // the reader's text has no unpaired surrogates, so this encoding is exact
      byte[] b = more.getBytes(StandardCharsets.UTF_8);
      if (byteLength + b.length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(byteLength + b.length, 2 * bytes.length));
      }
      System.arraycopy(b, 0, bytes, byteLength, b.length);
      byteLength += b.length;
      raw = null;
    }

    String raw() {
      String r = raw;
      if (r == null) {
        r = byteLength == 0 ? "" : new String(bytes, 0, byteLength, StandardCharsets.UTF_8);
        raw = r;
      }
      return r;
    }

    @Nullable String param(String n) {
      for (int i = 0; i < pcount; i++) {
        if (pnames[i].equals(n)) {
          String[] v = pvalues[i];
          return v.length == 0 ? "" : v[0];
        }
      }
      return null;
    }
  }
}
