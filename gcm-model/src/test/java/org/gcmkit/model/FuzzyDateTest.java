package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzyDateTest {

  private static FuzzyDate p(String text) {
    return FuzzyDate.parse(text);
  }

  @Nested
  class FactBaseForms {

    @Test
    void monthIsAPointOfMonthPrecision() {
      FuzzyDate d = p("2017-04");
      assertThat(d.isPoint()).isTrue();
      assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
      assertThat(d.yearMonth()).contains(YearMonth.of(2017, 4));
      assertThat(d.earliest()).isEqualTo(LocalDate.of(2017, 4, 1));
      assertThat(d.latest()).isEqualTo(LocalDate.of(2017, 4, 30));
      assertThat(d.isExact()).isFalse();
      assertThat(d.toEdtf()).isEqualTo("2017-04");
    }

    @Test
    void localDateTimeWithoutSecondsIsReadAndPrintedWithSeconds() {
      FuzzyDate d = p("2017-04-17T14:00");
      assertThat(d.precision()).isEqualTo(DatePrecision.TIME);
      assertThat(d.dateTime()).contains(LocalDateTime.of(2017, 4, 17, 14, 0));
      assertThat(d.offset()).isEmpty();
      assertThat(d.date()).contains(LocalDate.of(2017, 4, 17));
      assertThat(d.isExact()).isTrue();
      assertThat(d.toEdtf()).isEqualTo("2017-04-17T14:00:00");
      assertThat(d).isEqualTo(FuzzyDate.of(LocalDateTime.of(2017, 4, 17, 14, 0)));
    }

    @Test
    void firstTenDaysOfAMonthAreItsEarlyPart() {
      FuzzyDate d = p("2017-05-01/2017-05-10");
      assertThat(d.isInterval()).isTrue();
      assertThat(d.partOfMonth()).contains(PartOfMonth.EARLY);
      assertThat(d.yearMonth()).contains(YearMonth.of(2017, 5));
      assertThat(d).isEqualTo(FuzzyDate.partOf(YearMonth.of(2017, 5), PartOfMonth.EARLY));
    }

    @Test
    void firstWeekOfAMonthIsAnIntervalButNoPartOfMonth() {
      FuzzyDate d = p("2017-12-01/2017-12-07");
      assertThat(d.partOfMonth()).isEmpty();
      assertThat(d.yearMonth()).contains(YearMonth.of(2017, 12));
      assertThat(d.earliest()).isEqualTo(LocalDate.of(2017, 12, 1));
      assertThat(d.latest()).isEqualTo(LocalDate.of(2017, 12, 7));
      assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-10-16~", "2017-04-07~"})
    void approximateDayIsNotExactButKeepsItsBounds(String text) {
      FuzzyDate d = p(text);
      LocalDate day = LocalDate.parse(text.substring(0, 10));
      assertThat(d.isApproximate()).isTrue();
      assertThat(d.isUncertain()).isFalse();
      assertThat(d.isExact()).isFalse();
      assertThat(d.date()).isEmpty();
      assertThat(d.earliest()).isEqualTo(day);
      assertThat(d.latest()).isEqualTo(day);
      assertThat(d.toEdtf()).isEqualTo(text);
    }

    @Test
    void yearIsAPointOfYearPrecision() {
      FuzzyDate d = p("2026");
      assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
      assertThat(d.earliest()).isEqualTo(LocalDate.of(2026, 1, 1));
      assertThat(d.latest()).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(d.yearMonth()).isEmpty();
      assertThat(d).isEqualTo(FuzzyDate.ofYear(2026));
    }

    @Test
    void approximateMonthIsQualifiedAndKeepsItsMonth() {
      FuzzyDate d = p("2017-08~");
      assertThat(d.isApproximate()).isTrue();
      assertThat(d.yearMonth()).contains(YearMonth.of(2017, 8));
      assertThat(d).isEqualTo(FuzzyDate.of(YearMonth.of(2017, 8)).approximate());
    }

    @Test
    void intervalWithApproximateEndKeepsTheQualifierOnTheEndOnly() {
      FuzzyDate d = p("2017-04-01/2017-11-30~");
      assertThat(d.start().orElseThrow().isApproximate()).isFalse();
      assertThat(d.end().orElseThrow().isApproximate()).isTrue();
      assertThat(d.isApproximate()).isTrue();
      assertThat(d.toEdtf()).isEqualTo("2017-04-01/2017-11-30~");
    }
  }

  @Nested
  class EdtfSpecificationExamples {

    @ParameterizedTest
    @ValueSource(
        strings = {
          // Level 0: date, date and time, time interval
          "1985-04-12", "1985-04", "1985",
          "1985-04-12T23:20:30", "1985-04-12T23:20:30Z", "1985-04-12T23:20:30+04:30",
          "1964/2008", "2004-06/2006-08", "2004-02-01/2005-02-08", "2004-02-01/2005-02", "2004-02-01/2005",
          "2005/2006-02",
          // Level 1: letter-prefixed year, season, qualification, unspecified digits, extended interval, negative year
          "Y170000002", "Y-170000002", "2001-21",
          "1984?", "2004-06~", "2004-06-11%",
          "201X", "20XX", "2004-XX", "1985-04-XX", "1985-XX-XX",
          "1985-04-12/..", "1985-04/..", "1985/..", "../1985-04-12", "../1985-04", "../1985",
          "1985-04-12/", "1985-04/", "1985/", "/1985-04-12", "/1985-04", "/1985",
          "-1985",
          // Level 1 qualified interval ends (2012 draft examples in the 2019 syntax)
          "1984~/2004-06", "1984/2004-06~", "1984~/2004~", "1984?/2004%", "1984-06?/2004-08?",
          "1984-06-02?/2004-08-08~", "1984-06-02?/"
        })
    void readsAndPrintsTheExampleUnchanged(String text) {
      assertThat(p(text).toEdtf()).isEqualTo(text);
    }

    @Test
    void offsetInHoursOnlyIsPrintedWithMinutes() {
      FuzzyDate d = p("1985-04-12T23:20:30-04");
      assertThat(d.offset()).contains(ZoneOffset.ofHours(-4));
      assertThat(d.dateTime()).contains(LocalDateTime.of(1985, 4, 12, 23, 20, 30));
      assertThat(d.toEdtf()).isEqualTo("1985-04-12T23:20:30-04:00");
    }

    @Test
    void utcOffsetIsZ() {
      assertThat(p("1985-04-12T23:20:30Z").offset()).contains(ZoneOffset.UTC);
      assertThat(p("1985-04-12T23:20:30+00:00").toEdtf()).isEqualTo("1985-04-12T23:20:30Z");
    }

    @Test
    void letterPrefixedYearsAreYears() {
      assertThat(p("Y170000002").earliest()).isEqualTo(LocalDate.of(170_000_002, 1, 1));
      assertThat(p("Y-170000002").latest()).isEqualTo(LocalDate.of(-170_000_002, 12, 31));
      assertThat(p("Y170000002").precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void negativeYearIsAYear() {
      FuzzyDate d = p("-1985");
      assertThat(d).isEqualTo(FuzzyDate.ofYear(-1985));
      assertThat(d.earliest()).isEqualTo(LocalDate.of(-1985, 1, 1));
    }

    @Test
    void qualifiersOfTheSpecificationSetTheFlags() {
      assertThat(p("1984?").isUncertain()).isTrue();
      assertThat(p("1984?").isApproximate()).isFalse();
      assertThat(p("2004-06~").isApproximate()).isTrue();
      assertThat(p("2004-06~").isUncertain()).isFalse();
      assertThat(p("2004-06-11%").isApproximate()).isTrue();
      assertThat(p("2004-06-11%").isUncertain()).isTrue();
    }

    @Test
    void openAndUnknownEndsAreTellApart() {
      assertThat(p("1985-04-12/..").isOpenEnd()).isTrue();
      assertThat(p("1985-04-12/..").isUnknownEnd()).isFalse();
      assertThat(p("1985-04-12/").isUnknownEnd()).isTrue();
      assertThat(p("1985-04-12/").isOpenEnd()).isFalse();
      assertThat(p("../1985").isOpenStart()).isTrue();
      assertThat(p("../1985").isUnknownStart()).isFalse();
      assertThat(p("/1985").isUnknownStart()).isTrue();
      assertThat(p("/1985").isOpenStart()).isFalse();
      assertThat(p("../1985").start()).isEmpty();
      assertThat(p("../1985").end()).contains(FuzzyDate.ofYear(1985));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Y-17E7", "1950S2", "Y171010000S3", "2001-34", "[1667,1668,1670..1672]", "[..1760-12-03]", "{1960,1961-12}",
          "2004-06~-11", "2004?-06-11", "?2004-06-~11", "2004-%06-11", "156X-12-25", "15XX-12-25", "XXXX-12-XX",
          "1XXX-XX", "1XXX-12", "1984-1X", "2004-06-~01/2004-06-~20"
        })
    void rejectsLevelTwoFeatures(String text) {
      assertThatThrownBy(() -> p(text)).isInstanceOf(DateTimeParseException.class);
    }
  }

  @Nested
  class Errors {

    @ParameterizedTest(name = "{0} fails at {1}")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '"',
        value = {
          "2017-02-30 | 8 | day 30 does not exist in February 2017",
          "1900-02-29 | 8 | day 29 does not exist in February 1900",
          "2017-04-31 | 8 | expected 01 to 30",
          "2017-12-00 | 8 | day 00 does not exist",
          "2017-13 | 5 | month 13 does not exist",
          "2017-00 | 5 | month 00 does not exist",
          "2017-25 | 5 | or 21 to 24 for a season",
          "2017-1 | 5 | expected a two-digit month",
          "2017-21-01 | 7 | a season (21 to 24) has no day",
          "17 | 2 | expected a four-digit year",
          "20171204 | 0 | 'Y' prefix",
          "2017-04-17T25:00 | 11 | expected the hour 00 to 23, not 25",
          "2017-04-17T14:60 | 14 | expected the minutes 00 to 59, not 60",
          "2017-04-17T14 | 13 | expected ':' and the minutes",
          "2017-04-17T14:00:00.5 | 19 | fractions of a second",
          "2017-04-17 14:00 | 10 | expected 'T' and a time",
          "2017-04-17T14:00+19:00 | 17 | expected the offset hours 00 to 18, not 19",
          "2017-04-17T14:00+18:30 | 16 | within -18:00 and +18:00",
          "2017-04-17T14:00+0430 | 19 | expected ':' between the hours and minutes",
          "2017~? | 5 | write % for approximate and uncertain together",
          "2017/2016 | 5 | the end 2016 is before the start 2017",
          "2017-12/2017-11-30 | 8 | is before the start",
          "2017-04-17T14:00/2017-04-17T13:00 | 17 | is before the start",
          "/ | 0 | at least one end",
          "../.. | 2 | at least one end",
          ".. | 2 | only allowed as the start or end of an interval",
          ". | 1 | expected '..'",
          "2017/2018/2019 | 9 | one '/', not two",
          "2017// | 5 | one '/', not two",
          "2017/../2018 | 7 | one '/', not two",
          "Y1985 | 0 | write 1985",
          "Y985 | 0 | write 0985",
          "Y017000 | 1 | no leading zeros",
          "Y | 1 | expected the digits of a year",
          "Y1700000000 | 1 | at most nine digits",
          "Y17000-01 | 6 | stands alone",
          "201X-05 | 4 | stands alone",
          "1XXX | 1 | only the last one or two digits",
          "20X5 | 3 | only the last one or two digits",
          "-201X | 1 | negative year cannot have unspecified digits",
          "-0000 | 0 | year -0000 does not exist",
          "2017-XX-05 | 8 | cannot follow an unspecified month",
          "2017-12-XXT10:00 | 10 | cannot follow an unspecified day",
          "201x | 3 | upper-case 'X'",
          "2017x | 4 | unexpected 'x'",
          "\" 2017\" | 0 | expected a four-digit year",
          "\"2017 \" | 4 | unexpected ' '",
          "2017-04-17T14:00Z~x | 18 | expected '/' or the end of the text",
          "2017/2018x | 9 | expected '-' and a month, a qualifier (~, ? or %) or the end of the text"
        })
    void reportsTheIndexAndWhatWasExpected(String text, int index, String message) {
      assertThatThrownBy(() -> p(text))
          .isInstanceOfSatisfying(DateTimeParseException.class, e -> {
            assertThat(e.getErrorIndex()).as("error index").isEqualTo(index);
            assertThat(e.getParsedString()).isEqualTo(text);
            assertThat(e.getMessage()).contains(message).contains("at index " + index);
          });
    }

    @Test
    void rejectsEmptyText() {
      assertThatThrownBy(() -> p(""))
          .isInstanceOfSatisfying(DateTimeParseException.class, e -> {
            assertThat(e.getErrorIndex()).isZero();
            assertThat(e.getMessage()).contains("the text is empty");
          });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-02-29", "2000-02-29", "-0004-02-29", "2017-04-17T23:59:59", "2017-04-17T14:00-18:00"})
    void acceptsValuesAtTheEdgesOfTheirRanges(String text) {
      assertThat(p(text).toEdtf()).startsWith(text.substring(0, 10));
    }

    @Test
    void shortensVeryLongTextInTheMessage() {
      String text = "2017-" + "9".repeat(500);
      assertThatThrownBy(() -> p(text))
          .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }
  }

  @Nested
  class Bounds {

    @ParameterizedTest(name = "{0} lies in {1}..{2}")
    @CsvSource({
      "2017, 2017-01-01, 2017-12-31",
      "2016-02, 2016-02-01, 2016-02-29",
      "2017-02, 2017-02-01, 2017-02-28",
      "201X, 2010-01-01, 2019-12-31",
      "20XX, 2000-01-01, 2099-12-31",
      "199X, 1990-01-01, 1999-12-31",
      "2017-XX, 2017-01-01, 2017-12-31",
      "2017-12-XX, 2017-12-01, 2017-12-31",
      "2017-XX-XX, 2017-01-01, 2017-12-31",
      "2017-21, 2017-03-01, 2017-05-31",
      "2017-22, 2017-06-01, 2017-08-31",
      "2017-23, 2017-09-01, 2017-11-30",
      "2017-24, 2017-12-01, 2018-02-28",
      "2015-24, 2015-12-01, 2016-02-29",
      "2017-04-17T14:00, 2017-04-17, 2017-04-17",
      "2017-04-17T23:30:00-05:00, 2017-04-17, 2017-04-17",
      "2004-02-01/2005-02, 2004-02-01, 2005-02-28",
      "2017-10-16~, 2017-10-16, 2017-10-16",
      "2017-12-01%/2017-12-07?, 2017-12-01, 2017-12-07",
      "-0044-03, -0044-03-01, -0044-03-31"
    })
    void earliestAndLatestAreTheFirstAndLastDayTheTextAllows(String text, String earliest, String latest) {
      FuzzyDate d = p(text);
      assertThat(d.earliest()).isEqualTo(LocalDate.parse(earliest));
      assertThat(d.latest()).isEqualTo(LocalDate.parse(latest));
    }

    @Test
    void openAndUnknownEndsAreUnbounded() {
      assertThat(p("../1985").earliest()).isEqualTo(LocalDate.MIN);
      assertThat(p("/1985").earliest()).isEqualTo(LocalDate.MIN);
      assertThat(p("1985/..").latest()).isEqualTo(LocalDate.MAX);
      assertThat(p("1985/").latest()).isEqualTo(LocalDate.MAX);
      assertThat(p("../1985").latest()).isEqualTo(LocalDate.of(1985, 12, 31));
    }

    @Test
    void longYearBoundsCoverTheWholeYear() {
      assertThat(FuzzyDate.ofYear(17000).earliest()).isEqualTo(LocalDate.of(17000, 1, 1));
      assertThat(FuzzyDate.ofYear(17000).latest()).isEqualTo(LocalDate.of(17000, 12, 31));
    }

    @Test
    void containsTheDaysWithinItsBounds() {
      FuzzyDate december = p("2017-12");
      assertThat(december.contains(LocalDate.of(2017, 12, 1))).isTrue();
      assertThat(december.contains(LocalDate.of(2017, 12, 31))).isTrue();
      assertThat(december.contains(LocalDate.of(2018, 1, 1))).isFalse();
      assertThat(p("2017-12-04/..").contains(LocalDate.of(2300, 1, 1))).isTrue();
    }

    @Test
    void overlapsWhenTheyShareADay() {
      assertThat(p("2017-12").overlaps(p("2017-11-21/2017-12-07"))).isTrue();
      assertThat(p("2017-12").overlaps(p("2017-11-21/2017-11-30"))).isFalse();
      assertThat(p("2017-12-31").overlaps(p("2017-24"))).isTrue();
      assertThat(p("../2017").overlaps(p("1900"))).isTrue();
    }

    @Test
    void isBeforeOnlyWhenNoDayOverlaps() {
      assertThat(p("2017-11").isBefore(p("2017-12-01"))).isTrue();
      assertThat(p("2017-12").isBefore(p("2017-12-31"))).isFalse();
      assertThat(p("2017-12-31").isBefore(p("2017-12"))).isFalse();
      assertThat(p("2017-12-01").isAfter(p("2017-11"))).isTrue();
      assertThat(p("2017-11-21/2017-11-30").isBefore(p("2017-12-01/2017-12-10"))).isTrue();
    }

    @Test
    void isBeforeComparesDateTimesToTheSecond() {
      assertThat(p("2017-04-17T14:00").isBefore(p("2017-04-17T14:15"))).isTrue();
      assertThat(p("2017-04-17T14:15").isBefore(p("2017-04-17T14:00"))).isFalse();
      assertThat(p("2017-04-17T14:00").isBefore(p("2017-04-17T14:00"))).isFalse();
      assertThat(p("2017-04-17T14:00").isBefore(p("2017-04-17"))).isFalse();
    }

    @Test
    void isBeforeComparesDateTimesWithOffsetsAsInstants() {
      // 14:00+02:00 is 12:00Z, which is before 13:00Z though its local time is later
      assertThat(p("2017-04-17T14:00+02:00").isBefore(p("2017-04-17T13:00Z"))).isTrue();
      assertThat(p("2017-04-17T13:00Z").isBefore(p("2017-04-17T14:00+02:00"))).isFalse();
      assertThat(p("2017-04-17T14:00+02:00/2017-04-17T13:00Z").isInterval()).isTrue();
    }

    @Test
    void isBeforeDoesNotContradictTheLocalDays() {
      // 01:00+14:00 on the 18th is 11:00Z on the 17th: before 12:00Z as instants, but on a later local day
      assertThat(p("2017-04-18T01:00+14:00").isBefore(p("2017-04-17T12:00Z"))).isFalse();
      assertThat(p("2017-04-17T12:00Z").isBefore(p("2017-04-18T01:00+14:00"))).isFalse();
      assertThatThrownBy(() -> p("2017-04-18T01:00+14:00/2017-04-17T12:00Z"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("is before the start");
    }

    @Test
    void isBeforeIsFalseAcrossOpenOrUnknownEnds() {
      assertThat(p("2017/..").isBefore(p("2018"))).isFalse();
      assertThat(p("2017").isBefore(p("/2018"))).isFalse();
      assertThat(p("2017").isBefore(p("2018/"))).isTrue();
    }

    @Test
    void qualifiersDoNotWidenTheBounds() {
      assertThat(p("2017-12~").earliest()).isEqualTo(p("2017-12").earliest());
      assertThat(p("2017-12%").latest()).isEqualTo(p("2017-12").latest());
    }
  }

  @Nested
  class PartsOfMonths {

    @ParameterizedTest
    @CsvSource({
      "2017-12, EARLY, 2017-12-01/2017-12-10",
      "2017-12, MID, 2017-12-11/2017-12-20",
      "2017-12, LATE, 2017-12-21/2017-12-31",
      "2017-11, LATE, 2017-11-21/2017-11-30",
      "2016-02, LATE, 2016-02-21/2016-02-29",
      "2017-02, LATE, 2017-02-21/2017-02-28"
    })
    void partOfAMonthIsTheIntervalOfItsDaysAndIsRecognisedAgain(String month, PartOfMonth part, String edtf) {
      FuzzyDate built = FuzzyDate.partOf(YearMonth.parse(month), part);
      assertThat(built.toEdtf()).isEqualTo(edtf);
      assertThat(built).isEqualTo(p(edtf));
      assertThat(p(edtf).partOfMonth()).contains(part);
      assertThat(built.yearMonth()).contains(YearMonth.parse(month));
    }

    @Test
    void approximatePartOfMonthIsStillThatPart() {
      FuzzyDate d = FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY).approximate();
      assertThat(d.toEdtf()).isEqualTo("2017-12-01~/2017-12-10~");
      assertThat(d.partOfMonth()).contains(PartOfMonth.EARLY);
      assertThat(d.isApproximate()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2017-12-01/2017-12-07", "2017-12-02/2017-12-10", "2017-12-01~/2017-12-10", "2017-11-21/2017-12-10",
          "2017-12-01T00:00/2017-12-10", "2017-12-01/2017-12-10T00:00", "2017-12-01/..", "2017-12", "2017-12-01",
          "2016-12-01/2017-12-10", "2017-12-XX/2017-12-10"
        })
    void otherValuesAreNoPartOfMonth(String text) {
      assertThat(p(text).partOfMonth()).isEmpty();
    }

    @Test
    void lastDayOfLateIsTheLengthOfTheMonth() {
      assertThat(PartOfMonth.LATE.lastDay(YearMonth.of(2017, 4))).isEqualTo(30);
      assertThat(PartOfMonth.MID.lastDay(YearMonth.of(2017, 4))).isEqualTo(20);
      assertThat(PartOfMonth.EARLY.firstDay()).isEqualTo(1);
    }
  }

  @Nested
  class Seasons {

    @ParameterizedTest
    @CsvSource({"SPRING, 2017-21", "SUMMER, 2017-22", "AUTUMN, 2017-23", "WINTER, 2017-24"})
    void seasonIsWrittenWithItsCodeAndReadBack(Season season, String edtf) {
      FuzzyDate d = FuzzyDate.season(2017, season);
      assertThat(d.toEdtf()).isEqualTo(edtf);
      assertThat(p(edtf)).isEqualTo(d);
      assertThat(p(edtf).season()).contains(season);
      assertThat(Season.ofCode(season.code())).isEqualTo(season);
    }

    @Test
    void seasonHasMonthPrecisionButNoMonth() {
      FuzzyDate d = p("2017-23");
      assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
      assertThat(d.yearMonth()).isEmpty();
      assertThat(p("2017-10").season()).isEmpty();
    }

    @Test
    void seasonCodesOutsideLevelOneAreRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> Season.ofCode(25)).withMessageContaining("21 to 24");
    }

    @Test
    void seasonsCanBeIntervalEnds() {
      FuzzyDate d = p("2017-23/2018-21~");
      assertThat(d.earliest()).isEqualTo(LocalDate.of(2017, 9, 1));
      assertThat(d.latest()).isEqualTo(LocalDate.of(2018, 5, 31));
    }
  }

  @Nested
  class Qualifiers {

    @Test
    void approximateOnAnIntervalQualifiesBothEnds() {
      assertThat(p("2017-12-01/2017-12-07").approximate().toEdtf()).isEqualTo("2017-12-01~/2017-12-07~");
    }

    @Test
    void qualifyingAnOpenIntervalQualifiesItsKnownEnd() {
      assertThat(p("../1985").uncertain().toEdtf()).isEqualTo("../1985?");
      assertThat(p("1985/").approximate().toEdtf()).isEqualTo("1985~/");
    }

    @Test
    void approximateAndUncertainTogetherArePercent() {
      assertThat(p("2017-12").approximate().uncertain().toEdtf()).isEqualTo("2017-12%");
      assertThat(p("2017-12~").uncertain()).isEqualTo(p("2017-12%"));
    }

    @Test
    void qualifyingAgainReturnsTheSameValue() {
      FuzzyDate d = p("2017-12~");
      assertThat(d.approximate()).isSameAs(d);
    }

    @Test
    void qualifyingKeepsTheSourceText() {
      FuzzyDate d = p("2017-12-01/2017-12-10").withSourceText("early December").approximate();
      assertThat(d.sourceText()).contains("early December");
    }

    @Test
    void qualifiersOnIntervalEndsAreIndependent() {
      FuzzyDate d = p("2017-12-01~/2017-12-07");
      assertThat(d.start().orElseThrow()).isEqualTo(p("2017-12-01~"));
      assertThat(d.end().orElseThrow()).isEqualTo(p("2017-12-07"));
      assertThat(d.isUncertain()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-04-17T14:00:00~", "201X?", "2017-XX%", "Y17000~", "2017-21?"})
    void qualifiersGoOnEveryKindOfPoint(String text) {
      assertThat(p(text).toEdtf()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2004-06-XX/2004-07-03", "2017-04-17T14:00:00/2017-04-17T15:45:00", "2001-21/2002-22~"})
    void intervalEndsMayBeAnyPoint(String text) {
      assertThat(p(text).toEdtf()).isEqualTo(text);
    }

    @Test
    void approximateDateTimeStillHasItsDateTime() {
      FuzzyDate d = p("2017-04-17T14:00~");
      assertThat(d.dateTime()).contains(LocalDateTime.of(2017, 4, 17, 14, 0));
      assertThat(d.date()).isEmpty();
      assertThat(d.isExact()).isFalse();
    }
  }

  @Nested
  class Factories {

    @Test
    void ofDayIsADayPoint() {
      FuzzyDate d = FuzzyDate.of(LocalDate.of(2017, 12, 4));
      assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
      assertThat(d.date()).contains(LocalDate.of(2017, 12, 4));
      assertThat(d.toEdtf()).isEqualTo("2017-12-04");
    }

    @Test
    void ofDateTimeDropsFractionsOfASecond() {
      FuzzyDate d = FuzzyDate.of(LocalDateTime.of(2017, 4, 17, 14, 0, 5, 999_000_000));
      assertThat(d.dateTime()).contains(LocalDateTime.of(2017, 4, 17, 14, 0, 5));
    }

    @Test
    void ofDateTimeWithOffsetPrintsTheOffset() {
      FuzzyDate d = FuzzyDate.of(LocalDateTime.of(2018, 12, 10, 9, 0), ZoneOffset.ofHours(1));
      assertThat(d.toEdtf()).isEqualTo("2018-12-10T09:00:00+01:00");
      assertThat(d.offset()).contains(ZoneOffset.ofHours(1));
      assertThat(FuzzyDate.of(LocalDateTime.of(2018, 12, 10, 8, 0), ZoneOffset.UTC).toEdtf())
          .isEqualTo("2018-12-10T08:00:00Z");
    }

    @Test
    void rejectsAnOffsetWithSeconds() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FuzzyDate.of(LocalDateTime.of(2018, 1, 1, 0, 0), ZoneOffset.ofHoursMinutesSeconds(1, 0, 30)))
          .withMessageContaining("has seconds");
    }

    @Test
    void yearsPrintWithFourDigitsOrTheYPrefix() {
      assertThat(FuzzyDate.ofYear(0).toEdtf()).isEqualTo("0000");
      assertThat(FuzzyDate.ofYear(-44).toEdtf()).isEqualTo("-0044");
      assertThat(FuzzyDate.ofYear(9999).toEdtf()).isEqualTo("9999");
      assertThat(FuzzyDate.ofYear(10000).toEdtf()).isEqualTo("Y10000");
      assertThat(FuzzyDate.ofYear(-10000).toEdtf()).isEqualTo("Y-10000");
    }

    @Test
    void rejectsYearsOutsideLocalDate() {
      assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.ofYear(1_000_000_000));
    }

    @Test
    void rejectsDaysMonthsAndSeasonsBeyondFourDigitYears() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FuzzyDate.of(LocalDate.of(12000, 1, 1)))
          .withMessageContaining("four-digit year");
      assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.of(YearMonth.of(-10000, 1)));
      assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.season(10000, Season.SPRING));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FuzzyDate.of(LocalDateTime.of(10000, 1, 1, 0, 0)));
    }

    @Test
    void betweenBuildsAnIntervalOfTwoPoints() {
      FuzzyDate d = FuzzyDate.between(FuzzyDate.of(YearMonth.of(2004, 6)), FuzzyDate.of(YearMonth.of(2006, 8)));
      assertThat(d.toEdtf()).isEqualTo("2004-06/2006-08");
      assertThat(d).isEqualTo(p("2004-06/2006-08"));
    }

    @Test
    void betweenAcceptsEqualEnds() {
      assertThat(FuzzyDate.between(FuzzyDate.ofYear(2017), FuzzyDate.ofYear(2017)).toEdtf()).isEqualTo("2017/2017");
    }

    @Test
    void betweenRejectsAnEndBeforeTheStart() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FuzzyDate.between(p("2017-12-07"), p("2017-12-01")))
          .withMessageContaining("must not be before its start 2017-12-07");
    }

    @Test
    void betweenRejectsIntervals() {
      FuzzyDate interval = p("2017-12-01/2017-12-07");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FuzzyDate.between(interval, p("2018")))
          .withMessageContaining("must be a point");
      assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.between(p("2016"), interval));
      assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.from(interval));
      assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.until(interval));
    }

    @Test
    void betweenDropsTheSourceTextsOfTheEnds() {
      FuzzyDate d = FuzzyDate.between(p("2017-11-21").withSourceText("late November"), p("2017-12-10"));
      assertThat(d.start().orElseThrow().sourceText()).isEmpty();
      assertThat(d.sourceText()).isEmpty();
    }

    @Test
    void openAndUnknownIntervalsHaveTheirTexts() {
      FuzzyDate day = p("1985-04-12");
      assertThat(FuzzyDate.from(day).toEdtf()).isEqualTo("1985-04-12/..");
      assertThat(FuzzyDate.until(day).toEdtf()).isEqualTo("../1985-04-12");
      assertThat(FuzzyDate.fromWithUnknownEnd(day).toEdtf()).isEqualTo("1985-04-12/");
      assertThat(FuzzyDate.untilWithUnknownStart(day).toEdtf()).isEqualTo("/1985-04-12");
      assertThat(FuzzyDate.from(day)).isNotEqualTo(FuzzyDate.fromWithUnknownEnd(day));
    }
  }

  @Nested
  class Accessors {

    @Test
    void precisionOfAnIntervalIsThatOfItsFinerEnd() {
      assertThat(p("2004-02-01/2005").precision()).isEqualTo(DatePrecision.DAY);
      assertThat(p("2005/2006-02").precision()).isEqualTo(DatePrecision.MONTH);
      assertThat(p("../1985").precision()).isEqualTo(DatePrecision.YEAR);
      assertThat(p("2017-04-17T14:00/2017-04-18").precision()).isEqualTo(DatePrecision.TIME);
    }

    @Test
    void unspecifiedDigitsHaveTheirPrecision() {
      assertThat(p("201X").precision()).isEqualTo(DatePrecision.YEAR);
      assertThat(p("2004-XX").precision()).isEqualTo(DatePrecision.MONTH);
      assertThat(p("1985-04-XX").precision()).isEqualTo(DatePrecision.DAY);
      assertThat(p("1985-XX-XX").precision()).isEqualTo(DatePrecision.DAY);
      assertThat(p("1985-04-XX").isExact()).isFalse();
      assertThat(p("1985-04-XX").hasUnspecifiedDigits()).isTrue();
      assertThat(p("1985-04/1985-XX-XX").hasUnspecifiedDigits()).isTrue();
      assertThat(p("1985-04-12").hasUnspecifiedDigits()).isFalse();
    }

    @Test
    void yearMonthIsTheMonthTheValueLiesIn() {
      assertThat(p("1985-04-XX").yearMonth()).contains(YearMonth.of(1985, 4));
      assertThat(p("1985-04-12T10:00").yearMonth()).contains(YearMonth.of(1985, 4));
      assertThat(p("2004-XX").yearMonth()).isEmpty();
      assertThat(p("1985-XX-XX").yearMonth()).isEmpty();
      assertThat(p("2017-11-21/2017-12-07").yearMonth()).isEmpty();
      assertThat(p("2017-12/..").yearMonth()).isEmpty();
      assertThat(p("2017").yearMonth()).isEmpty();
    }

    @Test
    void dateTimeAndOffsetBelongToTimePointsOnly() {
      assertThat(p("2017-04-17").dateTime()).isEmpty();
      assertThat(p("2017-04-17").offset()).isEmpty();
      assertThat(p("2017-04-17T14:00/2017-04-17T15:00").dateTime()).isEmpty();
    }

    @Test
    void pointsHaveNoEnds() {
      FuzzyDate d = p("2017-12-04");
      assertThat(d.start()).isEmpty();
      assertThat(d.end()).isEmpty();
      assertThat(d.isOpenStart() || d.isOpenEnd() || d.isUnknownStart() || d.isUnknownEnd()).isFalse();
      assertThat(d.season()).isEmpty();
      assertThat(d.partOfMonth()).isEmpty();
    }

    @Test
    void intervalsHaveNoDateOrSeason() {
      FuzzyDate d = p("2017-12-04/2017-12-04");
      assertThat(d.date()).isEmpty();
      assertThat(d.isExact()).isFalse();
      assertThat(p("2017-21/2017-21").season()).isEmpty();
    }
  }

  @Nested
  class SourceTextAndEquality {

    @Test
    void sourceTextIsKeptAndPrintedByToString() {
      FuzzyDate d = p("2017-12-01/2017-12-07").withSourceText("probably about the first week of December");
      assertThat(d.sourceText()).contains("probably about the first week of December");
      assertThat(d.toEdtf()).isEqualTo("2017-12-01/2017-12-07");
      assertThat(d).hasToString("2017-12-01/2017-12-07 (\"probably about the first week of December\")");
    }

    @Test
    void toStringWithoutSourceTextIsTheEdtf() {
      assertThat(p("2017-04-17T14:00")).hasToString("2017-04-17T14:00:00");
    }

    @Test
    void sourceTextIsPartOfEquality() {
      FuzzyDate plain = p("2017-12-01/2017-12-10");
      FuzzyDate phrased = plain.withSourceText("early December");
      assertThat(phrased).isNotEqualTo(plain);
      assertThat(phrased).isEqualTo(FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY)
          .withSourceText("early December"));
      assertThat(phrased.withoutSourceText()).isEqualTo(plain);
      assertThat(p(phrased.toEdtf())).isEqualTo(phrased.withoutSourceText());
    }

    @Test
    void rejectsABlankSourceText() {
      assertThatIllegalArgumentException().isThrownBy(() -> p("2017").withSourceText("  "));
    }

    @Test
    void withoutSourceTextReturnsTheSameValueWhenThereIsNone() {
      FuzzyDate d = p("2017");
      assertThat(d.withoutSourceText()).isSameAs(d);
    }

    @Test
    void equalBoundsDoNotMakeEqualValues() {
      assertThat(p("2017-12")).isNotEqualTo(p("2017-12-01/2017-12-31"));
      assertThat(p("2017-12")).isNotEqualTo(p("2017-12-XX"));
      assertThat(p("2017")).isNotEqualTo(p("2017-XX"));
      assertThat(p("2017-04-17T14:00Z")).isNotEqualTo(p("2017-04-17T14:00"));
      assertThat(p("2017/..")).isNotEqualTo(p("2017/"));
    }

    @Test
    void equalValuesHaveEqualHashCodes() {
      assertThat(p("2017-12-01~/2017-12-07").hashCode()).isEqualTo(p("2017-12-01~/2017-12-07").hashCode());
      assertThat(p("1985-04-12T23:20:30-04").hashCode()).isEqualTo(p("1985-04-12T23:20:30-04:00").hashCode());
    }
  }
}
