package org.gcmkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the 23 objectives of the Global Compact (A/RES/73/195, paragraph 16). The zero draft had 22; objective 23
 * was added in draft Rev 2 of 28 May 2018.
 *
 * <pre>{@code
 * Objective data = Objective.builder()
 *     .number(1)
 *     .title("Collect and utilize accurate and disaggregated data as a basis for evidence-based policies")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Objective implements WithObjective, Sourced {

  Objective() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The objective's number.
   *
   * @return 1 to 23
   */
  @Min(1)
  @Max(23)
  public abstract int number();

  /**
   * The title.
   *
   * @return the title
   */
  @NotBlank
  public abstract String title();

  /**
   * The id of the document (draft) that added the objective, when it was not in the first draft.
   *
   * @return the document's id, or empty
   */
  public abstract Optional<String> addedIn();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /** Builds {@link Objective} values; {@code number} and {@code title} are required. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
