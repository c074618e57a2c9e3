package org.gcmkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A person registered to take part on behalf of an accredited organisation. The seeds: "Orgs will need to authorize
 * someone to participate on behalf of org … Will need to come from senior person in org (ED, etc.)"; "Only
 * constraint for each org will be capacity of spaces – will ask for prioritization of staff"; "Will be able to send
 * a substitute if person can't make meeting".
 *
 * <pre>{@code
 * Representative rep = Representative.builder()
 *     .personId("person-2")
 *     .authorisedBy("person-1")
 *     .priority(1)
 *     .registeredOn(FuzzyDate.of(LocalDate.of(2017, 4, 20)))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Representative implements WithRepresentative {

  Representative() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the person.
   *
   * @return the person's id
   */
  @NotBlank
  public abstract String personId();

  /**
   * The id of the senior person of the organisation who authorised this representative.
   *
   * @return the authoriser's id, or empty when nobody is recorded
   */
  public abstract Optional<String> authorisedBy();

  /**
   * The organisation's priority for this person when spaces are limited, 1 first.
   *
   * @return the priority, or empty
   */
  @Positive
  public abstract OptionalInt priority();

  /**
   * When the person was registered.
   *
   * @return the date, or empty
   */
  public abstract Optional<FuzzyDate> registeredOn();

  /**
   * The id of the representative this person substitutes for.
   *
   * @return the person's id, or empty
   */
  public abstract Optional<String> substituteFor();

  /** Builds {@link Representative} values; {@code personId} is required. */
  public static final class Builder extends ImmutableRepresentative.Builder {
    Builder() {}
  }
}
