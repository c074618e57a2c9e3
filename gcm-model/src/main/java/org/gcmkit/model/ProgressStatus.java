package org.gcmkit.model;

/**
 * The progress of an indicator toward its target, derived from its baseline, its benchmarks and its latest
 * measurement by {@link Indicator#progress()}.
 *
 * @since 0.1
 */
public enum ProgressStatus {
  /** The latest measurement reaches the final benchmark. */
  ACHIEVED,
  /** The latest measurement is at or beyond where the benchmarks say it should be by then. */
  ON_TRACK,
  /**
   * The latest measurement moved toward the target from the baseline, but less far than the benchmarks say it
   * should have by then.
   */
  AT_RISK,
  /** The latest measurement has not moved toward the target from the baseline, or moved away from it. */
  OFF_TRACK,
  /** There is no baseline, no benchmark or no measurement to judge by: unknown stays unknown. */
  NO_DATA
}
