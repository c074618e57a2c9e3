package org.gcmkit.io.ical;

import org.gcmkit.model.GcmException;
import org.gcmkit.model.SourcePosition;

/**
 * A hard limit of {@link ICalLimits} was exceeded: the reader stops at once, before it could run out of memory or
 * time. Findings reported up to that point have been delivered.
 *
 * @since 0.1
 */
public final class ICalLimitException extends GcmException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The name of the limit, as in {@link ICalLimits}. */
  private final String limit;

  ICalLimitException(String limit, String message, SourcePosition position) {
    super(message, position, null);
    this.limit = limit;
  }

  /**
   * Which limit was exceeded.
   *
   * @return for example {@code "maxLineLength"}
   */
  public String limit() {
    return limit;
  }
}
