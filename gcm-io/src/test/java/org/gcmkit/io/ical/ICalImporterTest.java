package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Finding;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.GeoPoint;
import org.gcmkit.model.Region;
import org.gcmkit.model.Role;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourcePosition;
import org.gcmkit.model.Timing;
import org.gcmkit.model.Waiver;
import org.junit.jupiter.api.Test;

class ICalImporterTest {

  private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\n";
  private static final String TAIL = "END:VCALENDAR\r\n";

  private static String cal(String... lines) {
    StringBuilder sb = new StringBuilder(HEAD);
    for (String l : lines) {
      sb.append(l).append("\r\n");
    }
    return sb.append(TAIL).toString();
  }

  private static String event(String... lines) {
    List<String> all = new ArrayList<>();
    all.add("BEGIN:VEVENT");
    all.add("DTSTAMP:20180101T000000Z");
    all.addAll(List.of(lines));
    all.add("END:VEVENT");
    return String.join("\r\n", all);
  }

  private static ICalImport lenient(String text) {
    return ICalImporter.lenient().read(text, "test.ics");
  }

  private static Event only(ICalImport r) {
    assertThat(r.dataSet().events()).hasSize(1);
    return r.dataSet().events().get(0);
  }

  private static List<Finding> codes(ICalImport r, ICalFindingCode code) {
    return r.findings().stream().filter(f -> f.code().equals(code.code()))
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void aForeignEventBecomesAnEventOfKindOtherWithItsUid() {
    Event e = only(lenient(cal(event("UID:abc-123@example.org", "SUMMARY:Board meeting",
        "DTSTART;TZID=Europe/Zurich:20180305T100000", "DTEND;TZID=Europe/Zurich:20180305T120000"))));

    assertThat(e.kind()).isEqualTo(EventKind.OTHER);
    assertThat(e.title()).isEqualTo("Board meeting");
    assertThat(e.uid()).hasValue("abc-123@example.org");
    assertThat(e.status()).isEqualTo(EventStatus.CONFIRMED);
    assertThat(e.timing()).hasValue(Timing.at(LocalDateTime.of(2018, 3, 5, 10, 0), LocalDateTime.of(2018, 3, 5, 12, 0),
        ZoneId.of("Europe/Zurich")));
  }

  @Test
  void theIdOfAForeignEventDerivesFromItsUidByTheDocumentedRule() {
    assertThat(EventMapper.idOf("abc-123@example.org")).isEqualTo("abc-123-example-org-" + sha8("abc-123@example.org"));
    assertThat(EventMapper.idOf("ts6@gcmkit.org")).isEqualTo("ts6");
    assertThat(EventMapper.idOf("@@@")).startsWith("ical-");
    assertThat(EventMapper.idOf("A@x")).isNotEqualTo(EventMapper.idOf("a@x"));
  }

  private static String sha8(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return String.format("%02x%02x%02x%02x", d[0], d[1], d[2], d[3]);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void ourOwnIdComesFromXGcmkitIdAndOurUidIsNotKept() {
    Event e = only(lenient(cal(event("UID:ts6@gcmkit.org", "X-GCMKIT-ID:ts6", "X-GCMKIT-KIND:thematic-session",
        "X-GCMKIT-STATUS:held", "SUMMARY:Informal thematic session 6", "DTSTART;VALUE=DATE:20171012",
        "DTEND;VALUE=DATE:20171014"))));

    assertThat(e.id()).isEqualTo("ts6");
    assertThat(e.uid()).isEmpty();
    assertThat(e.kind()).isEqualTo(EventKind.THEMATIC_SESSION);
    assertThat(e.status()).isEqualTo(EventStatus.HELD);
    assertThat(e.timing()).hasValue(Timing.days(LocalDate.of(2017, 10, 12), LocalDate.of(2017, 10, 13)));
  }

  @Test
  void anAllDayEventWithoutDtendHasNoEnd() {
    Event e = only(lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012"))));

    assertThat(e.timing()).hasValue(Timing.on(LocalDate.of(2017, 10, 12)));
  }

  @Test
  void aDurationGivesTheEnd() {
    Event e = only(lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;TZID=Europe/Zurich:20180305T100000",
        "DURATION:PT90M"))));

    assertThat(e.timing().flatMap(Timing::end)).hasValue(FuzzyDate.of(LocalDateTime.of(2018, 3, 5, 11, 30)));
  }

  @Test
  void aUtcStartKeepsItsInstantInZoneUtc() {
    Event e = only(lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART:20180305T100000Z"))));

    assertThat(e.timing().flatMap(Timing::zone)).hasValue(ZoneId.of("UTC"));
    assertThat(e.timing().get().start()).isEqualTo(FuzzyDate.of(LocalDateTime.of(2018, 3, 5, 10, 0)));
  }

  @Test
  void aWindowsZoneNameIsMappedToItsIanaZone() {
    ICalImport r = lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;TZID=W. Europe Standard Time:20180305T100000")));

    assertThat(only(r).timing().flatMap(Timing::zone)).hasValue(ZoneId.of("Europe/Berlin"));
  }

  /**
   * ical4j/OZMovies.ics: a VTIMEZONE named Australia/Sydney whose one observance starts in 2006 gives +00:00 to an
   * event of 2003; the event was imported in the first zone with that offset (America/Danmarkshavn) and lost its
   * zone. It keeps Australia/Sydney and the instant the file defines.
   */
  @Test
  void anIanaTzidWhoseOwnVtimezoneDiffersKeepsItsNameAndTheFilesInstant() {
    ICalImport r = lenient(cal("BEGIN:VTIMEZONE", "TZID:Australia/Sydney", "BEGIN:STANDARD",
        "DTSTART:20060325T160000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+1000", "END:STANDARD", "END:VTIMEZONE",
        event("UID:oz1@x", "SUMMARY:Film", "DTSTART;TZID=Australia/Sydney:20030731T230000")));

    Event e = only(r);
    assertThat(e.timing().flatMap(Timing::zone)).hasValue(ZoneId.of("Australia/Sydney"));
    assertThat(e.timing().get().start()).isEqualTo(FuzzyDate.of(LocalDateTime.of(2003, 8, 1, 9, 0)));
    assertThat(codes(r, ICalFindingCode.ZONE_CONVERTED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("+00:00", "Australia/Sydney give +10:00"));
  }

  @Test
  void descriptionLocationGeoUrlAndStampsAreCarried() {
    Event e = only(lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012",
        "DESCRIPTION:Line one\\nLine two", "LOCATION:Palais des Nations\\, Geneva", "GEO:46.2266;6.1405",
        "URL:https://example.org/e", "CREATED:20170101T100000Z", "LAST-MODIFIED:20170201T100000Z"))));

    assertThat(e.description()).hasValue("Line one\nLine two");
    assertThat(e.place().flatMap(p -> p.venue())).hasValue("Palais des Nations, Geneva");
    assertThat(e.place().flatMap(p -> p.geo())).hasValue(GeoPoint.of(46.2266, 6.1405));
    assertThat(e.url()).hasValueSatisfying(u -> assertThat(u.toString()).isEqualTo("https://example.org/e"));
    assertThat(e.created()).hasValue(Instant.parse("2017-01-01T10:00:00Z"));
    assertThat(e.lastModified()).hasValue(Instant.parse("2017-02-01T10:00:00Z"));
  }

  @Test
  void statusAndSequenceAreCarried() {
    Event e = only(lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012", "STATUS:CANCELLED",
        "SEQUENCE:2"))));

    assertThat(e.status()).isEqualTo(EventStatus.CANCELLED);
    assertThat(e.sequence()).isEqualTo(2);
  }

  @Test
  void ourCategoriesGiveKindActsAndRegionOfAForeignEvent() {
    Event e = only(lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012",
        "CATEGORIES:Regional civil society consultation,Act 3,Act 7,Africa"))));

    assertThat(e.kind()).isEqualTo(EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION);
    assertThat(e.acts()).containsExactly(3, 7);
    assertThat(e.region()).hasValue(Region.AFRICA);
  }

  @Test
  void unknownCategoriesAreReportedOnce() {
    ICalImport r = lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012", "CATEGORIES:Work,Travel",
        "CATEGORIES:Misc")));

    assertThat(codes(r, ICalFindingCode.NOT_IMPORTED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Work, Travel, Misc"));
  }

  @Test
  void propertiesWithoutAPlaceAreReportedOncePerNameWithTheirPosition() {
    ICalImport r = lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012",
        "ATTENDEE:mailto:a@example.org", "ATTENDEE:mailto:b@example.org", "X-FOO:bar", "BEGIN:VALARM",
        "ACTION:DISPLAY", "TRIGGER:-PT15M", "DESCRIPTION:r", "END:VALARM")));

    List<Finding> f = codes(r, ICalFindingCode.NOT_IMPORTED);
    assertThat(f).extracting(Finding::message).anyMatch(m -> m.startsWith("ATTENDEE"))
        .anyMatch(m -> m.startsWith("X-FOO")).anyMatch(m -> m.startsWith("VALARM"));
    assertThat(f).hasSize(3);
    assertThat(f.get(0).position()).hasValue(SourcePosition.of("test.ics", 9, 1));
    assertThat(f.get(0).severity()).isEqualTo(org.gcmkit.model.Severity.WARNING);
  }

  @Test
  void aRecurringEventKeepsItsRuleAndDates() {
    Event e = only(lenient(cal(event("UID:w@example.org", "SUMMARY:Webinar",
        "DTSTART;TZID=Europe/Zurich:20180306T150000", "DTEND;TZID=Europe/Zurich:20180306T160000",
        "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU", "EXDATE;TZID=Europe/Zurich:20180313T150000",
        "RDATE:20180322T140000Z"))));

    assertThat(e.recurrence()).hasValueSatisfying(r -> {
      assertThat(r.rule()).hasValue("FREQ=WEEKLY;COUNT=6;BYDAY=TU");
      assertThat(r.exceptions()).containsExactly(FuzzyDate.of(LocalDateTime.of(2018, 3, 13, 15, 0)));
      assertThat(r.dates()).containsExactly(FuzzyDate.of(LocalDateTime.of(2018, 3, 22, 15, 0)));
      assertThat(r.isOverride()).isFalse();
    });
  }

  @Test
  void anOverrideBecomesAnEventLinkedToItsMaster() {
    ICalImport r = lenient(cal(
        event("UID:w@example.org", "RECURRENCE-ID;TZID=Europe/Zurich:20180320T150000", "SUMMARY:Webinar (moved)",
            "DTSTART;TZID=Europe/Zurich:20180321T150000", "DTEND;TZID=Europe/Zurich:20180321T160000"),
        event("UID:w@example.org", "SUMMARY:Webinar", "DTSTART;TZID=Europe/Zurich:20180306T150000",
            "DTEND;TZID=Europe/Zurich:20180306T160000", "RRULE:FREQ=WEEKLY;COUNT=6")));

    Event override = r.dataSet().events().get(0);
    Event master = r.dataSet().events().get(1);
    assertThat(override.id()).isNotEqualTo(master.id()).startsWith(master.id() + "--");
    assertThat(override.uid()).isEqualTo(master.uid());
    assertThat(override.recurrence()).hasValueSatisfying(rec -> {
      assertThat(rec.masterId()).hasValue(master.id());
      assertThat(rec.recurrenceId()).hasValue(FuzzyDate.of(LocalDateTime.of(2018, 3, 20, 15, 0)));
    });
  }

  @Test
  void sourceMapPointsAtTheProperties() {
    ICalImport r = lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012")));
    String id = only(r).id();

    assertThat(r.sourceMap().find("events[" + id + "]")).hasValue(SourcePosition.of("test.ics", 4, 1));
    assertThat(r.sourceMap().find("events[" + id + "].title")).hasValue(SourcePosition.of("test.ics", 7, 1));
    assertThat(r.sourceMap().find("events[" + id + "].timing.start")).hasValue(SourcePosition.of("test.ics", 8, 1));
  }

  @Test
  void ourParticipantsAndSourcesComeBack() {
    Event e = only(lenient(cal(event("UID:m@gcmkit.org", "X-GCMKIT-ID:m", "X-GCMKIT-KIND:meeting",
        "X-GCMKIT-STATUS:held", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012",
        "X-GCMKIT-PARTICIPANT;X-PERSON=p1;X-PERSON-NAME=Jane Doe:speaker",
        "X-GCMKIT-SOURCE;X-LOCATOR=p. 2:000_efcee90ecae86aab.txt", "ORGANIZER;CN=Feed:urn:gcmkit:feed"))));

    assertThat(e.participants()).singleElement().satisfies(p -> {
      assertThat(p.role()).isEqualTo(Role.SPEAKER);
      assertThat(p.personId()).hasValue("p1");
    });
    assertThat(e.sources()).singleElement().satisfies(s -> {
      assertThat(s.reference()).isEqualTo("000_efcee90ecae86aab.txt");
      assertThat(s.locator()).hasValue("p. 2");
    });
  }

  @Test
  void ourWaiversComeBackWithTheirNumberedSources() {
    ICalImport r = lenient(cal(event("UID:m@gcmkit.org", "X-GCMKIT-ID:m", "X-GCMKIT-KIND:meeting", "SUMMARY:x",
        "DTSTART;VALUE=DATE:20171012",
        "X-GCMKIT-WAIVER;X-CODE=GCM-GROUP-STAFFING;X-SOURCE-1=a.txt;X-QUOTE-1=\"two; one\";X-SOURCE-2=b.txt"
            + ";X-LOCATOR-2=p. 2:nobody is named\\, yet",
        "X-GCMKIT-WAIVER;X-CODE=GCM-EXAMPLE:no source")));
    Event e = only(r);

    assertThat(e.waivers()).containsExactly(
        Waiver.builder().code("GCM-GROUP-STAFFING").reason("nobody is named, yet")
            .addSources(Source.builder().reference("a.txt").quote("two; one").build())
            .addSources(Source.builder().reference("b.txt").locator("p. 2").build()).build(),
        Waiver.builder().code("GCM-EXAMPLE").reason("no source").build());
    assertThat(codes(r, ICalFindingCode.BAD_GCMKIT_VALUE)).isEmpty();
    assertThat(codes(r, ICalFindingCode.NOT_IMPORTED)).isEmpty();
    assertThat(r.sourceMap().find("events[m].waivers[1]")).hasValue(SourcePosition.of("test.ics", 12, 1));
  }

  @Test
  void aWaiverWithoutCodeOrWithAGapInItsSourcesIsReportedAndIgnored() {
    ICalImport r = lenient(cal(event("UID:m@gcmkit.org", "X-GCMKIT-ID:m", "X-GCMKIT-KIND:meeting", "SUMMARY:x",
        "DTSTART;VALUE=DATE:20171012", "X-GCMKIT-WAIVER:no code",
        "X-GCMKIT-WAIVER;X-CODE=GCM-EXAMPLE;X-SOURCE-1=a.txt;X-QUOTE-3=q:a gap",
        "X-GCMKIT-WAIVER;X-CODE=GCM-EXAMPLE;X-SOURCE-01=a.txt:a leading zero")));

    assertThat(only(r).waivers()).isEmpty();
    assertThat(codes(r, ICalFindingCode.BAD_GCMKIT_VALUE)).hasSize(3)
        .allSatisfy(f -> assertThat(f.message()).contains("X-GCMKIT-WAIVER"));
  }

  @Test
  void aBadGcmkitValueIsReportedAndIgnored() {
    ICalImport r = lenient(cal(event("UID:m@gcmkit.org", "X-GCMKIT-ID:m", "X-GCMKIT-KIND:party", "SUMMARY:x",
        "DTSTART;VALUE=DATE:20171012")));

    assertThat(only(r).kind()).isEqualTo(EventKind.OTHER);
    assertThat(codes(r, ICalFindingCode.BAD_GCMKIT_VALUE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("party"));
  }

  @Test
  void calendarNameBecomesTheTitleOfTheDataSet() {
    ICalImport r = lenient(HEAD + "X-WR-CALNAME:Partner calendar\r\n"
        + event("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012") + "\r\n" + TAIL);

    assertThat(r.dataSet().title()).hasValue("Partner calendar");
  }

  @Test
  void streamingHandsEachEventToTheCallbackInFileOrder() {
    String text = cal(event("UID:a", "SUMMARY:first", "DTSTART;VALUE=DATE:20171012"),
        event("UID:b", "SUMMARY:second", "DTSTART;VALUE=DATE:20171013", "ATTENDEE:mailto:x@example.org"));
    List<ICalImportedEvent> events = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();

    ICalImporter.lenient().stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.ics",
        events::add, findings::add);

    assertThat(events).extracting(i -> i.event().title()).containsExactly("first", "second");
    assertThat(events.get(1).sourceMap().find("events[" + events.get(1).event().id() + "].title")).isPresent();
    assertThat(findings).extracting(Finding::code).contains(ICalFindingCode.NOT_IMPORTED.code());
  }

  @Test
  void streamingAndWholeImportGiveTheSameEvents() {
    String text = cal(event("UID:a", "SUMMARY:first", "DTSTART;TZID=Europe/Zurich:20180305T100000"),
        event("UID:b", "SUMMARY:second", "DTSTART;VALUE=DATE:20171013", "RRULE:FREQ=DAILY;COUNT=2"));
    List<Event> streamed = new ArrayList<>();

    ICalImporter.lenient().stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.ics",
        i -> streamed.add(i.event()), f -> { });

    assertThat(streamed).isEqualTo(lenient(text).dataSet().events());
  }

  @Test
  void aStrictImportReportsWhatTheStrictReaderReports() {
    ICalImport r = ICalImporter.strict().read(cal(event("SUMMARY:x", "DTSTART;VALUE=DATE:20171012")), "t.ics");

    assertThat(r.hasErrors()).isTrue();
    assertThat(r.findings()).extracting(Finding::code).contains(ICalFindingCode.MISSING_UID.code());
    assertThat(only(r).id()).isEqualTo("ical-line-4");
  }

  @Test
  void anRruleWithPartsThatAreIgnoredIsKeptAsWhatWasReadAndReported() {
    ICalImport r = lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012",
        "RRULE:FREQ=DAILY;UNTL=20191023;COUNT=3")));

    assertThat(only(r).recurrence().flatMap(rec -> rec.rule())).hasValue("FREQ=DAILY;COUNT=3");
    assertThat(codes(r, ICalFindingCode.NOT_IMPORTED)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("parts of RRULE of event"));
  }

  @Test
  void anRruleThatIsNoRuleIsReportedNotKept() {
    ICalImport r = lenient(cal(event("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20171012", "RRULE:FREQ=SOMETIMES")));

    assertThat(only(r).recurrence()).isEmpty();
    assertThat(codes(r, ICalFindingCode.NOT_IMPORTED)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("RRULE of event"));
  }

  @Test
  void ourMasterIdComesFromXGcmkitMaster() {
    Event e = only(lenient(cal(event("UID:w@gcmkit.org", "X-GCMKIT-ID:w-3", "X-GCMKIT-MASTER:w",
        "X-GCMKIT-KIND:webinar", "X-GCMKIT-STATUS:rescheduled", "SUMMARY:x",
        "RECURRENCE-ID;TZID=Europe/Zurich:20180320T150000", "DTSTART;TZID=Europe/Zurich:20180321T150000",
        "X-GCMKIT-TIMING-ZONE:Europe/Zurich"))));

    assertThat(e.id()).isEqualTo("w-3");
    assertThat(e.uid()).hasValue("w@gcmkit.org");
    assertThat(e.recurrence().flatMap(rec -> rec.masterId())).hasValue("w");
  }
}
