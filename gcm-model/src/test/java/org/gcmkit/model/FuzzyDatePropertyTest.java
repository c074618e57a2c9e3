package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of {@link FuzzyDate} over generated values of every shape. */
class FuzzyDatePropertyTest {

  private static final long FIRST_DAY = LocalDate.of(-9999, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  /** Picks one of several generators with equal weight. */
  private static <T> Gen<T> anyOf(List<Gen<T>> gens) {
    return Generate.range(0, gens.size() - 1).flatMap(gens::get);
  }

  private static Gen<Integer> fourDigitYears() {
    return Generate.range(-9999, 9999);
  }

  private static String year4(int year) {
    String digits = String.valueOf(Math.abs(year));
    return (year < 0 ? "-" : "") + "0".repeat(4 - digits.length()) + digits;
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : String.valueOf(value);
  }

  /** Points of every shape, without qualifiers. */
  static Gen<FuzzyDate> plainPoints() {
    Gen<FuzzyDate> years = fourDigitYears().map(y -> FuzzyDate.ofYear(y));
    Gen<FuzzyDate> longYears = Generate.range(10_000, Year.MAX_VALUE)
        .zip(Generate.booleans(), (y, negative) -> FuzzyDate.ofYear(negative ? -y : y));
    Gen<FuzzyDate> decades = Generate.range(0, 999).map(d -> FuzzyDate.parse(year4(d * 10).substring(0, 3) + "X"));
    Gen<FuzzyDate> centuries = Generate.range(0, 99).map(c -> FuzzyDate.parse(year4(c * 100).substring(0, 2) + "XX"));
    Gen<FuzzyDate> months = fourDigitYears().zip(Generate.range(1, 12), (y, m) -> FuzzyDate.of(YearMonth.of(y, m)));
    Gen<FuzzyDate> unspecifiedMonths = fourDigitYears().map(y -> FuzzyDate.parse(year4(y) + "-XX"));
    Gen<FuzzyDate> seasons = fourDigitYears()
        .zip(Generate.enumValues(Season.class), (y, s) -> FuzzyDate.season(y, s));
    Gen<FuzzyDate> days = dayValues().map(d -> FuzzyDate.of(d));
    Gen<FuzzyDate> unspecifiedDays = fourDigitYears()
        .zip(Generate.range(1, 12), (y, m) -> FuzzyDate.parse(year4(y) + "-" + two(m) + "-XX"));
    Gen<FuzzyDate> unspecifiedMonthDays = fourDigitYears().map(y -> FuzzyDate.parse(year4(y) + "-XX-XX"));
    return anyOf(List.of(years, longYears, decades, centuries, months, unspecifiedMonths, seasons, days,
        unspecifiedDays, unspecifiedMonthDays, localTimes(), offsetTimes()));
  }

  private static Gen<LocalDate> dayValues() {
    return Generate.longRange(FIRST_DAY, LAST_DAY).map(d -> LocalDate.ofEpochDay(d));
  }

  private static Gen<LocalDateTime> dateTimes() {
    return dayValues().zip(Generate.range(0, 86_399), (d, s) -> d.atStartOfDay().plusSeconds(s));
  }

  private static Gen<FuzzyDate> localTimes() {
    return dateTimes().map(t -> FuzzyDate.of(t));
  }

  private static Gen<FuzzyDate> offsetTimes() {
    return dateTimes().zip(Generate.range(-18 * 60, 18 * 60),
        (t, minutes) -> FuzzyDate.of(t, ZoneOffset.ofTotalSeconds(minutes * 60)));
  }

  private static final List<Function<FuzzyDate, FuzzyDate>> QUALIFY = List.of(
      d -> d, FuzzyDate::approximate, FuzzyDate::uncertain, d -> d.approximate().uncertain());

  /** Points of every shape, with any qualifier. */
  static Gen<FuzzyDate> points() {
    return plainPoints().zip(Generate.range(0, 3), (d, q) -> QUALIFY.get(q).apply(d));
  }

  /** An interval end: 0 a point, 1 open, 2 unknown. */
  private static Gen<Integer> endKinds() {
    return Generate.range(0, 2);
  }

  static Gen<FuzzyDate> intervals() {
    return points().zip(points(), endKinds(), endKinds(), FuzzyDatePropertyTest::interval);
  }

  private static FuzzyDate interval(FuzzyDate a, FuzzyDate b, int startKind, int endKind) {
    if (startKind != 0 && endKind != 0) {
      startKind = 0;
    }
    if (startKind == 0 && endKind == 0) {
      return b.isBefore(a) ? FuzzyDate.between(b, a) : FuzzyDate.between(a, b);
    }
    if (startKind == 1) {
      return FuzzyDate.until(b);
    }
    if (startKind == 2) {
      return FuzzyDate.untilWithUnknownStart(b);
    }
    return endKind == 1 ? FuzzyDate.from(a) : FuzzyDate.fromWithUnknownEnd(a);
  }

  /** Any value: points and intervals, half of them with a source phrase. */
  static Gen<FuzzyDate> values() {
    Gen<FuzzyDate> shapes = points().mix(intervals());
    Gen<String> phrases = Generate.pick(List.of("", "early December", "probably about the first week of December",
        "late November/early December", "\"today\" at midnight"));
    return shapes.zip(phrases, (d, phrase) -> phrase.isEmpty() ? d : d.withSourceText(phrase));
  }

  @Test
  void parsingTheEdtfTextGivesTheValueWithoutSourceText() {
    qt().forAll(values()).checkAssert(v -> assertThat(FuzzyDate.parse(v.toEdtf())).isEqualTo(v.withoutSourceText()));
  }

  @Test
  void theEdtfTextOfAParsedValueIsCanonical() {
    qt().forAll(values()).checkAssert(v -> {
      String text = v.toEdtf();
      assertThat(FuzzyDate.parse(text).toEdtf()).isEqualTo(text);
    });
  }

  @Test
  void equalValuesHaveEqualHashCodes() {
    qt().forAll(values()).checkAssert(v -> {
      FuzzyDate copy = FuzzyDate.parse(v.toEdtf());
      assertThat(copy.hashCode()).isEqualTo(v.withoutSourceText().hashCode());
    });
  }

  @Test
  void timesWithoutSecondsReadAsSecondZero() {
    qt().forAll(localTimes().mix(offsetTimes())).checkAssert(d -> {
      LocalDateTime atMinute = d.dateTime().orElseThrow().withSecond(0);
      FuzzyDate expected = d.offset().map(o -> FuzzyDate.of(atMinute, o)).orElseGet(() -> FuzzyDate.of(atMinute));
      String text = expected.toEdtf();
      int t = text.indexOf('T');
      String withoutSeconds = text.substring(0, t + 6) + text.substring(t + 9);
      assertThat(FuzzyDate.parse(withoutSeconds)).isEqualTo(expected);
    });
  }

  @Test
  void earliestIsNeverAfterLatestAndBothAreContained() {
    qt().forAll(values()).checkAssert(v -> {
      assertThat(v.earliest()).isBeforeOrEqualTo(v.latest());
      assertThat(v.contains(v.earliest())).isTrue();
      assertThat(v.contains(v.latest())).isTrue();
      assertThat(v.overlaps(v)).isTrue();
    });
  }

  @Test
  void qualifiersChangeNeitherBoundsNorShape() {
    qt().forAll(values()).checkAssert(v -> {
      FuzzyDate q = v.approximate().uncertain();
      assertThat(q.earliest()).isEqualTo(v.earliest());
      assertThat(q.latest()).isEqualTo(v.latest());
      assertThat(q.isInterval()).isEqualTo(v.isInterval());
      assertThat(q.precision()).isEqualTo(v.precision());
      assertThat(q.isApproximate() && q.isUncertain()).isTrue();
      assertThat(q.sourceText()).isEqualTo(v.sourceText());
    });
  }

  @Test
  void anIntervalNeverEndsBeforeItStarts() {
    qt().forAll(intervals()).checkAssert(v -> {
      assertThat(v.end().map(e -> v.start().map(e::isBefore).orElse(false)).orElse(false)).isFalse();
      assertThat(v.isBefore(v)).isFalse();
    });
  }

  @Test
  void isBeforeLeavesAtMostTheDayOfTwoTimesInCommon() {
    qt().forAll(values(), values()).checkAssert((a, b) -> {
      if (a.isBefore(b)) {
        assertThat(a.latest()).isBeforeOrEqualTo(b.earliest());
        assertThat(b.isBefore(a)).isFalse();
      }
    });
  }

  @Test
  void partOfMonthIsRecognisedAgain() {
    qt().forAll(fourDigitYears(), Generate.range(1, 12), Generate.enumValues(PartOfMonth.class))
        .checkAssert((y, m, part) -> {
          FuzzyDate d = FuzzyDate.partOf(YearMonth.of(y, m), part);
          assertThat(d.partOfMonth()).contains(part);
          assertThat(d.yearMonth()).contains(YearMonth.of(y, m));
          assertThat(FuzzyDate.parse(d.toEdtf())).isEqualTo(d);
        });
  }

  /** Texts near valid ones: a valid text with one character replaced, inserted or removed. */
  static Gen<String> mutatedTexts() {
    String alphabet = "0123456789-/.:TXYZ~?%+ x";
    return values().zip(Generate.range(0, 1000), Generate.range(0, alphabet.length() - 1),
        Generate.range(0, 2), (v, at, c, how) -> {
          String text = v.toEdtf();
          int i = at % (text.length() + 1);
          char ch = alphabet.charAt(c);
          if (how == 0 && i < text.length()) {
            return text.substring(0, i) + ch + text.substring(i + 1);
          }
          if (how == 1 && i < text.length()) {
            return text.substring(0, i) + text.substring(i + 1);
          }
          return text.substring(0, i) + ch + text.substring(i);
        });
  }

  @Test
  void anyTextEitherRoundTripsOrFailsWithAnIndexInsideIt() {
    qt().forAll(mutatedTexts()).checkAssert(text -> {
      FuzzyDate parsed;
      try {
        parsed = FuzzyDate.parse(text);
      } catch (DateTimeParseException e) {
        assertThat(e.getErrorIndex()).isBetween(0, text.length());
        assertThat(e.getMessage()).contains("at index " + e.getErrorIndex());
        return;
      }
      assertThat(FuzzyDate.parse(parsed.toEdtf())).isEqualTo(parsed);
    });
  }
}
