package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or an organisation in a role at an event: an organiser, a funder, an anchor, a co-lead, a rapporteur, a
 * facilitator, a speaker, a participant.
 *
 * <p>People and organisations are referred to by id; the data set holds them. A person may act on behalf of an
 * organisation or a State ({@link #onBehalfOf()}): a government representative on behalf of Mexico, a representative
 * on behalf of an accredited NGO.
 *
 * <pre>{@code
 * Participation coLead = Participation.of(Role.CO_LEAD, "person-1");
 * Participation anchor = Participation.builder().role(Role.ANCHOR).organisationId("body-mfa").build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Participation implements WithParticipation {

  Participation() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A person in a role.
   *
   * @param role the role
   * @param personId the person's id
   * @return the participation
   */
  public static Participation of(Role role, String personId) {
    return builder().role(role).personId(personId).build();
  }

  /**
   * The role.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * The id of the person, when a person holds the role.
   *
   * @return the person's id, or empty
   */
  public abstract Optional<String> personId();

  /**
   * The id of the organisation, when an organisation holds the role, or the organisation the person belongs to.
   *
   * @return the organisation's id, or empty
   */
  public abstract Optional<String> organisationId();

  /**
   * The id of the organisation or State on whose behalf the person acts.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> onBehalfOf();

  /**
   * A note on the role, for example "moderator of the first panel".
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Where this participation is recorded.
   *
   * @return the sources; empty when the event's sources cover it
   */
  public abstract List<@Valid Source> sources();

  /** Builds {@link Participation} values; {@code role} is required. */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }
}
