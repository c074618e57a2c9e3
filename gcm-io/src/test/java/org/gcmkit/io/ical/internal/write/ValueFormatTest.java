package org.gcmkit.io.ical.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ValueFormatTest {

  @Test
  void writesDateAsEightDigits() {
    assertThat(ValueFormat.date(LocalDate.of(2018, 12, 10))).isEqualTo("20181210");
    assertThat(ValueFormat.date(LocalDate.of(7, 1, 2))).isEqualTo("00070102");
  }

  @Test
  void rejectsYearsOutsideFourDigits() {
    assertThatThrownBy(() -> ValueFormat.date(LocalDate.of(10_000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValueFormat.date(LocalDate.of(-1, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValueFormat.utc(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesLocalDateTimeWithoutFractionOfSecond() {
    assertThat(ValueFormat.dateTime(LocalDateTime.of(2017, 5, 22, 9, 5, 7, 999_999_999)))
        .isEqualTo("20170522T090507");
  }

  @Test
  void writesUtcDateTimeWithZ() {
    assertThat(ValueFormat.utc(Instant.parse("2018-12-10T08:00:00.75Z"))).isEqualTo("20181210T080000Z");
    assertThat(ValueFormat.utc(Instant.parse("1969-12-31T23:59:59.5Z"))).isEqualTo("19691231T235959Z");
  }

  @Test
  void utcMatchesJavaTimeForAnyInstantOfYears0To9999() {
    DateTimeFormatter reference = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    qt().forAll(Generate.longRange(min, max), Generate.range(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          Instant instant = Instant.ofEpochSecond(seconds, nanos);
          assertThat(ValueFormat.utc(instant)).isEqualTo(reference.format(instant.truncatedTo(ChronoUnit.SECONDS)));
        });
  }

  @Test
  void writesZeroDurationAsPt0s() {
    assertThat(ValueFormat.duration(Duration.ZERO)).isEqualTo("PT0S");
  }

  @Test
  void writesWholeWeeksAsWeeks() {
    assertThat(ValueFormat.duration(Duration.ofDays(14))).isEqualTo("P2W");
  }

  @Test
  void writesDaysAndTimeParts() {
    assertThat(ValueFormat.duration(Duration.ofDays(1).plusHours(2))).isEqualTo("P1DT2H");
    assertThat(ValueFormat.duration(Duration.ofDays(8))).isEqualTo("P8D");
    assertThat(ValueFormat.duration(Duration.ofSeconds(90))).isEqualTo("PT1M30S");
    assertThat(ValueFormat.duration(Duration.ofHours(1))).isEqualTo("PT1H");
  }

  @Test
  void writesAZeroMinuteBetweenHoursAndSecondsAsTheGrammarRequires() {
    assertThat(ValueFormat.duration(Duration.ofHours(1).plusSeconds(5))).isEqualTo("PT1H0M5S");
  }

  @Test
  void writesNegativeDurationWithLeadingMinus() {
    assertThat(ValueFormat.duration(Duration.ofMinutes(-15))).isEqualTo("-PT15M");
  }

  @Test
  void truncatesDurationFractionsTowardsZero() {
    assertThat(ValueFormat.duration(Duration.ofMillis(1_500))).isEqualTo("PT1S");
    assertThat(ValueFormat.duration(Duration.ofMillis(-1_500))).isEqualTo("-PT1S");
    assertThat(ValueFormat.duration(Duration.ofMillis(-500))).isEqualTo("PT0S");
  }

  @Test
  void durationRoundTripsThroughTheRfcGrammar() {
    qt().forAll(Generate.longRange(-10_000_000_000L, 10_000_000_000L)).checkAssert(seconds -> {
      String text = ValueFormat.duration(Duration.ofSeconds(seconds));
      assertThat(text).matches("[-]?P((\\d+W)|(\\d+D)?(T((\\d+H(\\d+M(\\d+S)?)?)|(\\d+M(\\d+S)?)|(\\d+S)))?)");
      assertThat(parseDuration(text)).isEqualTo(seconds);
    });
  }

  @Test
  void writesUtcOffsetWithSignHoursAndMinutes() {
    assertThat(ValueFormat.utcOffset(ZoneOffset.ofHours(1))).isEqualTo("+0100");
    assertThat(ValueFormat.utcOffset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
  }

  @Test
  void writesZeroOffsetAsPlusZero() {
    assertThat(ValueFormat.utcOffset(ZoneOffset.UTC)).isEqualTo("+0000");
  }

  @Test
  void writesOffsetSecondsOnlyWhenNotZero() {
    assertThat(ValueFormat.utcOffset(ZoneOffset.ofHoursMinutesSeconds(6, 42, 4))).isEqualTo("+064204");
  }

  @Test
  void writesGeoWithAtMostSixDecimalsAndNoTrailingZeros() {
    assertThat(ValueFormat.geo(46.2043907, 6.1431577)).isEqualTo("46.204391;6.143158");
    assertThat(ValueFormat.geo(-33.45, -70.666667)).isEqualTo("-33.45;-70.666667");
    assertThat(ValueFormat.geo(0, -0.0000001)).isEqualTo("0;0");
    assertThat(ValueFormat.geo(90, -180)).isEqualTo("90;-180");
  }

  @Test
  void rejectsGeoOutOfRangeOrNotFinite() {
    assertThatThrownBy(() -> ValueFormat.geo(90.5, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValueFormat.geo(0, 180.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValueFormat.geo(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesIntegers() {
    byte[] b = new byte[ValueFormat.MAX_LENGTH];
    assertThat(ascii(b, ValueFormat.writeInteger(0, b, 0))).isEqualTo("0");
    assertThat(ascii(b, ValueFormat.writeInteger(-42, b, 0))).isEqualTo("-42");
    assertThat(ascii(b, ValueFormat.writeInteger(Long.MIN_VALUE, b, 0))).isEqualTo("-9223372036854775808");
    assertThat(ascii(b, ValueFormat.writeInteger(Long.MAX_VALUE, b, 0))).isEqualTo("9223372036854775807");
  }

  @Test
  void writesAtTheGivenOffset() {
    byte[] b = "xx--------yy".getBytes(StandardCharsets.US_ASCII);
    int end = ValueFormat.writeDate(LocalDate.of(2016, 9, 19), b, 2);

    assertThat(end).isEqualTo(10);
    assertThat(ascii(b, 12)).isEqualTo("xx20160919yy");
  }

  private static String ascii(byte[] b, int length) {
    return new String(b, 0, length, StandardCharsets.US_ASCII);
  }

  /** A small independent reader of the DURATION grammar: total seconds. */
  private static long parseDuration(String text) {
    int i = 0;
    long sign = 1;
    if (text.charAt(0) == '-') {
      sign = -1;
      i++;
    }
    i++; // P
    long total = 0;
    long number = 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        number = number * 10 + (c - '0');
        continue;
      }
      switch (c) {
        case 'W' -> total += number * 604_800;
        case 'D' -> total += number * 86_400;
        case 'H' -> total += number * 3_600;
        case 'M' -> total += number * 60;
        case 'S' -> total += number;
        default -> { } // T
      }
      number = 0;
    }
    return sign * total;
  }
}
