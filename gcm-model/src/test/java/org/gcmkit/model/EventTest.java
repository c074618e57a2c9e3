package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EventTest {

  @Test
  void keepsThePlanThatChangedAsARevision() {
    Event ts6 = SeedExamples.thematicSession6();

    assertThat(ts6.timing().map(Timing::firstDay)).hasValue(LocalDate.of(2017, 10, 12));
    assertThat(ts6.revisions()).singleElement().satisfies(r -> {
      assertThat(r.timing().map(Timing::firstDay)).hasValue(LocalDate.of(2017, 10, 2));
      assertThat(r.sources()).extracting(Source::reference).containsExactly(SeedExamples.SEED_000);
    });
  }

  @Test
  void sequenceCountsTheRevisions() {
    Event ts6 = SeedExamples.thematicSession6();

    assertThat(ts6.sequence()).isEqualTo(1);
    assertThat(ts6.withRevisions().sequence()).isZero();
  }

  @Test
  void copiesChangeOneAttributeAndLeaveTheOriginal() {
    Event ts6 = SeedExamples.thematicSession6();

    Event cancelled = ts6.withStatus(EventStatus.CANCELLED);

    assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
    assertThat(ts6.status()).isEqualTo(EventStatus.RESCHEDULED);
    assertThat(cancelled.withStatus(EventStatus.RESCHEDULED)).isEqualTo(ts6);
  }

  @Test
  void zoneComesFromThePlaceUnlessTheTimingHasOne() {
    Event ts6 = SeedExamples.thematicSession6();
    ZoneId newYork = ZoneId.of("America/New_York");

    assertThat(ts6.zone()).hasValue(ZoneId.of("Europe/Zurich"));
    assertThat(ts6.withTiming(ts6.timing().orElseThrow().withZone(newYork)).zone()).hasValue(newYork);
    assertThat(ts6.withPlace(Place.builder().attendance(AttendanceMode.ONLINE).build()).withTiming(
        Timing.on(LocalDate.of(2017, 11, 8))).zone()).isEmpty();
  }

  @Test
  void selectsParticipantsByRole() {
    Event gs3 = SeedExamples.civilSocietyStocktaking().event("cs-stock-gs3").orElseThrow();

    assertThat(gs3.participants(Role.CO_LEAD)).hasSize(2);
    assertThat(gs3.participants(Role.RAPPORTEUR)).singleElement()
        .satisfies(p -> assertThat(p.personId()).hasValue("gs3-rapporteur"));
    assertThat(gs3.participants(Role.FACILITATOR)).isEmpty();
  }

  @Test
  void actsAreKeptInAscendingOrderWithoutDuplicates() {
    Event e = SeedExamples.thematicSession6().withActs(4, 2, 4);

    assertThat(e.acts()).containsExactly(2, 4);
  }

  @Test
  void canBeBuiltWithDataThatBreaksTheRulesSoThatValidationCanReportIt() {
    Event broken = Event.builder()
        .id("gs")
        .kind(EventKind.GROUP_SESSION)
        .title("A group session with one co-lead, ending before it starts")
        .status(EventStatus.PLANNED)
        .timing(Timing.builder()
            .start(FuzzyDate.of(LocalDateTime.of(2017, 12, 2, 15, 0)))
            .end(FuzzyDate.of(LocalDateTime.of(2017, 12, 2, 14, 0)))
            .build())
        .addParticipants(Participation.of(Role.CO_LEAD, "p1"))
        .addActs(11)
        .build();

    assertThat(broken.acts()).containsExactly(11);
    assertThat(broken.participants(Role.CO_LEAD)).hasSize(1);
  }

  @Test
  void requiresIdKindTitleAndStatus() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Event.builder().id("x").kind(EventKind.OTHER).title("t").build())
        .withMessageContaining("status");
  }

  @Test
  void rejectsNullAttributes() {
    assertThatNullPointerException().isThrownBy(() -> Event.builder().title(null));
    assertThatNullPointerException().isThrownBy(() -> Event.builder().addParticipants((Participation) null));
  }

  @Test
  void knowsItsWaivers() {
    Event e = SeedExamples.thematicSession6()
        .withWaivers(Waiver.builder().code("GCM-X").reason("because").build());

    assertThat(e.waives("GCM-X")).isTrue();
    assertThat(e.waives("GCM-Y")).isFalse();
  }

  @Test
  void statusKnowsWhetherTheEventIsGoingAhead() {
    assertThat(EventStatus.HELD.isFirm()).isTrue();
    assertThat(EventStatus.RESCHEDULED.isFirm()).isTrue();
    assertThat(EventStatus.TENTATIVE.isFirm()).isFalse();
    assertThat(EventStatus.CANCELLED.isFirm()).isFalse();
  }

  @Test
  void programmeKindsAreTheItemsInsideAnEvent() {
    assertThat(EventKind.GROUP_SESSION.isProgrammeItem()).isTrue();
    assertThat(EventKind.AGENDA_ITEM.isProgrammeItem()).isTrue();
    assertThat(EventKind.THEMATIC_SESSION.isProgrammeItem()).isFalse();
    assertThat(EventKind.OTHER.isProgrammeItem()).isFalse();
  }
}
