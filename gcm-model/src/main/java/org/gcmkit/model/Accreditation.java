package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An organisation's accreditation to the process or to one meeting, with its application, its deadline, its quota
 * of spaces and its representatives.
 *
 * <p>Stakeholders without ECOSOC status applied for special accreditation; the window closed on 17 April 2017 and
 * "cannot be extended". Validation checks applications and registrations against the deadline, that every
 * representative was authorised by a senior person of the organisation, and the quota.
 *
 * <pre>{@code
 * Accreditation acc = Accreditation.builder()
 *     .id("acc-1")
 *     .organisationId("org-1")
 *     .kind(AccreditationKind.SPECIAL_ACCREDITATION)
 *     .status(AccreditationStatus.GRANTED)
 *     .deadline(FuzzyDate.of(LocalDate.of(2017, 4, 17)))
 *     .appliedOn(FuzzyDate.of(LocalDate.of(2017, 4, 10)))
 *     .quota(2)
 *     .addRepresentatives(Representative.builder().personId("person-2").authorisedBy("person-1").build())
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Accreditation implements WithAccreditation, Sourced {

  Accreditation() {}

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
   * The id of the accredited organisation.
   *
   * @return the organisation's id
   */
  @NotBlank
  public abstract String organisationId();

  /**
   * The kind of accreditation.
   *
   * @return the kind
   */
  public abstract AccreditationKind kind();

  /**
   * Where the application stands.
   *
   * @return the status
   */
  public abstract AccreditationStatus status();

  /**
   * The id of the event the accreditation or registration is for, when it is for one meeting ("Will be different
   * registration for each meeting").
   *
   * @return the event's id, or empty for the process as a whole
   */
  public abstract Optional<String> eventId();

  /**
   * The deadline for applications and registrations.
   *
   * @return the deadline, or empty
   */
  public abstract Optional<FuzzyDate> deadline();

  /**
   * When the organisation applied.
   *
   * @return the date, or empty
   */
  public abstract Optional<FuzzyDate> appliedOn();

  /**
   * The reason given for an objection, which the organisation has a right to know under resolution 1996/31.
   *
   * @return the reason, or empty
   */
  public abstract Optional<String> objectionReason();

  /**
   * The number of spaces the organisation has.
   *
   * @return the quota, or empty when unlimited or unknown
   */
  @PositiveOrZero
  public abstract OptionalInt quota();

  /**
   * The people registered on the organisation's behalf.
   *
   * @return the representatives
   */
  public abstract List<@Valid Representative> representatives();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /**
   * Builds {@link Accreditation} values; {@code id}, {@code organisationId}, {@code kind} and {@code status} are
   * required.
   */
  public static final class Builder extends ImmutableAccreditation.Builder {
    Builder() {}
  }
}
