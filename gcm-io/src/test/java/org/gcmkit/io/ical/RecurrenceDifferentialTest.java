package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import net.fortuna.ical4j.model.Recur;
import org.gcmkit.calendar.recur.RecurrenceRule;
import org.gcmkit.calendar.recur.RecurrenceSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random recurrence rules with starts close to daylight-saving changes, expanded by our engine, by ical4j 4.4.0 and
 * by biweekly 0.6.8 in the JDK's zones: the instants must be the same.
 *
 * <p>The start is kept in step with the rule (its weekday, day and month are among the BYxxx values), because RFC
 * 5545 leaves the set of an out-of-step start undefined and the peers differ there. Start times include 01:30 and
 * 02:30, which fall into overlaps and gaps on change days.
 */
class RecurrenceDifferentialTest {

  /**
   * Fixed so that a build is reproducible; run with {@code -Dgcm.qt.seed=N} (any N) to explore other cases. Six runs
   * with random seeds (6,000 cases) passed when the deviations below were listed.
   */
  static final long SEED = Long.getLong("gcm.qt.seed", 20_261_123L);

  static final String[] ZONES = {"America/New_York", "Europe/Berlin", "Australia/Sydney", "Europe/London"};
  static final String[] FREQS = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"};
  static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

  /** A generated case: zone, start and rule text. */
  record Case(String zone, LocalDateTime start, String rule) {
    @Override
    public String toString() {
      return "DTSTART;TZID=" + zone + ":" + start + " RRULE:" + rule;
    }
  }

  static Gen<Case> cases() {
    Gen<Integer> zone = integers().between(0, ZONES.length - 1);
    Gen<Integer> day = integers().between(0, 730); // days from 2018-02-15
    Gen<Integer> time = integers().between(0, 5);
    Gen<Integer> freq = integers().between(0, FREQS.length - 1);
    Gen<Integer> interval = integers().between(1, 3);
    Gen<Integer> count = integers().between(1, 40);
    Gen<Integer> extra = integers().between(0, 127); // bit set of additional weekdays
    Gen<Integer> shape = integers().between(0, 3);
    return zone.zip(day, time, freq, (z, d, t, f) -> new int[] {z, d, t, f})
        .zip(interval, count, extra, shape, (a, i, c, e, s) -> {
          int[] hm = {0, 90, 150, 540, 1230, 1410}; // 00:00, 01:30, 02:30, 09:00, 20:30, 23:30
          LocalDateTime start =
              LocalDateTime.of(2018, 2, 15, 0, 0).plusDays(a[1]).plusMinutes(hm[a[2]]);
          // move starts near the usual change weekends: Sundays in March, April, October, November
          if (a[1] % 3 == 0) {
            start = start.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
          }
          String f = FREQS[a[3]];
          StringBuilder r = new StringBuilder("FREQ=").append(f).append(";INTERVAL=").append(i)
              .append(";COUNT=").append(c);
          String dtDay = DAYS[start.getDayOfWeek().getValue() - 1];
          if (s == 1 && !f.equals("DAILY")) {
            StringBuilder days = new StringBuilder(dtDay);
            for (int k = 0; k < 7; k++) {
              if ((e & 1 << k) != 0 && !DAYS[k].equals(dtDay)) {
                days.append(',').append(DAYS[k]);
              }
            }
            r.append(";BYDAY=").append(days);
            if (f.equals("YEARLY")) {
              r.append(";BYMONTH=").append(start.getMonthValue());
            }
          } else if (s == 2 && (f.equals("MONTHLY") || f.equals("YEARLY"))) {
            int other = 1 + e % 28;
            r.append(";BYMONTHDAY=").append(start.getDayOfMonth());
            if (other != start.getDayOfMonth()) {
              r.append(',').append(other);
            }
          } else if (s == 3 && f.equals("DAILY")) {
            r.append(";BYHOUR=").append(start.getHour()).append(',').append((start.getHour() + 7) % 24)
                .append(";BYMINUTE=").append(start.getMinute());
          }
          return new Case(ZONES[a[0]], start, r.toString());
        });
  }

  static List<Instant> ours(Case c) {
    RecurrenceSet set =
        RecurrenceSet.builder(c.start())
            .zone(ZoneId.of(c.zone()).getRules())
            .rule(RecurrenceRule.parse(c.rule()))
            .build();
    List<Instant> out = new ArrayList<>();
    for (LocalDateTime t : set) {
      out.add(set.toInstant(t));
    }
    return out;
  }

  static List<Instant> ical4j(Case c) {
    ZonedDateTime seed = RecurrenceSet.resolve(c.start(), ZoneId.of(c.zone()).getRules())
        .atZoneSameInstant(ZoneId.of(c.zone()));
    Recur<ZonedDateTime> recur = new Recur<>(c.rule());
    List<Instant> out = new ArrayList<>();
    for (ZonedDateTime z : recur.getDates(seed, seed, seed.plusYears(200))) {
      out.add(z.toInstant());
    }
    return out;
  }

  static List<Instant> biweekly(Case c) {
    String text =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:x\r\n"
            + "DTSTAMP:20180101T000000Z\r\nDTSTART;TZID=" + c.zone() + ":"
            + c.start().toString().replace("-", "").replace(":", "") + "00\r\nRRULE:" + c.rule()
            + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    ICalendar cal = Biweekly.parse(text).first();
    DateIterator it = cal.getEvents().get(0).getDateIterator(TimeZone.getTimeZone(c.zone()));
    List<Instant> out = new ArrayList<>();
    while (it.hasNext() && out.size() < 1000) {
      out.add(it.next().toInstant());
    }
    return out;
  }

  /**
   * Whether a case hits one of ical4j's listed deviations: with FREQ=WEEKLY, INTERVAL above 1 and several BYDAY
   * values, ical4j 4.4.0 does not count weeks from the WKST week of the start (see
   * {@link #ical4jDoesNotAlignIntervalsToTheWeekStart()}); with FREQ=YEARLY and BYMONTHDAY but no BYMONTH it keeps to
   * the start's month, where BYMONTHDAY expands over the whole year (RFC 5545 3.3.10 table; see
   * {@link #ical4jKeepsAYearlyMonthDayRuleToTheStartMonth()}); when it fills a period with several instances (MONTHLY,
   * YEARLY, or any BYxxx list) and the time of day falls into the spring-forward gap of one day of the period, it
   * keeps the shifted time for the period's later days (see {@link #ical4jShiftsAWholeMonthWhenOneDayHasAGap()}).
   */
  static boolean ical4jDeviation(Case c) {
    String r = c.rule();
    boolean periodSet = r.startsWith("FREQ=MONTHLY") || r.startsWith("FREQ=YEARLY") || r.contains("BY");
    int hour = c.start().getHour();
    return r.startsWith("FREQ=WEEKLY") && !r.contains("INTERVAL=1;") && r.contains("BYDAY") && r.contains(",")
        || r.startsWith("FREQ=YEARLY") && r.contains("BYMONTHDAY") && !r.contains("BYMONTH=")
        || periodSet && (hour == 1 || hour == 2);
  }

  /**
   * Whether the start falls into a daylight-saving gap: biweekly then uses the shifted time of day for every
   * instance, where RFC 5545 keeps the start's local time and shifts only instances that fall into a gap (see
   * {@link #biweeklyKeepsTheShiftedTimeOfAStartInAGap()}).
   */
  static boolean startInGap(Case c) {
    // ical4j gets its start as a ZonedDateTime, which cannot hold a local time that does not exist: same effect

    return ZoneId.of(c.zone()).getRules().getValidOffsets(c.start()).isEmpty();
  }

  /** The instants as local times in the case's zone, so that the two occurrences of an overlap compare equal. */
  static List<String> local(Case c, List<Instant> instants) {
    List<String> out = new ArrayList<>();
    for (Instant i : instants) {
      LocalDateTime l = LocalDateTime.ofInstant(i, ZoneId.of(c.zone()));
      boolean overlap = ZoneId.of(c.zone()).getRules().getValidOffsets(l).size() > 1;
      out.add(overlap ? l + " (overlap)" : i.toString());
    }
    return out;
  }

  /**
   * ical4j agrees except for its listed deviations ({@link #ical4jDeviation}) and the local times that occur twice:
   * like {@code ZonedDateTime.plusWeeks}, it keeps the offset of the previous instance where that offset is valid,
   * so a start in winter gives the second occurrence on the fall-back day (RFC 5545 3.3.5 prescribes the first).
   * Those are compared as local times.
   */
  @Test
  void agreesWithIcal4jOnRandomRulesAcrossDaylightSavingChanges() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(cases())
        .assuming(c -> !ical4jDeviation(c) && !startInGap(c))
        .checkAssert(c -> assertThat(local(c, ours(c))).as(c.toString()).isEqualTo(local(c, ical4j(c))));
  }

  /**
   * biweekly agrees on every instant except the local times that occur twice on a fall-back day: there it takes the
   * second occurrence, where RFC 5545 section 3.3.5 prescribes the first (see
   * {@link #biweeklyTakesTheSecondOccurrenceOfAnOverlap()}). Those are compared as local times.
   */
  @Test
  void agreesWithBiweeklyOnRandomRulesAcrossDaylightSavingChanges() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(cases())
        .assuming(c -> !startInGap(c))
        .checkAssert(c -> assertThat(local(c, ours(c))).as(c.toString()).isEqualTo(local(c, biweekly(c))));
  }

  /**
   * Listed ical4j deviation: a Sunday start with the default WKST=MO lies in the week that began the Monday before,
   * so with INTERVAL=2 the next Monday is skipped (RFC 5545 3.3.10, WKST; the same reasoning gives the RFC's own WKST
   * example, which {@code Rfc5545ExamplesTest} checks).
   */
  @Test
  void ical4jDoesNotAlignIntervalsToTheWeekStart() {
    Case c = new Case("America/New_York", LocalDateTime.parse("2018-02-18T00:00"),
        "FREQ=WEEKLY;INTERVAL=2;COUNT=2;BYDAY=SU,MO");
    assertThat(ours(c)).containsExactly(Instant.parse("2018-02-18T05:00:00Z"), Instant.parse("2018-02-26T05:00:00Z"));
    assertThat(ical4j(c)).containsExactly(
        Instant.parse("2018-02-18T05:00:00Z"), Instant.parse("2018-02-19T05:00:00Z"));
  }

  /** Listed ical4j deviation: YEARLY with BYMONTHDAY and no BYMONTH expands over every month of the year. */
  @Test
  void ical4jKeepsAYearlyMonthDayRuleToTheStartMonth() {
    Case c = new Case("America/New_York", LocalDateTime.parse("2018-02-18T00:00"),
        "FREQ=YEARLY;COUNT=2;BYMONTHDAY=18,1");
    assertThat(ours(c)).containsExactly(Instant.parse("2018-02-18T05:00:00Z"), Instant.parse("2018-03-01T05:00:00Z"));
    assertThat(ical4j(c)).containsExactly(
        Instant.parse("2018-02-18T05:00:00Z"), Instant.parse("2019-02-01T05:00:00Z"));
  }

  /**
   * Listed ical4j deviation: 02:30 on Sunday 4 March 2018 exists in Berlin (CET, 01:30 UTC); only 25 March has a gap
   * at that time. ical4j moves the whole month's 02:30 to 03:30.
   */
  @Test
  void ical4jShiftsAWholeMonthWhenOneDayHasAGap() {
    Case c = new Case("Europe/Berlin", LocalDateTime.parse("2018-02-25T02:30"), "FREQ=MONTHLY;COUNT=2;BYDAY=SU");
    assertThat(ours(c)).containsExactly(Instant.parse("2018-02-25T01:30:00Z"), Instant.parse("2018-03-04T01:30:00Z"));
    assertThat(ical4j(c)).containsExactly(
        Instant.parse("2018-02-25T01:30:00Z"), Instant.parse("2018-03-04T02:30:00Z"));
  }

  /**
   * Listed biweekly deviation: a start at 01:30 on the day London springs forward (01:00 to 02:00) is 02:30 BST that
   * day, but the next day's instance is at 01:30 again (RFC 5545 3.3.10: the local time of the start is kept).
   */
  @Test
  void biweeklyKeepsTheShiftedTimeOfAStartInAGap() {
    Case c = new Case("Europe/London", LocalDateTime.parse("2018-03-25T01:30"), "FREQ=DAILY;COUNT=2");
    assertThat(ours(c)).containsExactly(Instant.parse("2018-03-25T01:30:00Z"), Instant.parse("2018-03-26T00:30:00Z"));
    assertThat(biweekly(c)).containsExactly(
        Instant.parse("2018-03-25T01:30:00Z"), Instant.parse("2018-03-26T01:30:00Z"));
  }

  /** The listed biweekly deviation: 01:30 on 4 November 2018 in New York is first EDT (05:30Z), RFC 5545 3.3.5. */
  @Test
  void biweeklyTakesTheSecondOccurrenceOfAnOverlap() {
    Case c = new Case("America/New_York", LocalDateTime.parse("2018-11-01T01:30"), "FREQ=DAILY;COUNT=4");
    assertThat(ours(c).get(3)).isEqualTo(Instant.parse("2018-11-04T05:30:00Z"));
    assertThat(biweekly(c).get(3)).isEqualTo(Instant.parse("2018-11-04T06:30:00Z"));
  }
}
