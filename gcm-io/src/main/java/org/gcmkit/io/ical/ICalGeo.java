package org.gcmkit.io.ical;

import org.jspecify.annotations.Nullable;

/**
 * A GEO value (RFC 5545 section 3.8.1.6): latitude and longitude in degrees.
 *
 * @since 0.1
 */
public final class ICalGeo {

  private final double latitude;
  private final double longitude;

  private ICalGeo(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /**
   * A position.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @return the value
   * @throws IllegalArgumentException if out of range
   */
  public static ICalGeo of(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("GEO out of range: " + latitude + ";" + longitude);
    }
    return new ICalGeo(latitude, longitude);
  }

  /**
   * The latitude.
   *
   * @return degrees north
   */
  public double latitude() {
    return latitude;
  }

  /**
   * The longitude.
   *
   * @return degrees east
   */
  public double longitude() {
    return longitude;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ICalGeo g
        && Double.compare(g.latitude, latitude) == 0
        && Double.compare(g.longitude, longitude) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(latitude) * 31 + Double.hashCode(longitude);
  }

  /**
   * The value in RFC 5545 form.
   *
   * @return latitude ";" longitude
   */
  @Override
  public String toString() {
    return latitude + ";" + longitude;
  }
}
