package org.gcmkit.io.ical.internal.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import org.gcmkit.calendar.CalendarTime;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.calendar.recur.RecurrenceRule;
import org.gcmkit.calendar.recur.RecurrenceRuleException;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.DatePrecision;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlaceCertainty;
import org.gcmkit.model.Recurrence;
import org.gcmkit.model.Region;
import org.gcmkit.model.Role;
import org.gcmkit.model.Source;
import org.gcmkit.model.Timing;
import org.gcmkit.model.Waiver;
import org.jspecify.annotations.Nullable;

/**
 * Writes the events of a feed as an iCalendar {@code VCALENDAR}: the mapping of the GCM model to RFC 5545 / 7986
 * properties and to the {@code X-GCMKIT-*} properties that let an importer recover the events. The format is
 * documented property by property in {@code docs/ical-feed.md}; this class is its reference implementation, and
 * {@link #description(Event)}, {@link #uid(Event, DataSet)}, {@link #organiserAddress(Participation)} and the other
 * static helpers are shared with the importer so that reading a feed and writing it again gives the same bytes.
 *
 * <p>Output depends only on the schedule's data set, the feed definition, the product id and the JDK's tz data: no
 * clock, no locale, no hash order. Instances are immutable and thread-safe; one write uses one {@link
 * ContentLineWriter}.
 *
 * @since 0.1
 */
public final class FeedWriter {

  /** The domain of generated UIDs: {@code <event id>@gcmkit.org}. */
  public static final String UID_DOMAIN = "gcmkit.org";

  /** The version of the {@code X-GCMKIT-*} mapping, written as {@code X-GCMKIT-FORMAT}. */
  public static final String FORMAT_VERSION = "1";

  /** {@code DTSTAMP} when neither the event nor the data set says when the data was last changed. */
  public static final Instant FALLBACK_STAMP = Instant.EPOCH;

  /** The CAL-ADDRESS of the {@code ORGANIZER} of an event whose data names no organiser: the feed itself. */
  public static final String FEED_ORGANISER_ADDRESS = "urn:gcmkit:feed";

  /** The zone of the one VTIMEZONE of a feed without events when the feed names no zone. */
  public static final ZoneId EMPTY_FEED_ZONE = ZoneId.of("Etc/UTC");

  /** The roles whose people are written as {@code CONTACT}, in the order of the participations. */
  public static final Set<Role> CONTACT_ROLES = Set.of(
      Role.FOCAL_POINT, Role.REGIONAL_FOCAL_POINT, Role.TECHNICAL_FOCAL_POINT, Role.LIAISON);

  private final String productId;

  /**
   * A writer that names itself {@code productId} in {@code PRODID}.
   *
   * @param productId the product id, e.g. {@code -//gcmkit//gcmkit 0.1//EN}
   * @since 0.1
   */
  public FeedWriter(String productId) {
    this.productId = Objects.requireNonNull(productId, "productId");
  }

  /**
   * Writes the feed: the calendar's properties, one {@code VTIMEZONE} per zone used by a timed event, and one {@code
   * VEVENT} per event of {@link Schedule#feed(FeedDefinition)}, in calendar order. The writer is flushed, not closed.
   *
   * @param schedule the schedule
   * @param feed the feed definition
   * @param out the writer, outside any component
   * @throws IOException if the target fails
   * @since 0.1
   */
  public void write(Schedule schedule, FeedDefinition feed, ContentLineWriter out) throws IOException {
    List<Event> events = schedule.feed(feed);
    DataSet data = schedule.data();
    TreeMap<String, ZoneId> zones = new TreeMap<>();
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    CalendarTime[] times = new CalendarTime[events.size()];
    for (int i = 0; i < times.length; i++) {
      Event e = events.get(i);
      CalendarTime t = schedule.time(e).orElseThrow();
      times[i] = t;
      if (t.zone().isPresent()) {
        List<LocalDateTime> local = tzidTimes(e, t);
        if (!local.isEmpty()) {
          ZoneId z = t.zone().get();
          zones.put(z.getId(), z);
          for (LocalDateTime l : local) {
            firstYear = Math.min(firstYear, l.getYear());
            lastYear = Math.max(lastYear, l.getYear());
          }
        }
      }
    }
    writeHeader(data, feed, out);
    if (!zones.isEmpty()) {
      VTimezoneGenerator.forYears(Year.of(clamp(firstYear)), Year.of(clamp(lastYear))).writeAll(out, zones.values());
    } else if (events.isEmpty()) {
      // RFC 5545 3.6 requires at least one component; an unused VTIMEZONE is the one that no client shows.
      Year year = Year.of(clamp(data.asOf().orElse(FALLBACK_STAMP).atOffset(ZoneOffset.UTC).getYear()));
      VTimezoneGenerator.forYears(year, year).write(out, feed.timeZone().orElse(EMPTY_FEED_ZONE));
    }
    Names names = new Names(data);
    for (int i = 0; i < times.length; i++) {
      writeEvent(events.get(i), times[i], data, names, feed, out);
    }
    out.end("VCALENDAR");
    out.flush();
  }

  /** The years VTIMEZONEs can be generated for: 1 to 9998 (a local time outside is out of any tz data anyway). */
  private static int clamp(int year) {
    return Math.max(1, Math.min(9998, year));
  }

  private void writeHeader(DataSet data, FeedDefinition feed, ContentLineWriter out) throws IOException {
    out.begin("VCALENDAR")
        .text("VERSION", "2.0")
        .text("PRODID", productId)
        .text("CALSCALE", "GREGORIAN")
        .text("METHOD", "PUBLISH");
    languageText(out, "NAME", feed.name(), feed.language());
    out.text("X-WR-CALNAME", feed.name());
    if (feed.description().isPresent()) {
      languageText(out, "DESCRIPTION", feed.description().get(), feed.language());
      out.text("X-WR-CALDESC", feed.description().get());
    }
    out.property("REFRESH-INTERVAL").param("VALUE", "DURATION").appendDuration(feed.refreshInterval())
        .endProperty();
    out.duration("X-PUBLISHED-TTL", feed.refreshInterval());
    if (feed.url().isPresent()) {
      out.uri("URL", feed.url().get().toASCIIString());
    }
    if (feed.color().isPresent()) {
      out.text("COLOR", feed.color().get());
    }
    if (feed.timeZone().isPresent()) {
      out.text("X-WR-TIMEZONE", feed.timeZone().get().getId());
    }
    out.text("X-GCMKIT-FORMAT", FORMAT_VERSION);
    if (data.asOf().isPresent()) {
      out.property("X-GCMKIT-AS-OF").param("VALUE", "DATE-TIME").appendUtc(data.asOf().get()).endProperty();
    }
  }

  private static void languageText(ContentLineWriter out, String name, String value, Optional<String> language)
      throws IOException {
    out.property(name);
    if (language.isPresent()) {
      out.param("LANGUAGE", language.get());
    }
    out.appendText(value).endProperty();
  }

  private void writeEvent(
      Event e, CalendarTime t, DataSet data, Names names, FeedDefinition feed, ContentLineWriter out)
      throws IOException {
    out.begin("VEVENT").text("UID", uid(e, data)).utc("DTSTAMP", stamp(e, data));
    if (e.created().isPresent()) {
      out.utc("CREATED", e.created().get());
    }
    if (e.lastModified().isPresent()) {
      out.utc("LAST-MODIFIED", e.lastModified().get());
    }
    out.integer("SEQUENCE", e.sequence());
    Timing timing = e.timing().orElseThrow();
    writeTime(t, timing, out);
    if (e.recurrence().isPresent()) {
      writeRecurrence(e.recurrence().get(), t, out);
    }
    out.text("STATUS", icalStatus(e.status(), t));
    out.text("SUMMARY", e.title());
    if (hasDescription(e, Optional.of(t))) {
      out.property("DESCRIPTION");
      appendDescription(e, Optional.of(t), out.textAppender());
      out.endProperty();
    }
    Optional<Place> place = e.place();
    if (place.isPresent()) {
      String label = place.get().label();
      if (!label.isEmpty()) {
        out.text("LOCATION", label);
      }
      if (place.get().geo().isPresent()) {
        out.geo("GEO", place.get().geo().get().latitude(), place.get().geo().get().longitude());
      }
    }
    out.textList("CATEGORIES", categories(e));
    if (e.url().isPresent()) {
      out.uri("URL", e.url().get().toASCIIString());
    }
    writeOrganiser(e, names, feed, out);
    for (Participation p : e.participants()) {
      if (CONTACT_ROLES.contains(p.role())) {
        Optional<String> contact = contact(p, names);
        if (contact.isPresent()) {
          out.text("CONTACT", contact.get());
        }
      }
    }
    if (e.parentId().isPresent()) {
      out.property("RELATED-TO").param("RELTYPE", "PARENT").appendText(eventUid(e.parentId().get(), data))
          .endProperty();
    }
    writeGcmkit(e, t, timing, names, out);
    out.end("VEVENT");
  }

  private static void writeTime(CalendarTime t, Timing timing, ContentLineWriter out) throws IOException {
    if (t.kind() == CalendarTime.Kind.TIMED) {
      LocalDateTime start = t.start().orElseThrow();
      dateTime(out, "DTSTART", start, t.zone(), t.startInstant(), timing.start().offset());
      if (timing.end().isPresent()) {
        dateTime(out, "DTEND", t.end().orElseThrow(), t.zone(), t.endInstant(), timing.end().get().offset());
      }
    } else {
      out.date("DTSTART", t.firstDay());
      if (timing.end().isPresent() || !t.endDayExclusive().equals(t.firstDay().plusDays(1))) {
        out.date("DTEND", t.endDayExclusive());
      }
    }
  }

  private static void writeRecurrence(Recurrence r, CalendarTime t, ContentLineWriter out) throws IOException {
    if (r.recurrenceId().isPresent() && isExactDayOrTime(r.recurrenceId().get())) {
      occurrence(out, "RECURRENCE-ID", r.recurrenceId().get(), t.zone());
    }
    if (r.rule().isPresent()) {
      String rule = r.rule().get();
      if (isValidRule(rule)) {
        out.property("RRULE").appendRaw(rule).endProperty();
      } else {
        out.text("X-GCMKIT-RRULE", r.rule().get());
      }
    }
    for (FuzzyDate d : r.dates()) {
      if (isExactDayOrTime(d)) {
        occurrence(out, "RDATE", d, t.zone());
      }
    }
    for (FuzzyDate d : r.exceptions()) {
      if (isExactDayOrTime(d)) {
        occurrence(out, "EXDATE", d, t.zone());
      }
    }
  }

  /** An occurrence's local start: a DATE for a day, a local time with the event's TZID (floating without zone). */
  private static void occurrence(ContentLineWriter out, String name, FuzzyDate d, Optional<ZoneId> zone)
      throws IOException {
    if (d.precision() == DatePrecision.TIME) {
      LocalDateTime local = d.dateTime().orElseThrow();
      if (zone.isPresent()) {
        out.dateTime(name, local, zone.get());
      } else {
        out.floating(name, local);
      }
    } else {
      out.date(name, d.date().orElseThrow());
    }
  }

  private static boolean isExactDayOrTime(FuzzyDate d) {
    return d.isExact() && (d.precision() == DatePrecision.DAY || d.precision() == DatePrecision.TIME);
  }

  /**
   * Whether a rule is written as {@code RRULE}: when it is a valid RFC 5545 RECUR value ({@link
   * RecurrenceRule#parse(String)}). A rule that is not (read leniently from a broken calendar) is kept in {@code
   * X-GCMKIT-RRULE} instead, so that the feed stays readable for every client and the text is not lost.
   *
   * @param rule the rule text
   * @return {@code true} when it is written as {@code RRULE}
   * @since 0.1
   */
  public static boolean isValidRule(String rule) {
    try {
      RecurrenceRule.parse(rule);
      return true;
    } catch (RecurrenceRuleException e) {
      return false;
    }
  }

  /** The local times of an event that are written with its zone's TZID: for the VTIMEZONEs and their years. */
  private static List<LocalDateTime> tzidTimes(Event e, CalendarTime t) {
    List<LocalDateTime> list = new ArrayList<>();
    ZoneId z = t.zone().orElseThrow();
    if (t.kind() == CalendarTime.Kind.TIMED) {
      Timing timing = e.timing().orElseThrow();
      if (isLocal(t.start().orElseThrow(), z, t.startInstant(), timing.start().offset())) {
        list.add(t.start().orElseThrow());
      }
      if (timing.end().isPresent()
          && isLocal(t.end().orElseThrow(), z, t.endInstant(), timing.end().get().offset())) {
        list.add(t.end().orElseThrow());
      }
    }
    if (e.recurrence().isPresent()) {
      Recurrence r = e.recurrence().get();
      r.recurrenceId().ifPresent(d -> addTime(list, d));
      r.dates().forEach(d -> addTime(list, d));
      r.exceptions().forEach(d -> addTime(list, d));
    }
    return list;
  }

  private static void addTime(List<LocalDateTime> list, FuzzyDate d) {
    if (isExactDayOrTime(d) && d.precision() == DatePrecision.TIME) {
      list.add(d.dateTime().orElseThrow());
    }
  }

  /**
   * A local time with a TZID; in UTC when RFC 5545's reading of the local time (the first of a repeated time) is not
   * the instant the data gives; floating when there is no zone.
   */
  private static void dateTime(
      ContentLineWriter out,
      String name,
      LocalDateTime local,
      Optional<ZoneId> zone,
      Instant instant,
      Optional<ZoneOffset> given)
      throws IOException {
    if (zone.isEmpty()) {
      out.floating(name, local);
    } else if (isLocal(local, zone.get(), instant, given)) {
      out.dateTime(name, local, zone.get());
    } else {
      out.utc(name, instant);
    }
  }

  /**
   * Whether RFC 5545's reading of the local time in the zone is the instant, so it can be written with a TZID. When
   * the data gives no offset ({@code given} is empty), {@link CalendarTime} resolved the instant as exactly that
   * reading (the earlier offset of a repeated time, a time in a gap moved forward), so only a time with an offset of
   * its own needs the zone's rules again.
   */
  private static boolean isLocal(LocalDateTime local, ZoneId zone, Instant instant, Optional<ZoneOffset> given) {
    return given.isEmpty() || local.atZone(zone).toInstant().equals(instant);
  }

  private static void writeOrganiser(Event e, Names names, FeedDefinition feed, ContentLineWriter out)
      throws IOException {
    Optional<Participation> organiser = organiser(e);
    out.property("ORGANIZER");
    if (organiser.isPresent()) {
      out.param("CN", organiserName(organiser.get(), names)).appendRaw(organiserAddress(organiser.get()));
    } else {
      out.param("CN", feed.name()).appendRaw(FEED_ORGANISER_ADDRESS);
    }
    out.endProperty();
  }

  private static void writeGcmkit(Event e, CalendarTime t, Timing timing, Names names, ContentLineWriter out)
      throws IOException {
    out.text("X-GCMKIT-ID", e.id());
    out.text("X-GCMKIT-KIND", code(e.kind()));
    out.text("X-GCMKIT-STATUS", code(e.status()));
    if (e.number().isPresent()) {
      out.property("X-GCMKIT-NUMBER").param("VALUE", "INTEGER").appendInteger(e.number().getAsInt()).endProperty();
    }
    if (e.commission().isPresent()) {
      out.text("X-GCMKIT-COMMISSION", code(e.commission().get()));
    }
    if (e.region().isPresent()) {
      out.text("X-GCMKIT-REGION", code(e.region().get()));
    }
    if (e.parentId().isPresent()) {
      out.text("X-GCMKIT-PARENT", e.parentId().get());
    }
    if (e.recurrence().flatMap(Recurrence::masterId).isPresent()) {
      out.text("X-GCMKIT-MASTER", e.recurrence().get().masterId().get());
    }
    if (e.phaseId().isPresent()) {
      out.text("X-GCMKIT-PHASE", e.phaseId().get());
    }
    if (!e.acts().isEmpty()) {
      out.textList("X-GCMKIT-ACTS", numbers(e.acts()));
    }
    if (!e.objectives().isEmpty()) {
      out.textList("X-GCMKIT-OBJECTIVES", numbers(e.objectives()));
    }
    if (e.theme().isPresent()) {
      out.text("X-GCMKIT-THEME", e.theme().get());
    }
    if (needsEdtf(timing, t)) {
      out.text("X-GCMKIT-START", timing.start().toEdtf());
      if (timing.end().isPresent()) {
        out.text("X-GCMKIT-END", timing.end().get().toEdtf());
      }
    }
    if (timing.zone().isPresent()) {
      out.text("X-GCMKIT-TIMING-ZONE", timing.zone().get().getId());
    }
    if (!timing.days().isEmpty()) {
      List<String> days = new ArrayList<>(timing.days().size());
      for (LocalDate d : timing.days()) {
        days.add(d.toString());
      }
      out.textList("X-GCMKIT-DAYS", days);
    }
    if (e.place().isPresent()) {
      writePlace(e.place().get(), out);
    }
    for (Participation p : e.participants()) {
      writeParticipant(p, names, out);
    }
    for (Source s : e.sources()) {
      out.property("X-GCMKIT-SOURCE");
      if (s.locator().isPresent()) {
        out.param("X-LOCATOR", s.locator().get());
      }
      if (s.quote().isPresent()) {
        out.param("X-QUOTE", s.quote().get());
      }
      out.appendText(s.reference()).endProperty();
    }
    for (Waiver w : e.waivers()) {
      writeWaiver(w, out);
    }
  }

  /**
   * One {@code X-GCMKIT-WAIVER}: the reason as TEXT, the rule code in {@code X-CODE} and the n-th source (from 1) in
   * {@code X-SOURCE-n}, {@code X-LOCATOR-n} and {@code X-QUOTE-n}: numbered single values, as ical4j 4.4.0 cannot
   * parse several quoted values in one parameter, and a locator or quote that only some sources have stays with its
   * source.
   */
  private static void writeWaiver(Waiver w, ContentLineWriter out) throws IOException {
    out.property("X-GCMKIT-WAIVER").param("X-CODE", w.code());
    int n = 0;
    for (Source s : w.sources()) {
      n++;
      out.param("X-SOURCE-" + n, s.reference());
      if (s.locator().isPresent()) {
        out.param("X-LOCATOR-" + n, s.locator().get());
      }
      if (s.quote().isPresent()) {
        out.param("X-QUOTE-" + n, s.quote().get());
      }
    }
    out.appendText(w.reason()).endProperty();
  }

  private static void writePlace(Place p, ContentLineWriter out) throws IOException {
    optionalText(out, "X-GCMKIT-VENUE", p.venue());
    optionalText(out, "X-GCMKIT-ROOM", p.room());
    optionalText(out, "X-GCMKIT-ADDRESS", p.address());
    optionalText(out, "X-GCMKIT-CITY", p.city());
    optionalText(out, "X-GCMKIT-COUNTRY", p.country());
    if (p.zone().isPresent()) {
      out.text("X-GCMKIT-PLACE-ZONE", p.zone().get().getId());
    }
    if (p.certainty() != PlaceCertainty.CONFIRMED) {
      out.text("X-GCMKIT-PLACE-CERTAINTY", code(p.certainty()));
    }
    if (p.attendance() != AttendanceMode.IN_PERSON) {
      out.text("X-GCMKIT-ATTENDANCE", code(p.attendance()));
    }
    if (p.remoteUrl().isPresent()) {
      out.property("X-GCMKIT-REMOTE-URL").param("VALUE", "URI").appendRaw(p.remoteUrl().get().toASCIIString())
          .endProperty();
    }
  }

  private static void writeParticipant(Participation p, Names names, ContentLineWriter out) throws IOException {
    out.property("X-GCMKIT-PARTICIPANT");
    if (p.personId().isPresent()) {
      out.param("X-PERSON", p.personId().get());
      String person = names.person(p.personId().get());
      if (person != null) {
        out.param("X-PERSON-NAME", person);
      }
    }
    if (p.organisationId().isPresent()) {
      out.param("X-ORGANISATION", p.organisationId().get());
      String org = names.organisation(p.organisationId().get());
      if (org != null) {
        out.param("X-ORGANISATION-NAME", org);
      }
    }
    if (p.onBehalfOf().isPresent()) {
      out.param("X-ON-BEHALF-OF", p.onBehalfOf().get());
    }
    out.appendText(code(p.role())).endProperty();
  }

  private static void optionalText(ContentLineWriter out, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.text(name, value.get());
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The rules, shared with the importer

  /**
   * The UID of an event: its foreign {@link Event#uid()} when it has one; for an override of an occurrence of a
   * repeating event, its master's UID; otherwise {@code <id>@gcmkit.org}. The id is stable, so the same event keeps
   * its UID forever.
   *
   * @param e the event
   * @param data its data set, where an override's master is looked up
   * @return its UID
   * @since 0.1
   */
  public static String uid(Event e, DataSet data) {
    if (e.uid().isPresent()) {
      return e.uid().get();
    }
    Optional<String> master = e.recurrence().flatMap(Recurrence::masterId);
    if (master.isPresent() && e.recurrence().get().isOverride()) {
      return eventUid(master.get(), data);
    }
    return uid(e.id());
  }

  /**
   * The UID of the event with an id in a data set, as {@code RELATED-TO} and overrides name it: its foreign {@link
   * Event#uid()}, else {@code <id>@gcmkit.org} (also when the data set has no such event).
   *
   * @param eventId the event's id
   * @param data the data set
   * @return the UID
   * @since 0.1
   */
  public static String eventUid(String eventId, DataSet data) {
    return data.event(eventId).flatMap(Event::uid).orElse(uid(eventId));
  }

  /**
   * The UID gcmkit derives from an event id.
   *
   * @param eventId the event's id
   * @return {@code <id>@gcmkit.org}
   * @since 0.1
   */
  public static String uid(String eventId) {
    return eventId + "@" + UID_DOMAIN;
  }

  /**
   * {@code DTSTAMP}: the event's last change, else its creation, else the data set's {@code asOf}, else {@link
   * #FALLBACK_STAMP}; never the clock.
   *
   * @param e the event
   * @param data its data set
   * @return the stamp
   * @since 0.1
   */
  public static Instant stamp(Event e, DataSet data) {
    return e.lastModified().or(e::created).or(data::asOf).orElse(FALLBACK_STAMP);
  }

  /**
   * {@code STATUS}: {@code CANCELLED} for a cancelled event; {@code TENTATIVE} for a planned, tentative or postponed
   * event and for any event shown over the window of an inexact date; {@code CONFIRMED} otherwise (confirmed,
   * rescheduled, held).
   *
   * @param status the event's status
   * @param time how it is shown
   * @return the iCalendar status
   * @since 0.1
   */
  public static String icalStatus(EventStatus status, CalendarTime time) {
    if (status == EventStatus.CANCELLED) {
      return "CANCELLED";
    }
    if (time.isTentative() || !status.isFirm()) {
      return "TENTATIVE";
    }
    return "CONFIRMED";
  }

  /**
   * Whether the timing is written as EDTF in {@code X-GCMKIT-START} (and {@code X-GCMKIT-END} when it has an end):
   * when the event is shown over a window ({@link CalendarTime#isTentative()}) or a date has a UTC offset. Otherwise
   * {@code DTSTART}/{@code DTEND} say the timing exactly.
   *
   * @param timing the timing
   * @param time how it is shown
   * @return {@code true} when the EDTF text is written
   * @since 0.1
   */
  public static boolean needsEdtf(Timing timing, CalendarTime time) {
    return time.isTentative()
        || timing.start().offset().isPresent()
        || timing.end().flatMap(FuzzyDate::offset).isPresent();
  }

  /**
   * {@code DESCRIPTION}: blocks separated by a blank line ({@code "\n\n"}): the event's description; {@code "Theme:
   * "} and its theme; {@code "Date not exact: "} and the EDTF of its timing's start (then {@code " to "} and its
   * end's, when it has one) when the event is shown over a window; {@code "Sources:"} and one line {@code "-
   * reference"} (with {@code " (locator)"} when there is a locator) per source. Empty when there is no block (and
   * no description).
   *
   * @param e the event
   * @return the text, or empty
   * @since 0.1
   */
  public static Optional<String> description(Event e) {
    Optional<CalendarTime> time = CalendarTime.of(e);
    if (!hasDescription(e, time)) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    try {
      appendDescription(e, time, sb);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible); // a StringBuilder does not fail
    }
    return Optional.of(sb.toString());
  }

  /** Whether {@link #description(Event)} is present for an event shown at {@code time}. */
  private static boolean hasDescription(Event e, Optional<CalendarTime> time) {
    return e.description().isPresent()
        || e.theme().isPresent()
        || (e.timing().isPresent() && time.map(CalendarTime::isTentative).orElse(false))
        || !e.sources().isEmpty();
  }

  /**
   * Appends the text of {@link #description(Event)} piece by piece: to a {@code StringBuilder}, or straight to the
   * line writer (no copy of a long description).
   */
  private static void appendDescription(Event e, Optional<CalendarTime> time, Appendable out) throws IOException {
    boolean any = e.description().isPresent();
    if (any) {
      out.append(e.description().get());
    }
    if (e.theme().isPresent()) {
      block(out, any).append("Theme: ").append(e.theme().get());
      any = true;
    }
    Optional<Timing> timing = e.timing();
    if (timing.isPresent() && time.map(CalendarTime::isTentative).orElse(false)) {
      block(out, any).append("Date not exact: ").append(timing.get().start().toEdtf());
      if (timing.get().end().isPresent()) {
        out.append(" to ").append(timing.get().end().get().toEdtf());
      }
      any = true;
    }
    if (!e.sources().isEmpty()) {
      block(out, any).append("Sources:");
      for (Source s : e.sources()) {
        out.append("\n- ").append(s.reference());
        if (s.locator().isPresent()) {
          out.append(" (").append(s.locator().get()).append(')');
        }
      }
    }
  }

  private static Appendable block(Appendable out, boolean afterText) throws IOException {
    if (afterText) {
      out.append("\n\n");
    }
    return out;
  }

  /**
   * {@code CATEGORIES}: the kind's label ({@link #kindLabel}), {@code "Act n"} per Act, the region's label
   * ({@link #regionLabel}) and the commission's acronym.
   *
   * @param e the event
   * @return the categories, at least the kind
   * @since 0.1
   */
  public static List<String> categories(Event e) {
    List<String> list = new ArrayList<>();
    list.add(kindLabel(e.kind()));
    for (int act : e.acts()) {
      list.add("Act " + act);
    }
    e.region().ifPresent(r -> list.add(regionLabel(r)));
    e.commission().ifPresent(c -> list.add(c.name()));
    return list;
  }

  /**
   * The English label of a kind: its name in sentence case, with the acronyms IDM and GFMD in capitals
   * ({@code "Thematic session"}, {@code "IDM workshop"}).
   *
   * @param kind the kind
   * @return the label
   * @since 0.1
   */
  public static String kindLabel(EventKind kind) {
    return KIND_LABELS[kind.ordinal()];
  }

  private static final String[] KIND_LABELS = kindLabels();

  private static String[] kindLabels() {
    EventKind[] kinds = EventKind.values();
    String[] labels = new String[kinds.length];
    for (EventKind k : kinds) {
      labels[k.ordinal()] = label(k);
    }
    return labels;
  }

  private static String label(EventKind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
    return words.replace("Idm ", "IDM ").replace("Gfmd ", "GFMD ");
  }

  /**
   * The English label of a region.
   *
   * @param region the region
   * @return {@code "Africa"}, {@code "Middle East and North Africa"}, ...
   * @since 0.1
   */
  public static String regionLabel(Region region) {
    switch (region) {
      case LATIN_AMERICA:
        return "Latin America";
      case MIDDLE_EAST_NORTH_AFRICA:
        return "Middle East and North Africa";
      case NORTH_AMERICA:
        return "North America";
      default:
        String n = region.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
  }

  /**
   * The organiser named in {@code ORGANIZER}: the event's first participation in the role {@link Role#ORGANISER}
   * that names an organisation or a person.
   *
   * @param e the event
   * @return the participation, or empty (then the feed is the organiser)
   * @since 0.1
   */
  public static Optional<Participation> organiser(Event e) {
    for (Participation p : e.participants()) {
      if (p.role() == Role.ORGANISER && (p.organisationId().isPresent() || p.personId().isPresent())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code CN} of an organiser: the organisation's name (the person's when no organisation is named), or the id
   * when the data set does not hold it.
   *
   * @param p the organiser's participation
   * @param data the data set
   * @return the name
   * @since 0.1
   */
  public static String organiserName(Participation p, DataSet data) {
    return organiserName(p, new Names(data));
  }

  private static String organiserName(Participation p, Names names) {
    if (p.organisationId().isPresent()) {
      String id = p.organisationId().get();
      return Objects.requireNonNullElse(names.organisation(id), id);
    }
    String id = p.personId().orElseThrow();
    return Objects.requireNonNullElse(names.person(id), id);
  }

  /**
   * The CAL-ADDRESS of an organiser: {@code urn:gcmkit:organisation:<id>} or {@code urn:gcmkit:person:<id>}, the id
   * percent-encoded (UTF-8) except for ASCII letters, digits and {@code - . _ ~}. The model holds no e-mail
   * addresses, and none is invented.
   *
   * @param p the organiser's participation
   * @return the address
   * @since 0.1
   */
  public static String organiserAddress(Participation p) {
    return p.organisationId().isPresent()
        ? "urn:gcmkit:organisation:" + percentEncode(p.organisationId().get())
        : "urn:gcmkit:person:" + percentEncode(p.personId().orElseThrow());
  }

  /**
   * {@code CONTACT} of a participation in one of the {@link #CONTACT_ROLES}: the person's name, then {@code ", "}
   * and the organisation's name when one is named; ids stand for names the data set does not hold.
   *
   * @param p the participation
   * @param data the data set
   * @return the text, or empty when the participation names nobody
   * @since 0.1
   */
  public static Optional<String> contact(Participation p, DataSet data) {
    return contact(p, new Names(data));
  }

  private static Optional<String> contact(Participation p, Names names) {
    List<String> parts = new ArrayList<>(2);
    p.personId().ifPresent(id -> parts.add(Objects.requireNonNullElse(names.person(id), id)));
    p.organisationId().ifPresent(id -> parts.add(Objects.requireNonNullElse(names.organisation(id), id)));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  /**
   * The names of the people and organisations of a data set, each id looked up once per {@code String} instance in
   * a small cache: an event names the same participation's ids in {@code ORGANIZER}, {@code CONTACT} and {@code
   * X-GCMKIT-PARTICIPANT}, and a look-up in a large data set's index costs a few cache misses. One instance per write
   * (not thread-safe).
   */
  private static final class Names {
    private final IdCache people;
    private final IdCache organisations;

    Names(DataSet data) {
      people = new IdCache(id -> data.person(id).map(Person::name));
      organisations = new IdCache(id -> data.organisation(id).map(Organisation::name));
    }

    /** The name of the person with an id, or null when the data set has none. */
    @Nullable String person(String id) {
      return people.get(id);
    }

    /** The name of the organisation with an id, or null when the data set has none. */
    @Nullable String organisation(String id) {
      return organisations.get(id);
    }
  }

  /** The last results of a look-up by id, in a small table keyed by the identity of the id. */
  private static final class IdCache {
    private static final int SLOTS = 64;

    private final Function<String, Optional<String>> lookup;
    private final @Nullable String[] ids = new String[SLOTS];
    private final @Nullable String[] results = new String[SLOTS];

    IdCache(Function<String, Optional<String>> lookup) {
      this.lookup = lookup;
    }

    @Nullable String get(String id) {
      int slot = System.identityHashCode(id) & (SLOTS - 1);
      if (ids[slot] != id) {
        results[slot] = lookup.apply(id).orElse(null);
        ids[slot] = id;
      }
      return results[slot];
    }
  }

  /**
   * The code of an enum constant in {@code X-GCMKIT-*} values, as in gcmkit JSON: lower case with hyphens
   * ({@code thematic-session}).
   *
   * @param constant the constant
   * @return the code
   * @since 0.1
   */
  public static String code(Enum<?> constant) {
    return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** The codes of each enum's constants, by ordinal, computed once per enum. */
  private static final ClassValue<String[]> CODES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] codes = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return codes;
    }
  };

  private static List<String> numbers(SortedSet<Integer> values) {
    List<String> list = new ArrayList<>(values.size());
    for (Integer v : values) {
      list.add(v.toString());
    }
    return list;
  }

  private static String percentEncode(String id) {
    StringBuilder sb = new StringBuilder(id.length());
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }
}
