package org.gcmkit.model;

/**
 * The five UN Regional Economic Commissions (RECs), which held the regional consultations of 2017 and the regional
 * reviews from 2020.
 *
 * @since 0.1
 */
public enum Commission {
  /** Economic Commission for Africa (Addis Ababa). */
  ECA,
  /**
   * Economic Commission for Europe (Geneva): Europe, North America, the Caucasus, Central and Western Asia.
   */
  ECE,
  /** Economic Commission for Latin America and the Caribbean (Santiago). */
  ECLAC,
  /** Economic and Social Commission for Asia and the Pacific (Bangkok). */
  ESCAP,
  /** Economic and Social Commission for Western Asia (Beirut): the Arab region. */
  ESCWA;

  /**
   * The regions this commission covers, as the schedule's region filter understands them.
   *
   * @return the regions, never empty
   */
  public java.util.Set<Region> regions() {
    switch (this) {
      case ECA:
        return java.util.EnumSet.of(Region.AFRICA);
      case ECE:
        return java.util.EnumSet.of(Region.EUROPE, Region.NORTH_AMERICA);
      case ECLAC:
        return java.util.EnumSet.of(Region.LATIN_AMERICA);
      case ESCAP:
        return java.util.EnumSet.of(Region.ASIA, Region.PACIFIC);
      case ESCWA:
        return java.util.EnumSet.of(Region.MIDDLE_EAST_NORTH_AFRICA);
      default:
        throw new AssertionError(this);
    }
  }
}
