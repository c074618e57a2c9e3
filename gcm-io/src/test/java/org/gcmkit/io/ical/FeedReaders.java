package org.gcmkit.io.ical;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.gcmkit.calendar.CalendarTime;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.internal.write.FeedWriter;
import org.gcmkit.model.Event;

/**
 * How our data and three readers (ours, ical4j 4.4.0, biweekly 0.6.8) see the events of a feed: one line per event,
 * {@code UID START}, where START is {@code DATE:yyyy-mm-dd} for an all-day event, {@code LOCAL:...} for a floating
 * time and {@code UTC:...} (the instant) otherwise.
 */
final class FeedReaders {

  private FeedReaders() {}

  /** What the data says the feed shows. */
  static List<String> expected(Schedule schedule, FeedDefinition feed) {
    List<String> lines = new ArrayList<>();
    for (Event e : schedule.feed(feed)) {
      CalendarTime t = schedule.time(e).orElseThrow();
      String start;
      if (t.isAllDay()) {
        start = "DATE:" + t.firstDay();
      } else if (t.isFloating()) {
        start = "LOCAL:" + t.start().orElseThrow();
      } else {
        start = "UTC:" + t.startInstant();
      }
      lines.add(FeedWriter.uid(e, schedule.data()) + " " + start);
    }
    return lines;
  }

  static Calendar ical4j(String ics) {
    try {
      return new CalendarBuilder().build(new StringReader(ics));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("ical4j cannot parse the feed: " + e.getMessage(), e);
    }
  }

  static List<String> ical4jEvents(String ics) {
    List<String> lines = new ArrayList<>();
    for (net.fortuna.ical4j.model.component.VEvent v : ical4j(ics).<net.fortuna.ical4j.model.component.VEvent>
        getComponents(Component.VEVENT)) {
      Temporal start = v.getDateTimeStart().getDate();
      String s;
      if (start instanceof LocalDate) {
        s = "DATE:" + start;
      } else if (start instanceof LocalDateTime) {
        s = "LOCAL:" + start;
      } else if (start instanceof ZonedDateTime) {
        s = "UTC:" + ((ZonedDateTime) start).toInstant();
      } else if (start instanceof OffsetDateTime) {
        s = "UTC:" + ((OffsetDateTime) start).toInstant();
      } else {
        s = "UTC:" + Instant.from(start);
      }
      lines.add(v.getUid().orElseThrow().getValue() + " " + s);
    }
    return lines;
  }

  static ICalendar biweekly(String ics) {
    List<ICalendar> all = Biweekly.parse(ics).all();
    if (all.size() != 1) {
      throw new AssertionError("biweekly reads " + all.size() + " calendars");
    }
    return all.get(0);
  }

  static List<String> biweeklyEvents(String ics) {
    List<String> lines = new ArrayList<>();
    ICalendar calendar = biweekly(ics);
    for (biweekly.component.VEvent v : calendar.getEvents()) {
      ICalDate start = v.getDateStart().getValue();
      DateTimeComponents raw = start.getRawComponents();
      String s;
      if (!start.hasTime()) {
        s = "DATE:" + LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
      } else if (calendar.getTimezoneInfo().isFloating(v.getDateStart())) {
        s = "LOCAL:" + LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(),
            raw.getSecond());
      } else {
        s = "UTC:" + start.toInstant();
      }
      lines.add(v.getUid().getValue() + " " + s);
    }
    return lines;
  }

  static List<String> ourEvents(ICalReadResult result) {
    List<String> lines = new ArrayList<>();
    for (ICalComponent c : result.events()) {
      ICalDateTime start = c.start().orElseThrow();
      String s;
      if (start.isDate()) {
        s = "DATE:" + start.date();
      } else if (start.isFloating()) {
        s = "LOCAL:" + start.localDateTime();
      } else {
        s = "UTC:" + start.instant().orElseThrow();
      }
      lines.add(c.uid().orElseThrow() + " " + s);
    }
    return lines;
  }
}
