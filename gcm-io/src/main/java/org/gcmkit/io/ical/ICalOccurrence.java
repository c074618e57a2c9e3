package org.gcmkit.io.ical;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One instance of a (possibly recurring) component: its start and end and the component that describes it, which is
 * the recurrence master or, where a component with a matching RECURRENCE-ID overrides the instance, the override.
 *
 * @since 0.1
 */
public final class ICalOccurrence {

  private final ICalComponent component;
  private final ICalDateTime start;
  private final ICalDateTime end;
  private final @Nullable ICalDateTime recurrenceId;

  ICalOccurrence(ICalComponent component, ICalDateTime start, ICalDateTime end, @Nullable ICalDateTime recurrenceId) {
    this.component = Objects.requireNonNull(component, "component");
    this.start = start;
    this.end = end;
    this.recurrenceId = recurrenceId;
  }

  /**
   * The component that describes this instance: the override when there is one, else the master.
   *
   * @return the component
   */
  public ICalComponent component() {
    return component;
  }

  /**
   * The start of this instance.
   *
   * @return the start
   */
  public ICalDateTime start() {
    return start;
  }

  /**
   * The end of this instance (start plus the master's duration, or the override's own end).
   *
   * @return the end
   */
  public ICalDateTime end() {
    return end;
  }

  /**
   * The original start of this instance in the recurrence set, which is its RECURRENCE-ID.
   *
   * @return the recurrence id, or empty for a component that does not recur
   */
  public Optional<ICalDateTime> recurrenceId() {
    return Optional.ofNullable(recurrenceId);
  }

  /**
   * Whether a component with a RECURRENCE-ID replaced this instance.
   *
   * @return {@code true} for overridden instances
   */
  public boolean isOverride() {
    return component.recurrenceId().isPresent();
  }

  @Override
  public String toString() {
    return component.uid().orElse("?") + "@" + start;
  }
}
