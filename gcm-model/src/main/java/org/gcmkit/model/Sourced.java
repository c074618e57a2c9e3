package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * A record that says where its facts come from and how far they can be trusted.
 *
 * <p>Every record of the reference data set names at least one {@link Source} (a seed document or a URL) and a
 * {@link Confidence}. Data imported from elsewhere may have neither: unknown stays unknown, and validation says so
 * where it matters.
 *
 * <p>The sources are validated in cascade ({@code @Valid}) by this declaration alone: implementations that
 * re-declare {@link #sources()} must not repeat {@code @Valid}, because Hibernate Validator rejects a return value
 * marked for cascaded validation twice in one class hierarchy (HV000131).
 *
 * @since 0.1
 */
public interface Sourced {

  /**
   * Where the facts of this record come from.
   *
   * @return the sources, in the order given; empty when none was recorded
   */
  List<@Valid Source> sources();

  /**
   * How far the facts of this record can be trusted.
   *
   * @return the confidence, or empty when not recorded
   */
  Optional<Confidence> confidence();

  /**
   * A free-text note on the record: a discrepancy between sources, what is unknown, how a value was derived.
   *
   * @return the note, or empty
   */
  Optional<String> note();
}
