package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.gcmkit.model.GcmException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Broken input never escapes as an unchecked exception other than {@link GcmException}: random sequences of
 * iCalendar fragments, and corpus files with random bytes changed, are read in both modes and their events expanded.
 */
class RobustnessTest {

  static final String[] FRAGMENTS = {
    "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VTIMEZONE", "END:VTIMEZONE",
    "BEGIN:STANDARD", "END:STANDARD", "BEGIN:DAYLIGHT", "END:DAYLIGHT", "BEGIN:VALARM", "END:VALARM", "TZID:X",
    "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "TZOFFSETTO:+0200", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=SECONDLY;BYSETPOS=-1", "RRULE:FREQ=YEARLY;BYWEEKNO=53",
    "RRULE:FREQ=MONTHLY;BYDAY=5FR;COUNT=3", "RRULE:FREQ=DAILY;UNTIL=2018", "RRULE:", "RRULE:FREQ",
    "DTSTART;TZID=X:20180101T090000", "DTSTART;TZID=Europe/Paris:20180325T023000", "DTSTART:20180101",
    "DTSTART;VALUE=DATE:20180230", "DTEND:20171231T000000Z", "DURATION:P", "DURATION:-P1W2D", "UID:a", "UID:",
    "RECURRENCE-ID:20180102T090000", "RECURRENCE-ID;RANGE=THISANDFUTURE:20180102", "EXDATE:20180101,,x",
    "RDATE;VALUE=PERIOD:20180101T000000Z/", "RDATE;VALUE=PERIOD:20180101T000000Z/PT1H", "GEO:91;0", "GEO:x",
    "SEQUENCE:-5", "STATUS:", "SUMMARY:a\\", " folded", "\tfolded", "", "no colon here", ";:", ":", "X-;=:",
    "ATTENDEE;CN=\"unterminated:mailto:x", "A;B=\"c\"d:e", "TRIGGER;VALUE=DATE-TIME:20180101T000000Z",
    "FREEBUSY:x/y", "X-WR-TIMEZONE:Europe/Berlin", "X-WR-TIMEZONE:nowhere", "VERSION:2.0", "PRODID:x",
    "METHOD:PUBLISH", "DESCRIPTION:\u00e9\uD83D\uDE00", "BEGIN:", "END:", "END:VTODO", "BEGIN:VTODO"
  };

  static Gen<String> documents() {
    return lists().of(integers().between(0, FRAGMENTS.length - 1)).ofSizeBetween(0, 60).map(l -> {
      StringBuilder sb = new StringBuilder();
      for (int i : l) {
        sb.append(FRAGMENTS[i]).append(i % 3 == 0 ? "\n" : "\r\n");
      }
      return sb.toString();
    });
  }

  static void readEverything(byte[] bytes) {
    for (ICalReader reader : List.of(ICalReader.strict(), ICalReader.lenient())) {
      try {
        ICalReadResult r = reader.readAll(new ByteArrayInputStream(bytes), "fuzz.ics");
        for (ICalCalendar c : r.calendars()) {
          c.occurrences(Instant.parse("1990-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"), 200);
          for (ICalComponent e : c.components()) {
            e.end();
            e.recurrenceSet().ifPresent(s -> s.between(Instant.parse("2017-01-01T00:00:00Z"),
                Instant.parse("2019-01-01T00:00:00Z"), 50));
          }
        }
      } catch (GcmException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void randomFragmentsNeverEscapeAsUncheckedExceptions() {
    qt().withFixedSeed(RecurrenceDifferentialTest.SEED).withExamples(2000).forAll(documents())
        .checkAssert(d -> readEverything(d.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void corpusFilesWithRandomBytesChangedNeverEscapeAsUncheckedExceptions() throws IOException {
    Random random = new Random(RecurrenceDifferentialTest.SEED);
    byte[] specials = {'\r', '\n', ' ', ':', ';', '"', ',', '=', '\\', (byte) 0xC3, (byte) 0xFF, 0, '^'};
    for (CorpusTest.Row row : CorpusTest.manifest()) {
      byte[] original = Files.readAllBytes(CorpusTest.CORPUS.resolve(row.file()));
      if (original.length > 200_000) {
        continue;
      }
      for (int round = 0; round < 3; round++) {
        byte[] b = original.clone();
        for (int k = 0; k < 1 + b.length / 200; k++) {
          if (b.length > 0) {
            b[random.nextInt(b.length)] = specials[random.nextInt(specials.length)];
          }
        }
        readEverything(b);
      }
    }
  }

  @Test
  void everyCorpusFileIsReadInBothModesWithoutException() throws IOException {
    for (CorpusTest.Row row : CorpusTest.manifest()) {
      readEverything(Files.readAllBytes(Path.of(CorpusTest.CORPUS.toString(), row.file())));
    }
  }
}
