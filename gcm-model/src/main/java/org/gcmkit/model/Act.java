package org.gcmkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One of the Ten Acts of civil society's "Now and How: TEN ACTS for the Global Compact" (2017), by number and with
 * its title as the seeds give it, for example "ACT 3: Protection".
 *
 * <pre>{@code
 * Act protection = Act.builder()
 *     .number(3)
 *     .title("Protection")
 *     .round(1)
 *     .addSources(Source.of("004_92770983771948fb.txt"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Act implements WithAct, Sourced {

  Act() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Act's number.
   *
   * @return 1 to 10
   */
  @Min(1)
  @Max(10)
  public abstract int number();

  /**
   * The title, without the "ACT n:" prefix.
   *
   * @return the title, for example {@code "Drivers of human mobility"}
   */
  @NotBlank
  public abstract String title();

  /**
   * The round of group sessions in which the Act was discussed at the civil society stocktaking of December 2017.
   *
   * @return 1 or 2, or empty
   */
  @Min(1)
  public abstract OptionalInt round();

  /**
   * A short summary of the Act, when a source gives one.
   *
   * @return the summary, or empty
   */
  public abstract Optional<String> summary();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /**
   * The Act's label as the seeds print it.
   *
   * @return for example {@code "ACT 3: Protection"}
   */
  public final String label() {
    return "ACT " + number() + ": " + title();
  }

  /** Builds {@link Act} values; {@code number} and {@code title} are required. */
  public static final class Builder extends ImmutableAct.Builder {
    Builder() {}
  }
}
