package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target of a goal, with the period it covers ("Targets with specific time period"), the adoption date its
 * benchmarks count from, and its indicators.
 *
 * <pre>{@code
 * Target target = Target.builder()
 *     .id("t-1")
 *     .title("...")
 *     .adoptedOn(LocalDate.of(2018, 12, 10))
 *     .period(FuzzyDate.parse("2018-12-10/2030-12-10"))
 *     .addIndicators(indicator)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Target implements WithTarget, Sourced {

  Target() {}

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
   * What is to be achieved.
   *
   * @return the title
   */
  @NotBlank
  public abstract String title();

  /**
   * The date the benchmarks count from: the adoption of the commitment.
   *
   * @return the adoption date, or empty
   */
  public abstract Optional<LocalDate> adoptedOn();

  /**
   * The period the target covers.
   *
   * @return the period, or empty when not stated
   */
  public abstract Optional<FuzzyDate> period();

  /**
   * The SDG targets this one relates to.
   *
   * @return the codes, for example {@code 10.7}
   */
  public abstract List<SdgCode> sdgTargets();

  /**
   * How progress is measured.
   *
   * @return the indicators
   */
  public abstract List<@Valid Indicator> indicators();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /** Builds {@link Target} values; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
