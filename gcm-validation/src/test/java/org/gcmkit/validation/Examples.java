package org.gcmkit.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.gcmkit.model.Accreditation;
import org.gcmkit.model.AccreditationKind;
import org.gcmkit.model.AccreditationStatus;
import org.gcmkit.model.Act;
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
import org.gcmkit.model.Goal;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Measurement;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Objective;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Phase;
import org.gcmkit.model.PhaseKind;
import org.gcmkit.model.Place;
import org.gcmkit.model.RecordPolicy;
import org.gcmkit.model.Region;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.ReportEntry;
import org.gcmkit.model.Representative;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.Source;
import org.gcmkit.model.Target;
import org.gcmkit.model.Timing;
import org.gcmkit.model.VoteMethod;
import org.gcmkit.model.VoteResult;
import org.gcmkit.model.Waiver;

/**
 * For every rule, a value that breaks it and a value that keeps it, taken from the seeds where they give an example
 * (the civil society stocktaking of 2–3 December 2017, the 6th thematic session, the Asia RCSC "about three weeks
 * before" ESCAP, the General Assembly's vote of 19 December 2018). People at the stocktaking are placeholders; counts
 * the seeds do not give are hypothetical and say so.
 */
final class Examples {

  /** A pair of examples for one rule. */
  static final class Case {
    final Supplier<Object> violating;
    final Supplier<Object> satisfying;

    Case(Supplier<Object> violating, Supplier<Object> satisfying) {
      this.violating = violating;
      this.satisfying = satisfying;
    }
  }

  static final String SEED_000 = Seeds.SEED_000;
  static final String SEED_004 = Seeds.SEED_004;
  static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  static final LocalDate DEADLINE = LocalDate.of(2017, 4, 17);

  private static final Map<String, Case> CASES = new LinkedHashMap<>();

  private Examples() {}

  /**
   * The examples, by rule code.
   *
   * @return the cases
   */
  static Map<String, Case> cases() {
    if (CASES.isEmpty()) {
      fields();
      integrity();
      time();
      programme();
      meetings();
      accreditations();
      documents();
      goals();
      completeness();
    }
    return CASES;
  }

  private static void add(String code, Supplier<Object> violating, Supplier<Object> satisfying) {
    if (CASES.put(code, new Case(violating, satisfying)) != null) {
      throw new IllegalStateException("two cases for " + code);
    }
  }

  // ------------------------------------------------------------------------------------------------------------
  // Builders

  static Event.Builder event(String id, EventKind kind) {
    return Event.builder().id(id).kind(kind).title("Event " + id).status(EventStatus.HELD)
        .addSources(Source.of(SEED_004)).confidence(Confidence.HIGH);
  }

  static DataSet data(Event... events) {
    return DataSet.builder().addEvents(events).build();
  }

  /** The staffed stocktaking with some events changed (by id) and others added. */
  static DataSet stocktaking(UnaryOperator<Event> change) {
    DataSet base = Seeds.staffedStocktaking();
    List<Event> events = new ArrayList<>();
    for (Event e : base.events()) {
      Event changed = change.apply(e);
      if (changed != null) {
        events.add(changed);
      }
    }
    return DataSet.builder().from(base).events(events).build();
  }

  static Event withParticipants(Event e, UnaryOperator<List<Participation>> change) {
    return e.withParticipants(change.apply(new ArrayList<>(e.participants())));
  }

  static Person person(String id) {
    return Seeds.person(id);
  }

  static Organisation organisation(String id, OrganisationType type) {
    return Organisation.builder().id(id).name("Organisation " + id).type(type).addSources(Source.of(SEED_000))
        .confidence(Confidence.LOW).build();
  }

  static Timing at(int year, int month, int day, int hour, int minute, int minutes, ZoneId zone) {
    LocalDateTime start = LocalDateTime.of(year, month, day, hour, minute);
    return Timing.at(start, start.plusMinutes(minutes), zone);
  }

  static Phase phase(String id, PhaseKind kind, String window) {
    return Phase.builder().id(id).kind(kind).name("Phase " + id).window(FuzzyDate.parse(window))
        .addSources(Source.of(SEED_004)).confidence(Confidence.HIGH).build();
  }

  /** A headcount; the numbers passed are the seeds' or hypothetical, as the caller says. */
  static Headcount count(CountBasis basis, CountCategory category, int min, int max, boolean approximate) {
    return Headcount.builder().basis(basis).category(category).minimum(min).maximum(max).approximate(approximate)
        .build();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Field constraints

  private static void fields() {
    add("GCM-FIELD-NOT-BLANK", () -> event("e", EventKind.MEETING).title(" ").build(),
        () -> event("e", EventKind.MEETING).build());
    add("GCM-FIELD-POSITIVE", () -> event("ts0", EventKind.THEMATIC_SESSION).number(0).build(),
        () -> event("ts1", EventKind.THEMATIC_SESSION).number(1).build());
    add("GCM-FIELD-POSITIVE-OR-ZERO",
        () -> Headcount.builder().basis(CountBasis.ACTUAL).category(CountCategory.STATES).minimum(-1).build(),
        () -> Headcount.builder().basis(CountBasis.ACTUAL).category(CountCategory.STATES).minimum(23).build());
    add("GCM-FIELD-MIN", () -> Act.builder().number(0).title("Drivers of human mobility").build(),
        () -> Act.builder().number(1).title("Drivers of human mobility").build());
    add("GCM-FIELD-MAX", () -> event("gs", EventKind.GROUP_SESSION).addActs(11).build(),
        () -> event("gs", EventKind.GROUP_SESSION).addActs(10).build());
    add("GCM-FIELD-COUNTRY-CODE", () -> Seeds.puertoVallarta().withCountry("mx"), Seeds::puertoVallarta);
    add("GCM-FIELD-LANGUAGE-TAG", () -> event("e", EventKind.MEETING).addLanguages("english language").build(),
        () -> event("e", EventKind.MEETING).addLanguages("en", "fr").build());
    add("GCM-FIELD-CONSTRAINT", () -> new AppRegistration(null), () -> new AppRegistration("someone@example.org"));
  }

  // ------------------------------------------------------------------------------------------------------------
  // Integrity

  private static void integrity() {
    add("GCM-ID-DUPLICATE", () -> data(event("a", EventKind.MEETING).build(), event("a", EventKind.WEBINAR).build()),
        () -> data(event("a", EventKind.MEETING).build(), event("b", EventKind.WEBINAR).build()));
    add("GCM-REF-EVENT", () -> data(event("d1", EventKind.MEETING_DAY).parentId("nowhere").build()),
        () -> data(event("m", EventKind.MEETING).build(), event("d1", EventKind.MEETING_DAY).parentId("m").build()));
    add("GCM-REF-PHASE", () -> data(event("m", EventKind.MEETING).phaseId("ph-9").build()),
        () -> DataSet.builder().addPhases(phase("ph-1", PhaseKind.CONSULTATION, "2017-04/2017-11"))
            .addEvents(event("m", EventKind.MEETING).phaseId("ph-1").build()).build());
    add("GCM-REF-PERSON",
        () -> data(event("m", EventKind.MEETING).addParticipants(Participation.of(Role.SPEAKER, "p-1")).build()),
        () -> DataSet.builder().addPeople(person("p-1"))
            .addEvents(event("m", EventKind.MEETING).addParticipants(Participation.of(Role.SPEAKER, "p-1")).build())
            .build());
    add("GCM-REF-ORGANISATION",
        () -> data(event("m", EventKind.MEETING).addParticipants(
            Participation.builder().role(Role.ORGANISER).organisationId("body-iom").build()).build()),
        () -> DataSet.builder().addAllOrganisations(Seeds.stocktakingBodies())
            .addEvents(event("m", EventKind.MEETING).addParticipants(
                Participation.builder().role(Role.ORGANISER).organisationId("body-iom").build()).build())
            .build());
    add("GCM-REF-DOCUMENT",
        () -> DataSet.builder().addDocuments(draft("rev1", "zero")).build(),
        () -> DataSet.builder().addDocuments(draft("zero", null), draft("rev1", "zero")).build());
    add("GCM-REF-AUTHOR",
        () -> DataSet.builder().addDocuments(draft("zero", null).withAuthorIds("co-facilitators")).build(),
        () -> DataSet.builder().addPeople(person("co-facilitators"))
            .addDocuments(draft("zero", null).withAuthorIds("co-facilitators")).build());
    add("GCM-REF-CYCLE",
        () -> data(event("a", EventKind.MEETING_DAY).parentId("b").build(),
            event("b", EventKind.MEETING_DAY).parentId("a").build()),
        () -> data(event("a", EventKind.MEETING).build(), event("b", EventKind.MEETING_DAY).parentId("a").build()));
    add("GCM-PARTICIPATION-EMPTY",
        () -> event("m", EventKind.MEETING).addParticipants(Participation.builder().role(Role.SPEAKER).build())
            .build(),
        () -> event("m", EventKind.MEETING).addParticipants(Participation.of(Role.SPEAKER, "p-1")).build());
    add("GCM-PROGRAMME-PARENT", () -> event("item", EventKind.AGENDA_ITEM).build(),
        () -> event("item", EventKind.AGENDA_ITEM).parentId("m").build());
    add("GCM-WAIVER-UNKNOWN-CODE",
        () -> event("m", EventKind.MEETING).addWaivers(waiver("GCM-NO-SUCH-RULE")).build(),
        () -> event("m", EventKind.MEETING).addWaivers(waiver("GCM-PHASE-WINDOW")).build());
    add("GCM-WAIVER-NOT-ALLOWED",
        () -> event("m", EventKind.MEETING).addWaivers(waiver("GCM-ID-DUPLICATE")).build(),
        () -> event("m", EventKind.MEETING).addWaivers(waiver("GCM-PHASE-WINDOW")).build());
  }

  static Waiver waiver(String code) {
    return Waiver.builder().code(code).reason("an accepted exception").addSources(Source.of(SEED_000)).build();
  }

  static Document draft(String id, String previous) {
    Document.Builder b = Document.builder().id(id).kind(DocumentKind.DRAFT).title("Draft " + id)
        .addSources(Source.of(SEED_000)).confidence(Confidence.MEDIUM);
    if (previous != null) {
      b.previousVersionId(previous);
    }
    return b.build();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Time

  private static void time() {
    add("GCM-TIMING-END-BEFORE-START", () -> Timing.days(LocalDate.of(2017, 12, 3), LocalDate.of(2017, 12, 2)),
        () -> Timing.days(LocalDate.of(2017, 12, 2), LocalDate.of(2017, 12, 3)));
    add("GCM-TIMING-ZONE-MISSING",
        () -> Timing.builder().start(FuzzyDate.of(LocalDateTime.of(2017, 4, 17, 14, 0)))
            .end(FuzzyDate.of(LocalDateTime.of(2017, 4, 17, 18, 0))).build(),
        () -> at(2017, 4, 17, 14, 0, 240, NEW_YORK));
    // Europe/Zurich skipped 02:00-03:00 on 26 March 2017 and repeated 02:00-03:00 on 29 October 2017.
    add("GCM-TIMING-DST-GAP", () -> at(2017, 3, 26, 2, 30, 60, ZURICH), () -> at(2017, 3, 26, 9, 0, 60, ZURICH));
    add("GCM-TIMING-DST-OVERLAP", () -> at(2017, 10, 29, 2, 30, 90, ZURICH),
        () -> Timing.builder().start(FuzzyDate.of(LocalDateTime.of(2017, 10, 29, 2, 30), ZoneOffset.ofHours(2)))
            .end(FuzzyDate.of(LocalDateTime.of(2017, 10, 29, 4, 0))).zone(ZURICH).build());
    add("GCM-TIMING-OFFSET-MISMATCH",
        () -> Timing.builder().start(FuzzyDate.of(LocalDateTime.of(2017, 4, 17, 14, 0), ZoneOffset.ofHours(-5)))
            .end(FuzzyDate.of(LocalDateTime.of(2017, 4, 17, 18, 0))).zone(NEW_YORK).build(),
        () -> Timing.builder().start(FuzzyDate.of(LocalDateTime.of(2017, 4, 17, 14, 0), ZoneOffset.ofHours(-4)))
            .end(FuzzyDate.of(LocalDateTime.of(2017, 4, 17, 18, 0))).zone(NEW_YORK).build());
    // The GFMD civil society days of 2017: 29 June and 1 July.
    add("GCM-TIMING-DAYS-OUTSIDE", () -> Timing.days(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 1))
            .withDays(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 2)),
        () -> Timing.days(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 1))
            .withDays(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 1)));
    add("GCM-WEEKDAY-LABEL", () -> stocktakingDays("Friday and Saturday 2– 3 December 2017"),
        () -> stocktakingDays("Saturday and Sunday 2– 3 December 2017"));
    add("GCM-PHASE-WINDOW",
        () -> DataSet.builder().addPhases(phase("ph-2", PhaseKind.STOCKTAKING, "2017-11/2018-01"))
            .addEvents(Seeds.thematicSession6().withPhaseId("ph-2")).build(),
        Examples::thematicSession6InPhase);
    // The SG report was expected "in late November/early December" (000).
    add("GCM-PHASE-WINDOW-UNCERTAIN", () -> sgReportExpected("ph-1"), () -> sgReportExpected("ph-2"));
    add("GCM-PARENT-WINDOW",
        () -> stocktaking(e -> e.id().equals("cs-stock-d2") ? e.withTiming(Timing.on(LocalDate.of(2017, 12, 4))) : e),
        Seeds::staffedStocktaking);
    add("GCM-PARENT-WINDOW-UNCERTAIN",
        () -> stocktaking(e -> e.id().equals("cs-stock-lunch")
            ? e.withTiming(Timing.of(FuzzyDate.parse("2017-12"))) : e),
        Seeds::staffedStocktaking);
    add("GCM-RELATIVE-DATE", () -> asiaRcsc(true), () -> asiaRcsc(false));
    add("GCM-RESCHEDULED-REVISION", () -> Seeds.thematicSession6().withRevisions(),
        Seeds::thematicSession6);
    add("GCM-PERSON-OVERLAP", () -> twoTalks(15, 0), () -> twoTalks(16, 0));
  }

  static Timing stocktakingDays(String phrase) {
    return Timing.builder().start(FuzzyDate.of(LocalDate.of(2017, 12, 2)).withSourceText(phrase))
        .end(FuzzyDate.of(LocalDate.of(2017, 12, 3))).build();
  }

  static DataSet thematicSession6InPhase() {
    return DataSet.builder().addPhases(phase("ph-1", PhaseKind.CONSULTATION, "2017-04/2017-11"))
        .addEvents(Seeds.thematicSession6()).build();
  }

  static DataSet sgReportExpected(String phaseId) {
    return DataSet.builder()
        .addPhases(phase("ph-1", PhaseKind.CONSULTATION, "2017-04/2017-11"),
            phase("ph-2", PhaseKind.STOCKTAKING, "2017-11/2018-01"))
        .addEvents(event("sg-report", EventKind.MILESTONE).status(EventStatus.PLANNED).phaseId(phaseId)
            .timing(Timing.of(FuzzyDate.parse("2017-11-21/2017-12-10")
                .withSourceText("late November/early December")))
            .build())
        .build();
  }

  /**
   * ESCAP's regional consultation (6–8 November 2017, Bangkok) and the Asia RCSC planned "about three weeks before"
   * it (000). Held on 4–5 August 2017, three months before: the relative plan fits October, not the date held.
   */
  static DataSet asiaRcsc(boolean relativeOnActualDates) {
    Event escap = event("rec-escap-2017", EventKind.REGIONAL_CONSULTATION).commission(Commission.ESCAP)
        .timing(Timing.days(LocalDate.of(2017, 11, 6), LocalDate.of(2017, 11, 8)))
        .place(Place.builder().city("Bangkok").country("TH").zone(BANGKOK).build()).build();
    RelativeDate threeWeeksBefore = RelativeDate.builder().anchorId("rec-escap-2017").offset(Period.ofWeeks(-3))
        .approximate(true).sourceText("about three weeks before the economic regional consultation (November 6-8)")
        .build();
    Timing held = Timing.days(LocalDate.of(2017, 8, 4), LocalDate.of(2017, 8, 5));
    Event.Builder rcsc = event("rcsc-asia", EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION).region(Region.ASIA)
        .place(Place.builder().city("Bangkok").country("TH").zone(BANGKOK).build())
        .addParticipants(Participation.builder().role(Role.ANCHOR).organisationId("body-mfa").build());
    if (relativeOnActualDates) {
      rcsc.timing(held.withRelativeTo(threeWeeksBefore));
    } else {
      rcsc.timing(held).addRevisions(Revision.builder()
          .timing(Timing.of(FuzzyDate.parse("2017-10").uncertain()).withRelativeTo(threeWeeksBefore))
          .statedOn(FuzzyDate.of(DEADLINE)).addSources(Source.of(SEED_000)).build());
    }
    return DataSet.builder().addEvents(escap, rcsc.build())
        .addOrganisations(Organisation.builder().id("body-mfa").name("Migrant Forum in Asia").acronym("MFA")
            .type(OrganisationType.NETWORK).build())
        .build();
  }

  /** A person speaking at two meetings in New York on the same afternoon (hypothetical times). */
  static DataSet twoTalks(int secondHour, int secondMinute) {
    return DataSet.builder().addPeople(person("p-1"))
        .addEvents(
            event("talk-1", EventKind.BRIEFING).timing(at(2017, 4, 18, 14, 0, 90, NEW_YORK))
                .addParticipants(Participation.of(Role.SPEAKER, "p-1")).build(),
            event("talk-2", EventKind.WEBINAR).timing(at(2017, 4, 18, secondHour, secondMinute, 60, NEW_YORK))
                .addParticipants(Participation.of(Role.SPEAKER, "p-1")).build())
        .build();
  }

  // ------------------------------------------------------------------------------------------------------------
  // The programme of the civil society stocktaking (004)

  static Event groupSession(int participants) {
    Event.Builder b = event("gs", EventKind.GROUP_SESSION).parentId("r").addActs(3)
        .addParticipants(Participation.of(Role.CO_LEAD, "c1"), Participation.of(Role.CO_LEAD, "c2"),
            Participation.of(Role.RAPPORTEUR, "r1"));
    for (int k = 1; k <= participants; k++) {
      b.addParticipants(Participation.of(Role.PARTICIPANT, "p" + k));
    }
    return b.build();
  }

  static Event table() {
    Event.Builder b = event("t", EventKind.GOVERNMENT_TABLE).parentId("d2").addActs(3)
        .recordPolicy(RecordPolicy.NO_RECORD).addParticipants(Participation.of(Role.FACILITATOR, "c1"));
    for (int k = 1; k <= 3; k++) {
      b.addParticipants(Participation.of(Role.GOVERNMENT_REPRESENTATIVE, "g" + k));
    }
    for (int k = 1; k <= 6; k++) {
      b.addParticipants(Participation.of(Role.PARTICIPANT, "p" + k));
    }
    return b.build();
  }

  private static void programme() {
    add("GCM-GROUP-SIZE", () -> groupSession(3), () -> groupSession(8));
    add("GCM-GROUP-STAFFING",
        () -> groupSession(8).withParticipants(Participation.of(Role.CO_LEAD, "c1"),
            Participation.of(Role.RAPPORTEUR, "r1")),
        () -> groupSession(8));
    add("GCM-GROUP-ACT", () -> groupSession(8).withActs(3, 4), () -> groupSession(8));
    add("GCM-ROUND-COUNT",
        () -> stocktaking(e -> e.id().equals("cs-stock-r2") || "cs-stock-r2".equals(e.parentId().orElse(""))
            || e.id().startsWith("cs-stock-t") && e.acts().first() > 5 ? null : e),
        Seeds::staffedStocktaking);
    add("GCM-ROUND-SESSIONS",
        () -> stocktaking(e -> e.id().equals("cs-stock-gs5") || e.id().equals("cs-stock-t5") ? null : e),
        Seeds::staffedStocktaking);
    add("GCM-SESSION-LENGTH",
        () -> stocktaking(e -> e.id().equals("cs-stock-gs1") ? e.withTiming(e.timing().get()
            .withEnd(FuzzyDate.of(LocalDateTime.of(2017, 12, 2, 15, 0)))) : e),
        Seeds::staffedStocktaking);
    add("GCM-ROUND-PARTICIPANT",
        () -> stocktaking(e -> e.id().equals("cs-stock-gs2")
            ? withParticipants(e, ps -> {
              ps.add(Participation.of(Role.PARTICIPANT, Seeds.participant(1, 8)));
              return ps;
            }) : e),
        Seeds::staffedStocktaking);
    add("GCM-TABLE-FOLLOW-ON",
        () -> stocktaking(e -> e.id().equals("cs-stock-t2")
            ? withParticipants(e, ps -> {
              ps.add(Participation.of(Role.PARTICIPANT, Seeds.participant(1, 8)));
              return ps;
            }) : e),
        Seeds::staffedStocktaking);
    add("GCM-REPORT-RAPPORTEUR",
        () -> groupSession(8).withReport(entry("c1")),
        () -> groupSession(8).withReport(entry("r1")));
    add("GCM-TABLE-GOVERNMENTS",
        () -> withParticipants(table(), ps -> {
          ps.removeIf(p -> p.role() == Role.GOVERNMENT_REPRESENTATIVE && !p.personId().get().equals("g1"));
          return ps;
        }),
        Examples::table);
    add("GCM-TABLE-CIVIL-SOCIETY",
        () -> withParticipants(table(), ps -> {
          for (int k = 7; k <= 9; k++) {
            ps.add(Participation.of(Role.PARTICIPANT, "p" + k));
          }
          return ps;
        }),
        Examples::table);
    add("GCM-TABLE-PROVENANCE",
        () -> stocktaking(e -> e.id().equals("cs-stock-t1")
            ? withParticipants(e, ps -> {
              ps.removeIf(p -> p.role() == Role.PARTICIPANT);
              for (int k = 7; k <= 8; k++) {
                ps.add(Participation.of(Role.PARTICIPANT, Seeds.participant(1, k)));
              }
              for (int k = 7; k <= 8; k++) {
                ps.add(Participation.of(Role.PARTICIPANT, Seeds.participant(2, k)));
                ps.add(Participation.of(Role.PARTICIPANT, Seeds.participant(3, k)));
              }
              return ps;
            }) : e),
        Seeds::staffedStocktaking);
    add("GCM-TABLE-FACILITATOR",
        () -> stocktaking(e -> e.id().equals("cs-stock-t3")
            ? withParticipants(e, ps -> {
              ps.set(0, Participation.of(Role.FACILITATOR, "gs4-co-lead-1"));
              return ps;
            }) : e),
        Seeds::staffedStocktaking);
    add("GCM-TABLE-FACILITATOR-COUNT",
        () -> withParticipants(table(), ps -> {
          ps.remove(0);
          return ps;
        }),
        Examples::table);
    add("GCM-TABLE-MODERATOR",
        () -> withParticipants(table(), ps -> {
          ps.add(Participation.of(Role.MODERATOR, "m1"));
          return ps;
        }),
        Examples::table);
    add("GCM-NO-RECORD-RAPPORTEUR",
        () -> withParticipants(table(), ps -> {
          ps.add(Participation.of(Role.RAPPORTEUR, "r1"));
          return ps;
        }),
        Examples::table);
    add("GCM-NO-RECORD-REPORT", () -> table().withReport(entry("c1")), Examples::table);
    add("GCM-TABLE-RECORD-POLICY", () -> table().withRecordPolicy(RecordPolicy.ON_RECORD), Examples::table);
    add("GCM-LUNCH-TABLE-AGENDA",
        () -> {
          DataSet d = Seeds.staffedStocktaking();
          return DataSet.builder().from(d).addEvents(event("lunch-agenda", EventKind.AGENDA_ITEM)
              .parentId("cs-stock-lunch").timing(Timing.on(LocalDate.of(2017, 12, 3))).build()).build();
        },
        Seeds::staffedStocktaking);
    add("GCM-TABLE-THEME", () -> stocktaking(e -> e.id().equals("cs-stock-t3") ? null : e),
        Seeds::staffedStocktaking);
    add("GCM-HEADCOUNT-RANGE",
        () -> event("rcsc", EventKind.MEETING)
            .addHeadcounts(count(CountBasis.EXPECTED, CountCategory.PARTICIPANTS, 80, 30, false)).build(),
        () -> event("rcsc", EventKind.MEETING)
            .addHeadcounts(count(CountBasis.EXPECTED, CountCategory.PARTICIPANTS, 30, 80, false)).build());
    // 004: "approximately 40 delegates" expected on Day 2; 002: "55 govt participants".
    add("GCM-HEADCOUNT-CAPACITY",
        () -> Seeds.civilSocietyStocktaking().event("cs-stock").get()
            .withHeadcounts(count(CountBasis.EXPECTED, CountCategory.GOVERNMENT_DELEGATES, 40, 40, true),
                count(CountBasis.ACTUAL, CountCategory.GOVERNMENT_DELEGATES, 55, 55, false)),
        () -> Seeds.civilSocietyStocktaking().event("cs-stock").get());
  }

  static ReportEntry entry(String by) {
    return ReportEntry.builder().rapporteurId(by).question("Which states are - or can be - leaders on this issue?")
        .answer("(placeholder)").build();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Regional consultations, negotiations, the follow-up

  static Event rcsc(Region region) {
    return event("rcsc-" + region.name().toLowerCase(java.util.Locale.ROOT),
        EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION).region(region)
        .addParticipants(Participation.builder().role(Role.ANCHOR).organisationId("anchor").build()).build();
  }

  private static void meetings() {
    add("GCM-RCSC-SIZE",
        () -> rcsc(Region.ASIA).withHeadcounts(count(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, 120, 120, false)),
        () -> rcsc(Region.ASIA).withHeadcounts(count(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, 60, 60, false)));
    add("GCM-RCSC-TOTAL", () -> complete(d -> withRcscCounts(d, 40)), () -> complete(d -> withRcscCounts(d, 60)));
    add("GCM-RCSC-ANCHOR", () -> rcsc(Region.ASIA).withParticipants(), () -> rcsc(Region.ASIA));
    add("GCM-ORGANISER-SUPPORTER",
        () -> Seeds.civilSocietyStocktaking().event("cs-stock").get().withParticipants(
            Participation.builder().role(Role.ORGANISER).organisationId("body-iom").build(),
            Participation.builder().role(Role.SUPPORTER).organisationId("body-iom").build()),
        () -> Seeds.civilSocietyStocktaking().event("cs-stock").get());
    add("GCM-RCSC-ACCREDITATION", () -> rcscAccreditation(AccreditationKind.SPECIAL_ACCREDITATION),
        () -> rcscAccreditation(AccreditationKind.NONE));
    add("GCM-RCSC-LANGUAGES", () -> rcsc(Region.AFRICA).withLanguages("en"),
        () -> rcsc(Region.AFRICA).withLanguages("en", "fr"));
    add("GCM-NEGOTIATION-STATES-ONLY", () -> negotiation(Role.SPEAKER), () -> negotiation(Role.OBSERVER));
    add("GCM-REVIEW-FORUM-CYCLE",
        () -> event("imrf", EventKind.REVIEW_FORUM)
            .timing(Timing.days(LocalDate.of(2024, 5, 17), LocalDate.of(2024, 5, 20))).build(),
        () -> event("imrf-2022", EventKind.REVIEW_FORUM)
            .timing(Timing.days(LocalDate.of(2022, 5, 17), LocalDate.of(2022, 5, 20))).build());
    add("GCM-REGIONAL-REVIEW-START",
        () -> event("review", EventKind.REGIONAL_REVIEW).timing(Timing.of(FuzzyDate.parse("2019"))).build(),
        () -> event("review-unece-2020", EventKind.REGIONAL_REVIEW).commission(Commission.ECE)
            .timing(Timing.days(LocalDate.of(2020, 11, 12), LocalDate.of(2020, 11, 13))).build());
  }

  static DataSet rcscAccreditation(AccreditationKind kind) {
    return DataSet.builder().addEvents(rcsc(Region.EUROPE))
        .addOrganisations(organisation("anchor", OrganisationType.NETWORK), organisation("ngo", OrganisationType.NGO))
        .addAccreditations(Accreditation.builder().id("acc").organisationId("ngo").kind(kind)
            .status(AccreditationStatus.GRANTED).eventId("rcsc-europe").build())
        .build();
  }

  static DataSet negotiation(Role role) {
    return DataSet.builder()
        .addOrganisations(organisation("ngo", OrganisationType.NGO), organisation("state-mx", OrganisationType.MEMBER_STATE))
        .addPeople(person("p-1"), person("p-2"))
        .addEvents(event("round-1", EventKind.NEGOTIATION_ROUND).number(1)
            .timing(Timing.days(LocalDate.of(2018, 2, 20), LocalDate.of(2018, 2, 23)))
            .addParticipants(Participation.builder().role(Role.CO_FACILITATOR).personId("p-2").onBehalfOf("state-mx")
                .build())
            .addParticipants(Participation.builder().role(role).personId("p-1").organisationId("ngo").build())
            .build())
        .build();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Accreditation (000)

  static Accreditation.Builder accreditation() {
    return Accreditation.builder().id("acc-1").organisationId("org-1").kind(AccreditationKind.SPECIAL_ACCREDITATION)
        .status(AccreditationStatus.GRANTED).deadline(FuzzyDate.of(DEADLINE));
  }

  static Representative rep(String person, String registered) {
    return Representative.builder().personId(person).authorisedBy("head").registeredOn(FuzzyDate.parse(registered))
        .build();
  }

  static DataSet authorised(Role authoriserRole) {
    return DataSet.builder()
        .addOrganisations(organisation("org-1", OrganisationType.NGO))
        .addPeople(person("head"), person("rep"))
        .addMemberships(Membership.builder().personId("head").organisationId("org-1").role(authoriserRole).build())
        .addAccreditations(accreditation().addRepresentatives(rep("rep", "2017-04-10")).build())
        .build();
  }

  static DataSet migrant(boolean affiliated) {
    DataSet.Builder b = DataSet.builder().addOrganisations(organisation("org-1", OrganisationType.MIGRANT_ORGANISATION))
        .addPeople(person("m").withMigrant(true));
    if (affiliated) {
      b.addMemberships(Membership.builder().personId("m").organisationId("org-1").role(Role.MEMBER).build());
    }
    return b.build();
  }

  private static void accreditations() {
    add("GCM-ACCREDITATION-DEADLINE", () -> accreditation().appliedOn(FuzzyDate.parse("2017-04-18")).build(),
        () -> accreditation().appliedOn(FuzzyDate.parse("2017-04-17")).build());
    add("GCM-ACCREDITATION-DEADLINE-UNCERTAIN", () -> accreditation().appliedOn(FuzzyDate.parse("2017-04")).build(),
        () -> accreditation().appliedOn(FuzzyDate.parse("2017-04-10")).build());
    add("GCM-REGISTRATION-DEADLINE", () -> accreditation().addRepresentatives(rep("p", "2017-04-20")).build(),
        () -> accreditation().addRepresentatives(rep("p", "2017-04-16")).build());
    add("GCM-REGISTRATION-DEADLINE-UNCERTAIN", () -> accreditation().addRepresentatives(rep("p", "2017-04")).build(),
        () -> accreditation().addRepresentatives(rep("p", "2017-04-16")).build());
    add("GCM-REGISTRATION-NOT-ACCREDITED",
        () -> accreditation().status(AccreditationStatus.REJECTED).addRepresentatives(rep("p", "2017-04-16")).build(),
        () -> accreditation().addRepresentatives(rep("p", "2017-04-16")).build());
    add("GCM-ACCREDITATION-QUOTA",
        () -> accreditation().quota(1).addRepresentatives(rep("p", "2017-04-10"), rep("q", "2017-04-10")).build(),
        () -> accreditation().quota(1).addRepresentatives(rep("p", "2017-04-10"),
            rep("q", "2017-04-10").withSubstituteFor("p")).build());
    add("GCM-REPRESENTATIVE-PRIORITY",
        () -> accreditation().addRepresentatives(rep("p", "2017-04-10").withPriority(1),
            rep("q", "2017-04-10").withPriority(1)).build(),
        () -> accreditation().addRepresentatives(rep("p", "2017-04-10").withPriority(1),
            rep("q", "2017-04-10").withPriority(2)).build());
    add("GCM-ACCREDITATION-ONCE",
        () -> DataSet.builder().addOrganisations(organisation("org-1", OrganisationType.NGO))
            .addAccreditations(accreditation().build(), accreditation().id("acc-2").build()).build(),
        () -> DataSet.builder().addOrganisations(organisation("org-1", OrganisationType.NGO))
            .addAccreditations(accreditation().build(),
                accreditation().id("acc-2").kind(AccreditationKind.ECOSOC_CONSULTATIVE_STATUS).build())
            .build());
    add("GCM-REPRESENTATIVE-AUTHORISATION", () -> authorised(Role.STAFF), () -> authorised(Role.HEAD_OF_ORGANISATION));
    add("GCM-SUBSTITUTE",
        () -> accreditation().addRepresentatives(rep("q", "2017-04-10").withSubstituteFor("p")).build(),
        () -> accreditation().addRepresentatives(rep("p", "2017-04-10"), rep("q", "2017-04-10").withSubstituteFor("p"))
            .build());
    add("GCM-MIGRANT-AFFILIATION", () -> migrant(false), () -> migrant(true));
    add("GCM-OBJECTION-REASON", () -> accreditation().status(AccreditationStatus.OBJECTED).build(),
        () -> accreditation().status(AccreditationStatus.OBJECTED).objectionReason("(placeholder reason)").build());
  }

  // ------------------------------------------------------------------------------------------------------------
  // Documents

  /** The first thematic session, 8–9 May 2017 in Geneva (000), and a concept note for it (dates hypothetical). */
  static DataSet conceptNote(String issued, Waiver... waivers) {
    return DataSet.builder()
        .addEvents(event("ts1", EventKind.THEMATIC_SESSION).number(1)
            .timing(Timing.days(LocalDate.of(2017, 5, 8), LocalDate.of(2017, 5, 9)))
            .place(Place.builder().city("Geneva").country("CH").zone(ZURICH).build()).build())
        .addDocuments(Document.builder().id("cn-ts1").kind(DocumentKind.CONCEPT_NOTE).title("Concept note, session 1")
            .eventId("ts1").issued(FuzzyDate.parse(issued)).addWaivers(waivers).build())
        .build();
  }

  /** The General Assembly's recorded vote of 19 December 2018 on A/RES/73/195. */
  static VoteResult vote(int notVoting, String... against) {
    return VoteResult.builder().method(VoteMethod.RECORDED_VOTE).inFavour(152).against(5).abstentions(12)
        .notVoting(notVoting).membership(193).addAgainstIds(against).build();
  }

  private static void documents() {
    add("GCM-CONCEPT-NOTE-LEAD-TIME", () -> conceptNote("2017-05-01"), () -> conceptNote("2017-04-10"));
    add("GCM-CONCEPT-NOTE-LEAD-TIME-UNCERTAIN", () -> conceptNote("2017-04"), () -> conceptNote("2017-03"));
    add("GCM-VOTE-SUM", () -> vote(23), () -> vote(24));
    add("GCM-VOTE-AGAINST-IDS", () -> vote(24, "state-cz", "state-hu", "state-il", "state-pl"),
        () -> vote(24, "state-cz", "state-hu", "state-il", "state-pl", "state-us"));
  }

  // ------------------------------------------------------------------------------------------------------------
  // Goals, targets and benchmarks (values hypothetical, as in the model's javadoc)

  static Indicator indicator(int... years) {
    Indicator.Builder b = Indicator.builder().id("ind-1").title("Share of ... (%)").unit("%")
        .direction(Direction.INCREASE).baseline(Measurement.of(LocalDate.of(2018, 12, 10), new BigDecimal("40")));
    int value = 50;
    for (int y : years) {
      b.addBenchmarks(Benchmark.of(y, LocalDate.of(2018 + y, 12, 10), new BigDecimal(value)));
      value += 15;
    }
    return b.build();
  }

  static Target target(Indicator indicator, boolean adopted, boolean period) {
    Target.Builder b = Target.builder().id("t-1").title("(placeholder target)").addIndicators(indicator);
    if (adopted) {
      b.adoptedOn(LocalDate.of(2018, 12, 10));
    }
    if (period) {
      b.period(FuzzyDate.parse("2018-12-10/2030-12-10"));
    }
    return b.build();
  }

  private static void goals() {
    add("GCM-BENCHMARK-MISSING", () -> indicator(2, 5), () -> indicator(2, 5, 12));
    add("GCM-BENCHMARK-DUPLICATE", () -> indicator(2, 5, 5, 12), () -> indicator(2, 5, 12));
    add("GCM-BENCHMARK-DUE",
        () -> target(indicator(2, 5, 12).withBenchmarks(
            Benchmark.of(2, LocalDate.of(2020, 12, 11), new BigDecimal("50")),
            Benchmark.of(5, LocalDate.of(2023, 12, 10), new BigDecimal("65")),
            Benchmark.of(12, LocalDate.of(2030, 12, 10), new BigDecimal("90"))), true, true),
        () -> target(indicator(2, 5, 12), true, true));
    add("GCM-BENCHMARK-DIRECTION",
        () -> indicator(2, 5, 12).withBenchmarks(Benchmark.of(2, LocalDate.of(2020, 12, 10), new BigDecimal("50")),
            Benchmark.of(5, LocalDate.of(2023, 12, 10), new BigDecimal("45")),
            Benchmark.of(12, LocalDate.of(2030, 12, 10), new BigDecimal("90"))),
        () -> indicator(2, 5, 12));
    add("GCM-TARGET-PERIOD", () -> target(indicator(2, 5, 12), true, false),
        () -> target(indicator(2, 5, 12), true, true));
    add("GCM-TARGET-ADOPTION", () -> target(indicator(2, 5, 12), false, true),
        () -> target(indicator(2, 5, 12), true, true));
  }

  // ------------------------------------------------------------------------------------------------------------
  // Complete data sets

  private static final String[] OBJECTIVES = {
    "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
    "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
    "Provide accurate and timely information at all stages of migration",
    "Ensure that all migrants have proof of legal identity and adequate documentation",
    "Enhance availability and flexibility of pathways for regular migration",
    "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
    "Address and reduce vulnerabilities in migration",
    "Save lives and establish coordinated international efforts on missing migrants",
    "Strengthen the transnational response to smuggling of migrants",
    "Prevent, combat and eradicate trafficking in persons in the context of international migration",
    "Manage borders in an integrated, secure and coordinated manner",
    "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and"
        + " referral",
    "Use migration detention only as a measure of last resort and work towards alternatives",
    "Enhance consular protection, assistance and cooperation throughout the migration cycle",
    "Provide access to basic services for migrants",
    "Empower migrants and societies to realize full inclusion and social cohesion",
    "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of"
        + " migration",
    "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
    "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
    "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
    "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
    "Establish mechanisms for the portability of social security entitlements and earned benefits",
    "Strengthen international cooperation and global partnerships for safe, orderly and regular migration"
  };

  /**
   * A complete data set with what the seeds count: six thematic sessions, seven RCSCs (one per region), the five
   * consultations of the Regional Economic Commissions (ECE's additional meeting has no known date), the Ten Acts and
   * the 23 objectives, every record sourced.
   */
  static DataSet complete() {
    List<Event> events = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      events.add(event("ts" + n, EventKind.THEMATIC_SESSION).number(n).build());
    }
    for (Region r : Region.values()) {
      events.add(rcsc(r));
    }
    for (Commission c : Commission.values()) {
      events.add(event("rec-" + c.name().toLowerCase(java.util.Locale.ROOT), EventKind.REGIONAL_CONSULTATION)
          .commission(c).build());
    }
    List<Objective> objectives = new ArrayList<>();
    for (int n = 1; n <= 23; n++) {
      objectives.add(Objective.builder().number(n).title(OBJECTIVES[n - 1])
          .addSources(Source.of("https://undocs.org/A/RES/73/195")).confidence(Confidence.HIGH).build());
    }
    return DataSet.builder().complete(true).addAllEvents(events).addAllActs(Seeds.tenActs())
        .addAllObjectives(objectives)
        .addOrganisations(organisation("anchor", OrganisationType.NETWORK))
        .build();
  }

  static DataSet complete(UnaryOperator<DataSet> change) {
    return change.apply(complete());
  }

  static DataSet withRcscCounts(DataSet d, int each) {
    List<Event> events = new ArrayList<>();
    for (Event e : d.events()) {
      events.add(e.kind() == EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION
          ? e.withHeadcounts(count(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, each, each, false)) : e);
    }
    return DataSet.builder().from(d).events(events).build();
  }

  static DataSet without(DataSet d, String eventId) {
    List<Event> events = new ArrayList<>(d.events());
    events.removeIf(e -> e.id().equals(eventId));
    return DataSet.builder().from(d).events(events).build();
  }

  private static void completeness() {
    add("GCM-COUNT-THEMATIC-SESSIONS", () -> complete(d -> without(d, "ts6")), Examples::complete);
    add("GCM-COUNT-RCSC", () -> complete(d -> without(d, "rcsc-pacific")), Examples::complete);
    add("GCM-COUNT-REGIONAL-CONSULTATIONS", () -> complete(d -> without(d, "rec-ece")), Examples::complete);
    add("GCM-COUNT-ACTS",
        () -> complete(d -> DataSet.builder().from(d).acts(Seeds.tenActs().subList(0, 9)).build()),
        Examples::complete);
    add("GCM-COUNT-OBJECTIVES",
        () -> complete(d -> DataSet.builder().from(d).objectives(d.objectives().subList(0, 22)).build()),
        Examples::complete);
    add("GCM-SOURCE-MISSING",
        () -> complete(d -> DataSet.builder().from(d).addEvents(event("x", EventKind.WEBINAR).sources(List.of())
            .build()).build()),
        Examples::complete);
    add("GCM-CONFIDENCE-MISSING",
        () -> complete(d -> DataSet.builder().from(d).addPeople(Person.builder().id("p").name("Placeholder p")
            .addSources(Source.of(SEED_000)).build()).build()),
        Examples::complete);
  }
}
