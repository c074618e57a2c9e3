package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A number of people (or States, or organisations) at an event, expected or actual, as exact or as vague as the
 * source: "Probably about 30", "approximately 75", "30-80 participants each", "400+", "55 govt participants, 23
 * states".
 *
 * <pre>{@code
 * Headcount about75 = Headcount.builder()
 *     .basis(CountBasis.EXPECTED).category(CountCategory.CIVIL_SOCIETY)
 *     .minimum(75).maximum(75).approximate(true)
 *     .sourceText("approximately 75 civil society participants")
 *     .build();
 * Headcount over400 = Headcount.builder()
 *     .basis(CountBasis.ACTUAL).category(CountCategory.PARTICIPANTS).minimum(400)
 *     .sourceText("400+ participants")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Headcount implements WithHeadcount {

  Headcount() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the count was expected or counted.
   *
   * @return the basis
   */
  public abstract CountBasis basis();

  /**
   * What is counted.
   *
   * @return the category
   */
  public abstract CountCategory category();

  /**
   * The lower bound; equal to {@link #maximum()} for a single number.
   *
   * @return the minimum, or empty when only an upper bound is known
   */
  @PositiveOrZero
  public abstract OptionalInt minimum();

  /**
   * The upper bound.
   *
   * @return the maximum, or empty when open ("400+")
   */
  @PositiveOrZero
  public abstract OptionalInt maximum();

  /**
   * Whether the source qualifies the number ("about", "approximately", "probably").
   *
   * @return {@code true} when approximate
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /**
   * The words of the source, verbatim.
   *
   * @return the phrase, or empty
   */
  public abstract Optional<String> sourceText();

  /**
   * Where the count comes from.
   *
   * @return the sources
   */
  public abstract List<@Valid Source> sources();

  /** Builds {@link Headcount} values; {@code basis} and {@code category} are required. */
  public static final class Builder extends ImmutableHeadcount.Builder {
    Builder() {}
  }
}
