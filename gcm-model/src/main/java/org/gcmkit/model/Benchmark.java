package org.gcmkit.model;

import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value an indicator should reach a number of years after adoption. The NGO Committee on Migration asked for
 * "Goals, targets and indicators in 2/5/12 year framework with benchmarks and monitoring frameworks"; validation
 * checks that an indicator has benchmarks at 2, 5 and 12 years and that each falls due that many years after the
 * target's adoption date.
 *
 * <pre>{@code
 * Benchmark twoYears = Benchmark.of(2, LocalDate.of(2020, 12, 10), new BigDecimal("60"));
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Benchmark implements WithBenchmark {

  Benchmark() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A benchmark.
   *
   * @param years the years after adoption
   * @param due the date it falls due
   * @param value the value to reach
   * @return the benchmark
   */
  public static Benchmark of(int years, LocalDate due, BigDecimal value) {
    return builder().years(years).due(due).value(value).build();
  }

  /**
   * How many years after adoption the benchmark falls due: 2, 5 or 12 in the 2/5/12 framework.
   *
   * @return the years
   */
  @Positive
  public abstract int years();

  /**
   * The date the benchmark falls due.
   *
   * @return the date
   */
  public abstract LocalDate due();

  /**
   * The value the indicator should reach by then.
   *
   * @return the value
   */
  public abstract BigDecimal value();

  /**
   * A note.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /** Builds {@link Benchmark} values; {@code years}, {@code due} and {@code value} are required. */
  public static final class Builder extends ImmutableBenchmark.Builder {
    Builder() {}
  }
}
