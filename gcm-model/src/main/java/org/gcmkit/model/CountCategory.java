package org.gcmkit.model;

/**
 * What a {@link Headcount} counts.
 *
 * @since 0.1
 */
public enum CountCategory {
  /** All participants. */
  PARTICIPANTS,
  /** Civil society participants. */
  CIVIL_SOCIETY,
  /** Government participants or delegates. */
  GOVERNMENT_DELEGATES,
  /** States represented. */
  STATES,
  /** Organisations represented. */
  ORGANISATIONS,
  /** Countries participants came from. */
  COUNTRIES,
  /** Experts. */
  EXPERTS
}
