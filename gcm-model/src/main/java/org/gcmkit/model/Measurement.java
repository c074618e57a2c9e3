package org.gcmkit.model;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value of an indicator on a date: a baseline or a measurement.
 *
 * <pre>{@code
 * Measurement baseline = Measurement.of(LocalDate.of(2018, 12, 10), new BigDecimal("54"));
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Measurement implements WithMeasurement {

  Measurement() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A measurement without sources.
   *
   * @param date the date the value refers to
   * @param value the value
   * @return the measurement
   */
  public static Measurement of(LocalDate date, BigDecimal value) {
    return builder().date(date).value(value).build();
  }

  /**
   * The date the value refers to.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The value, in the indicator's unit.
   *
   * @return the value
   */
  public abstract BigDecimal value();

  /**
   * A note on the value.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Where the value comes from.
   *
   * @return the sources
   */
  public abstract List<@Valid Source> sources();

  /** Builds {@link Measurement} values; {@code date} and {@code value} are required. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }
}
