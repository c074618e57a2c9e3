package org.gcmkit.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One answer on a reporting template, as a rapporteur records the highlights of a group session: the question or
 * heading of the template and what the group said.
 *
 * <pre>{@code
 * ReportEntry entry = ReportEntry.builder()
 *     .rapporteurId("person-7")
 *     .question("Which states are - or can be - leaders on this issue?")
 *     .answer("...")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ReportEntry {

  ReportEntry() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the rapporteur who recorded the entry.
   *
   * @return the person's id, or empty
   */
  public abstract Optional<String> rapporteurId();

  /**
   * The question or heading of the template.
   *
   * @return the question
   */
  @NotBlank
  public abstract String question();

  /**
   * What was recorded.
   *
   * @return the answer
   */
  public abstract String answer();

  /**
   * When the entry was submitted to the organisers.
   *
   * @return the date, or empty
   */
  public abstract Optional<FuzzyDate> submitted();

  /** Builds {@link ReportEntry} values; {@code question} and {@code answer} are required. */
  public static final class Builder extends ImmutableReportEntry.Builder {
    Builder() {}
  }
}
