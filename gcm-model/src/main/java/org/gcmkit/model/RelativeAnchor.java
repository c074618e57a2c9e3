package org.gcmkit.model;

/**
 * Which end of another event a {@link RelativeDate} counts from.
 *
 * @since 0.1
 */
public enum RelativeAnchor {
  /** The first day (or start time) of the anchor event. */
  START,
  /** The last day (or end time) of the anchor event. */
  END
}
