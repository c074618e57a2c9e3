package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The programme of the civil society stocktaking of 2–3 December 2017 (seed 004), as a tree of events. */
class CivilSocietyStocktakingTest {

  private final DataSet data = SeedExamples.civilSocietyStocktaking();

  @Test
  void theMeetingHasTwoDays() {
    assertThat(data.children("cs-stock")).extracting(Event::id).containsExactly("cs-stock-d1", "cs-stock-d2");
  }

  @Test
  void dayOneHasTwoRoundsOfFiveGroupSessions() {
    assertThat(data.children("cs-stock-d1")).extracting(Event::kind)
        .containsExactly(EventKind.SESSION_ROUND, EventKind.SESSION_ROUND);
    assertThat(data.children("cs-stock-r1")).extracting(Event::acts).extracting(List::copyOf)
        .containsExactly(List.of(1), List.of(2), List.of(3), List.of(4), List.of(5));
    assertThat(data.children("cs-stock-r2")).hasSize(5).allMatch(e -> e.kind() == EventKind.GROUP_SESSION);
  }

  @Test
  void roundsFollowTheDeclaredFormat() {
    SessionFormat format = data.event("cs-stock").flatMap(Event::sessionFormat).orElseThrow();

    assertThat(format.totalSessions()).isEqualTo(10);
    assertThat(data.event("cs-stock-r2").flatMap(Event::timing).orElseThrow().start().dateTime())
        .hasValue(LocalDateTime.of(2017, 12, 2, 15, 30));
    assertThat(format.sessionLength()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void eachGroupSessionHasTwoCoLeadsAndARapporteur() {
    for (int act = 1; act <= 10; act++) {
      Event gs = data.event("cs-stock-gs" + act).orElseThrow();
      assertThat(gs.participants(Role.CO_LEAD)).as("co-leads of ACT %d", act).hasSize(2);
      assertThat(gs.participants(Role.RAPPORTEUR)).as("rapporteur of ACT %d", act).hasSize(1);
    }
  }

  @Test
  void eachTableIsFacilitatedByACoLeadOfTheGroupSessionOnTheSameAct() {
    for (int act = 1; act <= 10; act++) {
      Event table = data.event("cs-stock-t" + act).orElseThrow();
      Event session = data.event("cs-stock-gs" + act).orElseThrow();
      assertThat(table.acts()).isEqualTo(session.acts());
      assertThat(table.participants(Role.FACILITATOR)).extracting(Participation::personId)
          .isSubsetOf(session.participants(Role.CO_LEAD).stream().map(Participation::personId).toList());
    }
  }

  @Test
  void tablesAreNoRecordAndLunchTablesUnderChathamHouse() {
    assertThat(data.children("cs-stock-d2"))
        .filteredOn(e -> e.kind() == EventKind.GOVERNMENT_TABLE)
        .hasSize(10)
        .allMatch(e -> e.recordPolicy().orElseThrow() == RecordPolicy.NO_RECORD)
        .allMatch(e -> e.participants(Role.RAPPORTEUR).isEmpty());
    assertThat(data.event("cs-stock-lunch").flatMap(Event::recordPolicy)).hasValue(RecordPolicy.CHATHAM_HOUSE);
  }

  @Test
  void keepsExpectedAndActualCountsApart() {
    Event meeting = data.event("cs-stock").orElseThrow();

    assertThat(meeting.headcounts()).extracting(Headcount::basis, Headcount::category, Headcount::approximate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CountBasis.EXPECTED, CountCategory.CIVIL_SOCIETY, true),
            org.assertj.core.groups.Tuple.tuple(CountBasis.ACTUAL, CountCategory.GOVERNMENT_DELEGATES, false));
  }

  @Test
  void organiserSupporterAndFunderAreDistinctRoles() {
    Event meeting = data.event("cs-stock").orElseThrow();

    assertThat(meeting.participants(Role.ORGANISER)).extracting(Participation::organisationId)
        .containsExactly(java.util.Optional.of("body-made"));
    assertThat(meeting.participants(Role.SUPPORTER)).extracting(Participation::organisationId)
        .containsExactly(java.util.Optional.of("body-iom"));
  }

  @Test
  void actsCarryTheirRound() {
    assertThat(data.act(3).map(Act::label)).hasValue("ACT 3: Protection");
    assertThat(data.act(6).flatMap(a -> a.round().isPresent() ? java.util.Optional.of(a.round().getAsInt())
        : java.util.Optional.empty())).hasValue(2);
  }
}
