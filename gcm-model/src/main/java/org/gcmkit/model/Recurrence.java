package org.gcmkit.model;

import java.util.List;
import java.util.Optional;
import org.gcmkit.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * How an event repeats, or which occurrence of a repeating event it replaces: what an iCalendar {@code VEVENT}
 * says with {@code RRULE}, {@code RDATE}, {@code EXDATE} and {@code RECURRENCE-ID}.
 *
 * <p>A <b>repeating</b> event (a weekly webinar, a monthly briefing) carries its {@link #rule()}, extra
 * {@link #dates()} and {@link #exceptions()}; its own timing is the first occurrence. An <b>override</b> is an event
 * of its own that replaces one occurrence of a repeating event: it names that event in {@link #masterId()} and the
 * occurrence in {@link #recurrenceId()}, and carries the occurrence's new timing, place or status as its own.
 *
 * <p>The rule is kept as the text of an RFC 5545 {@code RECUR} value, exactly as read ({@code gcm-calendar}
 * parses and expands it; the model does not depend on it). Dates are local to the event's zone: days for an
 * all-day event, local date-times of {@link DatePrecision#TIME} precision for a timed one. Inexact dates have no
 * meaning here; validation reports them.
 *
 * <pre>{@code
 * Recurrence weekly = Recurrence.builder()
 *     .rule("FREQ=WEEKLY;COUNT=6;BYDAY=TU")
 *     .addExceptions(FuzzyDate.of(LocalDateTime.of(2018, 3, 13, 15, 0)))
 *     .build();
 * Recurrence moved = Recurrence.builder()
 *     .masterId("webinar-2018")
 *     .recurrenceId(FuzzyDate.of(LocalDateTime.of(2018, 3, 20, 15, 0)))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Recurrence {

  Recurrence() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A recurrence by rule only.
   *
   * @param rule the text of an RFC 5545 {@code RECUR} value, such as {@code "FREQ=WEEKLY;COUNT=6"}
   * @return the recurrence
   */
  public static Recurrence of(String rule) {
    return builder().rule(rule).build();
  }

  /**
   * The recurrence rule: the text of an RFC 5545 {@code RECUR} value, as iCalendar's {@code RRULE} gives it.
   *
   * @return the rule, such as {@code "FREQ=MONTHLY;BYDAY=1MO;UNTIL=20181231T235959Z"}, or empty
   */
  public abstract Optional<@NonBlank String> rule();

  /**
   * Occurrences added to those of the rule ({@code RDATE}), each the local start of one occurrence.
   *
   * @return the dates, in the order given
   */
  public abstract List<FuzzyDate> dates();

  /**
   * Occurrences removed from those of the rule and the dates ({@code EXDATE}), each the local start of one
   * occurrence.
   *
   * @return the dates, in the order given
   */
  public abstract List<FuzzyDate> exceptions();

  /**
   * For an override, the id of the repeating event one of whose occurrences it replaces.
   *
   * @return the id, or empty when this is not an override
   */
  public abstract Optional<@NonBlank String> masterId();

  /**
   * For an override, the original local start of the occurrence it replaces ({@code RECURRENCE-ID}).
   *
   * @return the original start, or empty when this is not an override
   */
  public abstract Optional<FuzzyDate> recurrenceId();

  /**
   * Whether this replaces one occurrence of another event.
   *
   * @return {@code true} when {@link #recurrenceId()} is present
   */
  public final boolean isOverride() {
    return recurrenceId().isPresent();
  }

  /** Builds {@link Recurrence} values; nothing is required. */
  public static final class Builder extends ImmutableRecurrence.Builder {
    Builder() {}
  }
}
