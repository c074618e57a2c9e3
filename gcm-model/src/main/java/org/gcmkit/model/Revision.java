package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What was planned before: an earlier timing, place, status or title of an event (or window of a phase), as a
 * source stated it at the time.
 *
 * <p>An event's revisions are its history, oldest first; its own attributes are the current (or actual) state. The
 * 6th thematic session was planned for 2–3 October 2017 and held on 12–13 October; the conference was planned at UN
 * Headquarters in September 2018 and held in Marrakech in December. iCalendar's {@code SEQUENCE} is the number of
 * revisions.
 *
 * <pre>{@code
 * Revision planned = Revision.builder()
 *     .timing(Timing.days(LocalDate.of(2017, 10, 2), LocalDate.of(2017, 10, 3)))
 *     .statedOn(FuzzyDate.of(LocalDate.of(2017, 4, 17)))
 *     .addSources(Source.of("000_efcee90ecae86aab.txt"))
 *     .confidence(Confidence.HIGH)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Revision implements WithRevision, Sourced {

  Revision() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The timing as planned then.
   *
   * @return the earlier timing, or empty when it did not change
   */
  public abstract Optional<@Valid Timing> timing();

  /**
   * The place as planned then.
   *
   * @return the earlier place, or empty when it did not change
   */
  public abstract Optional<@Valid Place> place();

  /**
   * The status then.
   *
   * @return the earlier status, or empty when not recorded
   */
  public abstract Optional<EventStatus> status();

  /**
   * The title then.
   *
   * @return the earlier title, or empty when it did not change
   */
  public abstract Optional<String> title();

  /**
   * When the source stated this plan.
   *
   * @return the date of the statement, for example the date of the meeting whose notes record it, or empty
   */
  public abstract Optional<FuzzyDate> statedOn();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /** Builds {@link Revision} values; nothing is required. */
  public static final class Builder extends ImmutableRevision.Builder {
    Builder() {}
  }
}
