package org.gcmkit.io.ical;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A PERIOD value (RFC 5545 section 3.3.9): a start and either an end or a duration.
 *
 * @since 0.1
 */
public final class ICalPeriod {

  private final ICalDateTime start;
  private final @Nullable ICalDateTime end;
  private final @Nullable ICalDuration duration;

  private ICalPeriod(ICalDateTime start, @Nullable ICalDateTime end, @Nullable ICalDuration duration) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = end;
    this.duration = duration;
  }

  /**
   * A period with an explicit end.
   *
   * @param start the start
   * @param end the end
   * @return the period
   */
  public static ICalPeriod of(ICalDateTime start, ICalDateTime end) {
    return new ICalPeriod(start, Objects.requireNonNull(end, "end"), null);
  }

  /**
   * A period with a duration.
   *
   * @param start the start
   * @param duration the duration
   * @return the period
   */
  public static ICalPeriod of(ICalDateTime start, ICalDuration duration) {
    return new ICalPeriod(start, null, Objects.requireNonNull(duration, "duration"));
  }

  /**
   * The start.
   *
   * @return the start
   */
  public ICalDateTime start() {
    return start;
  }

  /**
   * The explicit end.
   *
   * @return the end, or empty when the period has a duration
   */
  public Optional<ICalDateTime> end() {
    return Optional.ofNullable(end);
  }

  /**
   * The duration.
   *
   * @return the duration, or empty when the period has an explicit end
   */
  public Optional<ICalDuration> duration() {
    return Optional.ofNullable(duration);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ICalPeriod p
        && p.start.equals(start)
        && Objects.equals(p.end, end)
        && Objects.equals(p.duration, duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, duration);
  }

  /**
   * The period in RFC 5545 form.
   *
   * @return start "/" end or duration
   */
  @Override
  public String toString() {
    return start + "/" + (end != null ? end : duration);
  }
}
