package org.gcmkit.io.ical.internal.write;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ICalTimeZone;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;

/**
 * Calendars that carry a generated VTIMEZONE and one VEVENT per local time, and how ical4j 4.4.0 and biweekly 0.6.8
 * read their start instants back.
 *
 * <p>The TZID is an id neither library knows ({@code X-GCMTEST-…}), so both must use the VTIMEZONE we wrote
 * instead of their own tz data.
 *
 * <p><b>What each library is checked for, and why.</b> RFC 5545 3.3.5 resolves a local time in a gap with the
 * offset before the gap and a repeated local time as its first occurrence, which is what {@code
 * LocalDateTime.atZone} does, so the expected instant is always {@code java.time}'s.
 *
 * <ul>
 *   <li><b>ical4j 4.4.0</b> is checked for every local time whose instant lies before today. Its {@code
 *       ZoneRulesBuilder} expands the observances' RRULEs only up to today and converts the rules in force today
 *       into {@code java.time} rules for later years, a translation that misplaces some transitions (seen for
 *       fall-back times after 2030 in zones whose VTIMEZONE is correct up to today).
 *   <li><b>biweekly 0.6.8</b> resolves times through {@code java.util.GregorianCalendar} with its {@code
 *       ICalTimeZone}, which (1) compares the UTC fields of the time, read with the 12-hour {@code Calendar.HOUR},
 *       with the observances' local onsets, so times within about a day of a transition get the wrong observance
 *       (the known bug: e.g. 03:30 on the day Zurich falls back is read as +02:00), and (2) adds {@code
 *       getRawOffset()}, computed for today, plus a fixed one hour for a DAYLIGHT observance. It is therefore
 *       checked only for times more than {@link #BIWEEKLY_WINDOW} away from every transition, and only in zones
 *       where every observance's offset is today's raw offset (+1 h for DAYLIGHT).
 * </ul>
 */
final class PeerCalendars {

  /** The distance to a transition within which biweekly 0.6.8 may pick the wrong observance. */
  static final Duration BIWEEKLY_WINDOW = Duration.ofHours(30);

  private PeerCalendars() {}

  /**
   * The region ids of the JDK's tz database, sorted. {@code ZoneId.getAvailableZoneIds()} also lists the zones
   * that ical4j registers at run time for the VTIMEZONEs it has parsed ({@code ical4j-local-…}), and ical4j's
   * provider fails on some of them; {@code java.util.TimeZone} lists only the JDK's own tz data (plus legacy
   * three-letter aliases, which are no region ids), so the intersection is the JDK's zones.
   */
  static List<String> tzdbZoneIds() {
    Set<String> regions = ZoneId.getAvailableZoneIds();
    List<String> ids = new ArrayList<>();
    for (String id : new TreeSet<>(Arrays.asList(TimeZone.getAvailableIDs()))) {
      if (regions.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** The TZID used for {@code zone} in test calendars. */
  static String testTzid(ZoneId zone) {
    return "X-GCMTEST-" + zone.getId().replace('/', '-');
  }

  /** A calendar with the zone's VTIMEZONE for the years and one VEVENT starting at each local time. */
  static String calendar(ZoneId zone, Year first, Year last, List<LocalDateTime> starts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String tzid = testTzid(zone);
    try (ContentLineWriter w = ContentLineWriter.of(out)) {
      w.begin("VCALENDAR").text("VERSION", "2.0").text("PRODID", "-//gcmkit//tests//EN");
      VTimezoneGenerator.forYears(first, last).write(w, zone, tzid);
      int n = 0;
      for (LocalDateTime start : starts) {
        w.begin("VEVENT")
            .text("UID", "e" + n++ + "@test.gcmkit.org")
            .utc("DTSTAMP", Instant.EPOCH)
            .property("DTSTART").param("TZID", tzid).appendDateTime(start).endProperty()
            .end("VEVENT");
      }
      w.end("VCALENDAR");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The start instants of the events, as ical4j reads them. */
  static List<Instant> ical4jStarts(String ics) {
    try {
      net.fortuna.ical4j.model.Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
      List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents(Component.VEVENT);
      List<Instant> starts = new ArrayList<>(events.size());
      for (net.fortuna.ical4j.model.component.VEvent event : events) {
        starts.add(Instant.from((TemporalAccessor) event.getDateTimeStart().getDate()));
      }
      return starts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("ical4j cannot parse the calendar: " + e.getMessage(), e);
    }
  }

  /** The start instants of the events, as biweekly reads them. */
  static List<Instant> biweeklyStarts(String ics) {
    ICalendar calendar = Biweekly.parse(ics).first();
    List<Instant> starts = new ArrayList<>();
    for (VEvent event : calendar.getEvents()) {
      starts.add(event.getDateStart().getValue().toInstant());
    }
    return starts;
  }

  /**
   * Whether biweekly's model (today's raw offset, plus one hour in DAYLIGHT observances) gives the right offset in
   * every observance of the calendar's VTIMEZONE.
   */
  static boolean biweeklyModelHolds(String ics) {
    ICalendar calendar = Biweekly.parse(ics).first();
    biweekly.component.VTimezone component = calendar.getTimezoneInfo().getComponents().iterator().next();
    int raw = new ICalTimeZone(component).getRawOffset();
    for (biweekly.component.StandardTime o : component.getStandardTimes()) {
      if (o.getTimezoneOffsetTo().getValue().getMillis() != raw) {
        return false;
      }
    }
    for (biweekly.component.DaylightSavingsTime o : component.getDaylightSavingsTime()) {
      if (o.getTimezoneOffsetTo().getValue().getMillis() != raw + 3_600_000L) {
        return false;
      }
    }
    return true;
  }

  /** The transitions of the zone from three days before the range to three days after it. */
  static List<ZoneOffsetTransition> transitions(ZoneId zone, Year first, Year last) {
    ZoneRules rules = zone.getRules();
    Instant from = LocalDate.of(first.getValue(), 1, 1).atStartOfDay(zone).toInstant().minus(Duration.ofDays(3));
    Instant to = LocalDate.of(last.getValue() + 1, 1, 1).atStartOfDay(zone).toInstant().plus(Duration.ofDays(3));
    List<ZoneOffsetTransition> list = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
        t = rules.nextTransition(t.getInstant())) {
      list.add(t);
    }
    return list;
  }

  /** Whether {@code instant} lies within {@code window} of a transition in the list. */
  static boolean near(List<ZoneOffsetTransition> transitions, Instant instant, Duration window) {
    for (ZoneOffsetTransition t : transitions) {
      if (Duration.between(t.getInstant(), instant).abs().compareTo(window) <= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Local times that probe every transition of the range (on both sides, inside gaps and overlaps, to the second)
   * plus {@code randomCount} random times in the range.
   */
  static List<LocalDateTime> samples(ZoneId zone, Year first, Year last, Random random, int randomCount) {
    List<LocalDateTime> times = new ArrayList<>();
    long[] deltas = {-86_400, -7_200, -3_600, -1_800, -60, -1, 0, 1, 60, 1_800, 3_600, 7_200, 86_400};
    for (ZoneOffsetTransition t : transitions(zone, first, last)) {
      for (LocalDateTime base : List.of(t.getDateTimeBefore(), t.getDateTimeAfter())) {
        for (long delta : deltas) {
          LocalDateTime time = base.plusSeconds(delta);
          if (time.getYear() >= first.getValue() && time.getYear() <= last.getValue()) {
            times.add(time);
          }
        }
      }
    }
    LocalDateTime start = LocalDateTime.of(first.getValue(), 1, 1, 0, 0);
    long seconds = Duration.between(start, LocalDateTime.of(last.getValue() + 1, 1, 1, 0, 0)).getSeconds();
    for (int i = 0; i < randomCount; i++) {
      times.add(start.plusSeconds((long) (random.nextDouble() * seconds)));
    }
    return times;
  }
}
