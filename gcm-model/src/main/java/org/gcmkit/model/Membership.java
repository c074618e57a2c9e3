package org.gcmkit.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person holding a role in an organisation, a body or the process, from a date to a date, possibly on behalf of
 * another organisation or a State. After Popolo's membership.
 *
 * <p>Juan José Gómez Camacho was co-facilitator on behalf of Mexico; Louise Arbour was SRSG from 9 March 2017;
 * Colin Rajah was IOM's civil society liaison. A membership whose role {@linkplain Role#isSenior() is senior} (or
 * that is marked {@link #senior()}) makes the person someone who may authorise the organisation's representatives.
 *
 * <pre>{@code
 * Membership srsg = Membership.builder()
 *     .personId("person-arbour")
 *     .organisationId("body-srsg")
 *     .role(Role.SRSG)
 *     .start(FuzzyDate.of(LocalDate.of(2017, 3, 9)))
 *     .addSources(Source.of("http://www.unpopulation.org/en/development/desa/population/migration/partners/srsg.html"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Membership implements WithMembership, Sourced {

  Membership() {}

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
   * The id of the organisation or body in which the role is held.
   *
   * @return the organisation's id, or empty for a role held in the process at large
   */
  public abstract Optional<String> organisationId();

  /**
   * The role.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * The title of the post, as the sources give it.
   *
   * @return for example {@code "Director, Migration Policy and Research Department"}, or empty
   */
  public abstract Optional<String> title();

  /**
   * The id of the organisation or State on whose behalf the role is held.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> onBehalfOf();

  /**
   * When the role began.
   *
   * @return the start, or empty when unknown
   */
  public abstract Optional<FuzzyDate> start();

  /**
   * When the role ended.
   *
   * @return the end, or empty when it has not ended or is unknown
   */
  public abstract Optional<FuzzyDate> end();

  /**
   * Whether the person is a senior person of the organisation even though the role is not a senior one.
   *
   * @return {@code true} when marked senior
   */
  @Value.Default
  public boolean senior() {
    return false;
  }

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /**
   * Whether the person may authorise representatives of the organisation: a senior role, or marked senior.
   *
   * @return {@code true} for a senior person
   */
  public final boolean isSenior() {
    return senior() || role().isSenior();
  }

  /** Builds {@link Membership} values; {@code personId} and {@code role} are required. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }
}
