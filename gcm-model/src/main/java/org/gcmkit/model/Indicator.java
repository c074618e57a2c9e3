package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure of progress toward a target: a baseline, benchmarks at 2, 5 and 12 years, measurements, and the
 * {@linkplain #progress() progress status} derived from them. After the IATI results standard (baseline, periods
 * with target and actual values) and the UN SDG indicator framework (dotted codes such as {@code 10.7.2}).
 *
 * <pre>{@code
 * Indicator share = Indicator.builder()
 *     .id("ind-1")
 *     .title("Share of ... (%)")
 *     .unit("%")
 *     .direction(Direction.INCREASE)
 *     .baseline(Measurement.of(LocalDate.of(2018, 12, 10), new BigDecimal("40")))
 *     .addBenchmarks(Benchmark.of(2, LocalDate.of(2020, 12, 10), new BigDecimal("50")),
 *         Benchmark.of(5, LocalDate.of(2023, 12, 10), new BigDecimal("65")),
 *         Benchmark.of(12, LocalDate.of(2030, 12, 10), new BigDecimal("90")))
 *     .addMeasurements(Measurement.of(LocalDate.of(2021, 12, 10), new BigDecimal("52")))
 *     .build();
 * share.expectedOn(LocalDate.of(2021, 12, 10));   // about 55: a year into the 2-to-5-year stretch
 * share.progress();                                // AT_RISK: 52 is above the baseline, below 55
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Indicator implements WithIndicator, Sourced {

  Indicator() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stable id, unique in its data set.
   *
   * @return the id
   */
  @NotBlank
  public abstract String id();

  /**
   * What is measured.
   *
   * @return the title
   */
  @NotBlank
  public abstract String title();

  /**
   * The unit of the values.
   *
   * @return the unit, for example {@code "%"} or {@code "countries"}, or empty
   */
  public abstract Optional<String> unit();

  /**
   * Which way the indicator should move.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The SDG indicators this one corresponds to.
   *
   * @return the codes, for example {@code 10.7.2}
   */
  public abstract List<SdgCode> sdgIndicators();

  /**
   * The value at the start.
   *
   * @return the baseline, or empty
   */
  public abstract Optional<@Valid Measurement> baseline();

  /**
   * The values to reach, by years after adoption.
   *
   * @return the benchmarks
   */
  public abstract List<@Valid Benchmark> benchmarks();

  /**
   * The values measured since the baseline.
   *
   * @return the measurements, in the order given
   */
  public abstract List<@Valid Measurement> measurements();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /**
   * The latest measurement.
   *
   * @return the measurement with the latest date, or empty
   */
  public final Optional<Measurement> latest() {
    return measurements().stream().max(Comparator.comparing(Measurement::date));
  }

  /**
   * The value the benchmarks say the indicator should have on a date: the baseline, then straight lines from
   * benchmark to benchmark, then the last benchmark's value.
   *
   * @param date the date
   * @return the expected value, or empty without a baseline or benchmarks
   */
  public final Optional<BigDecimal> expectedOn(LocalDate date) {
    if (baseline().isEmpty() || benchmarks().isEmpty()) {
      return Optional.empty();
    }
    List<Measurement> points = new ArrayList<>();
    points.add(baseline().get());
    benchmarks().stream()
        .sorted(Comparator.comparing(Benchmark::due))
        .forEach(b -> points.add(Measurement.of(b.due(), b.value())));
    if (!date.isAfter(points.get(0).date())) {
      return Optional.of(points.get(0).value());
    }
    for (int i = 1; i < points.size(); i++) {
      Measurement from = points.get(i - 1);
      Measurement to = points.get(i);
      if (!date.isAfter(to.date())) {
        long span = ChronoUnit.DAYS.between(from.date(), to.date());
        if (span <= 0) {
          return Optional.of(to.value());
        }
        long done = ChronoUnit.DAYS.between(from.date(), date);
        BigDecimal slope = to.value().subtract(from.value());
        return Optional.of(
            from.value()
                .add(slope.multiply(BigDecimal.valueOf(done)).divide(BigDecimal.valueOf(span), MathContext.DECIMAL64)));
      }
    }
    return Optional.of(points.get(points.size() - 1).value());
  }

  /**
   * The progress status from the baseline, the benchmarks and the latest measurement.
   *
   * <ul>
   *   <li>{@link ProgressStatus#NO_DATA} without a baseline, a benchmark or a measurement;
   *   <li>{@link ProgressStatus#ACHIEVED} when the latest measurement reaches the last benchmark;
   *   <li>{@link ProgressStatus#ON_TRACK} when it reaches the {@linkplain #expectedOn(LocalDate) expected value} on
   *       its date;
   *   <li>{@link ProgressStatus#AT_RISK} when it moved toward the target from the baseline, but less far than
   *       expected;
   *   <li>{@link ProgressStatus#OFF_TRACK} when it did not move toward the target, or moved away.
   * </ul>
   *
   * "Toward" follows the {@link #direction()}. No threshold is invented: the benchmarks alone say what is enough.
   *
   * @return the status
   */
  public final ProgressStatus progress() {
    Optional<Measurement> latest = latest();
    if (latest.isEmpty() || baseline().isEmpty() || benchmarks().isEmpty()) {
      return ProgressStatus.NO_DATA;
    }
    int sign = direction() == Direction.INCREASE ? 1 : -1;
    BigDecimal value = latest.get().value();
    Benchmark last = benchmarks().stream().max(Comparator.comparing(Benchmark::due)).get();
    if (sign * value.compareTo(last.value()) >= 0) {
      return ProgressStatus.ACHIEVED;
    }
    BigDecimal expected = expectedOn(latest.get().date()).get();
    if (sign * value.compareTo(expected) >= 0) {
      return ProgressStatus.ON_TRACK;
    }
    if (sign * value.compareTo(baseline().get().value()) > 0) {
      return ProgressStatus.AT_RISK;
    }
    return ProgressStatus.OFF_TRACK;
  }

  /** Builds {@link Indicator} values; {@code id}, {@code title} and {@code direction} are required. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
