package org.gcmkit.model;

/**
 * How certain a {@link Place} is: the seeds often name a city before it was decided ("probably Guadalajara",
 * "Likely Addis Ababa", "San Salvador or another location").
 *
 * @since 0.1
 */
public enum PlaceCertainty {
  /** The event takes or took place there. */
  CONFIRMED,
  /** Named as likely ("probably", "likely") but not confirmed. */
  PROBABLE,
  /** One of several candidates; the others are listed as {@link Place#alternatives() alternatives}. */
  CANDIDATE
}
