package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GeoPointTest {

  @Test
  void printsAsICalendarGeo() {
    assertThat(GeoPoint.of(46.2266, 6.1405)).hasToString("46.2266;6.1405");
  }

  @Test
  void rejectsCoordinatesOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> GeoPoint.of(90.5, 0)).withMessageContaining("latitude");
    assertThatIllegalArgumentException().isThrownBy(() -> GeoPoint.of(0, -181)).withMessageContaining("longitude");
    assertThatIllegalArgumentException().isThrownBy(() -> GeoPoint.of(Double.NaN, 0));
  }

  @Test
  void isEqualByValue() {
    assertThat(GeoPoint.of(1, 2)).isEqualTo(GeoPoint.of(1, 2)).hasSameHashCodeAs(GeoPoint.of(1, 2));
    assertThat(GeoPoint.of(1, 2)).isNotEqualTo(GeoPoint.of(2, 1));
  }
}
