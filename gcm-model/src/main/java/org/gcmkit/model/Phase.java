package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A phase of the GCM process with its window: "Phase I – Consultations: April to November 2017". Events name their
 * phase by id, and validation checks that they fall inside its window.
 *
 * <p>Windows are {@link FuzzyDate}s, usually month intervals ({@code 2017-04/2017-11}); where sources disagree
 * ("Stock-taking phase (November to February)" against the modalities' November to January) the other statement is
 * kept as a revision.
 *
 * <pre>{@code
 * Phase consultations = Phase.builder()
 *     .id("ph-1")
 *     .kind(PhaseKind.CONSULTATION)
 *     .name("Phase I - Consultations")
 *     .window(FuzzyDate.parse("2017-04/2017-11"))
 *     .addSources(Source.of("004_92770983771948fb.txt"))
 *     .confidence(Confidence.HIGH)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Phase implements WithPhase, Sourced {

  Phase() {}

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
   * @return the id, for example {@code "ph-1"}
   */
  @NotBlank
  public abstract String id();

  /**
   * Which phase this is.
   *
   * @return the kind
   */
  public abstract PhaseKind kind();

  /**
   * The name.
   *
   * @return the name, for example {@code "Phase I - Consultations"}
   */
  @NotBlank
  public abstract String name();

  /**
   * The window of the phase: when it starts and ends, as precisely as known. An open end ({@code 2020/..}) is a
   * phase that has not ended.
   *
   * @return the window
   */
  public abstract FuzzyDate window();

  /**
   * A description.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Other statements of the window, earlier or from other sources.
   *
   * @return the revisions
   */
  public abstract List<@Valid Revision> revisions();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /** Builds {@link Phase} values; {@code id}, {@code kind}, {@code name} and {@code window} are required. */
  public static final class Builder extends ImmutablePhase.Builder {
    Builder() {}
  }
}
