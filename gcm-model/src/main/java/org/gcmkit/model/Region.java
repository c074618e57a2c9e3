package org.gcmkit.model;

/**
 * The world regions of the regional civil society consultations (RCSCs) of 2017, which the seeds list as Africa,
 * Asia, Europe, Latin America, the Middle East/North Africa, North America and the Pacific.
 *
 * @since 0.1
 */
public enum Region {
  /** Africa. */
  AFRICA,
  /** Asia. */
  ASIA,
  /** Europe. */
  EUROPE,
  /** Latin America (with the Caribbean where a source groups them, as ECLAC does). */
  LATIN_AMERICA,
  /** The Middle East and North Africa (MENA), the Arab region. */
  MIDDLE_EAST_NORTH_AFRICA,
  /** North America. */
  NORTH_AMERICA,
  /** The Pacific. */
  PACIFIC
}
