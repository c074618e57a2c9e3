package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gcmkit.calendar.CalendarTime;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.internal.write.FeedWriter;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapping of model events to VEVENT properties, read back with our strict reader. */
class FeedMappingTest {

  private static final ICalCalendar EXAMPLE = read(FeedFixtures.data(), FeedFixtures.feed());

  private static ICalCalendar read(DataSet data, FeedDefinition feed) {
    ICalReadResult result = ICalReader.strict().readAll(ICal.defaults().writeString(Schedule.of(data), feed), "f.ics");
    assertThat(result.findings()).isEmpty();
    return result.calendars().get(0);
  }

  private static ICalComponent event(String id) {
    return EXAMPLE.events().stream().filter(e -> e.uid().orElseThrow().equals(id + "@gcmkit.org")).findFirst()
        .orElseThrow(() -> new AssertionError("no event " + id));
  }

  private static Optional<String> value(String id, String property) {
    return event(id).property(property).map(ICalProperty::rawValue);
  }

  private static Optional<String> text(String id, String property) {
    return event(id).property(property).flatMap(ICalProperty::text);
  }

  @Test
  void calendarSaysPublishAndCarriesTheFeedsProperties() {
    assertThat(EXAMPLE.method()).contains("PUBLISH");
    assertThat(EXAMPLE.property("NAME").orElseThrow().text()).contains("Example feed; with, specials");
    assertThat(EXAMPLE.property("NAME").orElseThrow().parameter("LANGUAGE")).contains("en");
    assertThat(EXAMPLE.property("X-WR-CALNAME").orElseThrow().text()).contains("Example feed; with, specials");
    assertThat(EXAMPLE.property("DESCRIPTION").orElseThrow().text())
        .contains("Synthetic events of the feed tests\nsecond line");
    assertThat(EXAMPLE.property("REFRESH-INTERVAL").orElseThrow().rawValue()).isEqualTo("PT12H");
    assertThat(EXAMPLE.property("REFRESH-INTERVAL").orElseThrow().parameter("VALUE")).contains("DURATION");
    assertThat(EXAMPLE.property("X-PUBLISHED-TTL").orElseThrow().rawValue()).isEqualTo("PT12H");
    assertThat(EXAMPLE.property("URL").orElseThrow().rawValue()).isEqualTo("https://example.org/feeds/example.ics");
    assertThat(EXAMPLE.property("COLOR").orElseThrow().rawValue()).isEqualTo("teal");
    assertThat(EXAMPLE.property("X-WR-TIMEZONE").orElseThrow().rawValue()).isEqualTo("Europe/Zurich");
    assertThat(EXAMPLE.property("X-GCMKIT-FORMAT").orElseThrow().rawValue()).isEqualTo("1");
    assertThat(EXAMPLE.property("X-GCMKIT-AS-OF").orElseThrow().rawValue()).isEqualTo("20181231T000000Z");
  }

  @Test
  void uidIsTheIdAtGcmkitOrgAndDoesNotDependOnTheFeed() {
    ICalCalendar reference = read(ReferenceData.gcm(), FeedDefinition.named("all"));
    ICalCalendar filtered = read(ReferenceData.gcm(), FeedDefinition.builder().name("ts")
        .filter(org.gcmkit.calendar.EventFilter.builder().addKinds(EventKind.THEMATIC_SESSION).build()).build());

    assertThat(reference.events()).extracting(c -> c.uid().orElseThrow()).contains("ts6@gcmkit.org");
    assertThat(filtered.events()).extracting(c -> c.uid().orElseThrow())
        .containsExactly("ts1@gcmkit.org", "ts2@gcmkit.org", "ts3@gcmkit.org", "ts4@gcmkit.org", "ts5@gcmkit.org",
            "ts6@gcmkit.org");
  }

  @Test
  void sequenceCountsTheRevisions() {
    assertThat(event("example-meeting").sequence()).hasValue(2);
    assertThat(event("example-cancelled").sequence()).hasValue(1);
    assertThat(event("example-days").sequence()).hasValue(0);
  }

  @ParameterizedTest
  @CsvSource({
      "PLANNED, TENTATIVE",
      "TENTATIVE, TENTATIVE",
      "POSTPONED, TENTATIVE",
      "CONFIRMED, CONFIRMED",
      "RESCHEDULED, CONFIRMED",
      "HELD, CONFIRMED",
      "CANCELLED, CANCELLED"})
  void statusOfAnEventWithExactDays(EventStatus status, String expected) {
    CalendarTime exact = CalendarTime.of(Timing.on(LocalDate.of(2018, 1, 1)), null).orElseThrow();

    assertThat(FeedWriter.icalStatus(status, exact)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"HELD, TENTATIVE", "CONFIRMED, TENTATIVE", "CANCELLED, CANCELLED"})
  void statusOfAnEventShownOverAWindowIsTentativeUnlessCancelled(EventStatus status, String expected) {
    CalendarTime window = CalendarTime.of(
        Timing.of(org.gcmkit.model.FuzzyDate.of(java.time.YearMonth.of(2018, 1))), null).orElseThrow();

    assertThat(FeedWriter.icalStatus(status, window)).isEqualTo(expected);
  }

  @Test
  void anInexactDateIsATentativeAllDaySpanOverItsWindowWithItsEdtf() {
    assertThat(value("example-early-december", "DTSTART")).contains("20171201");
    assertThat(event("example-early-december").property("DTSTART").orElseThrow().parameter("VALUE")).contains("DATE");
    assertThat(value("example-early-december", "DTEND")).contains("20171211");
    assertThat(value("example-early-december", "STATUS")).contains("TENTATIVE");
    assertThat(text("example-early-december", "X-GCMKIT-START")).contains("2017-12-01/2017-12-10");
    assertThat(text("example-early-december", "DESCRIPTION")).contains("Date not exact: 2017-12-01/2017-12-10");
    assertThat(text("example-month", "X-GCMKIT-START")).contains("2018-02~");
    assertThat(text("example-month", "X-GCMKIT-END")).contains("2018-03-02");
  }

  @Test
  void aMultiDayMeetingIsAnAllDaySpanWithAnExclusiveEnd() {
    assertThat(value("example-meeting", "DTSTART")).contains("20171106");
    assertThat(value("example-meeting", "DTEND")).contains("20171109");
    assertThat(event("example-meeting").property("X-GCMKIT-START")).isEmpty();
  }

  @Test
  void aSingleDayWithoutEndHasNoDtend() {
    assertThat(value("example-cancelled", "DTSTART")).contains("20180420");
    assertThat(event("example-cancelled").property("DTEND")).isEmpty();
  }

  @Test
  void aTimedEventHasLocalTimesWithTheTzidOfItsZone() {
    ICalProperty start = event("example-meeting-gs1").property("DTSTART").orElseThrow();

    assertThat(start.parameter("TZID")).contains("Europe/Zurich");
    assertThat(start.rawValue()).isEqualTo("20171106T140000");
    assertThat(value("example-meeting-gs1", "DTEND")).contains("20171106T153000");
  }

  @Test
  void aTimeThatRfc5545WouldReadAsAnotherInstantIsWrittenInUtcWithItsEdtf() {
    // 01:30 -05:00 on 5 November 2017 in New York is the second 01:30; RFC 5545 reads 01:30 as the first (-04:00).
    assertThat(value("example-overlap", "DTSTART")).contains("20171105T063000Z");
    assertThat(text("example-overlap", "X-GCMKIT-START")).contains("2017-11-05T01:30:00-05:00");
    assertThat(text("example-overlap", "X-GCMKIT-TIMING-ZONE")).contains("America/New_York");
  }

  @Test
  void aTimeWithoutZoneIsFloating() {
    ICalProperty start = event("example-floating").property("DTSTART").orElseThrow();

    assertThat(start.parameter("TZID")).isEmpty();
    assertThat(start.rawValue()).isEqualTo("20180301T100000");
  }

  @Test
  void anEventWithAnOpenWindowIsNotInTheFeed() {
    assertThat(EXAMPLE.events()).extracting(c -> c.uid().orElseThrow()).doesNotContain("example-open@gcmkit.org");
  }

  @Test
  void stampsComeFromTheDataOnly() {
    assertThat(value("example-meeting", "DTSTAMP")).contains("20171109T173000Z");
    assertThat(value("example-meeting", "LAST-MODIFIED")).contains("20171109T173000Z");
    assertThat(value("example-meeting", "CREATED")).contains("20170901T100000Z");
    assertThat(value("example-meeting-day1", "DTSTAMP")).contains("20170902T100000Z");
    assertThat(value("example-days", "DTSTAMP")).contains("20181231T000000Z");
    assertThat(event("example-days").property("LAST-MODIFIED")).isEmpty();
    assertThat(FeedWriter.stamp(Event.builder().id("x").kind(EventKind.OTHER).title("x")
        .status(EventStatus.PLANNED).build(), DataSet.builder().build())).isEqualTo(Instant.EPOCH);
  }

  @Test
  void summaryLocationGeoUrlAndCategories() {
    assertThat(text("example-meeting", "SUMMARY")).contains("Example regional meeting");
    assertThat(text("example-meeting", "LOCATION")).contains("Example hall, Room 1, 1 Example street, Geneva, CH");
    assertThat(value("example-meeting", "GEO")).contains("46.226667;6.140556");
    assertThat(value("example-meeting", "URL")).contains("https://example.org/meetings/2?lang=en");
    assertThat(event("example-meeting").property("CATEGORIES").orElseThrow().texts())
        .containsExactly("Regional consultation", "Act 1", "Act 3", "Europe", "ECE");
    assertThat(event("example-cancelled").property("CATEGORIES").orElseThrow().texts())
        .containsExactly("IDM workshop", "Middle East and North Africa");
  }

  @Test
  void descriptionHoldsTheDescriptionThemeAndSources() {
    assertThat(text("example-meeting", "DESCRIPTION")).contains(
        "A meeting that exists to test the feed.\nIt has two lines; and specials, \\ too."
            + "\n\nTheme: Example theme"
            + "\n\nSources:\n- https://example.org/report (p. 4)\n- example-source.txt");
  }

  @Test
  void theDescriptionOfTheModelIsWhatPrecedesTheBlocksDerivedFromTheOtherFields() {
    for (Event e : ReferenceData.gcm().events()) {
      assertRecoverable(e);
    }
    for (Event e : FeedFixtures.data().events()) {
      assertRecoverable(e);
    }
  }

  /** The rule of docs/ical-feed.md: derived = the DESCRIPTION of the event without description. */
  private static void assertRecoverable(Event e) {
    Optional<String> written = FeedWriter.description(e);
    String derived = FeedWriter.description(Event.builder().from(e).description(Optional.empty()).build()).orElse("");
    Optional<String> recovered;
    if (written.isEmpty() || (!derived.isEmpty() && written.get().equals(derived))) {
      recovered = Optional.empty();
    } else if (derived.isEmpty()) {
      recovered = written;
    } else {
      assertThat(written.get()).endsWith("\n\n" + derived);
      recovered = Optional.of(written.get().substring(0, written.get().length() - derived.length() - 2));
    }
    assertThat(recovered).as(e.id()).isEqualTo(e.description());
  }

  @Test
  void organizerIsTheFirstOrganiserOrElseTheFeed() {
    ICalProperty named = event("example-meeting").property("ORGANIZER").orElseThrow();
    ICalProperty person = event("example-overlap").property("ORGANIZER").orElseThrow();
    ICalProperty feed = event("example-days").property("ORGANIZER").orElseThrow();

    assertThat(named.parameter("CN")).contains("Example organisation");
    assertThat(named.rawValue()).isEqualTo("urn:gcmkit:organisation:example-org");
    assertThat(person.parameter("CN")).contains("Ana Exemplo");
    assertThat(person.rawValue()).isEqualTo("urn:gcmkit:person:example-person");
    assertThat(feed.parameter("CN")).contains("Example feed; with, specials");
    assertThat(feed.rawValue()).isEqualTo("urn:gcmkit:feed");
  }

  @Test
  void everyEventHasAnOrganizer() {
    ICalCalendar reference = read(ReferenceData.gcm(), FeedDefinition.builder().name("all").includeProgramme(true)
        .build());

    assertThat(reference.events()).allSatisfy(e -> assertThat(e.property("ORGANIZER")).isPresent());
  }

  @Test
  void contactsAreTheFocalPointsAndLiaisons() {
    assertThat(event("example-meeting").properties("CONTACT")).extracting(p -> p.text().orElseThrow())
        .containsExactly("Ana Exemplo, Example organisation", "example-unknown-person");
  }

  @Test
  void programmeItemsAreRelatedToTheirParent() {
    ICalProperty related = event("example-meeting-gs1").property("RELATED-TO").orElseThrow();

    assertThat(related.parameter("RELTYPE")).contains("PARENT");
    assertThat(related.text()).contains("example-meeting-day1@gcmkit.org");
    assertThat(event("example-meeting").property("RELATED-TO")).isEmpty();
  }

  @Test
  void aForeignUidIsKeptAndAnOverrideSharesItsMastersUid() {
    List<ICalComponent> partner = EXAMPLE.events().stream()
        .filter(e -> e.uid().orElseThrow().equals("0c7d5f3e-example@partner.example.org")).toList();

    assertThat(partner).hasSize(2);
    assertThat(partner).extracting(e -> e.property("X-GCMKIT-ID").flatMap(ICalProperty::text).orElseThrow())
        .containsExactly("example-webinar-series", "example-webinar-moved");
  }

  @Test
  void aRepeatingEventHasItsRuleDatesAndExceptionsInItsZone() {
    ICalComponent series = EXAMPLE.events().stream()
        .filter(e -> e.property("X-GCMKIT-ID").flatMap(ICalProperty::text).orElseThrow()
            .equals("example-webinar-series")).findFirst().orElseThrow();

    assertThat(series.property("RRULE").orElseThrow().rawValue()).isEqualTo("FREQ=WEEKLY;COUNT=4;BYDAY=TU");
    assertThat(series.property("RDATE").orElseThrow().rawValue()).isEqualTo("20180405T150000");
    assertThat(series.property("RDATE").orElseThrow().parameter("TZID")).contains("Europe/Zurich");
    assertThat(series.property("EXDATE").orElseThrow().rawValue()).isEqualTo("20180313T150000");
    assertThat(series.property("EXDATE").orElseThrow().parameter("TZID")).contains("Europe/Zurich");
    assertThat(series.recurrenceRules()).hasSize(1);
  }

  @Test
  void aRuleThatIsNoRfc5545RuleIsKeptAsTextAndNotWrittenAsRrule() {
    assertThat(event("example-bad-rule").property("RRULE")).isEmpty();
    assertThat(text("example-bad-rule", "X-GCMKIT-RRULE")).contains("FREQ=SOMETIMES;UNTL=20191023");
  }

  @Test
  void anOverrideNamesTheOccurrenceItReplacesAndItsMaster() {
    ICalComponent moved = EXAMPLE.events().stream()
        .filter(e -> e.property("X-GCMKIT-ID").flatMap(ICalProperty::text).orElseThrow()
            .equals("example-webinar-moved")).findFirst().orElseThrow();

    assertThat(moved.recurrenceId().orElseThrow().localDateTime())
        .isEqualTo(java.time.LocalDateTime.of(2018, 3, 20, 15, 0));
    assertThat(moved.property("RECURRENCE-ID").orElseThrow().parameter("TZID")).contains("Europe/Zurich");
    assertThat(moved.property("X-GCMKIT-MASTER").flatMap(ICalProperty::text)).contains("example-webinar-series");
  }

  @Test
  void theOccurrencesOfTheRepeatingEventAreTheRuleAndDatesLessExceptionsWithTheOverride() {
    List<ICalOccurrence> occurrences = EXAMPLE.occurrences(Instant.parse("2018-03-01T00:00:00Z"),
        Instant.parse("2018-05-01T00:00:00Z"), 100).stream()
        .filter(o -> o.component().uid().orElseThrow().equals("0c7d5f3e-example@partner.example.org")).toList();

    assertThat(occurrences).extracting(o -> o.start().localDateTime().toString())
        .containsExactly("2018-03-06T15:00", "2018-03-21T15:00", "2018-03-27T15:00", "2018-04-05T15:00");
  }

  @Test
  void gcmkitPropertiesCarryTheModelFields() {
    ICalComponent e = event("example-meeting");

    assertThat(text("example-meeting", "X-GCMKIT-ID")).contains("example-meeting");
    assertThat(text("example-meeting", "X-GCMKIT-KIND")).contains("regional-consultation");
    assertThat(text("example-meeting", "X-GCMKIT-STATUS")).contains("rescheduled");
    assertThat(value("example-meeting", "X-GCMKIT-NUMBER")).contains("2");
    assertThat(text("example-meeting", "X-GCMKIT-COMMISSION")).contains("ece");
    assertThat(text("example-meeting", "X-GCMKIT-REGION")).contains("europe");
    assertThat(text("example-meeting", "X-GCMKIT-PHASE")).contains("example-phase");
    assertThat(e.property("X-GCMKIT-ACTS").orElseThrow().rawValue()).isEqualTo("1,3");
    assertThat(e.property("X-GCMKIT-OBJECTIVES").orElseThrow().rawValue()).isEqualTo("23");
    assertThat(text("example-meeting", "X-GCMKIT-THEME")).contains("Example theme");
    assertThat(text("example-meeting", "X-GCMKIT-PLACE-CERTAINTY")).contains("probable");
    assertThat(text("example-meeting", "X-GCMKIT-ATTENDANCE")).contains("hybrid");
    assertThat(value("example-meeting", "X-GCMKIT-REMOTE-URL")).contains("https://example.org/stream");
    assertThat(text("example-meeting-gs1", "X-GCMKIT-PARENT")).contains("example-meeting-day1");
    assertThat(value("example-days", "X-GCMKIT-DAYS")).contains("2018-05-02,2018-05-09");
    List<ICalProperty> participants = e.properties("X-GCMKIT-PARTICIPANT");
    assertThat(participants).extracting(p -> p.text().orElseThrow())
        .containsExactly("organiser", "organiser", "focal-point", "liaison", "speaker");
    assertThat(participants.get(2).parameter("X-PERSON")).contains("example-person");
    assertThat(participants.get(2).parameter("X-PERSON-NAME")).contains("Ana Exemplo");
    assertThat(participants.get(2).parameter("X-ORGANISATION")).contains("example-org");
    assertThat(participants.get(2).parameter("X-ORGANISATION-NAME")).contains("Example organisation");
    assertThat(participants.get(1).parameter("X-ORGANISATION-NAME")).isEmpty();
    assertThat(participants.get(4).parameter("X-ON-BEHALF-OF")).contains("example-other");
    List<ICalProperty> sources = e.properties("X-GCMKIT-SOURCE");
    assertThat(sources).extracting(p -> p.text().orElseThrow())
        .containsExactly("https://example.org/report", "example-source.txt");
    assertThat(sources.get(0).parameter("X-LOCATOR")).contains("p. 4");
    assertThat(sources.get(0).parameter("X-QUOTE")).contains("A \"quoted\" phrase; with, specials");
  }

  @Test
  void eachWaiverIsAnXGcmkitWaiverWithItsReasonCodeAndNumberedSources() {
    List<ICalProperty> waivers = event("example-meeting").properties("X-GCMKIT-WAIVER");

    assertThat(waivers).extracting(p -> p.text().orElseThrow()).containsExactly(
        "The staff are \"to be named\"; unknown stays unknown,\nfor now \\ later", "an example waiver");
    assertThat(waivers.get(0).rawValue())
        .isEqualTo("The staff are \"to be named\"\\; unknown stays unknown\\,\\nfor now \\\\ later");
    assertThat(waivers).extracting(p -> p.parameter("X-CODE").orElseThrow())
        .containsExactly("GCM-GROUP-STAFFING", "GCM-TABLE-FACILITATOR-COUNT");
    assertThat(waivers.get(0).parameters()).extracting(ICalParameter::name).containsExactly("X-CODE", "X-SOURCE-1",
        "X-LOCATOR-1", "X-SOURCE-2", "X-QUOTE-2", "X-SOURCE-3");
    assertThat(waivers.get(0).parameter("X-SOURCE-2")).contains("https://example.org/report");
    assertThat(waivers.get(0).parameter("X-LOCATOR-1")).contains("p. 2");
    assertThat(waivers.get(0).parameter("X-QUOTE-2")).contains("co-leads: two; rapporteur: one");
    assertThat(waivers.get(1).parameters()).extracting(ICalParameter::name).containsExactly("X-CODE");
  }
}
