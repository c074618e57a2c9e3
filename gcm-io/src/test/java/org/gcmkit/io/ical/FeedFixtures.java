package org.gcmkit.io.ical;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Commission;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.GeoPoint;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.PartOfMonth;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlaceCertainty;
import org.gcmkit.model.Recurrence;
import org.gcmkit.model.Region;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.Source;
import org.gcmkit.model.Timing;
import org.gcmkit.model.Waiver;

/**
 * A small synthetic data set that exercises every branch of the feed mapping. Its records are not facts: their ids
 * start with {@code example-}, their note says so, and names, places and dates were made up to reach a branch (a
 * daylight-saving overlap, a floating time, a window, a cancelled event, an organiser outside the data set).
 */
final class FeedFixtures {

  static final String SYNTHETIC = "synthetic record of the feed tests, not a fact";
  static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

  private FeedFixtures() {}

  static FeedDefinition feed() {
    return FeedDefinition.builder()
        .name("Example feed; with, specials")
        .description("Synthetic events of the feed tests\nsecond line")
        .includeProgramme(true)
        .refreshInterval(Duration.ofHours(12))
        .language("en")
        .url(URI.create("https://example.org/feeds/example.ics"))
        .color("teal")
        .timeZone(ZURICH)
        .build();
  }

  static DataSet data() {
    List<Event> events = new ArrayList<>();
    events.add(Event.builder()
        .id("example-meeting")
        .kind(EventKind.REGIONAL_CONSULTATION)
        .number(2)
        .commission(Commission.ECE)
        .region(Region.EUROPE)
        .phaseId("example-phase")
        .title("Example regional meeting")
        .description("A meeting that exists to test the feed.\nIt has two lines; and specials, \\ too.")
        .theme("Example theme")
        .status(EventStatus.RESCHEDULED)
        .timing(Timing.days(LocalDate.of(2017, 11, 6), LocalDate.of(2017, 11, 8)))
        .place(Place.builder().venue("Example hall").room("Room 1").address("1 Example street").city("Geneva")
            .country("CH").zone(ZURICH).geo(GeoPoint.of(46.226667, 6.140556))
            .attendance(AttendanceMode.HYBRID).remoteUrl(URI.create("https://example.org/stream"))
            .certainty(PlaceCertainty.PROBABLE).build())
        .addRevisions(Revision.builder()
            .timing(Timing.days(LocalDate.of(2017, 10, 30), LocalDate.of(2017, 10, 31)))
            .note(SYNTHETIC).build())
        .addRevisions(Revision.builder().status(EventStatus.POSTPONED).note(SYNTHETIC).build())
        .addParticipants(Participation.builder().role(Role.ORGANISER).organisationId("example-org").build())
        .addParticipants(Participation.builder().role(Role.ORGANISER).organisationId("example-other").build())
        .addParticipants(Participation.builder().role(Role.FOCAL_POINT).personId("example-person")
            .organisationId("example-org").build())
        .addParticipants(Participation.builder().role(Role.LIAISON).personId("example-unknown-person").build())
        .addParticipants(Participation.builder().role(Role.SPEAKER).personId("example-person")
            .onBehalfOf("example-other").build())
        .addActs(3, 1)
        .addObjectives(23)
        .url(URI.create("https://example.org/meetings/2?lang=en"))
        .created(Instant.parse("2017-09-01T10:00:00Z"))
        .lastModified(Instant.parse("2017-11-09T17:30:00Z"))
        .addSources(Source.builder().reference("https://example.org/report").locator("p. 4")
            .quote("A \"quoted\" phrase; with, specials").build())
        .addSources(Source.of("example-source.txt"))
        .addWaivers(Waiver.builder().code("GCM-GROUP-STAFFING")
            .reason("The staff are \"to be named\"; unknown stays unknown,\nfor now \\ later")
            .addSources(Source.builder().reference("example-source.txt").locator("p. 2").build())
            .addSources(Source.builder().reference("https://example.org/report").quote("co-leads: two; rapporteur: one")
                .build())
            .addSources(Source.of("example-notes.txt"))
            .build())
        .addWaivers(Waiver.builder().code("GCM-TABLE-FACILITATOR-COUNT").reason("an example waiver").build())
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-meeting-day1")
        .kind(EventKind.MEETING_DAY)
        .parentId("example-meeting")
        .title("Day 1")
        .status(EventStatus.HELD)
        .timing(Timing.at(LocalDateTime.of(2017, 11, 6, 9, 30), LocalDateTime.of(2017, 11, 6, 18, 0), ZURICH))
        .created(Instant.parse("2017-09-02T10:00:00Z"))
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-meeting-gs1")
        .kind(EventKind.GROUP_SESSION)
        .parentId("example-meeting-day1")
        .number(1)
        .title("Group session on Act 3")
        .status(EventStatus.HELD)
        .timing(Timing.builder().start(FuzzyDate.of(LocalDateTime.of(2017, 11, 6, 14, 0)))
            .end(FuzzyDate.of(LocalDateTime.of(2017, 11, 6, 15, 30))).build())
        .place(Place.builder().room("Room 2").zone(ZURICH).build())
        .addActs(3)
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-overlap")
        .kind(EventKind.WEBINAR)
        .title("Webinar at 01:30 on the night New York falls back, in its second hour")
        .status(EventStatus.CONFIRMED)
        .timing(Timing.builder()
            .start(FuzzyDate.of(LocalDateTime.of(2017, 11, 5, 1, 30), ZoneOffset.ofHours(-5)))
            .zone(NEW_YORK).build())
        .place(Place.builder().attendance(AttendanceMode.ONLINE).build())
        .addParticipants(Participation.builder().role(Role.ORGANISER).personId("example-person").build())
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-floating")
        .kind(EventKind.BRIEFING)
        .title("Briefing with a local time and no zone")
        .status(EventStatus.PLANNED)
        .timing(Timing.builder().start(FuzzyDate.of(LocalDateTime.of(2018, 3, 1, 10, 0)))
            .end(FuzzyDate.of(LocalDateTime.of(2018, 3, 1, 11, 0))).build())
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-early-december")
        .kind(EventKind.STOCKTAKING_MEETING)
        .title("Meeting planned for early December")
        .status(EventStatus.PLANNED)
        .timing(Timing.of(FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY)))
        .place(Place.builder().city("Example city").country("MX").zone(MEXICO)
            .certainty(PlaceCertainty.CANDIDATE).build())
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-month")
        .kind(EventKind.NEGOTIATION_ROUND)
        .title("Round in a month, approximately, to a day")
        .status(EventStatus.TENTATIVE)
        .timing(Timing.builder().start(FuzzyDate.of(YearMonth.of(2018, 2)).approximate())
            .end(FuzzyDate.of(LocalDate.of(2018, 3, 2))).build())
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-cancelled")
        .kind(EventKind.IDM_WORKSHOP)
        .title("Cancelled workshop")
        .status(EventStatus.CANCELLED)
        .timing(Timing.on(LocalDate.of(2018, 4, 20)))
        .region(Region.MIDDLE_EAST_NORTH_AFRICA)
        .addRevisions(Revision.builder().status(EventStatus.CONFIRMED).note(SYNTHETIC).build())
        .description("")
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-days")
        .kind(EventKind.GFMD_MEETING)
        .title("Meeting on separate days")
        .status(EventStatus.HELD)
        .timing(Timing.builder().start(FuzzyDate.of(LocalDate.of(2018, 5, 2)))
            .end(FuzzyDate.of(LocalDate.of(2018, 5, 9)))
            .addDays(LocalDate.of(2018, 5, 2), LocalDate.of(2018, 5, 9)).build())
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-webinar-series")
        .uid("0c7d5f3e-example@partner.example.org")
        .kind(EventKind.WEBINAR)
        .title("Weekly webinar imported from a partner's calendar")
        .status(EventStatus.CONFIRMED)
        .timing(Timing.at(LocalDateTime.of(2018, 3, 6, 15, 0), LocalDateTime.of(2018, 3, 6, 16, 0), ZURICH))
        .recurrence(Recurrence.builder()
            .rule("FREQ=WEEKLY;COUNT=4;BYDAY=TU")
            .addDates(FuzzyDate.of(LocalDateTime.of(2018, 4, 5, 15, 0)))
            .addExceptions(FuzzyDate.of(LocalDateTime.of(2018, 3, 13, 15, 0)))
            .build())
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-webinar-moved")
        .kind(EventKind.WEBINAR)
        .title("Weekly webinar, third session moved to Wednesday")
        .status(EventStatus.RESCHEDULED)
        .timing(Timing.at(LocalDateTime.of(2018, 3, 21, 15, 0), LocalDateTime.of(2018, 3, 21, 16, 0), ZURICH))
        .recurrence(Recurrence.builder()
            .masterId("example-webinar-series")
            .recurrenceId(FuzzyDate.of(LocalDateTime.of(2018, 3, 20, 15, 0)))
            .build())
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-bad-rule")
        .kind(EventKind.BRIEFING)
        .title("Briefing whose rule, read from a broken calendar, is no RFC 5545 rule")
        .status(EventStatus.CONFIRMED)
        .timing(Timing.on(LocalDate.of(2018, 6, 1)))
        .recurrence(Recurrence.of("FREQ=SOMETIMES;UNTL=20191023"))
        .note(SYNTHETIC)
        .build());
    events.add(Event.builder()
        .id("example-open")
        .kind(EventKind.OTHER)
        .title("Open-ended: not in any feed")
        .status(EventStatus.PLANNED)
        .timing(Timing.of(FuzzyDate.from(FuzzyDate.of(LocalDate.of(2018, 1, 1)))))
        .note(SYNTHETIC)
        .build());
    return DataSet.builder()
        .title("Example data set")
        .asOf(Instant.parse("2018-12-31T00:00:00Z"))
        .addAllEvents(events)
        .addOrganisations(Organisation.builder().id("example-org").name("Example organisation").acronym("EO")
            .type(OrganisationType.NGO).note(SYNTHETIC).build())
        .addPeople(Person.builder().id("example-person").name("Ana Exemplo").note(SYNTHETIC).build())
        .note(SYNTHETIC)
        .build();
  }
}
