package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The values of DATE and DATE-TIME properties: local time, kind, equality and the instant of a UTC value. */
class ICalDateTimeTest {

  private static final LocalDateTime NOON = LocalDateTime.of(2017, 12, 4, 12, 0);

  @Test
  void keepsTheLocalDateTimeItWasMadeOfToTheNanosecond() {
    LocalDateTime t = LocalDateTime.of(-44, 3, 15, 23, 59, 59, 123_456_789);

    assertThat(ICalDateTime.ofFloating(t).localDateTime()).isEqualTo(t);
    assertThat(ICalDateTime.ofFloating(t).date()).isEqualTo(t.toLocalDate());
  }

  @Test
  void keepsTheExtremesOfLocalDateTime() {
    assertThat(ICalDateTime.ofFloating(LocalDateTime.MAX).localDateTime()).isEqualTo(LocalDateTime.MAX);
    assertThat(ICalDateTime.ofFloating(LocalDateTime.MIN).localDateTime()).isEqualTo(LocalDateTime.MIN);
  }

  @Test
  void givesAUtcValueItsInstant() {
    assertThat(ICalDateTime.ofUtc(NOON).instant()).contains(Instant.parse("2017-12-04T12:00:00Z"));
  }

  @Test
  void givesADateOrAFloatingValueNoInstant() {
    assertThat(ICalDateTime.ofDate(LocalDate.of(2017, 12, 4)).instant()).isEmpty();
    assertThat(ICalDateTime.ofFloating(NOON).instant()).isEmpty();
  }

  @Test
  void isEqualToAValueOfTheSameKindAndTimeWithTheSameHash() {
    ICalDateTime a = ICalDateTime.ofZoned(NOON, "Europe/Bonn", null);
    ICalDateTime b = ICalDateTime.ofZoned(LocalDateTime.parse("2017-12-04T12:00"), "Europe/Bonn", null);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void isNotEqualToAValueOfAnotherKindOrTime() {
    ICalDateTime zoned = ICalDateTime.ofZoned(NOON, "Europe/Bonn", null);

    assertThat(zoned).isNotEqualTo(ICalDateTime.ofFloating(NOON));
    assertThat(zoned).isNotEqualTo(ICalDateTime.ofUtc(NOON));
    assertThat(zoned).isNotEqualTo(ICalDateTime.ofZoned(NOON.plusNanos(1), "Europe/Bonn", null));
    assertThat(ICalDateTime.ofDate(NOON.toLocalDate())).isNotEqualTo(ICalDateTime.ofFloating(NOON.withHour(0)));
  }

  @Test
  void ordersValuesWithoutAnInstantByLocalTime() {
    ICalDateTime earlier = ICalDateTime.ofFloating(NOON);
    ICalDateTime later = ICalDateTime.ofFloating(NOON.plusNanos(1));

    assertThat(earlier).isLessThan(later);
  }
}
