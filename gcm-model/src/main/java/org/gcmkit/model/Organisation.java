package org.gcmkit.model;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gcmkit.model.constraints.CountryCode;
import org.immutables.value.Value;

/**
 * An organisation, a body or a State: an NGO, a network and its members, a UN entity, a Member State, a committee.
 *
 * <p>The seeds spell names in several ways ("Migrant Forum in Asia", "Migrant Forum Asia"; "IMUMI/COMPRA", "IMUMI /
 * COMPA"); {@link #aliases()} keeps them, and {@link #isKnownAs(String)} matches any of them. A network lists its
 * members by id. A Member State is an organisation of type {@link OrganisationType#MEMBER_STATE} whose
 * {@link #country()} is its ISO 3166-1 code.
 *
 * <pre>{@code
 * Organisation mfa = Organisation.builder()
 *     .id("body-mfa")
 *     .name("Migrant Forum in Asia")
 *     .acronym("MFA")
 *     .addAliases("Migrant Forum Asia")
 *     .type(OrganisationType.NETWORK)
 *     .addSources(Source.of("004_92770983771948fb.txt"))
 *     .build();
 * mfa.isKnownAs("migrant forum asia");   // true
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Organisation implements WithOrganisation, Sourced {

  Organisation() {}

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
   * The name.
   *
   * @return the name
   */
  @NotBlank
  public abstract String name();

  /**
   * The acronym.
   *
   * @return the acronym, for example {@code "PICUM"}, or empty
   */
  public abstract Optional<String> acronym();

  /**
   * Other names and spellings found in the sources.
   *
   * @return the aliases
   */
  public abstract List<String> aliases();

  /**
   * The type.
   *
   * @return the type
   */
  public abstract OrganisationType type();

  /**
   * The country: where the organisation is based, or for a Member State the State itself, as an ISO 3166-1 alpha-2
   * code.
   *
   * @return the code, or empty
   */
  public abstract Optional<@CountryCode String> country();

  /**
   * The city where the organisation is based.
   *
   * @return the city, or empty
   */
  public abstract Optional<String> city();

  /**
   * The web site.
   *
   * @return the address, or empty
   */
  public abstract Optional<URI> url();

  /**
   * The id of the organisation this one is part of: an office of an agency, a programme of a network.
   *
   * @return the parent's id, or empty
   */
  public abstract Optional<String> parentId();

  /**
   * The ids of the member organisations, for a network, coalition or committee.
   *
   * @return the members' ids
   */
  public abstract List<String> memberIds();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /**
   * Whether a name is this organisation's name, acronym or one of its aliases, ignoring case and surrounding
   * spaces.
   *
   * @param someName a name as written somewhere
   * @return {@code true} when it names this organisation
   */
  public final boolean isKnownAs(String someName) {
    String n = someName.strip().toLowerCase(Locale.ROOT);
    if (name().toLowerCase(Locale.ROOT).equals(n)
        || acronym().map(a -> a.toLowerCase(Locale.ROOT).equals(n)).orElse(false)) {
      return true;
    }
    for (String alias : aliases()) {
      if (alias.toLowerCase(Locale.ROOT).equals(n)) {
        return true;
      }
    }
    return false;
  }

  /** Builds {@link Organisation} values; {@code id}, {@code name} and {@code type} are required. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}
