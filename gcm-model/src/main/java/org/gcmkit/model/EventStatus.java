package org.gcmkit.model;

/**
 * The status of an event, combining iCalendar's STATUS values with schema.org's {@code eventStatus}. How an event
 * got to its status (earlier dates or places) is kept in its {@linkplain Event#revisions() revisions}.
 *
 * @since 0.1
 */
public enum EventStatus {
  /** Announced or expected, not yet confirmed. */
  PLANNED,
  /** Pencilled in: dates or place may still change. */
  TENTATIVE,
  /** Confirmed and not yet held. */
  CONFIRMED,
  /** Moved to new dates (or a new place) that are confirmed; the earlier plan is a revision. */
  RESCHEDULED,
  /** Put off without new dates. */
  POSTPONED,
  /** Will not take place. */
  CANCELLED,
  /** Took place. */
  HELD;

  /**
   * Whether the event is (or was) going ahead: confirmed, rescheduled or held.
   *
   * @return {@code true} for {@link #CONFIRMED}, {@link #RESCHEDULED} and {@link #HELD}
   */
  public boolean isFirm() {
    return this == CONFIRMED || this == RESCHEDULED || this == HELD;
  }
}
