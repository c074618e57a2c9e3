package org.gcmkit.io.json;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import org.gcmkit.model.Accreditation;
import org.gcmkit.model.AccreditationKind;
import org.gcmkit.model.AccreditationStatus;
import org.gcmkit.model.Act;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Benchmark;
import org.gcmkit.model.Commission;
import org.gcmkit.model.Confidence;
import org.gcmkit.model.CountBasis;
import org.gcmkit.model.CountCategory;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Direction;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.GeoPoint;
import org.gcmkit.model.Goal;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Measurement;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Objective;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.PartOfMonth;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Phase;
import org.gcmkit.model.PhaseKind;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlaceCertainty;
import org.gcmkit.model.RecordPolicy;
import org.gcmkit.model.Recurrence;
import org.gcmkit.model.Region;
import org.gcmkit.model.RelativeAnchor;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.ReportEntry;
import org.gcmkit.model.Representative;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.SdgCode;
import org.gcmkit.model.SessionFormat;
import org.gcmkit.model.Source;
import org.gcmkit.model.Target;
import org.gcmkit.model.Timing;
import org.gcmkit.model.VoteMethod;
import org.gcmkit.model.VoteResult;
import org.gcmkit.model.Waiver;

/**
 * Data for the format tests. {@link #everyProperty()} sets every property of every type at least once. Facts come
 * from the seeds and the fact base and name their source; records that exist only to exercise a property have ids
 * starting with {@code example-} and say so in their note, so nobody mistakes them for facts.
 */
final class Fixtures {

  static final String SEED_000 = "000_efcee90ecae86aab.txt";
  static final String SEED_004 = "004_92770983771948fb.txt";
  static final String SYNTHETIC = "synthetic record of the JSON format tests, not a fact";
  static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private Fixtures() {}

  /** The 6th thematic session as the seeds give it: planned for 2–3 October 2017 (000), held 12–13 October 2017. */
  static Event thematicSession6() {
    return Event.builder()
        .id("ts6")
        .kind(EventKind.THEMATIC_SESSION)
        .number(6)
        .title("Informal thematic session 6")
        .theme("Irregular migration and regular pathways, including decent work, labour mobility, recognition of"
            + " skills and qualifications and other relevant measures")
        .status(EventStatus.RESCHEDULED)
        .timing(Timing.days(LocalDate.of(2017, 10, 12), LocalDate.of(2017, 10, 13)))
        .place(Place.builder().venue("Palais des Nations").city("Geneva").country("CH").zone(ZURICH).build())
        .addRevisions(Revision.builder()
            .timing(Timing.days(LocalDate.of(2017, 10, 2), LocalDate.of(2017, 10, 3)))
            .statedOn(FuzzyDate.of(LocalDate.of(2017, 4, 17)))
            .addSources(Source.builder().reference(SEED_000)
                .quote("October 2/3 in Geneva – irregular migration and regular pathways").build())
            .confidence(Confidence.HIGH)
            .build())
        .phaseId("ph-1")
        .addSources(Source.of(SEED_000))
        .confidence(Confidence.HIGH)
        .build();
  }

  /** A small document: the phase and the session above. */
  static DataSet small() {
    return DataSet.builder()
        .title("Thematic session 6")
        .addPhases(phase1())
        .addEvents(thematicSession6())
        .build();
  }

  static Phase phase1() {
    return Phase.builder()
        .id("ph-1")
        .kind(PhaseKind.CONSULTATION)
        .name("Phase I - Consultations")
        .window(FuzzyDate.between(FuzzyDate.of(YearMonth.of(2017, 4)), FuzzyDate.of(YearMonth.of(2017, 11))))
        .addSources(Source.of(SEED_004))
        .confidence(Confidence.HIGH)
        .build();
  }

  /** Every property of every type, at least once. */
  static DataSet everyProperty() {
    Source synthetic = Source.builder().reference("example-source").locator("p. 1").quote("“quoted” text").build();
    Place candidate = Place.builder().city("Example City").country("CH").certainty(PlaceCertainty.CANDIDATE).build();
    Place place = Place.builder()
        .venue("Example venue")
        .room("Room 1")
        .address("1 Example Street")
        .city("Example City")
        .country("CH")
        .zone(ZURICH)
        .geo(GeoPoint.of(46.2266, 6.1405))
        .certainty(PlaceCertainty.PROBABLE)
        .addAlternatives(candidate)
        .attendance(AttendanceMode.HYBRID)
        .remoteDetails("a conference call line")
        .remoteUrl(URI.create("https://example.org/call"))
        .sourceText("probably Example City")
        .build();
    Event meeting = Event.builder()
        .id("example-meeting")
        .uid("example-meeting@example.org")
        .kind(EventKind.REGIONAL_CONSULTATION)
        .title("Example regional consultation")
        .description("Exercises every property of an event.")
        .theme("An example theme")
        .number(1)
        .commission(Commission.ECE)
        .region(Region.EUROPE)
        .parentId("ts6")
        .phaseId("ph-1")
        .timing(Timing.builder()
            .start(FuzzyDate.of(LocalDateTime.of(2017, 11, 6, 10, 0)))
            .end(FuzzyDate.of(LocalDateTime.of(2017, 11, 6, 13, 0)))
            .zone(ZURICH)
            .addDays(LocalDate.of(2017, 11, 6), LocalDate.of(2017, 11, 7))
            .relativeTo(RelativeDate.builder()
                .anchorId("ts6")
                .anchor(RelativeAnchor.END)
                .offset(Period.ofWeeks(-3))
                .approximate(true)
                .sourceText("three weeks before")
                .build())
            .build())
        .recurrence(Recurrence.builder()
            .rule("FREQ=WEEKLY;COUNT=3")
            .addDates(FuzzyDate.of(LocalDateTime.of(2017, 11, 30, 10, 0)))
            .addExceptions(FuzzyDate.of(LocalDateTime.of(2017, 11, 13, 10, 0)))
            .masterId("ts6")
            .recurrenceId(FuzzyDate.of(LocalDateTime.of(2017, 11, 6, 9, 0)))
            .build())
        .place(place)
        .status(EventStatus.PLANNED)
        .addRevisions(Revision.builder()
            .timing(Timing.of(FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY)
                .withSourceText("early December")))
            .place(candidate)
            .status(EventStatus.TENTATIVE)
            .title("Earlier title")
            .statedOn(FuzzyDate.parse("2017-10~"))
            .addSources(synthetic)
            .confidence(Confidence.LOW)
            .note(SYNTHETIC)
            .build())
        .addParticipants(Participation.builder()
            .role(Role.CO_LEAD)
            .personId("example-person")
            .organisationId("example-ngo")
            .onBehalfOf("example-network")
            .note("speaks for the network")
            .addSources(synthetic)
            .build())
        .addHeadcounts(Headcount.builder()
            .basis(CountBasis.EXPECTED)
            .category(CountCategory.PARTICIPANTS)
            .minimum(7)
            .maximum(15)
            .approximate(true)
            .sourceText("7 to 15 people")
            .addSources(synthetic)
            .build())
        .addLanguages("en", "fr")
        .addInterpretation("es")
        .addActs(3, 1)
        .addObjectives(23, 2)
        .recordPolicy(RecordPolicy.CHATHAM_HOUSE)
        .sessionFormat(SessionFormat.of(2, 5, Duration.ofMinutes(90)))
        .addReport(ReportEntry.builder()
            .rapporteurId("example-person")
            .question("What was agreed?")
            .answer("")
            .submitted(FuzzyDate.parse("2017-12-03"))
            .build())
        .url(URI.create("https://example.org/meeting?x=1&y=2"))
        .created(Instant.parse("2017-10-01T08:00:00Z"))
        .lastModified(Instant.parse("2017-10-02T09:30:15.250Z"))
        .addWaivers(Waiver.builder().code("GCM-EXAMPLE").reason("an example waiver").addSources(synthetic).build())
        .addSources(synthetic)
        .confidence(Confidence.MEDIUM)
        .note(SYNTHETIC)
        .build();
    Indicator indicator = Indicator.builder()
        .id("example-indicator")
        .title("Example indicator")
        .unit("percent")
        .direction(Direction.DECREASE)
        .addSdgIndicators(SdgCode.parse("10.7.2"))
        .baseline(Measurement.builder().date(LocalDate.of(2018, 12, 19)).value(new BigDecimal("12.50")).build())
        .addBenchmarks(Benchmark.builder().years(2).due(LocalDate.of(2020, 12, 19))
            .value(new BigDecimal("1E+1")).note("synthetic").build())
        .addMeasurements(Measurement.builder().date(LocalDate.of(2019, 12, 19)).value(new BigDecimal("-0.001"))
            .note("synthetic").addSources(synthetic).build())
        .addSources(synthetic)
        .confidence(Confidence.LOW)
        .note(SYNTHETIC)
        .build();
    return DataSet.builder()
        .title("Every property")
        .description("A document in which every property of the gcmkit/1 format appears.")
        .asOf(Instant.parse("2018-12-19T00:00:00Z"))
        .complete(true)
        .addPhases(Phase.builder()
            .from(phase1())
            .description("informal thematic sessions, regional consultations, hearings")
            .addRevisions(Revision.builder()
                .timing(Timing.of(FuzzyDate.parse("2017-04-01/2017-11-30~")))
                .addSources(Source.of(SEED_000))
                .build())
            .note("000 gives start 'April 1' and end 'end of November'")
            .build())
        .addEvents(thematicSession6(), meeting)
        .addOrganisations(Organisation.builder()
            .id("example-ngo")
            .name("Example NGO")
            .acronym("ENGO")
            .addAliases("Example Non-Governmental Organisation")
            .type(OrganisationType.NGO)
            .country("CH")
            .city("Geneva")
            .url(URI.create("https://example.org/"))
            .parentId("example-network")
            .addMemberIds("example-member")
            .addSources(synthetic)
            .confidence(Confidence.LOW)
            .note(SYNTHETIC)
            .build())
        .addPeople(Person.builder()
            .id("example-person")
            .name("Example Person")
            .addAliases("E. Person")
            .migrant(true)
            .addSources(synthetic)
            .confidence(Confidence.LOW)
            .note(SYNTHETIC)
            .build())
        .addMemberships(Membership.builder()
            .personId("example-person")
            .organisationId("example-ngo")
            .role(Role.FOCAL_POINT)
            .title("Example focal point")
            .onBehalfOf("example-network")
            .start(FuzzyDate.parse("2017"))
            .end(FuzzyDate.fromWithUnknownEnd(FuzzyDate.parse("2018-XX")))
            .senior(true)
            .addSources(synthetic)
            .confidence(Confidence.LOW)
            .note(SYNTHETIC)
            .build())
        .addAccreditations(Accreditation.builder()
            .id("example-accreditation")
            .organisationId("example-ngo")
            .kind(AccreditationKind.SPECIAL_ACCREDITATION)
            .status(AccreditationStatus.OBJECTED)
            .eventId("example-meeting")
            .deadline(FuzzyDate.parse("2017-10-16"))
            .appliedOn(FuzzyDate.parse("2017-10?"))
            .objectionReason("an example objection")
            .quota(2)
            .addRepresentatives(Representative.builder()
                .personId("example-person")
                .authorisedBy("example-ngo")
                .priority(1)
                .registeredOn(FuzzyDate.parse("2017-10-20%"))
                .substituteFor("example-other")
                .build())
            .addSources(synthetic)
            .confidence(Confidence.LOW)
            .note(SYNTHETIC)
            .build())
        .addActs(Act.builder().number(3).title("Protection").round(1).summary("an example summary")
            .addSources(Source.of(SEED_004)).confidence(Confidence.HIGH).note("title as 004 gives it").build())
        .addObjectives(Objective.builder().number(23).title("An example objective title").addedIn("example-draft")
            .addSources(synthetic).confidence(Confidence.LOW).note(SYNTHETIC).build())
        .addGoals(Goal.builder()
            .id("example-goal")
            .title("Example goal")
            .description("Exercises goals, targets and indicators.")
            .addActs(3)
            .addObjectives(23)
            .addSdgCodes(SdgCode.parse("10"))
            .addTargets(Target.builder()
                .id("example-target")
                .title("Example target")
                .adoptedOn(LocalDate.of(2018, 12, 19))
                .period(FuzzyDate.parse("2018/2030"))
                .addSdgTargets(SdgCode.parse("10.7"), SdgCode.parse("10.a"))
                .addIndicators(indicator)
                .addSources(synthetic)
                .confidence(Confidence.LOW)
                .note(SYNTHETIC)
                .build())
            .addSources(synthetic)
            .confidence(Confidence.LOW)
            .note(SYNTHETIC)
            .build())
        .addDocuments(Document.builder()
            .id("ga-73-195")
            .kind(DocumentKind.RESOLUTION)
            .title("General Assembly endorses the Global Compact for Safe, Orderly and Regular Migration")
            .addSymbols("A/RES/73/195")
            .eventId("example-meeting")
            .addAuthorIds("example-ngo")
            .due(FuzzyDate.parse("2018-12"))
            .issued(FuzzyDate.parse("2018-12-19"))
            .previousVersionId("example-draft")
            .url(URI.create("https://example.org/A/RES/73/195"))
            .addLanguages("en")
            .vote(VoteResult.builder()
                .method(VoteMethod.RECORDED_VOTE)
                .inFavour(152)
                .against(5)
                .abstentions(12)
                .notVoting(24)
                .membership(193)
                .addAgainstIds("example-state")
                .note("recorded vote as the fact base gives it")
                .build())
            .addWaivers(Waiver.builder().code("GCM-EXAMPLE").reason("an example waiver").build())
            .addSources(Source.of("gcm-facts.tsv"))
            .confidence(Confidence.HIGH)
            .note("event, author, draft and url are synthetic")
            .build())
        .addSources(Source.of(SEED_000), Source.of(SEED_004))
        .confidence(Confidence.MEDIUM)
        .note("parts of this document are synthetic")
        .build();
  }
}
