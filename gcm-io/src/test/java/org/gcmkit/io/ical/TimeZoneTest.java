package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;
import org.gcmkit.model.Finding;
import org.gcmkit.model.Severity;
import org.junit.jupiter.api.Test;

/** TZIDs resolve through the calendar's own VTIMEZONE, else (reported) through the JDK, CLDR or the offset. */
class TimeZoneTest {

  static final Path CORPUS = CorpusTest.CORPUS;

  static String calendar(String body) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n" + body + "END:VCALENDAR\r\n";
  }

  static String event(String uid, String start) {
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20180101T000000Z\r\nDTSTART" + start + "\r\nEND:VEVENT\r\n";
  }

  static Instant start(ICalReadResult r, int i) {
    return r.events().get(i).start().flatMap(ICalDateTime::instant).orElseThrow();
  }

  private static void assertSameOffsets(ZoneRules ours, ZoneRules jdk, int fromYear, int toYear) {
    Instant t = OffsetDateTime.of(fromYear, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    Instant end = OffsetDateTime.of(toYear, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    while (t.isBefore(end)) {
      assertThat(ours.getOffset(t)).as("offset at %s", t).isEqualTo(jdk.getOffset(t));
      t = t.plusSeconds(3 * 3600);
    }
  }

  @Test
  void compilesAnOutlookVTimeZoneFrom1601IntoTheRulesOfBerlin() {
    ICalReadResult r = ICalReader.strict().readAll(CORPUS.resolve("biweekly/issue85.ics"));
    ICalTimeZone z = r.calendars().get(0).timeZones().get("W. Europe Standard Time");
    assertThat(z.source()).isEqualTo(ICalTimeZone.Source.VTIMEZONE);
    assertThat(z.zoneId()).contains(ZoneId.of("Europe/Berlin"));
    assertSameOffsets(z.rules(), ZoneId.of("Europe/Berlin").getRules(), 1997, 2060);
    assertThat(start(r, 0)).isEqualTo(Instant.parse("2018-07-22T10:00:00Z"));
  }

  @Test
  void compilesAFullHistoryVTimeZoneWithRdatesAndBoundedRules() {
    ICalReadResult r = ICalReader.lenient().readAll(CORPUS.resolve("biweekly/New_York.ics"));
    ICalTimeZone z = r.calendars().get(0).timeZones().values().iterator().next();
    assertSameOffsets(z.rules(), ZoneId.of("America/New_York").getRules(), 1970, 2060);
  }

  @Test
  void resolvesAForwardReferenceToALaterVTimeZoneAndKeepsFileOrder() {
    String tz =
        "BEGIN:VTIMEZONE\r\nTZID:Custom\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\n"
            + "TZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
    ICalReadResult r =
        ICalReader.strict()
            .readAll(calendar(event("a", ";TZID=Custom:20180101T120000") + event("b", ":20180101T000000Z") + tz),
                "t.ics");
    assertThat(r.findings()).isEmpty();
    assertThat(r.calendars().get(0).components()).extracting(ICalComponent::name)
        .containsExactly("VEVENT", "VEVENT", "VTIMEZONE");
    assertThat(start(r, 0)).isEqualTo(Instant.parse("2018-01-01T06:30:00Z"));
  }

  @Test
  void sharesOneZonePerTzidAcrossTheCalendar() {
    ICalReadResult r =
        ICalReader.lenient()
            .readAll(calendar(event("a", ";TZID=Europe/Paris:20180101T120000")
                + event("b", ";TZID=Europe/Paris:20180601T120000")), "t.ics");
    assertThat(r.events().get(0).start().orElseThrow().timeZone().orElseThrow())
        .isSameAs(r.events().get(1).start().orElseThrow().timeZone().orElseThrow());
  }

  @Test
  void missingVTimeZoneIsAnErrorInStrictModeAndAWarningInLenientMode() {
    String text = calendar(event("a", ";TZID=Europe/Paris:20180101T120000"));
    ICalReadResult strict = ICalReader.strict().readAll(text, "t.ics");
    ICalReadResult lenient = ICalReader.lenient().readAll(text, "t.ics");
    assertThat(strict.findings()).extracting(Finding::code, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ICAL-MISSING-VTIMEZONE", Severity.ERROR));
    assertThat(lenient.findings()).extracting(Finding::code, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ICAL-MISSING-VTIMEZONE", Severity.WARNING));
    assertThat(start(lenient, 0)).isEqualTo(Instant.parse("2018-01-01T11:00:00Z"));
    assertThat(lenient.findings().get(0).position().orElseThrow().line()).isEqualTo(7);
  }

  @Test
  void mapsAWindowsZoneNameWithTheCldrTable() {
    ICalReadResult r =
        ICalReader.lenient().readAll(calendar(event("a", ";TZID=\"Eastern Standard Time\":20180701T120000")), "t.ics");
    assertThat(start(r, 0)).isEqualTo(Instant.parse("2018-07-01T16:00:00Z"));
    assertThat(r.findings()).extracting(Finding::code).containsExactly("ICAL-WINDOWS-TZID");
    assertThat(r.events().get(0).start().orElseThrow().timeZone().orElseThrow().zoneId())
        .contains(ZoneId.of("America/New_York"));
  }

  @Test
  void readsAnOutlookDisplayNameAtItsFixedOffset() {
    ICalReadResult r =
        ICalReader.lenient()
            .readAll(calendar(event("a", ";TZID=\"(GMT+01:00) Amsterdam, Berlin, Bern, Rome\":20180701T120000")),
                "t.ics");
    assertThat(start(r, 0)).isEqualTo(Instant.parse("2018-07-01T11:00:00Z"));
    assertThat(r.findings()).extracting(Finding::code).containsExactly("ICAL-OUTLOOK-TZID");
  }

  @Test
  void resolvesAGloballyUniqueTzidWithALeadingSlash() {
    ICalReadResult r =
        ICalReader.lenient().readAll(calendar(event("a", ";TZID=/America/New_York:20180701T120000")), "t.ics");
    assertThat(start(r, 0)).isEqualTo(Instant.parse("2018-07-01T16:00:00Z"));
  }

  @Test
  void leavesAnUnknownTzidLocalAndSaysSo() {
    ICalReadResult r = ICalReader.lenient().readAll(calendar(event("a", ";TZID=Nowhere:20180701T120000")), "t.ics");
    ICalDateTime s = r.events().get(0).start().orElseThrow();
    assertThat(s.instant()).isEmpty();
    assertThat(s.localDateTime()).hasToString("2018-07-01T12:00");
    assertThat(r.findings()).extracting(Finding::code).containsExactly("ICAL-UNKNOWN-TZID");
  }

  @Test
  void appliesXWrTimezoneToFloatingTimesOnlyInLenientMode() {
    String text = calendar("X-WR-TIMEZONE:Europe/Berlin\r\n" + event("a", ":20180701T120000"));
    ICalReadResult strict = ICalReader.strict().readAll(text, "t.ics");
    assertThat(strict.findings()).isEmpty();
    assertThat(strict.events().get(0).start().orElseThrow().instant()).isEmpty();
    ICalReadResult lenient = ICalReader.lenient().readAll(text, "t.ics");
    assertThat(start(lenient, 0)).isEqualTo(Instant.parse("2018-07-01T10:00:00Z"));
    assertThat(lenient.events().get(0).start().orElseThrow().isFloating()).isTrue();
    assertThat(lenient.findings()).extracting(Finding::code).containsExactly("ICAL-X-WR-TIMEZONE");
  }

  @Test
  void movesANonexistentLocalTimeForwardByTheGap() {
    ICalReadResult r =
        ICalReader.lenient().readAll(calendar(event("a", ";TZID=America/New_York:20070311T023000")), "t.ics");
    // RFC 5545 3.3.5: 02:30 does not exist that day; it is 03:30 EDT
    assertThat(start(r, 0)).isEqualTo(Instant.parse("2007-03-11T07:30:00Z"));
  }

  @Test
  void takesTheFirstOfTwoOccurrencesOfALocalTime() {
    ICalReadResult r =
        ICalReader.lenient().readAll(calendar(event("a", ";TZID=America/New_York:20071104T013000")), "t.ics");
    // RFC 5545 3.3.5: 01:30 occurs twice; the first is EDT
    assertThat(start(r, 0)).isEqualTo(Instant.parse("2007-11-04T05:30:00Z"));
  }

  @Test
  void expandsAcrossDaylightSavingKeepingTheLocalTime() {
    ICalReadResult r =
        ICalReader.lenient()
            .readAll(calendar(event("a", ";TZID=Europe/Berlin:20180320T090000\r\nRRULE:FREQ=WEEKLY;COUNT=3")),
                "t.ics");
    List<ICalOccurrence> o =
        r.calendars().get(0).occurrences(Instant.parse("2018-01-01T00:00:00Z"), Instant.parse("2019-01-01T00:00:00Z"),
            10);
    assertThat(o).extracting(x -> x.start().instant().orElseThrow())
        .containsExactly(
            Instant.parse("2018-03-20T08:00:00Z"),
            Instant.parse("2018-03-27T07:00:00Z"),
            Instant.parse("2018-04-03T07:00:00Z"));
  }
}
