package org.gcmkit.benchmarks;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.Method;
import biweekly.property.Status;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.gcmkit.calendar.CalendarTime;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.ICal;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Place;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Writing a calendar of a data set's events, two ways for each peer:
 *
 * <ul>
 *   <li>{@code ical4j} and {@code biweekly}: the peers' object models are built from the same data in the set-up with
 *       the properties a minimal feed has (UID, DTSTAMP, DTSTART and DTEND in the event's zone, SUMMARY, DESCRIPTION,
 *       LOCATION, STATUS, SEQUENCE, URL, and a VTIMEZONE per zone: ical4j's own definitions, biweekly's parsed from
 *       the generator's). Their output is about a third of gcmkit's, which carries every attribute of the model.
 *   <li>{@code ical4jSameFeed} and {@code biweeklySameFeed}: the peers' object models are read, in the set-up, from
 *       the feed gcmkit writes, so that they write the same components, properties and parameters (the same
 *       content, give or take escaping, folding and the order of parameters).
 * </ul>
 *
 * <p>Only the peers' writing is timed, while gcmkit's time includes mapping the model to VEVENTs and generating its
 * VTIMEZONEs. All write to a counting sink behind a 64 KiB buffer. The set-up builds only what the benchmark being
 * run needs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBenchmark {

  private static final Instant STAMP = Instant.parse("2026-11-23T00:00:00Z");

  /** The number of events of the data set. */
  @Param({"10000", "100000"})
  public int events;

  private Schedule schedule;
  private FeedDefinition feed;
  private Calendar ical4j;
  private ICalendar biweekly;
  private Calendar ical4jSameFeed;
  private ICalendar biweeklySameFeed;

  /**
   * Builds the data set and what the benchmark being run needs.
   *
   * @param params the benchmark being run
   */
  @Setup
  public void setUp(BenchmarkParams params) {
    String name = params.getBenchmark();
    prepare(name.substring(name.lastIndexOf('.') + 1));
  }

  /**
   * Builds the data set and what one benchmark method needs (for runs outside JMH).
   *
   * @param method the name of the benchmark method
   */
  public void prepare(String method) {
    DataSet data = DataSetGenerator.dataSet(events, Inputs.SEED);
    schedule = Schedule.of(data);
    feed = FeedDefinition.named("benchmark");
    switch (method) {
      case "ical4j" -> ical4j = ical4jCalendar(data);
      case "biweekly" -> biweekly = biweeklyCalendar(data);
      case "ical4jSameFeed" -> ical4jSameFeed = ical4jSameFeed(gcmkitFeed(schedule, feed));
      case "biweeklySameFeed" -> biweeklySameFeed = biweeklySameFeed(gcmkitFeed(schedule, feed));
      default -> { }
    }
  }

  /**
   * gcmkit writes: {@link ICal#write(Schedule, FeedDefinition, OutputStream)}, which also maps the events to
   * VEVENTs and generates the VTIMEZONEs from the JDK's rules.
   *
   * @return the number of bytes
   */
  @Benchmark
  public long gcmkit() {
    return write(out -> ICal.defaults().write(schedule, feed, out));
  }

  /**
   * ical4j writes.
   *
   * @return the number of bytes
   */
  @Benchmark
  public long ical4j() {
    return write(out -> new CalendarOutputter(false).output(ical4j, out));
  }

  /**
   * biweekly writes.
   *
   * @return the number of bytes
   */
  @Benchmark
  public long biweekly() {
    return write(out -> Biweekly.write(biweekly).go(out));
  }

  /**
   * ical4j writes the calendar it read from gcmkit's feed: the same content as gcmkit's.
   *
   * @return the number of bytes
   */
  @Benchmark
  public long ical4jSameFeed() {
    return write(out -> new CalendarOutputter(false).output(ical4jSameFeed, out));
  }

  /**
   * biweekly writes the calendar it read from gcmkit's feed: the same content as gcmkit's.
   *
   * @return the number of bytes
   */
  @Benchmark
  public long biweeklySameFeed() {
    return write(out -> Biweekly.write(biweeklySameFeed).go(out));
  }

  /** Something that writes to a stream. */
  interface Writing {
    void to(OutputStream out) throws IOException, ValidationException;
  }

  static long write(Writing w) {
    CountingSink sink = new CountingSink();
    try (OutputStream out = new BufferedOutputStream(sink, 1 << 16)) {
      w.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException(e);
    }
    return sink.count();
  }

  static byte[] bytes(Writing w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      w.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static String text(Writing w) {
    return new String(bytes(w), StandardCharsets.UTF_8);
  }

  static byte[] gcmkitFeed(Schedule schedule, FeedDefinition feed) {
    return bytes(out -> ICal.defaults().write(schedule, feed, out));
  }

  static Calendar ical4jSameFeed(byte[] feed) {
    try {
      return new CalendarBuilder().build(new ByteArrayInputStream(feed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new IllegalStateException(e);
    }
  }

  static ICalendar biweeklySameFeed(byte[] feed) {
    return Biweekly.parse(new String(feed, StandardCharsets.UTF_8)).first();
  }

  static Calendar ical4jCalendar(DataSet data) {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    Calendar cal = new Calendar();
    cal.add(new ProdId("-//gcmkit//benchmarks//EN"));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    cal.add(ImmutableMethod.PUBLISH);
    for (CalendarGenerator.Zone z : CalendarGenerator.ZONES) {
      cal.add(registry.getTimeZone(z.tzid).getVTimeZone());
    }
    for (Event e : data.events()) {
      Optional<CalendarTime> time = CalendarTime.of(e);
      if (time.isEmpty() || time.get().zone().isEmpty() || time.get().start().isEmpty()) {
        continue;
      }
      ZoneId zone = time.get().zone().get();
      ZonedDateTime start = time.get().start().get().atZone(zone);
      ZonedDateTime end = time.get().end().orElse(time.get().start().get()).atZone(zone);
      VEvent v = new VEvent(start, end, e.title());
      v.add(new Uid(e.id() + "@example.org"));
      v.add(new DtStamp(STAMP));
      e.description().ifPresent(d -> v.add(new Description(d)));
      e.place().map(Place::label).ifPresent(l -> v.add(new Location(l)));
      v.add(e.status() == EventStatus.CONFIRMED ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_TENTATIVE);
      v.add(new Sequence(e.sequence()));
      e.url().ifPresent(u -> v.add(new Url(u)));
      cal.add(v);
    }
    return cal;
  }

  static ICalendar biweeklyCalendar(DataSet data) {
    ByteArrayOutputStream zones = new ByteArrayOutputStream();
    try {
      CalendarGenerator.write(zones, 0, Inputs.SEED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TimezoneInfo parsed = Biweekly.parse(zones.toString(StandardCharsets.UTF_8)).first().getTimezoneInfo();
    Map<ZoneId, TimezoneAssignment> assignments = new HashMap<>();
    for (CalendarGenerator.Zone z : CalendarGenerator.ZONES) {
      assignments.put(ZoneId.of(z.tzid), parsed.getTimezoneById(z.tzid));
    }
    ICalendar cal = new ICalendar();
    cal.setProductId("-//gcmkit//benchmarks//EN");
    cal.setMethod(Method.publish());
    TimezoneInfo tz = cal.getTimezoneInfo();
    for (Event e : data.events()) {
      Optional<CalendarTime> time = CalendarTime.of(e);
      if (time.isEmpty() || time.get().zone().isEmpty() || time.get().start().isEmpty()) {
        continue;
      }
      ZoneId zone = time.get().zone().get();
      LocalDateTime start = time.get().start().get();
      LocalDateTime end = time.get().end().orElse(start);
      biweekly.component.VEvent v = new biweekly.component.VEvent();
      v.setUid(e.id() + "@example.org");
      v.setDateTimeStamp(Date.from(STAMP));
      v.setSummary(e.title());
      e.description().ifPresent(v::setDescription);
      e.place().map(Place::label).ifPresent(v::setLocation);
      TimezoneAssignment a = assignments.get(zone);
      tz.setTimezone(v.setDateStart(Date.from(start.atZone(zone).toInstant())), a);
      tz.setTimezone(v.setDateEnd(Date.from(end.atZone(zone).toInstant())), a);
      v.setStatus(e.status() == EventStatus.CONFIRMED ? Status.confirmed() : Status.tentative());
      v.setSequence(e.sequence());
      e.url().ifPresent(u -> v.setUrl(u.toString()));
      cal.addEvent(v);
    }
    return cal;
  }
}
