package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A goal with its targets, linked to the Ten Acts, the GCM objectives and the SDGs: the "Goals, targets and
 * indicators in 2/5/12 year framework" that the NGO Committee on Migration proposed.
 *
 * <pre>{@code
 * Goal goal = Goal.builder()
 *     .id("goal-1")
 *     .title("...")
 *     .addActs(10)
 *     .addObjectives(23)
 *     .addTargets(target)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Goal implements WithGoal, Sourced {

  Goal() {}

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
   * The goal.
   *
   * @return the title
   */
  @NotBlank
  public abstract String title();

  /**
   * A description.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * The Acts the goal serves, by number.
   *
   * @return the Acts in ascending order
   */
  @Value.NaturalOrder
  public abstract SortedSet<@Min(1) @Max(10) Integer> acts();

  /**
   * The GCM objectives the goal serves, by number.
   *
   * @return the objectives in ascending order
   */
  @Value.NaturalOrder
  public abstract SortedSet<@Min(1) @Max(23) Integer> objectives();

  /**
   * The SDG goals or targets the goal relates to.
   *
   * @return the codes
   */
  public abstract List<SdgCode> sdgCodes();

  /**
   * The targets.
   *
   * @return the targets
   */
  public abstract List<@Valid Target> targets();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /** Builds {@link Goal} values; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }
}
