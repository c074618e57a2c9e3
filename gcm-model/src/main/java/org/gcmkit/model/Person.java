package org.gcmkit.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person named in the sources. Roles and affiliations are {@linkplain Membership memberships}; roles at events
 * are {@linkplain Participation participations}.
 *
 * <p>Names are kept as the sources give them, with other spellings as aliases ("Michele Klein-Solomon", "Michelle
 * Klein-Solomon", "MKS"). A person known only by a first name ("Jonathan") is recorded as such: unknown stays
 * unknown.
 *
 * <pre>{@code
 * Person mks = Person.builder()
 *     .id("person-klein-solomon")
 *     .name("Michele Klein-Solomon")
 *     .addAliases("Michelle Klein-Solomon", "MKS", "MSK")
 *     .addSources(Source.of("003_3dea2f4af0ae5c57.txt"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Person implements WithPerson, Sourced {

  Person() {}

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
   * The name as the sources give it.
   *
   * @return the name
   */
  @NotBlank
  public abstract String name();

  /**
   * Other spellings, initials and short forms found in the sources.
   *
   * @return the aliases
   */
  public abstract List<String> aliases();

  /**
   * Whether the person takes part as a migrant. The modalities require every migrant to be affiliated with an
   * organisation; validation checks it.
   *
   * @return {@code true} when recorded as a migrant
   */
  @Value.Default
  public boolean migrant() {
    return false;
  }

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /** Builds {@link Person} values; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
