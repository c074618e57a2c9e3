package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Plans as the seeds state them: inexact dates, tentative places, dates relative to other events. */
class PlansTest {

  /** 000: "Followed by wrap up conference in Mexico, probably Guadalajara in early December". */
  private final Revision guadalajara = Revision.builder()
      .timing(Timing.of(FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY).withSourceText("early December")))
      .place(Place.builder()
          .city("Guadalajara").country("MX").zone(ZoneId.of("America/Mexico_City"))
          .certainty(PlaceCertainty.PROBABLE)
          .sourceText("probably Guadalajara")
          .build())
      .statedOn(FuzzyDate.of(LocalDate.of(2017, 4, 17)))
      .addSources(Source.builder().reference(SeedExamples.SEED_000)
          .quote("Followed by wrap up conference in Mexico, probably Guadalajara in early December").build())
      .confidence(Confidence.LOW)
      .build();

  @Test
  void earlyDecemberIsAWindowNotADate() {
    Timing t = guadalajara.timing().orElseThrow();

    assertThat(t.isExact()).isFalse();
    assertThat(t.firstDay()).isEqualTo(LocalDate.of(2017, 12, 1));
    assertThat(t.lastDay()).isEqualTo(LocalDate.of(2017, 12, 10));
    assertThat(t.start().partOfMonth()).hasValue(PartOfMonth.EARLY);
    assertThat(t.start().sourceText()).hasValue("early December");
  }

  @Test
  void probablyGuadalajaraIsATentativePlace() {
    Place p = guadalajara.place().orElseThrow();

    assertThat(p.certainty()).isEqualTo(PlaceCertainty.PROBABLE);
    assertThat(p.sourceText()).hasValue("probably Guadalajara");
  }

  @Test
  void thePlanIsKeptBesideWhatHappened() {
    Event stocktaking = Event.builder()
        .id("stock")
        .kind(EventKind.STOCKTAKING_MEETING)
        .title("Preparatory (stocktaking) meeting")
        .status(EventStatus.HELD)
        .timing(Timing.days(LocalDate.of(2017, 12, 4), LocalDate.of(2017, 12, 6)))
        .place(SeedExamples.puertoVallarta())
        .addRevisions(guadalajara)
        .build();

    assertThat(stocktaking.place().flatMap(Place::city)).hasValue("Puerto Vallarta");
    assertThat(stocktaking.revisions()).extracting(r -> r.place().flatMap(Place::city).orElseThrow())
        .containsExactly("Guadalajara");
    assertThat(stocktaking.timing().orElseThrow().firstDay())
        .isBetween(guadalajara.timing().orElseThrow().firstDay(), guadalajara.timing().orElseThrow().lastDay());
  }

  @Test
  void aCandidatePlaceListsTheOthers() {
    Place sanSalvador = Place.builder()
        .city("San Salvador").country("SV")
        .certainty(PlaceCertainty.CANDIDATE)
        .addAlternatives(Place.builder().city("Santiago").country("CL").certainty(PlaceCertainty.CANDIDATE).build())
        .sourceText("might look at San Salvador or another location instead")
        .build();

    assertThat(sanSalvador.alternatives()).extracting(p -> p.city().orElseThrow()).containsExactly("Santiago");
  }

  @Test
  void aDateCanBeRelativeToAnotherEvent() {
    RelativeDate threeWeeksBefore = RelativeDate.builder()
        .anchorId("rec-escap-2017")
        .offset(Period.ofWeeks(-3))
        .approximate(true)
        .sourceText("about three weeks before the economic regional consultation (November 6-8)")
        .build();
    Timing plannedAsia = Timing.builder()
        .start(FuzzyDate.of(LocalDate.of(2017, 10, 16)).approximate())
        .relativeTo(threeWeeksBefore)
        .build();

    assertThat(plannedAsia.relativeTo()).hasValueSatisfying(r -> {
      assertThat(r.anchor()).isEqualTo(RelativeAnchor.START);
      assertThat(LocalDate.of(2017, 11, 6).plus(r.offset())).isEqualTo(LocalDate.of(2017, 10, 16));
    });
    assertThat(plannedAsia.start().isApproximate()).isTrue();
  }

  @Test
  void separateDaysAreListed() {
    Timing csd2017 = Timing.builder()
        .start(FuzzyDate.of(LocalDate.of(2017, 6, 29)))
        .end(FuzzyDate.of(LocalDate.of(2017, 7, 1)))
        .addDays(LocalDate.of(2017, 7, 1), LocalDate.of(2017, 6, 29))
        .build();

    assertThat(csd2017.days()).containsExactly(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 1));
  }

  @Test
  void aTimedEventHasLocalTimesInItsZone() {
    Timing t = Timing.at(java.time.LocalDateTime.of(2017, 4, 17, 14, 0), java.time.LocalDateTime.of(2017, 4, 17, 18, 0),
        ZoneId.of("America/New_York"));

    assertThat(t.isTimed()).isTrue();
    assertThat(t.isExact()).isTrue();
    assertThat(t.zone()).hasValue(ZoneId.of("America/New_York"));
    assertThat(Timing.on(LocalDate.of(2017, 4, 17)).isTimed()).isFalse();
  }
}
