package org.gcmkit.model;

import org.jspecify.annotations.Nullable;

/**
 * A point on the WGS 84 ellipsoid, as iCalendar's {@code GEO} property and most maps use.
 *
 * <pre>{@code
 * GeoPoint palais = GeoPoint.of(46.2266, 6.1405);
 * }</pre>
 *
 * @since 0.1
 */
public final class GeoPoint {

  private final double latitude;
  private final double longitude;

  private GeoPoint(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /**
   * A point by latitude and longitude in decimal degrees.
   *
   * @param latitude from -90 (south) to 90 (north)
   * @param longitude from -180 (west) to 180 (east)
   * @return the point
   * @throws IllegalArgumentException if a coordinate is out of range or not a number
   */
  public static GeoPoint of(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be between -90 and 90 degrees: " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be between -180 and 180 degrees: " + longitude);
    }
    return new GeoPoint(latitude, longitude);
  }

  /**
   * The latitude in decimal degrees, north positive.
   *
   * @return the latitude
   */
  public double latitude() {
    return latitude;
  }

  /**
   * The longitude in decimal degrees, east positive.
   *
   * @return the longitude
   */
  public double longitude() {
    return longitude;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GeoPoint g
        && Double.compare(latitude, g.latitude) == 0
        && Double.compare(longitude, g.longitude) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(latitude) + Double.hashCode(longitude);
  }

  /**
   * The point as {@code "latitude;longitude"}, the form of iCalendar's {@code GEO}.
   *
   * @return for example {@code "46.2266;6.1405"}
   */
  @Override
  public String toString() {
    return latitude + ";" + longitude;
  }
}
