package org.gcmkit.io.ical;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.gcmkit.calendar.recur.RecurrenceRule;
import org.gcmkit.calendar.recur.RecurrenceRuleException;
import org.gcmkit.io.ical.internal.read.TimeZones;
import org.gcmkit.io.ical.internal.read.Values;
import org.gcmkit.io.ical.internal.write.FeedWriter;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Commission;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Finding;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.GeoPoint;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlaceCertainty;
import org.gcmkit.model.Recurrence;
import org.gcmkit.model.Region;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.Severity;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourcePosition;
import org.gcmkit.model.Timing;
import org.gcmkit.model.Waiver;
import org.jspecify.annotations.Nullable;

/**
 * Maps one VEVENT to a model {@link Event}, with the positions of what it took and a finding for what it left. The
 * mapping is documented in {@code docs/ical-import.md}; {@link ICalImporter} is its public face.
 *
 * <p>Instances are used by one import at a time (they count findings); the maps of recurring masters are kept by the
 * caller.
 */
final class EventMapper {

  /** The domain of the UIDs that gcmkit feeds derive from event ids: {@code <id>@gcmkit.org}. */
  static final String UID_DOMAIN = "@" + FeedWriter.UID_DOMAIN;

  /** The note of the revisions that stand for the earlier versions an iCalendar SEQUENCE counts. */
  static final String SEQUENCE_NOTE = "an earlier version of the event, known only from the iCalendar SEQUENCE";

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  /** Properties that the mapping reads, or that writers regenerate (DTSTAMP). */
  private static final Set<String> MAPPED = Set.of(
      "UID", "DTSTAMP", "SEQUENCE", "CREATED", "LAST-MODIFIED", "DTSTART", "DTEND", "DURATION", "STATUS", "SUMMARY",
      "DESCRIPTION", "LOCATION", "GEO", "URL", "CATEGORIES", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
      "RELATED-TO");

  /** The X-GCMKIT-* properties of an event that the mapping reads. */
  private static final Set<String> GCMKIT = Set.of(
      "X-GCMKIT-ID", "X-GCMKIT-KIND", "X-GCMKIT-STATUS", "X-GCMKIT-NUMBER", "X-GCMKIT-COMMISSION", "X-GCMKIT-REGION",
      "X-GCMKIT-PARENT", "X-GCMKIT-PHASE", "X-GCMKIT-ACTS", "X-GCMKIT-OBJECTIVES", "X-GCMKIT-THEME", "X-GCMKIT-START",
      "X-GCMKIT-END", "X-GCMKIT-TIMING-ZONE", "X-GCMKIT-DAYS", "X-GCMKIT-VENUE", "X-GCMKIT-ROOM", "X-GCMKIT-ADDRESS",
      "X-GCMKIT-CITY", "X-GCMKIT-COUNTRY", "X-GCMKIT-PLACE-ZONE", "X-GCMKIT-PLACE-CERTAINTY", "X-GCMKIT-ATTENDANCE",
      "X-GCMKIT-REMOTE-URL", "X-GCMKIT-PARTICIPANT", "X-GCMKIT-SOURCE", "X-GCMKIT-RRULE", "X-GCMKIT-MASTER",
      "X-GCMKIT-WAIVER");

  private final boolean strict;
  private final @Nullable DataSet known;
  private final Consumer<Finding> findings;
  private final Map<ICalTimeZone, ZoneId> equivalents = new java.util.IdentityHashMap<>();

  EventMapper(boolean strict, @Nullable DataSet known, Consumer<Finding> findings) {
    this.strict = strict;
    this.known = known;
    this.findings = findings;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Ids

  /**
   * The id of an event read from a VEVENT without {@code X-GCMKIT-ID}: for a UID {@code <id>@gcmkit.org} whose
   * {@code <id>} is a plain id, that id; otherwise the UID's letters and digits in lower case, other runs of
   * characters as one {@code -}, cut to 40 characters, then {@code -} and the first 8 hex digits of the SHA-256 of the
   * UID's UTF-8 bytes.
   */
  static String idOf(String uid) {
    if (uid.endsWith(UID_DOMAIN)) {
      String own = uid.substring(0, uid.length() - UID_DOMAIN.length());
      if (isPlainId(own)) {
        return own;
      }
    }
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < uid.length() && sb.length() < 40; i++) {
      char c = uid.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
        dash = false;
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + ('a' - 'A')));
        dash = false;
      } else if (!dash && sb.length() > 0) {
        sb.append('-');
        dash = true;
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
      sb.setLength(sb.length() - 1);
    }
    if (sb.length() == 0) {
      sb.append("ical");
    }
    return sb.append('-').append(hash(uid)).toString();
  }

  /** Whether an id can be used as it is: letters, digits, {@code - _ ~} and no characters of data paths. */
  static boolean isPlainId(String id) {
    if (id.isEmpty()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
          || c == '_' || c == '~';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String hash(String uid) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(uid.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(8);
      for (int i = 0; i < 4; i++) {
        sb.append(Character.forDigit((d[i] >> 4) & 0xF, 16)).append(Character.forDigit(d[i] & 0xF, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /**
   * The suffix of an override's id: its RECURRENCE-ID as {@code yyyymmdd} (a DATE), {@code yyyymmddthhmmssz} (the
   * instant in UTC) or {@code yyyymmddthhmmss} (a floating or unresolved time).
   */
  static String occurrenceKey(ICalDateTime rid) {
    if (rid.isDate()) {
      return rid.date().format(BASIC_DATE);
    }
    Optional<Instant> i = rid.instant();
    if (i.isPresent()) {
      return LocalDateTime.ofInstant(i.get(), ZoneOffset.UTC).format(BASIC_DATE_TIME).toLowerCase(Locale.ROOT) + "z";
    }
    return rid.localDateTime().format(BASIC_DATE_TIME).toLowerCase(Locale.ROOT);
  }

  /** A date or time outside the years -9999..9999 that gcmkit dates (EDTF) support. */
  private static final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfRange() {
      super("date outside the years -9999 to 9999", null, false, false);
    }
  }

  private static FuzzyDate day(LocalDate d) {
    if (d.getYear() < -9999 || d.getYear() > 9999) {
      throw new OutOfRange();
    }
    return FuzzyDate.of(d);
  }

  private static FuzzyDate time(LocalDateTime t) {
    if (t.getYear() < -9999 || t.getYear() > 9999) {
      throw new OutOfRange();
    }
    return FuzzyDate.of(t);
  }

  /** The id of the master of an override, when the master is not known. */
  static String masterIdOf(String uid) {
    return idOf(uid);
  }

  /**
   * The first IANA region zone whose offsets agree with a calendar's own rules at the instant and on the first day of
   * every month of its year and the next; UTC when none does. Zones are tried by area (Europe, America, Asia,
   * Australia, Africa, Pacific, Atlantic, Indian), then by id; legacy ids in capitals (Australia/ACT) are skipped.
   */
  static ZoneId equivalent(ZoneRules rules, Instant at) {
    List<Instant> samples = new ArrayList<>(25);
    samples.add(at);
    int year = Math.max(-9999, Math.min(9998, LocalDateTime.ofInstant(at, ZoneOffset.UTC).getYear()));
    for (int m = 0; m < 24; m++) {
      samples.add(LocalDate.of(year + m / 12, m % 12 + 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    List<String> areas = List.of("Europe/", "America/", "Asia/", "Australia/", "Africa/", "Pacific/", "Atlantic/",
        "Indian/");
    List<String> ids = new ArrayList<>();
    for (String area : areas) {
      for (String zid : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
        String city = zid.substring(zid.lastIndexOf('/') + 1);
        if (zid.startsWith(area) && !city.equals(city.toUpperCase(Locale.ROOT))) {
          ids.add(zid);
        }
      }
    }
    for (String zid : ids) {
      ZoneRules candidate = ZoneId.of(zid).getRules();
      boolean all = true;
      for (Instant i : samples) {
        if (!candidate.getOffset(i).equals(rules.getOffset(i))) {
          all = false;
          break;
        }
      }
      if (all) {
        return ZoneId.of(zid);
      }
    }
    return UTC;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The mapping

  /**
   * Maps a VEVENT.
   *
   * @param c the VEVENT
   * @param masters the ids of the recurring masters read so far, by UID
   * @return the event with its positions
   */
  ICalImportedEvent map(ICalComponent c, Map<String, String> masters) {
    return new One(c, masters).run();
  }

  /** The state of one mapping. */
  private final class One {
    private final ICalComponent c;
    private final Map<String, String> masters;
    private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();
    /** The rows of the component's properties that were mapped (a property is a view, made anew on each access). */
    private final java.util.BitSet consumed = new java.util.BitSet();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private String path = "";
    private String id = "";

    One(ICalComponent c, Map<String, String> masters) {
      this.c = c;
      this.masters = masters;
    }

    private void consume(ICalProperty p) {
      consumed.set(p.index());
    }

    ICalImportedEvent run() {
      Optional<ICalProperty> xid = first("X-GCMKIT-ID");
      Optional<ICalProperty> uidProp = first("UID");
      Optional<String> uid = uidProp.flatMap(ICalProperty::text).filter(u -> !u.isEmpty());
      Optional<ICalDateTime> rid = c.recurrenceId();
      Optional<String> own = xid.flatMap(ICalProperty::text).filter(t -> !t.isBlank());
      if (own.isPresent()) {
        id = own.get();
      } else if (uid.isPresent()) {
        id = rid.isPresent() ? idOf(uid.get()) + "--" + occurrenceKey(rid.get()) : idOf(uid.get());
      } else {
        id = "ical-line-" + c.position().line();
      }
      path = "events[" + id + "]";
      positions.put(path, c.position());
      xid.ifPresent(p -> at("id", p));
      if (xid.isEmpty()) {
        uidProp.ifPresent(p -> at("id", p));
      }
      uidProp.ifPresent(this::consume);
      Event.Builder b = Event.builder().id(id);
      if (uid.isPresent() && !uid.get().equals(id + UID_DOMAIN)) {
        b.uid(uid.get());
        at("uid", uidProp.get());
      }
      boolean ours = own.isPresent();

      // what and where
      b.title(text("SUMMARY", "title").orElse(""));
      mapKind(b);
      mapStatus(b);
      mapNumbers(b);
      text("X-GCMKIT-THEME", "theme").ifPresent(b::theme);
      text("X-GCMKIT-PHASE", "phaseId").ifPresent(b::phaseId);
      mapParent(b);
      mapTiming(ours).ifPresent(b::timing);
      mapRecurrence(b, uid, rid);
      mapPlace(ours).ifPresent(b::place);
      mapParticipants(b, ours);
      b.sources(mapSources());
      b.waivers(mapWaivers());
      mapStamps(b);
      mapSequence(b);
      first("URL").ifPresent(p -> uri(p).ifPresentOrElse(u -> {
        b.url(u);
        at("url", p);
      }, () -> notImported(p, "its value is not a URI")));
      first("DTSTAMP").ifPresent(this::consume);
      mapDescription(b);
      reportRest();
      return new ICalImportedEvent(b.build(), positions, List.copyOf(people.values()),
          List.copyOf(organisations.values()), c.position());
    }

    // ----- helpers

    private Optional<ICalProperty> first(String name) {
      for (ICalProperty p : c.properties()) {
        if (p.name().equals(name)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }

    private List<ICalProperty> all(String name) {
      return c.properties(name);
    }

    private void at(String relative, ICalProperty p) {
      consume(p);
      positions.put(relative.isEmpty() ? path : path + "." + relative, p.position());
    }

    private Optional<String> text(String name, String relative) {
      Optional<ICalProperty> p = first(name);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      at(relative, p.get());
      return p.get().text();
    }

    private void report(ICalFindingCode code, ICalProperty p, String message, @Nullable String hint) {
      Optional<Severity> sev = code.severity(strict);
      if (sev.isEmpty()) {
        return;
      }
      Finding.Builder f = Finding.builder().code(code.code()).severity(sev.get()).message(message).path(path)
          .position(p.position());
      if (hint != null) {
        f.hint(hint);
      }
      findings.accept(f.build());
    }

    private void notImported(ICalProperty p, String why) {
      consume(p);
      if (reported.add(p.name())) {
        report(ICalFindingCode.NOT_IMPORTED, p, p.name() + " of event " + id + " is not imported: " + why,
            "the data set keeps the event without it");
      }
    }

    private void badValue(ICalProperty p, String expected) {
      consume(p);
      report(ICalFindingCode.BAD_GCMKIT_VALUE, p,
          p.name() + " of event " + id + " is \"" + p.rawValue() + "\", not " + expected,
          "the property is ignored; fix the value or remove it");
    }

    private void reportRest() {
      for (ICalProperty p : c.properties()) {
        if (consumed.get(p.index())) {
          continue;
        }
        if (GCMKIT.contains(p.name()) || MAPPED.contains(p.name())) {
          notImported(p, "repeated, or not used where it stands");
        } else {
          notImported(p, "gcmkit events have no place for it");
        }
      }
      for (ICalComponent sub : c.components()) {
        if (reported.add(sub.name())) {
          Optional<Severity> sev = ICalFindingCode.NOT_IMPORTED.severity(strict);
          if (sev.isPresent()) {
            findings.accept(Finding.builder().code(ICalFindingCode.NOT_IMPORTED.code()).severity(sev.get())
                .message(sub.name() + " of event " + id + " is not imported: gcmkit events have no place for it")
                .hint("the data set keeps the event without it").path(path).position(sub.position()).build());
          }
        }
      }
    }

    // ----- kind, status, numbers, parent

    private void mapKind(Event.Builder b) {
      Optional<ICalProperty> k = first("X-GCMKIT-KIND");
      EventKind kind = null;
      if (k.isPresent()) {
        kind = code(EventKind.class, k.get());
        if (kind != null) {
          at("kind", k.get());
        }
      }
      Set<Integer> acts = new TreeSet<>();
      Region region = null;
      Commission commission = null;
      Optional<ICalProperty> xr = first("X-GCMKIT-REGION");
      if (xr.isPresent()) {
        region = code(Region.class, xr.get());
        if (region != null) {
          at("region", xr.get());
        }
      }
      Optional<ICalProperty> xc = first("X-GCMKIT-COMMISSION");
      if (xc.isPresent()) {
        commission = code(Commission.class, xc.get());
        if (commission != null) {
          at("commission", xc.get());
        }
      }
      Optional<ICalProperty> xa = first("X-GCMKIT-ACTS");
      boolean actsGiven = xa.isPresent();
      if (xa.isPresent()) {
        acts.addAll(numbers(xa.get(), 1, 10));
        at("acts", xa.get());
      }
      first("X-GCMKIT-OBJECTIVES").ifPresent(p -> {
        b.objectives(numbers(p, 1, 23));
        at("objectives", p);
      });
      // CATEGORIES: our labels give kind, Acts, region and commission when the X-GCMKIT properties do not; in our
      // own events they repeat them
      boolean ours = kind != null;
      List<String> unknown = new ArrayList<>();
      ICalProperty firstCategories = null;
      for (ICalProperty p : all("CATEGORIES")) {
        if (firstCategories == null) {
          firstCategories = p;
        }
        consume(p);
        for (String label : p.texts()) {
          EventKind lk = Labels.kind(label);
          Integer act = Labels.act(label);
          Region lr = Labels.region(label);
          Commission lc = Labels.commission(label);
          if (ours) {
            boolean explained = (lk != null && lk == kind) || (act != null && acts.contains(act))
                || (lr != null && lr == region) || (lc != null && lc == commission);
            if (!explained) {
              unknown.add(label);
            }
          } else if (lk != null && kind == null) {
            kind = lk;
            positions.put(path + ".kind", p.position());
          } else if (act != null && !actsGiven) {
            acts.add(act);
            positions.putIfAbsent(path + ".acts", p.position());
          } else if (lr != null && region == null) {
            region = lr;
            positions.put(path + ".region", p.position());
          } else if (lc != null && commission == null) {
            commission = lc;
            positions.put(path + ".commission", p.position());
          } else {
            unknown.add(label);
          }
        }
      }
      if (!unknown.isEmpty() && firstCategories != null && reported.add("CATEGORIES")) {
        report(ICalFindingCode.NOT_IMPORTED, firstCategories,
            "CATEGORIES " + String.join(", ", unknown) + " of event " + id
                + " are not imported: they name no kind, Act, region or commission of the event",
            "the data set keeps the event without them");
      }
      b.kind(kind == null ? EventKind.OTHER : kind);
      b.acts(acts);
      if (region != null) {
        b.region(region);
      }
      if (commission != null) {
        b.commission(commission);
      }
    }

    private void mapStatus(Event.Builder b) {
      Optional<ICalProperty> xs = first("X-GCMKIT-STATUS");
      Optional<ICalProperty> s = first("STATUS");
      s.ifPresent(p -> at("status", p));
      if (xs.isPresent()) {
        EventStatus st = code(EventStatus.class, xs.get());
        if (st != null) {
          at("status", xs.get());
          b.status(st);
          return;
        }
      }
      String v = s.flatMap(ICalProperty::text).map(t -> t.toUpperCase(Locale.ROOT)).orElse("CONFIRMED");
      switch (v) {
        case "CANCELLED":
          b.status(EventStatus.CANCELLED);
          break;
        case "TENTATIVE":
          b.status(EventStatus.TENTATIVE);
          break;
        default:
          b.status(EventStatus.CONFIRMED);
          break;
      }
    }

    private void mapNumbers(Event.Builder b) {
      first("X-GCMKIT-NUMBER").ifPresent(p -> {
        try {
          b.number(Integer.parseInt(p.rawValue().trim()));
          at("number", p);
        } catch (NumberFormatException e) {
          badValue(p, "an integer");
        }
      });
    }

    private void mapParent(Event.Builder b) {
      Optional<ICalProperty> xp = first("X-GCMKIT-PARENT");
      if (xp.isPresent()) {
        xp.get().text().filter(t -> !t.isBlank()).ifPresent(b::parentId);
        at("parentId", xp.get());
        for (ICalProperty r : all("RELATED-TO")) {
          String type = r.parameter("RELTYPE").orElse("PARENT").toUpperCase(Locale.ROOT);
          if (type.equals("PARENT")) {
            consume(r);
          }
        }
        return;
      }
      for (ICalProperty r : all("RELATED-TO")) {
        String type = r.parameter("RELTYPE").orElse("PARENT").toUpperCase(Locale.ROOT);
        Optional<String> target = r.text().filter(t -> !t.isBlank());
        if (type.equals("PARENT") && target.isPresent() && !positions.containsKey(path + ".parentId")) {
          b.parentId(idOf(target.get()));
          at("parentId", r);
        } else {
          notImported(r, "only one RELATED-TO of type PARENT is carried, as the parent event");
        }
      }
    }

    // ----- time

    private Optional<Timing> mapTiming(boolean ours) {
      Optional<ICalProperty> dtstartProp = first("DTSTART");
      Optional<ICalDateTime> dtstart = dtstartProp.flatMap(ICalProperty::dateTime);
      dtstartProp.ifPresent(p -> at("timing", p));
      Optional<ICalProperty> dtendProp = first("DTEND");
      Optional<ICalProperty> durationProp = first("DURATION");
      ZoneId timingZone = null;
      ZoneId eventZone = null;
      if (ours) {
        Optional<ICalProperty> xzone = first("X-GCMKIT-TIMING-ZONE");
        if (xzone.isPresent()) {
          timingZone = zone(xzone.get());
          if (timingZone != null) {
            at("timing.zone", xzone.get());
          }
        }
        Optional<ICalProperty> pzone = first("X-GCMKIT-PLACE-ZONE");
        eventZone = timingZone != null ? timingZone : pzone.map(this::quietZone).orElse(null);
      }
      Timing.Builder t = Timing.builder();
      FuzzyDate start = null;
      FuzzyDate end = null;
      Optional<ICalProperty> xstart = first("X-GCMKIT-START");
      if (xstart.isPresent()) {
        start = edtf(xstart.get());
        if (start != null) {
          at("timing.start", xstart.get());
          Optional<ICalProperty> xend = first("X-GCMKIT-END");
          if (xend.isPresent()) {
            end = edtf(xend.get());
            if (end != null) {
              at("timing.end", xend.get());
            }
          }
          dtendProp.ifPresent(this::consume);
          durationProp.ifPresent(this::consume);
        }
      }
      if (start == null) {
        if (dtstart.isEmpty()) {
          dtendProp.ifPresent(p -> notImported(p, "the event has no usable DTSTART"));
          durationProp.ifPresent(p -> notImported(p, "the event has no usable DTSTART"));
          return Optional.empty();
        }
        ICalDateTime s = dtstart.get();
        positions.put(path + ".timing.start", dtstartProp.get().position());
        try {
          if (s.isDate()) {
            start = day(s.date());
            end = allDayEnd(s, dtendProp, durationProp);
          } else {
            if (eventZone == null) {
              eventZone = zoneOf(s, dtstartProp.get());
              timingZone = eventZone;
              if (eventZone != null) {
                positions.putIfAbsent(path + ".timing.zone", dtstartProp.get().position());
              }
            }
            start = time(local(s, eventZone));
            end = timedEnd(s, dtendProp, durationProp, eventZone);
          }
        } catch (OutOfRange | DateTimeException | ArithmeticException e) {
          positions.remove(path + ".timing");
          positions.remove(path + ".timing.start");
          positions.remove(path + ".timing.zone");
          notImported(dtstartProp.get(), "its date is outside the years -9999 to 9999 that gcmkit dates support");
          dtendProp.ifPresent(this::consume);
          durationProp.ifPresent(this::consume);
          return Optional.empty();
        }
      }
      t.start(start);
      if (end != null) {
        t.end(end);
      }
      if (timingZone != null) {
        t.zone(timingZone);
      }
      first("X-GCMKIT-DAYS").ifPresent(p -> {
        List<LocalDate> days = dates(p);
        if (days != null) {
          t.days(days);
          at("timing.days", p);
        }
      });
      return Optional.of(t.build());
    }

    private @Nullable ZoneId quietZone(ICalProperty p) {
      try {
        return ZoneId.of(p.text().orElse("").trim());
      } catch (DateTimeException e) {
        return null;
      }
    }

    private @Nullable FuzzyDate allDayEnd(
        ICalDateTime s, Optional<ICalProperty> dtendProp, Optional<ICalProperty> durationProp) {
      try {
        return allDayEndOrThrow(s, dtendProp, durationProp);
      } catch (OutOfRange | DateTimeException | ArithmeticException e) {
        positions.remove(path + ".timing.end");
        dtendProp.or(() -> durationProp).ifPresent(
            p -> notImported(p, "the end it gives is outside the years -9999 to 9999 that gcmkit dates support"));
        return null;
      }
    }

    private @Nullable FuzzyDate allDayEndOrThrow(
        ICalDateTime s, Optional<ICalProperty> dtendProp, Optional<ICalProperty> durationProp) {
      if (dtendProp.isPresent()) {
        Optional<ICalDateTime> e = dtendProp.get().dateTime();
        if (e.isPresent()) {
          at("timing.end", dtendProp.get());
          LocalDate last = e.get().date().minusDays(1);
          return day(last.isBefore(s.date()) ? s.date() : last);
        }
        return null;
      }
      if (durationProp.isPresent()) {
        Optional<ICalDuration> d = durationProp.get().duration();
        if (d.isPresent()) {
          at("timing.end", durationProp.get());
          long days = Math.max(1, d.get().nominalDays());
          return day(s.date().plusDays(days - 1));
        }
      }
      return null;
    }

    private @Nullable FuzzyDate timedEnd(ICalDateTime s, Optional<ICalProperty> dtendProp,
        Optional<ICalProperty> durationProp, @Nullable ZoneId zone) {
      try {
        return timedEndOrThrow(s, dtendProp, durationProp, zone);
      } catch (OutOfRange | DateTimeException | ArithmeticException e) {
        positions.remove(path + ".timing.end");
        dtendProp.or(() -> durationProp).ifPresent(
            p -> notImported(p, "the end it gives is outside the years -9999 to 9999 that gcmkit dates support"));
        return null;
      }
    }

    private @Nullable FuzzyDate timedEndOrThrow(ICalDateTime s, Optional<ICalProperty> dtendProp,
        Optional<ICalProperty> durationProp, @Nullable ZoneId zone) {
      ICalDateTime e = null;
      if (dtendProp.isPresent()) {
        e = dtendProp.get().dateTime().orElse(null);
        if (e != null) {
          at("timing.end", dtendProp.get());
        }
      } else if (durationProp.isPresent()) {
        Optional<ICalDuration> d = durationProp.get().duration();
        if (d.isPresent()) {
          at("timing.end", durationProp.get());
          Optional<Instant> si = s.instant();
          if (si.isPresent() && d.get().nominalDays() == 0) {
            e = ICalDateTime.ofUtc(LocalDateTime.ofInstant(si.get().plus(d.get().time()), ZoneOffset.UTC));
          } else {
            e = s.withLocal(d.get().addTo(s.localDateTime()));
          }
        }
      }
      if (e == null) {
        return null;
      }
      if (e.isDate()) {
        return time(e.date().atStartOfDay());
      }
      return time(local(e, zone));
    }

    /** A DATE-TIME as a local time in the event's zone: as written when it is in that zone, else converted. */
    private LocalDateTime local(ICalDateTime d, @Nullable ZoneId zone) {
      if (zone == null || d.isFloating()) {
        return d.localDateTime();
      }
      Optional<Instant> i = d.instant();
      if (i.isEmpty()) {
        return d.localDateTime();
      }
      LocalDateTime written = d.localDateTime();
      if (ZonedDateTime.ofLocal(written, zone, null).toInstant().equals(i.get())) {
        return written;
      }
      return LocalDateTime.ofInstant(i.get(), zone);
    }

    /** An offset as {@code +10:00}, also when it is zero (which {@link ZoneOffset#toString()} writes {@code Z}). */
    private static String offset(ZoneOffset o) {
      return o.getTotalSeconds() == 0 ? "+00:00" : o.getId();
    }

    /** The IANA zone of a DTSTART, or UTC when it has none that fits (reported); {@code null} for floating times. */
    private @Nullable ZoneId zoneOf(ICalDateTime s, ICalProperty p) {
      if (s.isUtc()) {
        return UTC;
      }
      Optional<ICalTimeZone> tz = s.timeZone();
      if (tz.isEmpty()) {
        return null;
      }
      Optional<Instant> at = s.instant();
      Optional<ZoneId> z = tz.get().zoneId();
      if (z.isEmpty()) {
        String iana = TimeZones.windowsToIana(tz.get().tzid());
        if (iana != null) {
          try {
            z = Optional.of(ZoneId.of(iana));
          } catch (DateTimeException e) {
            z = Optional.empty();
          }
        }
      }
      if (z.isPresent() && at.isPresent()) {
        ZoneOffset file = tz.get().rules().getOffset(at.get());
        ZoneOffset iana = z.get().getRules().getOffset(at.get());
        if (!file.equals(iana)) {
          // The name is kept: the file's own definition differs from the IANA rules at this time (a VTIMEZONE that
          // covers other years, or stale rules), so the event keeps the instant the file defines and its local time
          // is converted to the IANA rules of the zone it names.
          report(ICalFindingCode.ZONE_CONVERTED, p,
              "the VTIMEZONE \"" + tz.get().tzid() + "\" of event " + id + " gives the offset " + offset(file) + " at "
                  + s.localDateTime() + " where the IANA rules of " + z.get().getId() + " give " + offset(iana)
                  + "; the event keeps the instant the file defines, at "
                  + LocalDateTime.ofInstant(at.get(), z.get()) + " in " + z.get().getId(),
              "check the VTIMEZONE: it should cover the years of the events that use it");
        }
        return z.get();
      }
      if (z.isPresent()) {
        return z.get();
      }
      if (at.isEmpty()) {
        return null;
      }
      ZoneId match = equivalents.computeIfAbsent(tz.get(), k -> equivalent(k.rules(), at.get()));
      if (match != UTC) {
        report(ICalFindingCode.ZONE_CONVERTED, p,
            "the zone \"" + tz.get().tzid() + "\" of event " + id + " is not an IANA zone; its rules match "
                + match.getId() + ", which is used instead",
            "use an IANA zone name such as Europe/Zurich as TZID");
      } else {
        report(ICalFindingCode.ZONE_CONVERTED, p,
            "the zone \"" + tz.get().tzid() + "\" of event " + id
                + " is not an IANA zone and matches none; its times are converted to UTC",
            "use an IANA zone name such as Europe/Zurich as TZID");
      }
      return match;
    }

    // ----- recurrence

    private void mapRecurrence(Event.Builder b, Optional<String> uid, Optional<ICalDateTime> rid) {
      Recurrence.Builder r = Recurrence.builder();
      boolean any = false;
      Optional<ICalDateTime> start = c.start();
      List<ICalProperty> rules = all("RRULE");
      if (!rules.isEmpty()) {
        ICalProperty rp = rules.get(0);
        List<String> problems = new ArrayList<>();
        try {
          RecurrenceRule parsed = RecurrenceRule.parse(rp.rawValue(), (offset, message) -> problems.add(message));
          if (problems.isEmpty()) {
            r.rule(rp.rawValue());
          } else {
            r.rule(parsed.format());
            reported.add("RRULE");
            report(ICalFindingCode.NOT_IMPORTED, rp, "parts of RRULE of event " + id + " are not imported ("
                + String.join("; ", problems) + "); the rule is kept as " + parsed.format(),
                "check that the rule still means what the producer meant");
          }
          at("recurrence", rp);
          positions.put(path + ".recurrence.rule", rp.position());
          any = true;
        } catch (RecurrenceRuleException e) {
          notImported(rp, "it is not a recurrence rule: " + e.getMessage());
        }
        for (int i = 1; i < rules.size(); i++) {
          notImported(rules.get(i), "an event carries one RRULE (RFC 5545 says SHOULD NOT be more than one)");
        }
      }
      Optional<ICalProperty> textRule = first("X-GCMKIT-RRULE");
      if (rules.isEmpty() && textRule.isPresent() && textRule.get().text().isPresent()) {
        // a gcmkit feed keeps a rule that is no valid RECUR value as text (FeedWriter.isValidRule)
        r.rule(textRule.get().text().get());
        at("recurrence", textRule.get());
        positions.put(path + ".recurrence.rule", textRule.get().position());
        any = true;
      }
      List<FuzzyDate> dates = new ArrayList<>();
      for (ICalProperty p : all("RDATE")) {
        positions.putIfAbsent(path + ".recurrence", p.position());
        positions.putIfAbsent(path + ".recurrence.dates", p.position());
        consume(p);
        for (ICalDateTime d : p.dateTimes()) {
          occurrence(start, d, p).ifPresent(dates::add);
        }
        if (!p.periods().isEmpty()) {
          for (ICalPeriod per : p.periods()) {
            occurrence(start, per.start(), p).ifPresent(dates::add);
          }
          reported.add("RDATE");
          report(ICalFindingCode.NOT_IMPORTED, p,
              "the ends of the PERIOD values of RDATE of event " + id + " are not imported; their starts are",
              "each added occurrence lasts as long as the event");
        }
      }
      List<FuzzyDate> exceptions = new ArrayList<>();
      for (ICalProperty p : all("EXDATE")) {
        positions.putIfAbsent(path + ".recurrence", p.position());
        positions.putIfAbsent(path + ".recurrence.exceptions", p.position());
        consume(p);
        for (ICalDateTime d : p.dateTimes()) {
          occurrence(start, d, p).ifPresent(exceptions::add);
        }
      }
      if (!dates.isEmpty() || !exceptions.isEmpty()) {
        r.dates(dates).exceptions(exceptions);
        any = true;
      }
      Optional<ICalProperty> xmaster = first("X-GCMKIT-MASTER");
      Optional<String> ownMaster = xmaster.flatMap(ICalProperty::text).filter(t -> !t.isBlank());
      if (ownMaster.isPresent()) {
        r.masterId(ownMaster.get());
        at("recurrence.masterId", xmaster.get());
        positions.putIfAbsent(path + ".recurrence", xmaster.get().position());
        any = true;
      }
      if (rid.isPresent()) {
        ICalProperty p = first("RECURRENCE-ID").orElseThrow();
        at("recurrence.recurrenceId", p);
        positions.putIfAbsent(path + ".recurrence", p.position());
        occurrence(start, rid.get(), p).ifPresent(r::recurrenceId);
        if (uid.isPresent() && ownMaster.isEmpty()) {
          String master = masters.get(uid.get());
          r.masterId(master != null ? master : masterIdOf(uid.get()));
        }
        if (p.parameter("RANGE").isPresent() && reported.add("RANGE")) {
          report(ICalFindingCode.NOT_IMPORTED, p,
              "RANGE=" + p.parameter("RANGE").get() + " of RECURRENCE-ID of event " + id
                  + " is not imported; the override replaces one occurrence",
              "repeat the change on each later occurrence");
        }
        any = true;
      } else if (any && uid.isPresent()) {
        masters.put(uid.get(), id);
      }
      if (any) {
        b.recurrence(r.build());
      }
    }

    /** An occurrence date as a local day or time of the event's start; empty (and reported) when out of range. */
    private Optional<FuzzyDate> occurrence(Optional<ICalDateTime> start, ICalDateTime d, ICalProperty p) {
      try {
        return Optional.of(occurrenceOrThrow(start, d));
      } catch (OutOfRange | DateTimeException | ArithmeticException e) {
        notImported(p, "a date of it is outside the years -9999 to 9999 that gcmkit dates support");
        return Optional.empty();
      }
    }

    private FuzzyDate occurrenceOrThrow(Optional<ICalDateTime> start, ICalDateTime d) {
      if (d.isDate()) {
        return day(d.date());
      }
      if (start.isPresent() && !start.get().isDate()) {
        return time(ICalComponent.toStartLocal(start.get(), d));
      }
      return time(d.localDateTime());
    }

    // ----- place, people, sources, description

    private Optional<Place> mapPlace(boolean ours) {
      Place.Builder p = Place.builder();
      boolean any = false;
      any |= placeText("X-GCMKIT-VENUE", "venue", p::venue);
      any |= placeText("X-GCMKIT-ROOM", "room", p::room);
      any |= placeText("X-GCMKIT-ADDRESS", "address", p::address);
      any |= placeText("X-GCMKIT-CITY", "city", p::city);
      any |= placeText("X-GCMKIT-COUNTRY", "country", p::country);
      Optional<ICalProperty> z = first("X-GCMKIT-PLACE-ZONE");
      if (z.isPresent()) {
        ZoneId zone = zone(z.get());
        if (zone != null) {
          p.zone(zone);
          at("place.zone", z.get());
          any = true;
        }
      }
      Optional<ICalProperty> cert = first("X-GCMKIT-PLACE-CERTAINTY");
      if (cert.isPresent()) {
        PlaceCertainty pc = code(PlaceCertainty.class, cert.get());
        if (pc != null) {
          p.certainty(pc);
          at("place.certainty", cert.get());
          any = true;
        }
      }
      Optional<ICalProperty> att = first("X-GCMKIT-ATTENDANCE");
      if (att.isPresent()) {
        AttendanceMode am = code(AttendanceMode.class, att.get());
        if (am != null) {
          p.attendance(am);
          at("place.attendance", att.get());
          any = true;
        }
      }
      Optional<ICalProperty> remote = first("X-GCMKIT-REMOTE-URL");
      if (remote.isPresent()) {
        Optional<URI> u = uri(remote.get());
        if (u.isPresent()) {
          p.remoteUrl(u.get());
          at("place.remoteUrl", remote.get());
          any = true;
        } else {
          badValue(remote.get(), "a URI");
        }
      }
      Optional<ICalProperty> geo = first("GEO");
      if (geo.isPresent()) {
        Optional<ICalGeo> g = geo.get().geo();
        if (g.isPresent()) {
          try {
            p.geo(GeoPoint.of(g.get().latitude(), g.get().longitude()));
            at("place.geo", geo.get());
            any = true;
          } catch (IllegalArgumentException e) {
            notImported(geo.get(), e.getMessage());
          }
        } else {
          notImported(geo.get(), "its value is not a latitude;longitude pair");
        }
      }
      Optional<ICalProperty> location = first("LOCATION");
      if (location.isPresent()) {
        String label = location.get().text().orElse("");
        Place sofar = p.build();
        if (ours && any) {
          if (label.equals(sofar.label())) {
            consume(location.get());
            positions.putIfAbsent(path + ".place", location.get().position());
          } else {
            notImported(location.get(), "it differs from the place given by the X-GCMKIT properties");
          }
        } else if (!label.isEmpty()) {
          p.venue(label);
          at("place.venue", location.get());
          positions.putIfAbsent(path + ".place", location.get().position());
          any = true;
        } else {
          consume(location.get());
        }
      }
      return any ? Optional.of(p.build()) : Optional.empty();
    }

    private boolean placeText(String name, String relative, Consumer<String> setter) {
      Optional<ICalProperty> p = first(name);
      if (p.isEmpty()) {
        return false;
      }
      Optional<String> v = p.get().text();
      if (v.isEmpty()) {
        return false;
      }
      setter.accept(v.get());
      at("place." + relative, p.get());
      positions.putIfAbsent(path + ".place", p.get().position());
      return true;
    }

    private void mapParticipants(Event.Builder b, boolean ours) {
      int i = 0;
      boolean any = false;
      for (ICalProperty p : all("X-GCMKIT-PARTICIPANT")) {
        Role role = code(Role.class, p);
        if (role == null) {
          continue;
        }
        Participation.Builder pb = Participation.builder().role(role);
        String at = path + ".participants[" + i + "]";
        Optional<String> person = p.parameter("X-PERSON");
        Optional<String> org = p.parameter("X-ORGANISATION");
        person.ifPresent(pb::personId);
        org.ifPresent(pb::organisationId);
        p.parameter("X-ON-BEHALF-OF").ifPresent(pb::onBehalfOf);
        if (person.isPresent()) {
          Optional<Person> knownPerson = known == null ? Optional.empty() : known.person(person.get());
          Optional<String> name = p.parameter("X-PERSON-NAME");
          if (knownPerson.isPresent()) {
            people.putIfAbsent(person.get(), knownPerson.get());
          } else if (name.isPresent()) {
            people.putIfAbsent(person.get(), Person.builder().id(person.get()).name(name.get()).build());
          }
          positions.put(at + ".personId", p.position());
        }
        if (org.isPresent()) {
          positions.put(at + ".organisationId", p.position());
          organisation(p, org.get());
        }
        positions.put(at, p.position());
        consume(p);
        b.addParticipants(pb.build());
        any = true;
        i++;
      }
      for (String name : List.of("ORGANIZER", "CONTACT")) {
        for (ICalProperty p : all(name)) {
          if (ours && (any || name.equals("ORGANIZER"))) {
            consume(p);
          } else {
            notImported(p, "gcmkit records people and organisations as participants with ids, which "
                + name + " does not give");
          }
        }
      }
    }

    /**
     * The record of an organisation a participation names: from the known data set, else from the participant's
     * X-ORGANISATION-NAME and X-ORGANISATION-TYPE; a name without a type is reported, as an organisation needs one.
     */
    private void organisation(ICalProperty p, String orgId) {
      if (organisations.containsKey(orgId)) {
        return;
      }
      Optional<Organisation> knownOrg = known == null ? Optional.empty() : known.organisation(orgId);
      if (knownOrg.isPresent()) {
        organisations.put(orgId, knownOrg.get());
        return;
      }
      Optional<String> name = p.parameter("X-ORGANISATION-NAME");
      Optional<String> type = p.parameter("X-ORGANISATION-TYPE");
      if (name.isEmpty()) {
        return;
      }
      OrganisationType t = null;
      if (type.isPresent()) {
        try {
          t = OrganisationType.valueOf(type.get().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
          t = null;
        }
      }
      if (t != null) {
        organisations.put(orgId, Organisation.builder().id(orgId).name(name.get()).type(t).build());
      } else if (reported.add("X-ORGANISATION-NAME")) {
        report(ICalFindingCode.NOT_IMPORTED, p,
            "the organisation " + orgId + " (\"" + name.get() + "\") of event " + id
                + " is not imported as a record: the feed does not give its type",
            "import with ICalImporter.withReferences(data) to take organisations from a known data set");
      }
    }

    private List<Source> mapSources() {
      List<Source> out = new ArrayList<>();
      for (ICalProperty p : all("X-GCMKIT-SOURCE")) {
        Optional<String> ref = p.text().filter(t -> !t.isEmpty());
        if (ref.isEmpty()) {
          badValue(p, "a source reference");
          continue;
        }
        Source.Builder s = Source.builder().reference(ref.get());
        p.parameter("X-LOCATOR").ifPresent(s::locator);
        p.parameter("X-QUOTE").ifPresent(s::quote);
        at("sources[" + out.size() + "]", p);
        out.add(s.build());
      }
      return out;
    }

    /**
     * The waivers: one per X-GCMKIT-WAIVER, in order. One without a reason or an X-CODE, or whose numbered source
     * parameters do not run from 1 with an X-SOURCE-n for each number, is reported and left out.
     */
    private List<Waiver> mapWaivers() {
      List<Waiver> out = new ArrayList<>();
      for (ICalProperty p : all("X-GCMKIT-WAIVER")) {
        Optional<String> code = p.parameter("X-CODE").filter(t -> !t.isEmpty());
        Optional<String> reason = p.text().filter(t -> !t.isEmpty());
        Optional<List<Source>> sources = waiverSources(p);
        if (code.isEmpty() || reason.isEmpty() || sources.isEmpty()) {
          badValue(p, "a reason with the rule code in X-CODE and the sources numbered from 1 in X-SOURCE-n, "
              + "X-LOCATOR-n and X-QUOTE-n");
          continue;
        }
        at("waivers[" + out.size() + "]", p);
        out.add(Waiver.builder().code(code.get()).reason(reason.get()).sources(sources.get()).build());
      }
      return out;
    }

    /** The numbered sources of an X-GCMKIT-WAIVER, or empty when a number is malformed or has no reference. */
    private Optional<List<Source>> waiverSources(ICalProperty p) {
      int last = 0;
      for (ICalParameter param : p.parameters()) {
        String name = param.name().toUpperCase(Locale.ROOT);
        for (String prefix : List.of("X-SOURCE-", "X-LOCATOR-", "X-QUOTE-")) {
          if (name.startsWith(prefix)) {
            int n = sourceNumber(name.substring(prefix.length()));
            if (n < 1 || n > p.parameters().size()) {
              return Optional.empty();
            }
            last = Math.max(last, n);
          }
        }
      }
      List<Source> out = new ArrayList<>(last);
      for (int n = 1; n <= last; n++) {
        Optional<String> ref = p.parameter("X-SOURCE-" + n).filter(t -> !t.isEmpty());
        if (ref.isEmpty()) {
          return Optional.empty();
        }
        Source.Builder s = Source.builder().reference(ref.get());
        p.parameter("X-LOCATOR-" + n).ifPresent(s::locator);
        p.parameter("X-QUOTE-" + n).ifPresent(s::quote);
        out.add(s.build());
      }
      return Optional.of(out);
    }

    /** A source number as the writer writes it (decimal, no leading zero), or 0. */
    private static int sourceNumber(String digits) {
      if (digits.isEmpty() || digits.length() > 6 || digits.charAt(0) == '0') {
        return 0;
      }
      int n = 0;
      for (int i = 0; i < digits.length(); i++) {
        char c = digits.charAt(i);
        if (c < '0' || c > '9') {
          return 0;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }

    /**
     * DESCRIPTION less the blocks a gcmkit feed appends to it (theme, inexact date, sources), which the event's other
     * values give again.
     */
    private void mapDescription(Event.Builder b) {
      Optional<ICalProperty> d = first("DESCRIPTION");
      if (d.isEmpty()) {
        return;
      }
      String text = d.get().text().orElse("");
      at("description", d.get());
      String tail = FeedWriter.description(b.build()).orElse("");
      if (tail.isEmpty()) {
        b.description(text);
      } else if (text.endsWith("\n\n" + tail)) {
        b.description(text.substring(0, text.length() - tail.length() - 2));
      } else if (!text.equals(tail)) {
        b.description(text);
      }
    }

    // ----- stamps and sequence

    private void mapStamps(Event.Builder b) {
      first("CREATED").ifPresent(p -> instant(p).ifPresentOrElse(i -> {
        b.created(i);
        at("created", p);
      }, () -> notImported(p, "its value is not a date-time with a known instant")));
      first("LAST-MODIFIED").ifPresent(p -> instant(p).ifPresentOrElse(i -> {
        b.lastModified(i);
        at("lastModified", p);
      }, () -> notImported(p, "its value is not a date-time with a known instant")));
    }

    private void mapSequence(Event.Builder b) {
      Optional<ICalProperty> s = first("SEQUENCE");
      if (s.isEmpty()) {
        return;
      }
      at("revisions", s.get());
      int n = s.get().integer().orElse(0);
      if (n <= 0) {
        return;
      }
      if (n > 1000) {
        notImported(s.get(), "more than 1000 earlier versions are not recorded as revisions");
        return;
      }
      for (int i = 0; i < n; i++) {
        b.addRevisions(Revision.builder().note(SEQUENCE_NOTE).build());
      }
    }

    // ----- values

    private Optional<Instant> instant(ICalProperty p) {
      return p.dateTime().flatMap(ICalDateTime::instant);
    }

    private Optional<URI> uri(ICalProperty p) {
      try {
        return Optional.of(new URI(p.rawValue().trim()));
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
    }

    private @Nullable ZoneId zone(ICalProperty p) {
      try {
        return ZoneId.of(p.text().orElse("").trim());
      } catch (DateTimeException e) {
        badValue(p, "a time-zone id");
        return null;
      }
    }

    private @Nullable FuzzyDate edtf(ICalProperty p) {
      try {
        return FuzzyDate.parse(p.text().orElse("").trim());
      } catch (DateTimeParseException e) {
        badValue(p, "an EDTF date");
        return null;
      }
    }

    private @Nullable List<LocalDate> dates(ICalProperty p) {
      List<ICalDateTime> typed = p.dateTimes();
      List<LocalDate> out = new ArrayList<>();
      if (!typed.isEmpty()) {
        for (ICalDateTime d : typed) {
          out.add(d.date());
        }
        return out;
      }
      String raw = p.rawValue();
      int[] items = Values.splitList(raw);
      try {
        for (int i = 0; i < items.length; i += 2) {
          String item = raw.substring(items[i], items[i + 1]).trim();
          out.add(item.indexOf('-') > 0 ? LocalDate.parse(item) : LocalDate.parse(item, BASIC_DATE));
        }
      } catch (DateTimeParseException e) {
        badValue(p, "a list of dates");
        return null;
      }
      return out;
    }

    private List<Integer> numbers(ICalProperty p, int min, int max) {
      String raw = p.rawValue();
      int[] items = Values.splitList(raw);
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < items.length; i += 2) {
        String item = raw.substring(items[i], items[i + 1]).trim();
        try {
          int n = Integer.parseInt(item);
          out.add(n);
          if (n < min || n > max) {
            badValue(p, "a list of numbers from " + min + " to " + max);
          }
        } catch (NumberFormatException e) {
          badValue(p, "a list of numbers from " + min + " to " + max);
        }
      }
      return out;
    }

    private <E extends Enum<E>> @Nullable E code(Class<E> type, ICalProperty p) {
      String v = p.text().orElse("").trim();
      try {
        return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        badValue(p, "a " + type.getSimpleName() + " code");
        return null;
      }
    }
  }
}
