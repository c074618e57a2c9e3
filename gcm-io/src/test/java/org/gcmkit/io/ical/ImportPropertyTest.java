package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Place;
import org.gcmkit.model.Region;
import org.gcmkit.model.Source;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * read(write(x)) = x: events with arbitrary text (any character iCalendar can carry: RFC 5545 TEXT has no control
 * characters but HTAB and newline, see docs/ical-feed.md), written as a feed and imported again, are the events
 * written.
 */
class ImportPropertyTest {

  private static final FeedDefinition FEED = FeedDefinition.builder().name("Generated").includeProgramme(true).build();
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Zurich"), ZoneId.of("America/New_York"),
      ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Sydney"), ZoneId.of("America/Mexico_City"));
  /** Ranges of code points to draw text from: ASCII, iCalendar's special characters, accents, scripts, emoji. */
  private static final int[][] RANGES = {
    {'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}, {'\n', '\n'}, {'\t', '\t'},
    {0xa0, 0xff}, {0x0300, 0x036f}, {0x0590, 0x05ff}, {0x0600, 0x06ff}, {0x4e00, 0x4e80}, {0x2028, 0x2029},
    {0xfeff, 0xfeff}, {0x1f300, 0x1f64f}, {0x1f1e6, 0x1f1ff}, {'^', '^'}, {'\\', '\\'}, {'"', '"'}, {',', ';'}
  };

  private static int between(org.quicktheories.core.RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  private static boolean some(org.quicktheories.core.RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  private static String text(org.quicktheories.core.RandomnessSource in, int min) {
    int n = between(in, min, 14);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int[] r = RANGES[between(in, 0, RANGES.length - 1)];
      sb.appendCodePoint(between(in, r[0], r[1]));
    }
    return sb.toString();
  }

  private static <E extends Enum<E>> E pick(org.quicktheories.core.RandomnessSource in, Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[between(in, 0, all.length - 1)];
  }

  private static Event event(org.quicktheories.core.RandomnessSource in, int index) {
    Event.Builder b = Event.builder().id("e" + index + "-" + between(in, 0, 999)).kind(pick(in, EventKind.class))
        .title(text(in, 0)).status(pick(in, EventStatus.class));
    if (some(in)) {
      b.description(text(in, 0));
    }
    if (some(in)) {
      b.theme(text(in, 0));
    }
    LocalDate day = LocalDate.of(2016, 1, 1).plusDays(between(in, 0, 3000));
    ZoneId zone = ZONES.get(between(in, 0, ZONES.size() - 1));
    boolean zoneInTiming = some(in);
    if (some(in)) {
      b.timing(some(in) ? Timing.on(day) : Timing.days(day, day.plusDays(between(in, 0, 5))));
    } else {
      LocalDateTime start = day.atTime(between(in, 0, 23), between(in, 0, 59));
      Timing.Builder t = Timing.builder().start(FuzzyDate.of(start))
          .end(FuzzyDate.of(start.plusMinutes(between(in, 0, 3000))));
      if (zoneInTiming) {
        t.zone(zone);
      }
      b.timing(t.build());
    }
    if (some(in) || !zoneInTiming) {
      Place.Builder p = Place.builder();
      if (some(in)) {
        p.venue(text(in, 0));
      }
      if (some(in)) {
        p.city(text(in, 0));
      }
      if (!zoneInTiming) {
        p.zone(zone);
      }
      Place place = p.build();
      if (!place.equals(Place.builder().build())) {
        b.place(place); // a place with nothing known has no property in a feed, and none to come back from
      }
    }
    TreeSet<Integer> acts = new TreeSet<>();
    for (int i = between(in, 0, 3); i > 0; i--) {
      acts.add(between(in, 1, 10));
    }
    b.acts(acts);
    if (some(in)) {
      b.region(pick(in, Region.class));
    }
    if (some(in)) {
      b.number(between(in, 1, 99));
    }
    for (int i = between(in, 0, 2); i > 0; i--) {
      Source.Builder s = Source.builder().reference(text(in, 1));
      if (some(in)) {
        s.locator(text(in, 0));
      }
      if (some(in)) {
        s.quote(text(in, 0));
      }
      b.addSources(s.build());
    }
    if (some(in)) {
      b.url(URI.create("https://example.org/e/" + between(in, 0, 99999)));
    }
    if (some(in)) {
      b.created(Instant.ofEpochSecond(between(in, 946_684_800, 1_893_456_000)));
    }
    if (some(in)) {
      b.lastModified(Instant.ofEpochSecond(between(in, 946_684_800, 1_893_456_000)));
    }
    return b.build();
  }

  private static Gen<DataSet> dataSets() {
    return in -> {
      List<Event> events = new ArrayList<>();
      for (int i = between(in, 1, 4); i > 0; i--) {
        events.add(event(in, i));
      }
      return DataSet.builder().events(events).build();
    };
  }

  private static List<Event> byId(List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(Event::id));
    return sorted;
  }

  @Test
  void eventsWrittenAsAFeedAndImportedAreTheEventsWritten() {
    qt().withExamples(300).forAll(dataSets()).checkAssert(d -> {
      String feed = ICal.defaults().writeString(Schedule.of(d), FEED);

      ICalImport imported = ICalImporter.strict().read(feed, "generated.ics");

      assertThat(byId(imported.dataSet().events())).isEqualTo(byId(d.events()));
      assertThat(imported.hasErrors()).isFalse();
    });
  }

  @Test
  void writingWhatWasImportedGivesTheSameFeed() {
    qt().withExamples(300).forAll(dataSets()).checkAssert(d -> {
      String feed = ICal.defaults().writeString(Schedule.of(d), FEED);

      String again = ICal.defaults().writeString(Schedule.of(ICalImporter.strict().read(feed, "g.ics").dataSet()),
          FEED);

      assertThat(again).isEqualTo(feed);
    });
  }
}
