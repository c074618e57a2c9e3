package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expansion of a calendar's events with RDATE, EXDATE and RECURRENCE-ID overrides. */
class OccurrencesTest {

  static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");
  static final Instant TO = Instant.parse("2100-01-01T00:00:00Z");

  static List<ICalOccurrence> occurrences(String file) {
    return ICalReader.lenient().readAll(CorpusTest.CORPUS.resolve(file)).calendars().get(0)
        .occurrences(FROM, TO, 1000);
  }

  static List<ICalOccurrence> occurrencesOf(String body) {
    return ICalReader.lenient().readAll(ChecksTest.cal(body), "t.ics").calendars().get(0).occurrences(FROM, TO, 100);
  }

  static String start(ICalOccurrence o) {
    return o.start().instant().map(Instant::toString).orElse(o.start().toString());
  }

  @Test
  void replacesAnInstanceByItsOverrideAndDropsExdates() {
    String master = ChecksTest.event(ChecksTest.OK, "SUMMARY:weekly", "RRULE:FREQ=DAILY;COUNT=4",
        "EXDATE:20180103T090000Z", "RDATE:20180110T090000Z");
    String override = ChecksTest.event("UID:1", "DTSTAMP:20180101T000000Z", "RECURRENCE-ID:20180102T090000Z",
        "DTSTART:20180102T150000Z", "SUMMARY:moved");
    List<ICalOccurrence> o = occurrencesOf(master + override);
    assertThat(o).extracting(OccurrencesTest::start).containsExactly(
        "2018-01-01T09:00:00Z", "2018-01-02T15:00:00Z", "2018-01-04T09:00:00Z", "2018-01-10T09:00:00Z");
    assertThat(o.get(1).component().summary()).contains("moved");
    assertThat(o.get(1).isOverride()).isTrue();
    assertThat(o.get(1).recurrenceId().map(ICalDateTime::toString)).contains("20180102T090000Z");
  }

  @Test
  void appliesThisAndFutureOverridesToLaterInstances() {
    List<ICalOccurrence> o = occurrences("recurring-ical-events/issue_75_range_parameter.ics");
    List<String> sept = o.stream().map(OccurrencesTest::start).filter(s -> s.startsWith("2024-09")).toList();
    assertThat(sept).containsExactly(
        "2024-09-01T12:00:00Z", "2024-09-03T12:00:00Z", "2024-09-05T12:00:00Z", "2024-09-07T12:00:00Z",
        "2024-09-09T12:00:00Z", "2024-09-11T12:00:00Z",
        "2024-09-13T09:00:00Z", // the THISANDFUTURE override itself, 3 hours earlier
        "2024-09-14T06:00:00Z", // the RDATE, shifted by the same 3 hours
        "2024-09-15T17:00:00Z", // an override of its own
        "2024-09-17T09:00:00Z", "2024-09-19T09:00:00Z",
        "2024-09-22T14:22:00Z", // the second THISANDFUTURE override, a day and 2:22 later
        "2024-09-24T14:22:00Z", "2024-09-26T14:22:00Z", "2024-09-28T14:22:00Z", "2024-09-30T14:22:00Z");
    assertThat(o.stream().filter(x -> start(x).equals("2024-09-17T09:00:00Z")).findFirst().orElseThrow()
        .end().instant()).contains(Instant.parse("2024-09-17T16:00:00Z"));
  }

  @Test
  void keepsOverridesWithoutTheirMaster() {
    ICalCalendar cal = ICalReader.lenient()
        .readAll(CorpusTest.CORPUS.resolve("recurring-ical-events/issue_173_only_modifications_error.ics"))
        .calendars().get(0);
    java.util.Set<String> masters = cal.events().stream().filter(e -> e.recurrenceId().isEmpty())
        .map(e -> e.uid().orElse("")).collect(java.util.stream.Collectors.toSet());
    List<ICalComponent> orphans = cal.events().stream()
        .filter(e -> e.recurrenceId().isPresent() && !masters.contains(e.uid().orElse(""))).toList();
    assertThat(orphans).isNotEmpty();
    List<ICalOccurrence> o = cal.occurrences(FROM, TO, 100_000);
    assertThat(o.stream().map(ICalOccurrence::component).toList()).containsAll(orphans);
  }
}
