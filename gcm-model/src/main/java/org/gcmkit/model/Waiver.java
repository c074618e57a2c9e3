package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * An accepted exception to a rule, with its reason: the seeds record that concept notes should be out "four weeks
 * before, at minimum" and that "That will not happen for first one". A record that carries a waiver for a rule's
 * code is not reported for that rule; the report lists the waiver instead.
 *
 * <pre>{@code
 * Waiver lateNote = Waiver.builder()
 *     .code("GCM-CONCEPT-NOTE-LEAD-TIME")
 *     .reason("the organisers said the first concept note could not be out four weeks before")
 *     .addSources(Source.of("000_efcee90ecae86aab.txt"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Waiver {

  Waiver() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The code of the rule waived, for example {@code "GCM-CONCEPT-NOTE-LEAD-TIME"}.
   *
   * @return the rule code
   */
  @NotBlank
  public abstract String code();

  /**
   * Why the rule does not apply here.
   *
   * @return the reason
   */
  @NotBlank
  public abstract String reason();

  /**
   * Where the exception is recorded.
   *
   * @return the sources
   */
  public abstract List<@Valid Source> sources();

  /** Builds {@link Waiver} values; {@code code} and {@code reason} are required. */
  public static final class Builder extends ImmutableWaiver.Builder {
    Builder() {}
  }
}
