package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 2/5/12-year benchmarks and the progress derived from them. The figures are made up for the test. */
class IndicatorTest {

  private static final LocalDate ADOPTION = LocalDate.of(2018, 12, 10);

  private static Indicator.Builder increasing() {
    return Indicator.builder()
        .id("ind-1")
        .title("An indicator that should rise from 40 to 90")
        .unit("%")
        .direction(Direction.INCREASE)
        .baseline(Measurement.of(ADOPTION, new BigDecimal("40")))
        .addBenchmarks(
            Benchmark.of(2, ADOPTION.plusYears(2), new BigDecimal("50")),
            Benchmark.of(5, ADOPTION.plusYears(5), new BigDecimal("65")),
            Benchmark.of(12, ADOPTION.plusYears(12), new BigDecimal("90")));
  }

  private static Indicator measured(String value, LocalDate on) {
    return increasing().addMeasurements(Measurement.of(on, new BigDecimal(value))).build();
  }

  @Test
  void expectsTheBaselineAtAdoptionAndEachBenchmarkWhenDue() {
    Indicator ind = increasing().build();

    assertThat(ind.expectedOn(ADOPTION)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40"));
    assertThat(ind.expectedOn(ADOPTION.plusYears(5))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("65"));
    assertThat(ind.expectedOn(ADOPTION.plusYears(20))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
  }

  @Test
  void interpolatesBetweenBenchmarks() {
    Indicator ind = increasing().build();
    LocalDate halfway = ADOPTION.plusYears(2).plusDays(548);

    assertThat(ind.expectedOn(halfway)).hasValueSatisfying(v -> assertThat(v.doubleValue()).isCloseTo(57.5,
        org.assertj.core.data.Offset.offset(0.05)));
  }

  @Test
  void isOnTrackWhenAtOrBeyondTheExpectedValue() {
    assertThat(measured("50", ADOPTION.plusYears(2)).progress()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(measured("70", ADOPTION.plusYears(5)).progress()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void isAtRiskWhenMovingTowardTheTargetTooSlowly() {
    assertThat(measured("45", ADOPTION.plusYears(2)).progress()).isEqualTo(ProgressStatus.AT_RISK);
  }

  @Test
  void isOffTrackWhenNotMovingOrMovingAway() {
    assertThat(measured("40", ADOPTION.plusYears(2)).progress()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(measured("35", ADOPTION.plusYears(2)).progress()).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void isAchievedWhenTheLastBenchmarkIsReached() {
    assertThat(measured("90", ADOPTION.plusYears(6)).progress()).isEqualTo(ProgressStatus.ACHIEVED);
  }

  @Test
  void judgesByTheLatestMeasurement() {
    Indicator ind = increasing()
        .addMeasurements(Measurement.of(ADOPTION.plusYears(5), new BigDecimal("70")))
        .addMeasurements(Measurement.of(ADOPTION.plusYears(2), new BigDecimal("30")))
        .build();

    assertThat(ind.latest().map(Measurement::date)).hasValue(ADOPTION.plusYears(5));
    assertThat(ind.progress()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void followsTheDirectionOfTheIndicator() {
    Indicator falling = Indicator.builder()
        .id("ind-2")
        .title("An indicator that should fall from 10 to 2")
        .direction(Direction.DECREASE)
        .baseline(Measurement.of(ADOPTION, new BigDecimal("10")))
        .addBenchmarks(Benchmark.of(2, ADOPTION.plusYears(2), new BigDecimal("8")),
            Benchmark.of(5, ADOPTION.plusYears(5), new BigDecimal("5")),
            Benchmark.of(12, ADOPTION.plusYears(12), new BigDecimal("2")))
        .addMeasurements(Measurement.of(ADOPTION.plusYears(2), new BigDecimal("7")))
        .build();

    assertThat(falling.progress()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(falling.withMeasurements(Measurement.of(ADOPTION.plusYears(2), new BigDecimal("11"))).progress())
        .isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void saysNoDataRatherThanGuessing() {
    assertThat(increasing().build().progress()).isEqualTo(ProgressStatus.NO_DATA);
    assertThat(Indicator.builder().id("x").title("x").direction(Direction.INCREASE)
        .addMeasurements(Measurement.of(ADOPTION, BigDecimal.ONE)).build().progress())
        .isEqualTo(ProgressStatus.NO_DATA);
  }

  @Test
  void aTargetCarriesItsAdoptionDateAndIndicators() {
    Target target = Target.builder().id("t-1").title("A target with three benchmarks").adoptedOn(ADOPTION)
        .addIndicators(increasing().build()).build();
    Goal goal = Goal.builder().id("g-1").title("A goal").addActs(10).addObjectives(23).addTargets(target).build();

    assertThat(goal.targets()).singleElement().satisfies(t -> {
      assertThat(t.adoptedOn()).hasValue(ADOPTION);
      assertThat(t.indicators().get(0).benchmarks()).extracting(Benchmark::years).containsExactly(2, 5, 12);
    });
  }
}
