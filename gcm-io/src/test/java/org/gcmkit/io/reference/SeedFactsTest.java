package org.gcmkit.io.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gcmkit.model.Act;
import org.gcmkit.model.Commission;
import org.gcmkit.model.Confidence;
import org.gcmkit.model.CountBasis;
import org.gcmkit.model.CountCategory;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.DatePrecision;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Objective;
import org.gcmkit.model.PartOfMonth;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlaceCertainty;
import org.gcmkit.model.RecordPolicy;
import org.gcmkit.model.Region;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.Source;
import org.gcmkit.model.Timing;
import org.gcmkit.model.VoteMethod;
import org.gcmkit.model.VoteResult;
import org.junit.jupiter.api.Test;

/** The facts of the seeds that issue 4 names are in the reference data set, as the seeds state them. */
class SeedFactsTest {

  private static final DataSet DATA = GcmReferenceData.dataSet();
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static Event event(String id) {
    return DATA.event(id).orElseThrow(() -> new AssertionError("no event " + id));
  }

  private static List<Event> ofKind(EventKind kind) {
    return DATA.events().stream().filter(e -> e.kind() == kind).collect(Collectors.toList());
  }

  private static List<String> references(List<Source> sources) {
    return sources.stream().map(Source::reference).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------------------------------------------------
  // Plans kept beside what happened

  @Test
  void thematicSession6WasHeldOn12And13OctoberAndPlannedFor2And3October() {
    Event ts6 = event("ts6");

    assertThat(ts6.status()).isEqualTo(EventStatus.HELD);
    assertThat(ts6.timing().orElseThrow().firstDay()).isEqualTo(LocalDate.of(2017, 10, 12));
    assertThat(ts6.timing().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2017, 10, 13));
    assertThat(ts6.sequence()).isEqualTo(1);
    Revision plan = ts6.revisions().get(0);
    assertThat(plan.timing().orElseThrow().firstDay()).isEqualTo(LocalDate.of(2017, 10, 2));
    assertThat(plan.timing().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2017, 10, 3));
    assertThat(plan.sources()).extracting(s -> s.quote().orElse(""))
        .contains("October 2/3 in Geneva – irregular migration and regular pathways");
  }

  @Test
  void theStocktakingWasPlannedProbablyInGuadalajaraInEarlyDecember() {
    Event stock = event("stock");
    Revision guadalajara = stock.revisions().stream()
        .filter(r -> r.place().flatMap(Place::city).equals(Optional.of("Guadalajara")))
        .findFirst().orElseThrow();

    assertThat(guadalajara.place().orElseThrow().certainty()).isEqualTo(PlaceCertainty.PROBABLE);
    assertThat(guadalajara.place().orElseThrow().sourceText()).hasValue("probably Guadalajara");
    FuzzyDate window = guadalajara.timing().orElseThrow().start();
    assertThat(window.partOfMonth()).hasValue(PartOfMonth.EARLY);
    assertThat(window.sourceText()).hasValue("early December");
    assertThat(guadalajara.confidence()).hasValue(Confidence.LOW);
  }

  @Test
  void theStocktakingWasAlsoPlannedForTheFirstWeekOfDecember() {
    Revision firstWeek = event("stock").revisions().stream()
        .filter(r -> r.timing().map(t -> t.start().sourceText().equals(Optional.of("first week of December")))
            .orElse(false))
        .findFirst().orElseThrow();

    assertThat(firstWeek.timing().orElseThrow().start().toEdtf()).isEqualTo("2017-12-01/2017-12-07");
    assertThat(firstWeek.place().flatMap(Place::country)).hasValue("MX");
    assertThat(firstWeek.place().flatMap(Place::city)).isEmpty();
  }

  @Test
  void theStocktakingWasHeldInPuertoVallartaInTheZoneOfMexicoCity() {
    Event stock = event("stock");

    assertThat(stock.kind()).isEqualTo(EventKind.STOCKTAKING_MEETING);
    assertThat(stock.place().flatMap(Place::city)).hasValue("Puerto Vallarta");
    assertThat(stock.zone()).hasValue(ZoneId.of("America/Mexico_City"));
    assertThat(stock.timing().orElseThrow().start().toEdtf()).isEqualTo("2017-12-04");
    assertThat(stock.timing().orElseThrow().end().orElseThrow().toEdtf()).isEqualTo("2017-12-06");
    assertThat(stock.timing().orElseThrow().firstDay()).isBetween(
        stock.revisions().get(0).timing().orElseThrow().firstDay(),
        stock.revisions().get(0).timing().orElseThrow().lastDay());
  }

  @Test
  void theConferenceMovedFromNewYorkInSeptemberToMarrakechInDecember() {
    Event conf = event("conf");
    Revision planned = conf.revisions().get(0);

    assertThat(conf.place().flatMap(Place::city)).hasValue("Marrakech");
    assertThat(conf.zone()).hasValue(ZoneId.of("Africa/Casablanca"));
    assertThat(conf.timing().orElseThrow().firstDay()).isEqualTo(LocalDate.of(2018, 12, 10));
    assertThat(conf.timing().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2018, 12, 11));
    assertThat(planned.place().flatMap(Place::city)).hasValue("New York");
    assertThat(planned.timing().orElseThrow().start().toEdtf()).isEqualTo("2018-09");
    assertThat(references(planned.sources())).contains(Refs.SEED_000, Refs.UN_PRESS_GA11902);
  }

  @Test
  void marrakechWasAnHourAheadOfUtcDuringTheConference() {
    assertThat(event("conf").zone().orElseThrow().getRules()
        .getOffset(LocalDateTime.of(2018, 12, 10, 9, 0)).getTotalSeconds()).isEqualTo(3600);
  }

  @Test
  void theAfricanConsultationWasLikelyInAddisAbaba() {
    Revision plan = event("rcsc-africa").revisions().get(0);

    assertThat(plan.place().flatMap(Place::city)).hasValue("Addis Ababa");
    assertThat(plan.place().orElseThrow().certainty()).isEqualTo(PlaceCertainty.PROBABLE);
    assertThat(plan.place().orElseThrow().sourceText()).hasValue("Likely Addis Ababa");
    assertThat(plan.timing()).isEmpty();
    assertThat(event("rcsc-africa").place().flatMap(Place::city)).hasValue("Bamako");
  }

  @Test
  void theLatinAmericanConsultationHadSanSalvadorAndSantiagoAsCandidates() {
    Place plan = event("rcsc-latam").revisions().get(0).place().orElseThrow();

    assertThat(plan.city()).hasValue("San Salvador");
    assertThat(plan.certainty()).isEqualTo(PlaceCertainty.CANDIDATE);
    assertThat(plan.alternatives()).extracting(p -> p.city().orElseThrow()).containsExactly("Santiago");
    assertThat(event("rcsc-latam").place().flatMap(Place::city)).hasValue("Quito");
  }

  @Test
  void theAsianConsultationWasPlannedAboutThreeWeeksBeforeEscap() {
    Timing plan = event("rcsc-asia").revisions().get(0).timing().orElseThrow();
    RelativeDate relative = plan.relativeTo().orElseThrow();

    assertThat(relative.anchorId()).isEqualTo("rec-escap-2017");
    assertThat(relative.offset()).isEqualTo(Period.ofWeeks(-3));
    assertThat(relative.approximate()).isTrue();
    assertThat(plan.start().isApproximate()).isTrue();
    assertThat(event("rec-escap-2017").timing().orElseThrow().firstDay().plus(relative.offset()))
        .isEqualTo(plan.start().earliest());
  }

  @Test
  void phaseTwoKeepsTheNovemberToFebruaryStatementAsARevision() {
    var phase = DATA.phase("ph-2").orElseThrow();

    assertThat(phase.window().toEdtf()).isEqualTo("2017-11/2018-01");
    assertThat(phase.revisions()).singleElement().satisfies(r -> {
      assertThat(r.timing().orElseThrow().end().orElseThrow().toEdtf()).isEqualTo("2018-02");
      assertThat(r.sources()).extracting(s -> s.quote().orElse("")).contains("Stock-taking phase (November to February)");
    });
  }

  @Test
  void thePhasesRunFromPreparationToFollowUp() {
    assertThat(DATA.phases()).extracting(p -> p.id())
        .containsExactly("ph-0", "ph-1", "ph-2", "ph-3", "ph-4", "ph-fu");
    assertThat(DATA.phase("ph-fu").orElseThrow().window().isOpenEnd()).isTrue();
  }

  // ------------------------------------------------------------------------------------------------------------
  // The meeting of 17 April 2017

  @Test
  void theMeetingOf17AprilRanFrom14To18InNewYork() {
    Event meeting = event("mtg-2017-04-17");

    assertThat(meeting.timing().orElseThrow().start().dateTime()).hasValue(LocalDateTime.of(2017, 4, 17, 14, 0));
    assertThat(meeting.timing().orElseThrow().end().orElseThrow().dateTime())
        .hasValue(LocalDateTime.of(2017, 4, 17, 18, 0));
    assertThat(meeting.zone()).hasValue(NEW_YORK);
    assertThat(meeting.place().orElseThrow().remoteDetails()).isPresent();
  }

  @Test
  void theAgendaOf17AprilFillsTheAfternoonWithoutGaps() {
    List<Event> items = DATA.children("mtg-2017-04-17").stream().filter(e -> e.kind() == EventKind.AGENDA_ITEM)
        .collect(Collectors.toList());

    assertThat(items).hasSize(7);
    LocalTime expectedStart = LocalTime.of(14, 0);
    for (Event item : items) {
      assertThat(item.timing().orElseThrow().start().dateTime().orElseThrow().toLocalTime()).isEqualTo(expectedStart);
      expectedStart = item.timing().orElseThrow().end().orElseThrow().dateTime().orElseThrow().toLocalTime();
    }
    assertThat(expectedStart).isEqualTo(LocalTime.of(18, 0));
  }

  @Test
  void theSpeakersOfTheAgendaAreParticipations() {
    assertThat(event("ag-0417-2").participants(Role.SPEAKER)).extracting(p -> p.personId().orElseThrow())
        .containsExactly("person-swing");
    assertThat(event("ag-0417-6").participants(Role.SPEAKER)).extracting(p -> p.personId().orElseThrow())
        .containsExactly("person-vitillo", "person-gois", "person-belloni", "person-valdez");
    assertThat(event("ag-0417-1").participants()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Series the seeds count

  @Test
  void thereAreSixThematicSessionsWithTheirOfficialThemes() {
    List<Event> sessions = ofKind(EventKind.THEMATIC_SESSION);

    assertThat(sessions).extracting(e -> e.number().getAsInt()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(sessions).allSatisfy(e -> assertThat(e.theme()).isPresent());
    assertThat(event("ts5").theme().orElseThrow()).startsWith("Smuggling of migrants, trafficking in persons");
  }

  @Test
  void thereAreFiveHearings() {
    assertThat(ofKind(EventKind.MULTI_STAKEHOLDER_HEARING)).extracting(e -> e.number().getAsInt())
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(event("msh-2").place().flatMap(Place::city)).hasValue("Geneva");
  }

  @Test
  void thereAreFiveRecConsultationsAndTheEceMeetingIsUndated() {
    List<Event> recs = ofKind(EventKind.REGIONAL_CONSULTATION);

    assertThat(recs).extracting(e -> e.commission().orElseThrow())
        .containsExactlyInAnyOrder(Commission.ECLAC, Commission.ESCWA, Commission.ECA, Commission.ESCAP, Commission.ECE);
    Event ece = event("rec-ece");
    assertThat(ece.timing()).isEmpty();
    assertThat(ece.place()).isEmpty();
    assertThat(ece.confidence()).hasValue(Confidence.LOW);
  }

  @Test
  void thereAreSevenRcscsEachWithAnAnchor() {
    List<Event> rcscs = ofKind(EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION);

    assertThat(rcscs).extracting(e -> e.region().orElseThrow()).containsExactlyInAnyOrder(Region.values());
    assertThat(rcscs).allSatisfy(e -> assertThat(e.participants(Role.ANCHOR)).isNotEmpty());
    assertThat(rcscs).allSatisfy(e -> assertThat(e.participants(Role.ORGANISER)).isEmpty());
    assertThat(rcscs).allSatisfy(e -> assertThat(e.participants(Role.SUPPORTER))
        .extracting(p -> p.organisationId().orElseThrow()).contains("body-iom"));
    assertThat(event("rcsc-latam").participants(Role.TECHNICAL_FOCAL_POINT))
        .extracting(p -> p.organisationId().orElseThrow()).containsExactly("body-asylum-access-ec");
  }

  @Test
  void thereAreTwoIdmWorkshops() {
    assertThat(ofKind(EventKind.IDM_WORKSHOP)).extracting(Event::id).containsExactly("idm-2017-1", "idm-2017-2");
  }

  @Test
  void theGfmdCivilSocietyDaysOf2017WereTwoSeparateDays() {
    Timing t = event("gfmd-2017-csd").timing().orElseThrow();

    assertThat(t.days()).containsExactly(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 1));
  }

  // ------------------------------------------------------------------------------------------------------------
  // The civil society stocktaking, 2-3 December 2017

  @Test
  void theCivilSocietyStocktakingDeclaresTwoRoundsOfFiveSessionsOfNinetyMinutes() {
    Event cs = event("cs-stock");

    assertThat(cs.sessionFormat().orElseThrow().rounds()).isEqualTo(2);
    assertThat(cs.sessionFormat().orElseThrow().sessionsPerRound()).isEqualTo(5);
    assertThat(cs.sessionFormat().orElseThrow().sessionLength()).isEqualTo(Duration.ofMinutes(90));
    assertThat(cs.zone()).hasValue(ZoneId.of("America/Mexico_City"));
  }

  @Test
  void dayOneHasTwoRoundsOfFiveGroupSessionsOnTheActs() {
    List<Event> rounds = DATA.children("cs-stock-d1").stream().filter(e -> e.kind() == EventKind.SESSION_ROUND)
        .collect(Collectors.toList());

    assertThat(rounds).extracting(Event::id).containsExactly("cs-stock-r1", "cs-stock-r2");
    assertRound("cs-stock-r1", LocalTime.of(14, 0), LocalTime.of(15, 30), List.of(1, 2, 3, 4, 5));
    assertRound("cs-stock-r2", LocalTime.of(15, 30), LocalTime.of(17, 0), List.of(6, 7, 8, 9, 10));
  }

  private static void assertRound(String round, LocalTime start, LocalTime end, List<Integer> acts) {
    List<Event> sessions = DATA.children(round);
    assertThat(sessions).allSatisfy(gs -> {
      assertThat(gs.kind()).isEqualTo(EventKind.GROUP_SESSION);
      assertThat(gs.timing().orElseThrow().start().dateTime().orElseThrow().toLocalTime()).isEqualTo(start);
      assertThat(gs.timing().orElseThrow().end().orElseThrow().dateTime().orElseThrow().toLocalTime()).isEqualTo(end);
      assertThat(gs.recordPolicy()).hasValue(RecordPolicy.ON_RECORD);
    });
    assertThat(sessions).flatExtracting(gs -> List.copyOf(gs.acts())).containsExactlyElementsOf(acts);
  }

  @Test
  void dayTwoHasATableWithGovernmentsPerActAndTheLunchTables() {
    List<Event> day2 = DATA.children("cs-stock-d2");
    List<Event> tables = day2.stream().filter(e -> e.kind() == EventKind.GOVERNMENT_TABLE)
        .collect(Collectors.toList());

    assertThat(tables).hasSize(10);
    assertThat(tables).flatExtracting(t -> List.copyOf(t.acts())).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(tables).allSatisfy(t -> assertThat(t.recordPolicy()).hasValue(RecordPolicy.NO_RECORD));
    assertThat(day2).filteredOn(e -> e.kind() == EventKind.LUNCH_TABLE)
        .singleElement().satisfies(l -> assertThat(l.recordPolicy()).hasValue(RecordPolicy.CHATHAM_HOUSE));
  }

  @Test
  void noParticipantOfAGroupSessionOrTableIsInvented() {
    List<Event> items = DATA.events().stream()
        .filter(e -> e.kind() == EventKind.GROUP_SESSION || e.kind() == EventKind.GOVERNMENT_TABLE
            || e.kind() == EventKind.LUNCH_TABLE)
        .collect(Collectors.toList());

    assertThat(items).hasSize(21);
    assertThat(items).allSatisfy(e -> {
      assertThat(e.participants()).allSatisfy(p -> assertThat(p.personId()).isEmpty());
      assertThat(e.note()).isPresent();
    });
    assertThat(event("cs-stock-gs3").note().orElseThrow()).contains("two co-leads and a rapporteur", "7 and 15");
    assertThat(event("cs-stock-t3").note().orElseThrow()).contains("2-5 representatives of governments",
        "5-8 civil society leaders", "A facilitator");
  }

  @Test
  void theCivilSocietyStocktakingKeepsExpectedAndActualHeadcounts() {
    List<Headcount> counts = event("cs-stock").headcounts();

    assertThat(counts).anySatisfy(h -> assertCount(h, CountBasis.EXPECTED, CountCategory.CIVIL_SOCIETY, 75, true));
    assertThat(counts).anySatisfy(h ->
        assertCount(h, CountBasis.EXPECTED, CountCategory.GOVERNMENT_DELEGATES, 40, true));
    assertThat(counts).anySatisfy(h ->
        assertCount(h, CountBasis.ACTUAL, CountCategory.GOVERNMENT_DELEGATES, 55, false));
    assertThat(counts).anySatisfy(h -> assertCount(h, CountBasis.ACTUAL, CountCategory.STATES, 23, false));
  }

  private static void assertCount(Headcount h, CountBasis basis, CountCategory category, int n, boolean approx) {
    assertThat(h.basis()).isEqualTo(basis);
    assertThat(h.category()).isEqualTo(category);
    assertThat(h.minimum()).hasValue(n);
    assertThat(h.maximum()).hasValue(n);
    assertThat(h.approximate()).isEqualTo(approx);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Negotiations, drafts, resolutions

  @Test
  void theZeroDraftWasPresentedAt15OnFiveFebruary() {
    Document zero = DATA.document("zero-draft").orElseThrow();

    assertThat(zero.issued().orElseThrow().dateTime()).hasValue(LocalDateTime.of(2018, 2, 5, 15, 0));
    assertThat(DATA.event(zero.eventId().orElseThrow()).orElseThrow().zone()).hasValue(NEW_YORK);
  }

  @Test
  void theDraftsChainFromTheZeroDraftToTheCompact() {
    List<String> chain = new java.util.ArrayList<>();
    Optional<Document> cursor = DATA.document("gcm-compact");
    while (cursor.isPresent()) {
      chain.add(0, cursor.get().id());
      cursor = cursor.get().previousVersionId().flatMap(DATA::document);
    }

    assertThat(chain).containsExactly("zero-draft", "zd-plus", "rev-1", "rev-2", "rev-3", "final-draft",
        "gcm-compact");
  }

  @Test
  void thereAreSixNegotiationRoundsAndTheTextWasAgreedAt11On13July() {
    assertThat(ofKind(EventKind.NEGOTIATION_ROUND)).extracting(e -> e.number().getAsInt())
        .containsExactly(1, 2, 3, 4, 5, 6);
    Event agreed = event("gcm-agreed");
    assertThat(agreed.timing().orElseThrow().start().dateTime()).hasValue(LocalDateTime.of(2018, 7, 13, 11, 0));
    assertThat(agreed.zone()).hasValue(NEW_YORK);
    assertThat(event("neg-1").timing().orElseThrow().days()).doesNotContain(LocalDate.of(2018, 2, 21));
  }

  @Test
  void theModalitiesDraftAndResolutionAreLinked() {
    Document draft = DATA.documentBySymbol("A/71/L.58").orElseThrow();
    Document resolution = DATA.documentBySymbol("A/RES/71/280").orElseThrow();

    assertThat(resolution.previousVersionId()).hasValue(draft.id());
    assertThat(draft.vote().map(VoteResult::method)).hasValue(VoteMethod.SILENCE_PROCEDURE);
    assertThat(resolution.vote().map(VoteResult::method)).hasValue(VoteMethod.WITHOUT_A_VOTE);
  }

  @Test
  void theEndorsementWasARecordedVoteOf152To5With12Abstentions() {
    VoteResult vote = DATA.documentBySymbol("A/RES/73/195").orElseThrow().vote().orElseThrow();

    assertThat(vote.method()).isEqualTo(VoteMethod.RECORDED_VOTE);
    assertThat(vote.inFavour()).hasValue(152);
    assertThat(vote.against()).hasValue(5);
    assertThat(vote.abstentions()).hasValue(12);
    assertThat(vote.notVoting()).hasValue(24);
    assertThat(vote.membership()).hasValue(193);
    assertThat(vote.againstIds()).hasSize(5);
  }

  @Test
  void theResolutionsOfTheProcessArePresent() {
    assertThat(List.of("A/RES/71/1", "A/71/L.58", "A/RES/71/280", "A/RES/72/244", "A/RES/73/195", "A/RES/73/326"))
        .allSatisfy(symbol -> assertThat(DATA.documentBySymbol(symbol)).as(symbol).isPresent());
  }

  // ------------------------------------------------------------------------------------------------------------
  // Acts, objectives, the 2/5/12 framework

  @Test
  void theTenActsAreTitledAsSeed004PrintsThem() {
    assertThat(DATA.acts()).extracting(Act::label).containsExactly(
        "ACT 1: Drivers of human mobility",
        "ACT 2: Safe pathways for human mobility",
        "ACT 3: Protection",
        "ACT 4: Decent work and labour Rights",
        "ACT 5: Decent living conditions and access to justice",
        "ACT 6: Education and Skills",
        "ACT 7: Inclusion and anti-discrimination",
        "ACT 8: Transnational and sustainable Development",
        "ACT 9: Return and reintegration",
        "ACT 10: Governance, Implementation and monitoring");
    assertThat(DATA.acts()).extracting(a -> a.round().getAsInt()).containsExactly(1, 1, 1, 1, 1, 2, 2, 2, 2, 2);
  }

  @Test
  void thereAre23ObjectivesAndThreeAreFromMemory() {
    assertThat(DATA.objectives()).extracting(Objective::number).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, 23).boxed().collect(Collectors.toList()));
    assertThat(DATA.objectives()).filteredOn(o -> o.confidence().equals(Optional.of(Confidence.MEDIUM)))
        .extracting(Objective::number).containsExactly(3, 4, 7);
    assertThat(DATA.objective(3).orElseThrow().note().orElseThrow()).contains("from memory");
    assertThat(DATA.objective(23).orElseThrow().addedIn()).hasValue("rev-2");
  }

  @Test
  void theTwoFiveTwelveFrameworkIsAProposalWithoutFigures() {
    Document proposal = DATA.document("doc-ngocm-priorities").orElseThrow();

    assertThat(proposal.kind()).isEqualTo(DocumentKind.STATEMENT);
    assertThat(proposal.authorIds()).contains("body-ngocm");
    assertThat(proposal.sources()).extracting(s -> s.quote().orElse(""))
        .contains("Goals, targets and indicators in 2/5/12 year framework with benchmarks and monitoring frameworks");
    assertThat(DATA.goals()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------------------
  // People in their roles, follow-up

  @Test
  void peopleNamedInTheSeedsHoldTheirRoles() {
    assertThat(roleOf("person-swing")).contains(Role.HEAD_OF_ORGANISATION);
    assertThat(roleOf("person-klein-solomon")).contains(Role.DIRECTOR);
    assertThat(roleOf("person-arbour")).contains(Role.SRSG, Role.SECRETARY_GENERAL);
    assertThat(roleOf("person-alzner")).contains(Role.FOCAL_POINT);
    assertThat(roleOf("person-rajah")).contains(Role.LIAISON, Role.CHAIR);
    assertThat(DATA.membershipsOf("person-gomez-camacho")).extracting(m -> m.onBehalfOf().orElseThrow())
        .containsExactly("state-mx");
    assertThat(DATA.membershipsOf("person-lauber")).extracting(m -> m.onBehalfOf().orElseThrow())
        .containsExactly("state-ch");
    Membership arbour = DATA.membershipsOf("person-arbour").stream().filter(m -> m.role() == Role.SRSG)
        .findFirst().orElseThrow();
    assertThat(arbour.start().orElseThrow().toEdtf()).isEqualTo("2017-03-09");
    assertThat(DATA.person("person-klein-solomon").orElseThrow().aliases()).contains("Michelle Klein-Solomon", "MKS");
  }

  private static List<Role> roleOf(String personId) {
    return DATA.membershipsOf(personId).stream().map(Membership::role).collect(Collectors.toList());
  }

  @Test
  void theFollowUpHasRegionalReviewsFrom2020AndTheReviewForums() {
    List<Event> reviews = ofKind(EventKind.REGIONAL_REVIEW);

    assertThat(reviews).hasSize(7);
    assertThat(reviews).allSatisfy(r -> assertThat(r.timing().orElseThrow().firstDay().getYear()).isBetween(2020, 2025));
    assertThat(event("imrf-2022").timing().orElseThrow().firstDay()).isEqualTo(LocalDate.of(2022, 5, 17));
    FuzzyDate next = event("imrf-2026").timing().orElseThrow().start();
    assertThat(next.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(next.toEdtf()).isEqualTo("2026");
    assertThat(event("imrf-2026").status()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void onlineReviewsHaveNoCityButKeepTheirZone() {
    Event ece = event("rr-ece-2020");

    assertThat(ece.place().orElseThrow().city()).isEmpty();
    assertThat(ece.zone()).hasValue(ZoneId.of("Europe/Zurich"));
  }

  @Test
  void theDataSetIsStampedWithAFixedDate() {
    assertThat(DATA.asOf()).hasValue(GcmReferenceData.AS_OF);
    assertThat(GcmReferenceData.dataSet()).isEqualTo(DATA);
    assertThat(DATA.events()).allSatisfy(e -> {
      assertThat(e.created()).isEmpty();
      assertThat(e.lastModified()).isEmpty();
    });
  }
}
