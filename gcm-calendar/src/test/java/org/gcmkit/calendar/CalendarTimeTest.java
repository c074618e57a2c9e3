package org.gcmkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.gcmkit.calendar.CalendarTime.Kind;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.PartOfMonth;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.Test;

class CalendarTimeTest {

  private static CalendarTime time(Timing timing, ZoneId zone) {
    return CalendarTime.of(timing, zone).orElseThrow();
  }

  @Test
  void aTimedEventKeepsItsLocalTimesAndResolvesInstantsInItsZone() {
    CalendarTime t = time(Timing.at(LocalDateTime.of(2017, 4, 17, 14, 0), LocalDateTime.of(2017, 4, 17, 18, 0),
        Fixtures.NEW_YORK), Fixtures.NEW_YORK);

    assertThat(t.kind()).isEqualTo(Kind.TIMED);
    assertThat(t.start()).hasValue(LocalDateTime.of(2017, 4, 17, 14, 0));
    assertThat(t.startInstant()).isEqualTo(Instant.parse("2017-04-17T18:00:00Z"));
    assertThat(t.endInstant()).isEqualTo(Instant.parse("2017-04-17T22:00:00Z"));
    assertThat(t.isAllDay()).isFalse();
  }

  @Test
  void aMultiDayMeetingIsAnAllDaySpanWithAnExclusiveEnd() {
    CalendarTime t = time(Timing.days(LocalDate.of(2017, 12, 4), LocalDate.of(2017, 12, 6)), Fixtures.MEXICO_CITY);

    assertThat(t.kind()).isEqualTo(Kind.ALL_DAY);
    assertThat(t.firstDay()).isEqualTo(LocalDate.of(2017, 12, 4));
    assertThat(t.endDayExclusive()).isEqualTo(LocalDate.of(2017, 12, 7));
    assertThat(t.startInstant()).isEqualTo(Instant.parse("2017-12-04T06:00:00Z"));
    assertThat(t.isTentative()).isFalse();
  }

  @Test
  void anInexactDateIsATentativeSpanOverItsWholeWindow() {
    Timing early = Timing.of(FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY));

    CalendarTime t = time(early, Fixtures.MEXICO_CITY);

    assertThat(t.kind()).isEqualTo(Kind.WINDOW);
    assertThat(t.isTentative()).isTrue();
    assertThat(t.firstDay()).isEqualTo(LocalDate.of(2017, 12, 1));
    assertThat(t.endDayExclusive()).isEqualTo(LocalDate.of(2017, 12, 11));
  }

  @Test
  void anApproximateDayIsShownAsItsWindowNotAsThatDay() {
    CalendarTime t = time(Timing.of(FuzzyDate.parse("2017-10-16~")), null);

    assertThat(t.kind()).isEqualTo(Kind.WINDOW);
    assertThat(t.firstDay()).isEqualTo(LocalDate.of(2017, 10, 16));
  }

  @Test
  void aYearOnlyDateCoversTheYear() {
    CalendarTime t = time(Timing.of(FuzzyDate.ofYear(2026)), null);

    assertThat(t.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(t.endDayExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void anOpenWindowCannotBeShown() {
    assertThat(CalendarTime.of(Timing.of(FuzzyDate.parse("2020/..")), null)).isEmpty();
    assertThat(CalendarTime.of(Fixtures.event("x", EventKind.MEETING).build())).isEmpty();
  }

  @Test
  void aLocalTimeInASpringGapMovesForwardByTheGap() {
    CalendarTime t = time(Timing.of(FuzzyDate.of(LocalDateTime.of(2017, 3, 12, 2, 30))), Fixtures.NEW_YORK);

    assertThat(t.startInstant()).isEqualTo(Instant.parse("2017-03-12T07:30:00Z"));
  }

  @Test
  void aLocalTimeInAnAutumnOverlapTakesTheEarlierOffsetUnlessTheDataGivesOne() {
    LocalDateTime ambiguous = LocalDateTime.of(2017, 11, 5, 1, 30);

    assertThat(time(Timing.of(FuzzyDate.of(ambiguous)), Fixtures.NEW_YORK).startInstant())
        .isEqualTo(Instant.parse("2017-11-05T05:30:00Z"));
    assertThat(time(Timing.of(FuzzyDate.of(ambiguous, ZoneOffset.ofHours(-5))), Fixtures.NEW_YORK).startInstant())
        .isEqualTo(Instant.parse("2017-11-05T06:30:00Z"));
  }

  @Test
  void marrakechWasOneHourAheadOfUtcInDecember2018() {
    CalendarTime t = time(Timing.of(FuzzyDate.of(LocalDateTime.of(2018, 12, 10, 9, 0))),
        ZoneId.of("Africa/Casablanca"));

    assertThat(t.startInstant()).isEqualTo(Instant.parse("2018-12-10T08:00:00Z"));
  }

  @Test
  void aTimedEventWithoutAZoneIsFloating() {
    CalendarTime t = time(Timing.of(FuzzyDate.of(LocalDateTime.of(2017, 4, 17, 14, 0))), null);

    assertThat(t.isFloating()).isTrue();
    assertThat(t.startInstant()).isEqualTo(Instant.parse("2017-04-17T14:00:00Z"));
    assertThat(t.endInstant()).isEqualTo(t.startInstant());
  }

  @Test
  void separateDaysAreCarried() {
    Timing csd = Timing.days(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 1))
        .withDays(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 1));

    assertThat(time(csd, ZoneId.of("Europe/Berlin")).days())
        .containsExactly(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 1));
  }

  @Test
  void overlapsIsHalfOpenAndCountsInstantaneousEventsAtTheirInstant() {
    CalendarTime day = time(Timing.on(LocalDate.of(2017, 12, 3)), ZoneOffset.UTC);
    Instant midnight = Instant.parse("2017-12-04T00:00:00Z");

    assertThat(day.overlaps(midnight, midnight.plusSeconds(60))).isFalse();
    assertThat(day.overlaps(midnight.minusSeconds(60), midnight)).isTrue();
    CalendarTime instant = time(Timing.of(FuzzyDate.of(LocalDateTime.of(2018, 2, 5, 15, 0))), ZoneOffset.UTC);
    assertThat(instant.overlaps(Instant.parse("2018-02-05T15:00:00Z"), Instant.parse("2018-02-05T16:00:00Z")))
        .isTrue();
  }
}
