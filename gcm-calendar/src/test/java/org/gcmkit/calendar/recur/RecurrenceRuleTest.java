package org.gcmkit.calendar.recur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gcmkit.calendar.recur.RecurrenceRule.Frequency;
import org.gcmkit.calendar.recur.RecurrenceRule.WeekdayNum;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RecurrenceRuleTest {

  @Test
  void parsesEveryPart() {
    RecurrenceRule r =
        RecurrenceRule.parse(
            "FREQ=YEARLY;UNTIL=20201231T235959Z;INTERVAL=2;BYSECOND=0,30;BYMINUTE=15;BYHOUR=9,17;BYDAY=-1SU,MO;"
                + "BYMONTHDAY=1,-1;BYYEARDAY=100,-1;BYMONTH=3,10;BYSETPOS=1,-1;WKST=SU");
    assertThat(r.frequency()).isEqualTo(Frequency.YEARLY);
    assertThat(r.until()).contains(Instant.parse("2020-12-31T23:59:59Z"));
    assertThat(r.interval()).isEqualTo(2);
    assertThat(r.bySecond()).containsExactly(0, 30);
    assertThat(r.byMinute()).containsExactly(15);
    assertThat(r.byHour()).containsExactly(9, 17);
    assertThat(r.byDay()).containsExactly(WeekdayNum.of(-1, DayOfWeek.SUNDAY), WeekdayNum.of(0, DayOfWeek.MONDAY));
    assertThat(r.byMonthDay()).containsExactly(1, -1);
    assertThat(r.byYearDay()).containsExactly(100, -1);
    assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=20,-1;BYDAY=MO").byWeekNo()).containsExactly(20, -1);
    assertThat(r.byMonth()).containsExactly(3, 10);
    assertThat(r.bySetPos()).containsExactly(1, -1);
    assertThat(r.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
  }

  @Test
  void readsTheThreeFormsOfUntil() {
    assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20200101").until()).contains(LocalDate.of(2020, 1, 1));
    assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20200101T090000").until())
        .contains(LocalDateTime.of(2020, 1, 1, 9, 0));
    assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20200101T090000Z").until())
        .contains(Instant.parse("2020-01-01T09:00:00Z"));
  }

  @Test
  void formatsInTheCanonicalOrder() {
    assertThat(RecurrenceRule.parse("BYDAY=MO,WE;COUNT=10;freq=weekly").format())
        .isEqualTo("FREQ=WEEKLY;COUNT=10;BYDAY=MO,WE");
  }

  @Test
  void rejectsARuleWithoutFreq() {
    assertThatThrownBy(() -> RecurrenceRule.parse("COUNT=3"))
        .isInstanceOfSatisfying(RecurrenceRuleException.class, e -> assertThat(e.offset()).isZero());
  }

  @Test
  void reportsTheOffsetOfABadValue() {
    assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=DAILY;COUNT=x"))
        .isInstanceOfSatisfying(RecurrenceRuleException.class, e -> assertThat(e.offset()).isEqualTo(17));
  }

  @Test
  void strictParsingRejectsAnUnknownPart() {
    assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=WEEKLY;UNTL=20191023"))
        .isInstanceOfSatisfying(RecurrenceRuleException.class, e -> assertThat(e.offset()).isEqualTo(12));
  }

  @Test
  void lenientParsingStepsOverProblemsAndReportsThem() {
    List<String> problems = new ArrayList<>();
    RecurrenceRule r =
        RecurrenceRule.parse("FREQ=WEEKLY;UNTL=20191023;BYHOUR=25,9;", (o, m) -> problems.add(o + ": " + m));
    assertThat(r.byHour()).containsExactly(9);
    assertThat(r.until()).isEmpty();
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).startsWith("12: unknown rule part \"UNTL\"");
  }

  @Test
  void reportsPartsForbiddenWithTheFrequency() {
    List<String> problems = new ArrayList<>();
    RecurrenceRule.parse("FREQ=WEEKLY;BYMONTHDAY=1;BYDAY=2MO", (o, m) -> problems.add(m));
    assertThat(problems).hasSize(2);
  }

  @Test
  void untilAndCountTogetherIsAProblem() {
    assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=DAILY;COUNT=2;UNTIL=20200101"))
        .isInstanceOf(RecurrenceRuleException.class);
  }

  @Test
  void builderChecksRanges() {
    assertThatThrownBy(() -> RecurrenceRule.builder(Frequency.DAILY).byHour(24))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RecurrenceRule.builder(Frequency.MONTHLY).byMonthDay(-1).count(3).build().format())
        .isEqualTo("FREQ=MONTHLY;COUNT=3;BYMONTHDAY=-1");
  }

  static Gen<RecurrenceRule> rules() {
    return rules(false);
  }

  static Gen<RecurrenceRule> rules(boolean alwaysCount) {
    Gen<Integer> freq = integers().between(0, 6);
    Gen<Integer> n = integers().between(0, 500);
    Gen<Integer> bits = integers().between(0, (1 << 12) - 1);
    return freq.zip(n, bits, (f, k, b) -> {
      RecurrenceRule.Builder r = RecurrenceRule.builder(Frequency.values()[f]);
      if (alwaysCount || (b & 1) != 0) {
        r.count(1 + k);
      } else if ((b & 2) != 0) {
        r.until(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(k * 86_400L));
      }
      if ((b & 4) != 0) {
        r.interval(1 + k % 7);
      }
      if ((b & 8) != 0) {
        r.byDay(WeekdayNum.of(k % 5 - 2, DayOfWeek.of(1 + k % 7)), WeekdayNum.of(0, DayOfWeek.of(1 + (k + 3) % 7)));
      }
      if ((b & 16) != 0) {
        r.byMonthDay(1 + k % 31, -(1 + k % 31));
      }
      if ((b & 32) != 0) {
        r.byMonth(1 + k % 12);
      }
      if ((b & 64) != 0) {
        r.bySetPos(1 + k % 5, -1);
      }
      if ((b & 128) != 0) {
        r.byHour(k % 24).byMinute(k % 60).bySecond(k % 61);
      }
      if ((b & 256) != 0) {
        r.weekStart(DayOfWeek.of(1 + k % 7));
      }
      if ((b & 512) != 0) {
        r.byYearDay(1 + k % 366).byWeekNo(-(1 + k % 53));
      }
      return r.build();
    });
  }

  @Test
  void parsingTheFormattedRuleGivesTheSameRule() {
    qt().forAll(rules()).checkAssert(r -> {
      RecurrenceRule back = RecurrenceRule.parse(r.format(), (o, m) -> { });
      assertThat(back).isEqualTo(r);
      assertThat(back.format()).isEqualTo(r.format());
    });
  }

  @Test
  void expansionOfARuleWithCountGivesAtMostCountInstancesInOrder() {
    qt().forAll(rules(true)).checkAssert(r -> {
      LocalDateTime start = LocalDateTime.parse("2019-06-15T10:20:30");
      RecurrenceSet set = RecurrenceSet.builder(start).rule(r).build();
      List<LocalDateTime> all = set.between(start, start.plusYears(30), 10_000);
      assertThat(all.size()).isLessThanOrEqualTo(r.count().getAsInt());
      assertThat(all).isSorted().doesNotHaveDuplicates();
    });
  }

  @Test
  void aSubDailyRuleWhoseTimeFiltersCannotMatchEnds() {
    RecurrenceSet set =
        RecurrenceSet.builder(LocalDateTime.parse("2019-06-15T10:20:31"))
            .rule(RecurrenceRule.parse("FREQ=SECONDLY;INTERVAL=2;BYSECOND=30"))
            .build();
    java.util.Iterator<LocalDateTime> it = set.iterator();
    assertThat(it.next()).isEqualTo(LocalDateTime.parse("2019-06-15T10:20:31"));
    assertThat(it.hasNext()).isFalse();
  }

  @Test
  void aWindowEndsTheSearchForTheNextInstance() {
    RecurrenceSet set =
        RecurrenceSet.builder(LocalDateTime.parse("2019-03-01T00:00"))
            .rule(RecurrenceRule.parse("FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30"))
            .build();
    assertThat(set.between(LocalDateTime.parse("2019-03-02T00:00"), LocalDateTime.parse("2020-01-01T00:00"), 10))
        .isEmpty();
  }

  @Test
  void expandsHourlyRulesWithMinuteAndSecondFilters() {
    RecurrenceSet set =
        RecurrenceSet.builder(LocalDateTime.parse("2019-06-15T10:00:00"))
            .rule(RecurrenceRule.parse("FREQ=SECONDLY;BYHOUR=12;BYMINUTE=30;BYSECOND=15,45;COUNT=5"))
            .build();
    assertThat(set.stream().map(LocalDateTime::toString)).containsExactly(
        "2019-06-15T10:00", "2019-06-15T12:30:15", "2019-06-15T12:30:45", "2019-06-16T12:30:15",
        "2019-06-16T12:30:45");
  }

  @Test
  void aWindowFarFromTheStartIsReachedWithoutExpandingEverythingBefore() {
    RecurrenceSet set =
        RecurrenceSet.builder(LocalDateTime.parse("1970-01-01T00:00:00"))
            .rule(RecurrenceRule.parse("FREQ=SECONDLY;INTERVAL=7"))
            .build();
    List<LocalDateTime> w =
        set.between(LocalDateTime.parse("2018-01-01T00:00:00"), LocalDateTime.parse("2018-01-01T00:00:30"), 10);
    // the window starts 1514764800 seconds after the start; the first multiple of 7 from there is 1514764804
    assertThat(w).containsExactly(
        LocalDateTime.parse("2018-01-01T00:00:04"), LocalDateTime.parse("2018-01-01T00:00:11"),
        LocalDateTime.parse("2018-01-01T00:00:18"), LocalDateTime.parse("2018-01-01T00:00:25"));
  }

  @Test
  void aCountedRuleSkipsABoundedNumberOfInstancesBeforeAWindow() {
    RecurrenceSet set =
        RecurrenceSet.builder(LocalDateTime.parse("1970-01-01T00:00:00"))
            .rule(RecurrenceRule.parse("FREQ=SECONDLY;COUNT=999999999"))
            .build();
    assertThat(set.between(LocalDateTime.parse("2018-01-01T00:00:00"), LocalDateTime.parse("2018-01-02T00:00:00"), 5))
        .isEmpty();
  }

  @Test
  void fastForwardKeepsTheInstancesOfEveryFrequency() {
    LocalDateTime start = LocalDateTime.parse("2016-02-29T09:15:30");
    LocalDateTime from = LocalDateTime.parse("2019-07-04T00:00:00");
    for (String f : new String[] {"YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY"}) {
      RecurrenceRule r = RecurrenceRule.parse("FREQ=" + f + ";INTERVAL=3;BYMONTH=2,7,8;BYSETPOS=1,-1");
      RecurrenceSet set = RecurrenceSet.builder(start).rule(r).build();
      List<LocalDateTime> all = new ArrayList<>();
      for (LocalDateTime t : set) {
        if (!t.isBefore(from)) {
          all.add(t);
        }
        if (all.size() == 20) {
          break;
        }
      }
      assertThat(set.between(from, LocalDateTime.MAX, 20)).as(f).isEqualTo(all);
    }
  }

  @Test
  void rfc7529SkipMovesMissingMonthDays() {
    LocalDateTime start = LocalDateTime.parse("2019-01-31T09:00");
    RecurrenceSet back = RecurrenceSet.builder(start)
        .rule(RecurrenceRule.parse("RSCALE=GREGORIAN;FREQ=MONTHLY;SKIP=BACKWARD;COUNT=3")).build();
    assertThat(back.stream().map(LocalDateTime::toString))
        .containsExactly("2019-01-31T09:00", "2019-02-28T09:00", "2019-03-31T09:00");
    RecurrenceSet forward = RecurrenceSet.builder(start)
        .rule(RecurrenceRule.parse("RSCALE=GREGORIAN;FREQ=MONTHLY;SKIP=FORWARD;COUNT=3")).build();
    assertThat(forward.stream().map(LocalDateTime::toString))
        .containsExactly("2019-01-31T09:00", "2019-03-01T09:00", "2019-03-31T09:00");
    RecurrenceSet omit = RecurrenceSet.builder(start)
        .rule(RecurrenceRule.parse("FREQ=MONTHLY;COUNT=3")).build();
    assertThat(omit.stream().map(LocalDateTime::toString))
        .containsExactly("2019-01-31T09:00", "2019-03-31T09:00", "2019-05-31T09:00");
  }
}
