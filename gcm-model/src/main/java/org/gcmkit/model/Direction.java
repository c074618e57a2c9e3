package org.gcmkit.model;

/**
 * Which way an indicator should move.
 *
 * @since 0.1
 */
public enum Direction {
  /** Higher values are better. */
  INCREASE,
  /** Lower values are better. */
  DECREASE
}
