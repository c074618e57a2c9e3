package org.gcmkit.benchmarks;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.util.ICalDate;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.gcmkit.io.ical.ICalCalendarHeader;
import org.gcmkit.io.ical.ICalComponent;
import org.gcmkit.io.ical.ICalDateTime;
import org.gcmkit.io.ical.ICalHandler;
import org.gcmkit.io.ical.ICalReadResult;
import org.gcmkit.io.ical.ICalReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing a calendar file into typed events with resolved start instants: gcmkit's {@link ICalReader#readAll}, its
 * streaming {@link ICalReader#read(Path, ICalHandler)} (events visited, nothing retained), ical4j's
 * {@link CalendarBuilder}, biweekly's {@link Biweekly#parse(java.io.File)}, and the floor: reading the file's bytes
 * and finding its line ends.
 *
 * <p>Each method returns a checksum of the events it saw: the number of VEVENTs plus the sum of the epoch seconds of
 * their resolved DTSTART instants (all-day starts have none). The three parsers agree on it
 * (see {@code ParseBenchmarkTest}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {

  /** The number of VEVENTs of the input. */
  @Param({"10000", "100000"})
  public int events;

  private Path file;

  /** Generates the input if it is missing. */
  @Setup
  public void setUp() {
    file = Inputs.calendar(events);
  }

  /**
   * gcmkit, the whole file collected.
   *
   * @return the checksum
   */
  @Benchmark
  public long gcmkitReadAll() {
    return gcmkitReadAll(file);
  }

  /**
   * gcmkit, streaming.
   *
   * @return the checksum
   */
  @Benchmark
  public long gcmkitStream() {
    return gcmkitStream(file);
  }

  /**
   * ical4j.
   *
   * @return the checksum
   */
  @Benchmark
  public long ical4j() {
    return ical4j(file);
  }

  /**
   * biweekly.
   *
   * @return the checksum
   */
  @Benchmark
  public long biweekly() {
    return biweekly(file);
  }

  /**
   * The floor: the file's bytes read and its line ends counted.
   *
   * @return the number of line feeds
   */
  @Benchmark
  public long floor() {
    return floor(file);
  }

  static long gcmkitReadAll(Path file) {
    ICalReadResult r = ICalReader.strict().readAll(file);
    List<ICalComponent> list = r.events();
    long sum = list.size();
    for (ICalComponent e : list) {
      sum += e.start().flatMap(ICalDateTime::instant).map(Instant::getEpochSecond).orElse(0L);
    }
    return sum;
  }

  static long gcmkitStream(Path file) {
    long[] sum = new long[1];
    ICalReader.strict().read(file, new ICalHandler() {
      @Override
      public void component(ICalCalendarHeader calendar, ICalComponent c) {
        if (c.name().equals("VEVENT")) {
          sum[0] += 1 + c.start().flatMap(ICalDateTime::instant).map(Instant::getEpochSecond).orElse(0L);
        }
      }
    });
    return sum[0];
  }

  static long ical4j(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      Calendar cal = new CalendarBuilder().build(in);
      List<VEvent> list = cal.getComponents(Component.VEVENT);
      long sum = list.size();
      for (VEvent e : list) {
        Optional<DtStart<Temporal>> start = e.getProperty(Property.DTSTART);
        sum += start.map(d -> epochSecond(d.getDate())).orElse(0L);
      }
      return sum;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long epochSecond(Temporal t) {
    if (t instanceof ZonedDateTime) {
      return ((ZonedDateTime) t).toEpochSecond();
    }
    if (t instanceof OffsetDateTime) {
      return ((OffsetDateTime) t).toEpochSecond();
    }
    if (t instanceof Instant) {
      return ((Instant) t).getEpochSecond();
    }
    return 0L;
  }

  static long biweekly(Path file) {
    try {
      ICalendar cal = Biweekly.parse(file.toFile()).first();
      List<biweekly.component.VEvent> list = cal.getEvents();
      long sum = list.size();
      for (biweekly.component.VEvent e : list) {
        if (e.getDateStart() != null && e.getDateStart().getValue() != null) {
          ICalDate d = e.getDateStart().getValue();
          sum += d.hasTime() ? Math.floorDiv(d.getTime(), 1000L) : 0L;
        }
      }
      return sum;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long floor(Path file) {
    byte[] buffer = new byte[1 << 16];
    long lines = 0;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int k = 0; k < n; k++) {
          if (buffer[k] == '\n') {
            lines++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
