package org.gcmkit.calendar.recur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every example of RFC 5545 section 3.8.5.3 (Recurrence Rule), with DTSTART in America/New_York as in the RFC. For
 * rules without an end, the first instances the RFC lists are compared.
 */
class Rfc5545ExamplesTest {

  private static final ZoneId NY = ZoneId.of("America/New_York");
  private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private static List<String> expand(String dtstart, String rule, int max, String... exdates) {
    RecurrenceSet.Builder b =
        RecurrenceSet.builder(LocalDateTime.parse(dtstart, F)).zone(NY.getRules()).rule(RecurrenceRule.parse(rule));
    for (String e : exdates) {
      b.exdate(LocalDateTime.parse(e, F));
    }
    List<String> out = new ArrayList<>();
    Iterator<LocalDateTime> it = b.build().iterator();
    while (out.size() < max && it.hasNext()) {
      out.add(F.format(it.next()));
    }
    return out;
  }

  /** Instances at 09:00 on the given days, each {@code yyyyMMdd}. */
  private static List<String> at9(String... days) {
    List<String> out = new ArrayList<>();
    for (String d : days) {
      out.add(d + "T090000");
    }
    return out;
  }

  @Test
  void dailyForTenOccurrences() {
    assertThat(expand("19970902T090000", "FREQ=DAILY;COUNT=10", 100))
        .isEqualTo(
            at9(
                "19970902", "19970903", "19970904", "19970905", "19970906", "19970907", "19970908", "19970909",
                "19970910", "19970911"));
  }

  @Test
  void dailyUntilDecember24() {
    List<String> r = expand("19970902T090000", "FREQ=DAILY;UNTIL=19971224T000000Z", 1000);
    assertThat(r).hasSize(113).startsWith("19970902T090000").endsWith("19971223T090000");
  }

  @Test
  void everyOtherDayForever() {
    assertThat(expand("19970902T090000", "FREQ=DAILY;INTERVAL=2", 17))
        .isEqualTo(
            at9(
                "19970902", "19970904", "19970906", "19970908", "19970910", "19970912", "19970914", "19970916",
                "19970918", "19970920", "19970922", "19970924", "19970926", "19970928", "19970930", "19971002",
                "19971004"));
  }

  @Test
  void everyTenDaysFiveOccurrences() {
    assertThat(expand("19970902T090000", "FREQ=DAILY;INTERVAL=10;COUNT=5", 100))
        .isEqualTo(at9("19970902", "19970912", "19970922", "19971002", "19971012"));
  }

  @Test
  void everyDayInJanuaryForThreeYearsBothForms() {
    List<String> expected = new ArrayList<>();
    for (int y = 1998; y <= 2000; y++) {
      for (int d = 1; d <= 31; d++) {
        expected.add(F.format(LocalDate.of(y, 1, d).atTime(9, 0)));
      }
    }
    assertThat(
            expand(
                "19980101T090000",
                "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA",
                1000))
        .isEqualTo(expected);
    assertThat(expand("19980101T090000", "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", 1000)).isEqualTo(expected);
  }

  @Test
  void weeklyForTenOccurrences() {
    assertThat(expand("19970902T090000", "FREQ=WEEKLY;COUNT=10", 100))
        .isEqualTo(
            at9(
                "19970902", "19970909", "19970916", "19970923", "19970930", "19971007", "19971014", "19971021",
                "19971028", "19971104"));
  }

  @Test
  void weeklyUntilDecember24() {
    List<String> r = expand("19970902T090000", "FREQ=WEEKLY;UNTIL=19971224T000000Z", 100);
    assertThat(r).hasSize(17).startsWith("19970902T090000").endsWith("19971223T090000");
  }

  @Test
  void everyOtherWeekForever() {
    assertThat(expand("19970902T090000", "FREQ=WEEKLY;INTERVAL=2;WKST=SU", 13))
        .isEqualTo(
            at9(
                "19970902", "19970916", "19970930", "19971014", "19971028", "19971111", "19971125", "19971209",
                "19971223", "19980106", "19980120", "19980203", "19980217"));
  }

  @Test
  void weeklyOnTuesdayAndThursdayForFiveWeeksBothForms() {
    List<String> expected =
        at9(
            "19970902", "19970904", "19970909", "19970911", "19970916", "19970918", "19970923", "19970925",
            "19970930", "19971002");
    assertThat(expand("19970902T090000", "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", 100))
        .isEqualTo(expected);
    assertThat(expand("19970902T090000", "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", 100)).isEqualTo(expected);
  }

  @Test
  void everyOtherWeekOnMondayWednesdayFridayUntilDecember24() {
    assertThat(
            expand("19970901T090000", "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", 100))
        .isEqualTo(
            at9(
                "19970901", "19970903", "19970905", "19970915", "19970917", "19970919", "19970929", "19971001",
                "19971003", "19971013", "19971015", "19971017", "19971027", "19971029", "19971031", "19971110",
                "19971112", "19971114", "19971124", "19971126", "19971128", "19971208", "19971210", "19971212",
                "19971222"));
  }

  @Test
  void everyOtherWeekOnTuesdayAndThursdayForEightOccurrences() {
    assertThat(expand("19970902T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", 100))
        .isEqualTo(
            at9("19970902", "19970904", "19970916", "19970918", "19970930", "19971002", "19971014", "19971016"));
  }

  @Test
  void monthlyOnFirstFridayForTenOccurrences() {
    assertThat(expand("19970905T090000", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", 100))
        .isEqualTo(
            at9(
                "19970905", "19971003", "19971107", "19971205", "19980102", "19980206", "19980306", "19980403",
                "19980501", "19980605"));
  }

  @Test
  void monthlyOnFirstFridayUntilDecember24() {
    assertThat(expand("19970905T090000", "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", 100))
        .isEqualTo(at9("19970905", "19971003", "19971107", "19971205"));
  }

  @Test
  void everyOtherMonthOnFirstAndLastSundayForTenOccurrences() {
    assertThat(expand("19970907T090000", "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", 100))
        .isEqualTo(
            at9(
                "19970907", "19970928", "19971102", "19971130", "19980104", "19980125", "19980301", "19980329",
                "19980503", "19980531"));
  }

  @Test
  void monthlyOnSecondToLastMondayForSixMonths() {
    assertThat(expand("19970922T090000", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", 100))
        .isEqualTo(at9("19970922", "19971020", "19971117", "19971222", "19980119", "19980216"));
  }

  @Test
  void monthlyOnThirdToLastDayForever() {
    assertThat(expand("19970928T090000", "FREQ=MONTHLY;BYMONTHDAY=-3", 6))
        .isEqualTo(at9("19970928", "19971029", "19971128", "19971229", "19980129", "19980226"));
  }

  @Test
  void monthlyOnSecondAndFifteenthForTenOccurrences() {
    assertThat(expand("19970902T090000", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", 100))
        .isEqualTo(
            at9(
                "19970902", "19970915", "19971002", "19971015", "19971102", "19971115", "19971202", "19971215",
                "19980102", "19980115"));
  }

  @Test
  void monthlyOnFirstAndLastDayForTenOccurrences() {
    assertThat(expand("19970930T090000", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", 100))
        .isEqualTo(
            at9(
                "19970930", "19971001", "19971031", "19971101", "19971130", "19971201", "19971231", "19980101",
                "19980131", "19980201"));
  }

  @Test
  void everyEighteenMonthsOnTenthToFifteenthForTenOccurrences() {
    assertThat(expand("19970910T090000", "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15", 100))
        .isEqualTo(
            at9(
                "19970910", "19970911", "19970912", "19970913", "19970914", "19970915", "19990310", "19990311",
                "19990312", "19990313"));
  }

  @Test
  void everyTuesdayEveryOtherMonth() {
    assertThat(expand("19970902T090000", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", 18))
        .isEqualTo(
            at9(
                "19970902", "19970909", "19970916", "19970923", "19970930", "19971104", "19971111", "19971118",
                "19971125", "19980106", "19980113", "19980120", "19980127", "19980303", "19980310", "19980317",
                "19980324", "19980331"));
  }

  @Test
  void yearlyInJuneAndJulyForTenOccurrences() {
    assertThat(expand("19970610T090000", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", 100))
        .isEqualTo(
            at9(
                "19970610", "19970710", "19980610", "19980710", "19990610", "19990710", "20000610", "20000710",
                "20010610", "20010710"));
  }

  @Test
  void everyOtherYearInJanuaryFebruaryMarchForTenOccurrences() {
    assertThat(expand("19970310T090000", "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", 100))
        .isEqualTo(
            at9(
                "19970310", "19990110", "19990210", "19990310", "20010110", "20010210", "20010310", "20030110",
                "20030210", "20030310"));
  }

  @Test
  void everyThirdYearOnDays1And100And200ForTenOccurrences() {
    assertThat(expand("19970101T090000", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", 100))
        .isEqualTo(
            at9(
                "19970101", "19970410", "19970719", "20000101", "20000409", "20000718", "20030101", "20030410",
                "20030719", "20060101"));
  }

  @Test
  void everyTwentiethMondayOfTheYear() {
    assertThat(expand("19970519T090000", "FREQ=YEARLY;BYDAY=20MO", 3))
        .isEqualTo(at9("19970519", "19980518", "19990517"));
  }

  @Test
  void mondayOfWeekTwenty() {
    assertThat(expand("19970512T090000", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", 3))
        .isEqualTo(at9("19970512", "19980511", "19990517"));
  }

  @Test
  void everyThursdayInMarch() {
    assertThat(expand("19970313T090000", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", 11))
        .isEqualTo(
            at9(
                "19970313", "19970320", "19970327", "19980305", "19980312", "19980319", "19980326", "19990304",
                "19990311", "19990318", "19990325"));
  }

  @Test
  void everyThursdayInJuneJulyAugust() {
    assertThat(expand("19970605T090000", "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", 27))
        .isEqualTo(
            at9(
                "19970605", "19970612", "19970619", "19970626", "19970703", "19970710", "19970717", "19970724",
                "19970731", "19970807", "19970814", "19970821", "19970828", "19980604", "19980611", "19980618",
                "19980625", "19980702", "19980709", "19980716", "19980723", "19980730", "19980806", "19980813",
                "19980820", "19980827", "19990603"));
  }

  @Test
  void everyFridayTheThirteenthExceptTheStart() {
    assertThat(expand("19970902T090000", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", 5, "19970902T090000"))
        .isEqualTo(at9("19980213", "19980313", "19981113", "19990813", "20001013"));
  }

  @Test
  void firstSaturdayAfterFirstSunday() {
    assertThat(expand("19970913T090000", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", 10))
        .isEqualTo(
            at9(
                "19970913", "19971011", "19971108", "19971213", "19980110", "19980207", "19980307", "19980411",
                "19980509", "19980613"));
  }

  @Test
  void usPresidentialElectionDay() {
    assertThat(expand("19961105T090000", "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", 3))
        .isEqualTo(at9("19961105", "20001107", "20041102"));
  }

  @Test
  void thirdTuesdayWednesdayOrThursdayForThreeMonths() {
    assertThat(expand("19970904T090000", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", 100))
        .isEqualTo(at9("19970904", "19971007", "19971106"));
  }

  @Test
  void secondToLastWeekdayOfTheMonth() {
    assertThat(expand("19970929T090000", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", 7))
        .isEqualTo(at9("19970929", "19971030", "19971127", "19971230", "19980129", "19980226", "19980330"));
  }

  /**
   * The RFC lists 09:00, 12:00 and 15:00, but its UNTIL is 17:00 UTC, which is 13:00 EDT: 15:00 EDT is after it. The
   * instances that UNTIL admits are 09:00 and 12:00 (as libical and ical4j compute too).
   */
  @Test
  void everyThreeHoursUntilAnInstantInUtc() {
    assertThat(expand("19970902T090000", "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", 100))
        .containsExactly("19970902T090000", "19970902T120000");
  }

  @Test
  void everyFifteenMinutesForSixOccurrences() {
    assertThat(expand("19970902T090000", "FREQ=MINUTELY;INTERVAL=15;COUNT=6", 100))
        .containsExactly(
            "19970902T090000",
            "19970902T091500",
            "19970902T093000",
            "19970902T094500",
            "19970902T100000",
            "19970902T101500");
  }

  @Test
  void everyHourAndAHalfForFourOccurrences() {
    assertThat(expand("19970902T090000", "FREQ=MINUTELY;INTERVAL=90;COUNT=4", 100))
        .containsExactly("19970902T090000", "19970902T103000", "19970902T120000", "19970902T133000");
  }

  @Test
  void everyTwentyMinutesFromNineToFourFortyBothForms() {
    List<String> expected = new ArrayList<>();
    for (int day = 2; day <= 3; day++) {
      for (int h = 9; h <= 16; h++) {
        for (int m = 0; m < 60; m += 20) {
          expected.add(F.format(LocalDateTime.of(1997, 9, day, h, m)));
        }
      }
    }
    assertThat(expand("19970902T090000", "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", 48))
        .isEqualTo(expected);
    assertThat(expand("19970902T090000", "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", 48))
        .isEqualTo(expected);
  }

  @Test
  void weekStartChangesTheInstances() {
    assertThat(expand("19970805T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", 100))
        .isEqualTo(at9("19970805", "19970810", "19970819", "19970824"));
    assertThat(expand("19970805T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", 100))
        .isEqualTo(at9("19970805", "19970817", "19970819", "19970831"));
  }

  @Test
  void invalidDatesAreSkippedNotMoved() {
    assertThat(expand("20070115T090000", "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", 100))
        .isEqualTo(at9("20070115", "20070130", "20070215", "20070315", "20070330"));
  }
}
