package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Place;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ICalTest {

  private static final Schedule EXAMPLE = Schedule.of(FeedFixtures.data());

  @Test
  void defaultsNameGcmkitInProdid() {
    assertThat(ICal.defaults().writeString(EXAMPLE, FeedFixtures.feed()))
        .contains("\r\nPRODID:-//gcmkit//gcmkit 0.1//EN\r\n");
  }

  @Test
  void withProductIdChangesOnlyProdid() {
    ICal custom = ICal.defaults().withProductId("-//Example NGO//Events 2.1//EN");

    String expected = ICal.defaults().writeString(EXAMPLE, FeedFixtures.feed())
        .replace("PRODID:-//gcmkit//gcmkit 0.1//EN", "PRODID:-//Example NGO//Events 2.1//EN");
    assertThat(custom.writeString(EXAMPLE, FeedFixtures.feed())).isEqualTo(expected);
    assertThat(custom.productId()).isEqualTo("-//Example NGO//Events 2.1//EN");
    assertThat(ICal.defaults().productId()).isEqualTo(ICal.DEFAULT_PRODUCT_ID);
  }

  @Test
  void withProductIdRejectsABlankId() {
    assertThatThrownBy(() -> ICal.defaults().withProductId(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writeToAStreamFlushesItAndLeavesItOpen() {
    RecordingStream out = new RecordingStream();

    ICal.defaults().write(EXAMPLE, FeedFixtures.feed(), out);

    assertThat(out.flushed).isTrue();
    assertThat(out.closed).isFalse();
    assertThat(out.bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(ICal.defaults().writeString(EXAMPLE, FeedFixtures.feed()));
  }

  @Test
  void writeToAFileWritesTheSameBytes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("feed.ics");
    Files.writeString(file, "old content that is replaced, and longer than nothing");

    ICal.defaults().write(EXAMPLE, FeedFixtures.feed(), file);

    assertThat(Files.readString(file)).isEqualTo(ICal.defaults().writeString(EXAMPLE, FeedFixtures.feed()));
  }

  @Test
  void aFailingStreamGivesUncheckedIoException() {
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };

    assertThatThrownBy(() -> ICal.defaults().write(EXAMPLE, FeedFixtures.feed(), failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void aFileThatCannotBeWrittenGivesUncheckedIoException(@TempDir Path dir) {
    Path file = dir.resolve("missing-directory").resolve("feed.ics");

    assertThatThrownBy(() -> ICal.defaults().write(EXAMPLE, FeedFixtures.feed(), file))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void anEmptyFeedHasTheVtimezoneOfUtcAsItsOneComponent() {
    Schedule empty = Schedule.of(DataSet.builder().build());

    String ics = ICal.defaults().writeString(empty, FeedDefinition.named("Nothing yet"));

    assertThat(ics).contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Etc/UTC\r\n").doesNotContain("VEVENT");
    assertThat(ICalReader.strict().readAll(ics, "empty.ics").findings()).isEmpty();
  }

  @Test
  void anEmptyFeedHasTheVtimezoneOfTheFeedsZone() {
    Schedule empty = Schedule.of(DataSet.builder().asOf(Instant.parse("2018-12-31T00:00:00Z")).build());
    FeedDefinition feed = FeedDefinition.builder().name("Nothing yet").timeZone(ZoneId.of("Europe/Zurich")).build();

    String ics = ICal.defaults().writeString(empty, feed);

    assertThat(ics).contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\n").doesNotContain("VEVENT");
    assertThat(ICalReader.strict().readAll(ics, "empty.ics").findings()).isEmpty();
  }

  @Test
  void theBytesDoNotDependOnTheDefaultLocaleOrTimeZone() {
    FeedDefinition feed = FeedDefinition.builder().name("all").includeProgramme(true).build();
    String reference = ICal.defaults().writeString(Schedule.of(org.gcmkit.io.reference.ReferenceData.gcm()), feed);
    String example = ICal.defaults().writeString(EXAMPLE, FeedFixtures.feed());
    java.util.Locale locale = java.util.Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    try {
      java.util.Locale.setDefault(new java.util.Locale("tr", "TR"));
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));

      assertThat(ICal.defaults().writeString(Schedule.of(org.gcmkit.io.reference.ReferenceData.gcm()), feed))
          .isEqualTo(reference);
      assertThat(ICal.defaults().writeString(Schedule.of(FeedFixtures.data()), FeedFixtures.feed()))
          .isEqualTo(example);
    } finally {
      java.util.Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
  }

  @Test
  void timedEventsInTheYears1And9999GetVtimezonesForTheYearsTheJdkCanGenerate() {
    Event first = Event.builder().id("y1").kind(EventKind.OTHER).title("Year 1").status(EventStatus.PLANNED)
        .timing(Timing.at(LocalDateTime.of(1, 1, 1, 10, 0), LocalDateTime.of(1, 1, 1, 11, 0), ZoneId.of("UTC")))
        .build();
    Event last = Event.builder().id("y9999").kind(EventKind.OTHER).title("Year 9999").status(EventStatus.PLANNED)
        .timing(Timing.at(LocalDateTime.of(9999, 12, 31, 10, 0), LocalDateTime.of(9999, 12, 31, 11, 0),
            ZoneId.of("UTC")))
        .build();

    String ics = ICal.defaults().writeString(Schedule.of(DataSet.builder().addEvents(first, last).build()),
        FeedDefinition.named("Edges"));

    assertThat(ics).contains("DTSTART;TZID=UTC:00010101T100000", "DTSTART;TZID=UTC:99991231T100000", "TZID:UTC");
  }

  /** The model lets an imported DTEND before DTSTART be built (validation reports it); the feed still writes it. */
  @Test
  void aTimedEventThatEndsBeforeItStartsIsWrittenAsItIs() {
    Event backwards = Event.builder().id("backwards").kind(EventKind.OTHER).title("Backwards")
        .status(EventStatus.PLANNED)
        .timing(Timing.at(LocalDateTime.of(2092, 3, 1, 10, 0), LocalDateTime.of(2012, 3, 1, 11, 0),
            ZoneId.of("Europe/Zurich")))
        .build();

    String ics = ICal.defaults().writeString(Schedule.of(DataSet.builder().addEvents(backwards).build()),
        FeedDefinition.named("Backwards"));

    assertThat(ics).contains("DTSTART;TZID=Europe/Zurich:20920301T100000",
        "DTEND;TZID=Europe/Zurich:20120301T110000", "TZID:Europe/Zurich");
  }

  /**
   * A feed of 100,000 events reaches the stream in pieces of at most the line writer's 16 KiB buffer, as it is
   * written: no String or byte array of the whole feed is built.
   */
  @Test
  void aFeedOfOneHundredThousandEventsIsStreamedInSmallPieces() {
    Schedule large = Schedule.of(generated(100_000));
    CountingStream out = new CountingStream();

    ICal.defaults().write(large, FeedDefinition.named("Large"), out);

    assertThat(out.events).isEqualTo(100_000);
    assertThat(out.largestWrite).isLessThanOrEqualTo(16 * 1024);
    assertThat(out.writes).isGreaterThan(1_000);
    assertThat(out.count).isGreaterThan(100_000L * 300);
  }

  private static DataSet generated(int n) {
    ZoneId[] zones = {ZoneId.of("Europe/Zurich"), ZoneId.of("America/New_York"), ZoneId.of("Africa/Casablanca"),
        ZoneId.of("Asia/Bangkok")};
    List<Event> events = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Event.Builder b = Event.builder()
          .id("generated-" + i)
          .kind(EventKind.MEETING)
          .title("Generated meeting " + i + " — réunion — 会议 — 🌍")
          .description("Generated for the streaming test; not a fact.\nLine two, with specials; \\ too.")
          .status(EventStatus.CONFIRMED)
          .lastModified(Instant.parse("2020-01-01T00:00:00Z"))
          .place(Place.builder().city("Example city " + (i % 97)).zone(zones[i % zones.length]).build());
      LocalDate day = LocalDate.of(2016, 1, 1).plusDays(i % 3650);
      if (i % 3 == 0) {
        b.timing(Timing.days(day, day.plusDays(2)));
      } else {
        LocalDateTime start = day.atTime(9 + i % 8, 0);
        b.timing(Timing.builder().start(org.gcmkit.model.FuzzyDate.of(start))
            .end(org.gcmkit.model.FuzzyDate.of(start.plusHours(2))).build());
      }
      events.add(b.build());
    }
    return DataSet.builder().addAllEvents(events).build();
  }

  private static final class RecordingStream extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean flushed;
    boolean closed;

    @Override
    public void write(int b) {
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Counts bytes, writes and {@code BEGIN:VEVENT} lines (split across writes or not) without keeping the bytes. */
  private static final class CountingStream extends OutputStream {
    private static final byte[] MARK = "\nBEGIN:VEVENT\r".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    long count;
    int writes;
    int largestWrite;
    int events;
    private int matched;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
      writes++;
      largestWrite = Math.max(largestWrite, len);
      for (int i = off; i < off + len; i++) {
        if (b[i] == MARK[matched]) {
          matched++;
          if (matched == MARK.length) {
            events++;
            matched = 0;
          }
        } else {
          matched = b[i] == MARK[0] ? 1 : 0;
        }
      }
    }
  }
}
