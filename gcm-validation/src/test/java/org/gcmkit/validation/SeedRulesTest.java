package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Finding;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.PhaseKind;
import org.gcmkit.model.Place;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.Test;

/** The seeds' own examples against the rules they state. */
class SeedRulesTest {

  private final GcmValidator validator = GcmValidator.create();

  private static DataSet phases(Event event) {
    return DataSet.builder()
        .addPhases(Examples.phase("ph-1", PhaseKind.CONSULTATION, "2017-04/2017-11"),
            Examples.phase("ph-2", PhaseKind.STOCKTAKING, "2017-11/2018-01"))
        .addEvents(event)
        .build();
  }

  private static Event milestone(String date, String phase) {
    return Examples.event("m", EventKind.MILESTONE).phaseId(phase).timing(Timing.of(FuzzyDate.parse(date))).build();
  }

  @Test
  void theSixthThematicSessionRescheduledInsidePhaseOneIsClean() {
    assertThat(validator.validate(Examples.thematicSession6InPhase()).findings()).isEmpty();
  }

  @Test
  void eventsInTheFirstOrLastMonthOfAMonthWindowAreInside() {
    assertThat(validator.validate(phases(milestone("2017-04-17", "ph-1"))).findings()).isEmpty();
    assertThat(validator.validate(phases(milestone("2017-11", "ph-1"))).findings()).isEmpty();
    assertThat(validator.validate(phases(milestone("2017-11-30", "ph-2"))).findings()).isEmpty();
  }

  @Test
  void earlyDecemberIsCertainlyOutsidePhaseOne() {
    assertThat(validator.validate(phases(milestone("2017-12-01/2017-12-10", "ph-1"))).findings())
        .extracting(Finding::code).containsExactly("GCM-PHASE-WINDOW");
  }

  @Test
  void anApproximateMonthNextToTheWindowIsOnlyPossiblyOutside() {
    assertThat(validator.validate(phases(milestone("2017-12~", "ph-1"))).findings())
        .extracting(Finding::code).containsExactly("GCM-PHASE-WINDOW-UNCERTAIN");
  }

  @Test
  void anApproximateWindowEndTurnsAnErrorIntoAWarning() {
    DataSet data = DataSet.builder()
        .addPhases(Examples.phase("ph-1", PhaseKind.CONSULTATION, "2017-04/2017-11~"))
        .addEvents(milestone("2017-12-02", "ph-1")).build();

    assertThat(validator.validate(data).findings()).extracting(Finding::code)
        .containsExactly("GCM-PHASE-WINDOW-UNCERTAIN");
  }

  @Test
  void theAsiaConsultationPlannedAboutThreeWeeksBeforeEscapAgreesOnlyWithOctober() {
    assertThat(validator.validate(Examples.asiaRcsc(false)).findings()).isEmpty();

    Finding f = validator.validate(Examples.asiaRcsc(true)).byCode("GCM-RELATIVE-DATE").get(0);
    assertThat(f.path()).hasValue("events[rcsc-asia].timing.relativeTo");
    assertThat(f.message()).isEqualTo("the start 2017-08-04 does not agree with its statement relative to"
        + " rec-escap-2017 (P-21D): expected 2017-10-11/2017-10-21, within 5 days");
  }

  @Test
  void theCivilSocietyStocktakingTwoDaysBeforeTheStatesAgrees() {
    Event states = Examples.event("stocktaking", EventKind.STOCKTAKING_MEETING).place(Seeds.puertoVallarta())
        .timing(Timing.builder()
            .start(FuzzyDate.of(LocalDate.of(2017, 12, 4)).withSourceText("Monday, Tuesday and Wednesday"))
            .end(FuzzyDate.of(LocalDate.of(2017, 12, 6))).build())
        .build();
    RelativeDate twoDaysBefore = RelativeDate.builder().anchorId("stocktaking").offset(Period.ofDays(-2))
        .sourceText("2 days, prior to Stocktaking").build();
    Event cs = Examples.event("cs-stock", EventKind.CIVIL_SOCIETY_MEETING).place(Seeds.puertoVallarta())
        .timing(Examples.stocktakingDays("Saturday and Sunday 2– 3 December 2017").withRelativeTo(twoDaysBefore))
        .build();

    assertThat(validator.validate(Examples.data(states, cs)).findings()).isEmpty();
    assertThat(validator.validate(Examples.data(states, cs.withTiming(cs.timing().get()
        .withRelativeTo(RelativeDate.builder().from(twoDaysBefore).offset(Period.ofDays(-3)).build())))).byCode("GCM-RELATIVE-DATE")).hasSize(1);
  }

  @Test
  void weekdaysInFrenchAndSpanishAreReadToo() {
    assertThat(validator.validate(Examples.stocktakingDays("samedi et dimanche 2 et 3 décembre 2017")).findings())
        .isEmpty();
    assertThat(validator.validate(Examples.stocktakingDays("sábado 2 y domingo 3 de diciembre")).findings())
        .isEmpty();
    assertThat(validator.validate(Examples.stocktakingDays("lunes 2 de diciembre")).byCode("GCM-WEEKDAY-LABEL"))
        .singleElement().extracting(Finding::message)
        .isEqualTo("“lunes” in “lunes 2 de diciembre” is not a weekday of 2017-12-02/2017-12-03");
  }

  @Test
  void marrakechInDecember2018WasAtPlusOne() {
    ZoneId casablanca = ZoneId.of("Africa/Casablanca");
    LocalDateTime opening = LocalDateTime.of(2018, 12, 10, 9, 0);
    Timing plusOne = Timing.builder().start(FuzzyDate.of(opening, ZoneOffset.ofHours(1)))
        .end(FuzzyDate.of(opening.plusHours(3))).zone(casablanca).build();
    Timing utc = plusOne.withStart(FuzzyDate.of(opening, ZoneOffset.UTC));

    assertThat(validator.validate(plusOne).findings()).isEmpty();
    assertThat(validator.validate(utc).byCode("GCM-TIMING-OFFSET-MISMATCH")).singleElement()
        .extracting(Finding::message)
        .isEqualTo("the offset Z given with 2018-12-10T09:00 does not match Africa/Casablanca, which was at +01:00");
  }

  @Test
  void theGeneralAssemblyVoteOf19December2018AddsUpTo193() {
    assertThat(validator.validate(Examples.vote(24, "state-cz", "state-hu", "state-il", "state-pl", "state-us"))
        .findings()).isEmpty();
  }

  @Test
  void fiftyFiveGovernmentParticipantsExceedApproximatelyFortyDelegates() {
    Finding f = validator.validate(Examples.cases().get("GCM-HEADCOUNT-CAPACITY").violating.get())
        .byCode("GCM-HEADCOUNT-CAPACITY").get(0);

    assertThat(f.message()).isEqualTo("55 counted (GOVERNMENT_DELEGATES) exceeds the ~40 expected");
    assertThat(f.isError()).isFalse();
  }

  @Test
  void aRoundOutsideItsDayIsOutsideItsParent() {
    DataSet data = Examples.stocktaking(e -> e.id().equals("cs-stock-r2")
        ? e.withTiming(Examples.at(2017, 12, 3, 15, 30, 90, Seeds.MEXICO_CITY)) : e);

    assertThat(validator.validate(data).byCode("GCM-PARENT-WINDOW")).extracting(f -> f.path().orElseThrow())
        .contains("events[cs-stock-r2].timing");
  }

  @Test
  void childrenInAnotherZoneAreComparedInUtc() {
    Event meeting = Examples.event("m", EventKind.MEETING).timing(Timing.on(LocalDate.of(2017, 12, 2)))
        .place(Seeds.puertoVallarta()).build();
    Event remote = Examples.event("m-call", EventKind.AGENDA_ITEM).parentId("m")
        .place(Place.builder().zone(ZoneId.of("Europe/Zurich")).build())
        .timing(Examples.at(2017, 12, 3, 0, 30, 60, ZoneId.of("Europe/Zurich"))).build();

    assertThat(validator.validate(Examples.data(meeting, remote)).findings()).isEmpty();
  }
}
