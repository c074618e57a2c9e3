package org.gcmkit.model;

import jakarta.validation.constraints.NotBlank;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A date given relative to another event, as in the seeds' "about three weeks before the economic regional
 * consultation (November 6-8)".
 *
 * <p>Validation checks that the date of the {@link Timing} that carries it agrees with the anchor event's date
 * shifted by the {@link #offset()}, within a tolerance when {@link #approximate()}.
 *
 * <pre>{@code
 * RelativeDate threeWeeksBefore = RelativeDate.builder()
 *     .anchorId("rec-escap-2017")
 *     .offset(Period.ofWeeks(-3))
 *     .approximate(true)
 *     .sourceText("about three weeks before the economic regional consultation (November 6-8)")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class RelativeDate {

  RelativeDate() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the event the date is relative to.
   *
   * @return the anchor event's id
   */
  @NotBlank
  public abstract String anchorId();

  /**
   * Which end of the anchor event the offset counts from.
   *
   * @return the anchor point; {@link RelativeAnchor#START} unless set
   */
  @Value.Default
  public RelativeAnchor anchor() {
    return RelativeAnchor.START;
  }

  /**
   * The offset from the anchor: negative before it, positive after it.
   *
   * @return for example {@code P-21D} for "three weeks before"
   */
  public abstract Period offset();

  /**
   * Whether the source qualifies the offset ("about three weeks").
   *
   * @return {@code true} when approximate
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /**
   * The words of the source, verbatim.
   *
   * @return the phrase, or empty
   */
  public abstract Optional<String> sourceText();

  /** Builds {@link RelativeDate} values; {@code anchorId} and {@code offset} are required. */
  public static final class Builder extends ImmutableRelativeDate.Builder {
    Builder() {}
  }
}
