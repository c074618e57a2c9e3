package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.gcmkit.io.ical.ICalComponent;
import org.gcmkit.io.ical.ICalDateTime;
import org.gcmkit.io.ical.ICalReadResult;
import org.gcmkit.io.ical.ICalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerCalendarTest {

  /** The sample file, relative to the module (the tests' working directory). */
  private static final Path SAMPLE = Path.of("data", "partner-calendar.ics");

  @TempDir
  Path dir;

  private String run(Path clean, int[] errors) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    errors[0] = PartnerCalendar.run(SAMPLE, clean, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theEventThatEndsBeforeItStartsIsTheOneError() {
    int[] errors = new int[1];

    String out = run(dir.resolve("clean.ics"), errors);

    assertThat(errors[0]).as(out).isEqualTo(1);
    assertThat(out).contains(SAMPLE + ":27:1: error GCM-TIMING-END-BEFORE-START: ");
  }

  @Test
  void eachRepairIsAWarningAtItsPosition() {
    String out = run(dir.resolve("clean.ics"), new int[1]);

    assertThat(out)
        .contains(SAMPLE + ":9:1: warning ICAL-WINDOWS-TZID: ")
        .contains("read as America/New_York")
        .contains(SAMPLE + ":15:1: warning ICAL-MISSING-DTSTAMP: ")
        .contains(SAMPLE + ":27:1: warning ICAL-DTEND-BEFORE-DTSTART: ");
  }

  @Test
  void theRepairedFeedIsAConformingCalendarWithTheSoundEventsAtTheirOriginalStarts() {
    Path clean = dir.resolve("clean.ics");
    String out = run(clean, new int[1]);

    List<ICalComponent> original = ICalReader.lenient().readAll(SAMPLE).events();
    ICalReadResult repaired = ICalReader.strict().readAll(clean);

    assertThat(repaired.findings()).isEmpty();
    assertThat(uidsAndStarts(repaired.events())).isEqualTo(uidsAndStarts(original.subList(0, 2)));
    assertThat(repaired.calendars().get(0).timeZones()).containsOnlyKeys("America/New_York", "Europe/Berlin");
    assertThat(out).contains("2 events written to " + clean + "; left out for their errors: ["
        + "040000008200e00074c5b7101a82e00800000000-a6d39102]");
  }

  private static List<String> uidsAndStarts(List<ICalComponent> events) {
    return events.stream()
        .map(e -> e.uid().orElse("") + " " + e.start().flatMap(ICalDateTime::instant).map(Object::toString)
            .orElse(""))
        .sorted()
        .collect(Collectors.toList());
  }
}
