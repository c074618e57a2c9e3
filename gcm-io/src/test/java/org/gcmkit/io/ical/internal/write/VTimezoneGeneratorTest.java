package org.gcmkit.io.ical.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gcmkit.io.ical.internal.write.VTimezoneGenerator.DayRule;
import org.gcmkit.io.ical.internal.write.VTimezoneGenerator.Observance;
import org.gcmkit.io.ical.internal.write.VTimezoneGenerator.YearlyRule;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class VTimezoneGeneratorTest {

  private static final VTimezoneGenerator Y2016_2026 = VTimezoneGenerator.forYears(Year.of(2016), Year.of(2026));

  @Test
  void bangkokHasOneStandardObservanceFromItsLastTransition() {
    List<Observance> observances = Y2016_2026.observances(ZoneId.of("Asia/Bangkok"));

    assertThat(observances).hasSize(1);
    Observance only = observances.get(0);
    assertThat(only.daylight()).isFalse();
    assertThat(only.offsetTo()).isEqualTo(ZoneOffset.ofHours(7));
    assertThat(only.rule()).isEmpty();
    assertThat(only.start()).isEqualTo(LocalDateTime.parse("1920-04-01T00:00"));
  }

  @Test
  void newYorkHasOpenEndedRulesForTheSecondSundayOfMarchAndTheFirstSundayOfNovember() {
    List<Observance> observances = Y2016_2026.observances(ZoneId.of("America/New_York"));

    assertThat(observances).extracting(o -> o.rule().map(YearlyRule::recur).orElse(""))
        .containsExactly("FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    assertThat(observances).extracting(Observance::start)
        .containsExactly(LocalDateTime.parse("2015-11-01T02:00"), LocalDateTime.parse("2016-03-13T02:00"));
    assertThat(observances).extracting(o -> o.name().orElse("")).containsExactly("EST", "EDT");
  }

  @Test
  void zurichChangesOnTheLastSundaysOfMarchAndOctober() {
    List<Observance> observances = Y2016_2026.observances(ZoneId.of("Europe/Zurich"));

    assertThat(observances).extracting(o -> o.rule().map(YearlyRule::recur).orElse(""))
        .containsExactly("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    // 01:00 UTC is 03:00 in the offset before falling back and 02:00 in the offset before springing forward.
    assertThat(observances).extracting(Observance::start)
        .containsExactly(LocalDateTime.parse("2015-10-25T03:00"), LocalDateTime.parse("2016-03-27T02:00"));
  }

  @Test
  void mexicoCityStopsDaylightTimeAfterOctober2022() {
    List<Observance> observances = Y2016_2026.observances(ZoneId.of("America/Mexico_City"));

    assertThat(observances).allSatisfy(o -> assertThat(o.onset()).isBefore(Instant.parse("2022-11-01T00:00:00Z")));
    assertThat(observances).filteredOn(o -> o.rule().isPresent())
        .allSatisfy(o -> assertThat(o.rule().get().until()).isPresent());
    Observance last = observances.get(observances.size() - 1);
    assertThat(last.start()).isEqualTo(LocalDateTime.parse("2022-10-30T02:00"));
    assertThat(last.offsetTo()).isEqualTo(ZoneOffset.ofHours(-6));
    assertThat(last.daylight()).isFalse();
  }

  @Test
  void casablanca2018HasExplicitRamadanOnsetsAndNoChangeOnOctober28() {
    List<Observance> observances =
        VTimezoneGenerator.forYears(Year.of(2018), Year.of(2018)).observances(ZoneId.of("Africa/Casablanca"));

    assertThat(observances).filteredOn(o -> o.start().getYear() == 2018)
        .extracting(Observance::start, Observance::offsetFrom, Observance::offsetTo, o -> o.rule().isPresent())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2018-03-25T02:00"), ZoneOffset.UTC,
                ZoneOffset.ofHours(1), false),
            org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2018-05-13T03:00"), ZoneOffset.ofHours(1),
                ZoneOffset.UTC, false),
            org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2018-06-17T02:00"), ZoneOffset.UTC,
                ZoneOffset.ofHours(1), false));
  }

  @Test
  void fijiStartsDaylightTimeOnNovember5th2017() {
    List<Observance> observances = Y2016_2026.observances(ZoneId.of("Pacific/Fiji"));

    assertThat(expandedOnsets(observances, 2026))
        .contains(LocalDateTime.parse("2017-11-05T02:00").toInstant(ZoneOffset.ofHours(12)));
    assertThat(observances.get(observances.size() - 1).start()).isEqualTo(LocalDateTime.parse("2021-01-17T03:00"));
  }

  @Test
  void santiagoChangesOnTheSecondSundayOfAugustIn2016To2018() {
    List<Observance> observances = Y2016_2026.observances(ZoneId.of("America/Santiago"));

    assertThat(observances).filteredOn(o -> o.start().getMonth() == Month.AUGUST)
        .extracting(Observance::start, o -> o.rule().map(YearlyRule::recur).orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2016-08-14T00:00"),
                "FREQ=YEARLY;BYMONTH=8;BYDAY=2SU;UNTIL=20170813T040000Z"),
            org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2018-08-12T00:00"), ""));
  }

  @Test
  void santiagoFinalRuleIsASundayWindowWithoutEnd() {
    List<Observance> observances = Y2016_2026.observances(ZoneId.of("America/Santiago"));

    assertThat(observances).extracting(o -> o.rule().map(YearlyRule::recur).orElse(""))
        .contains("FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8",
            "FREQ=YEARLY;BYMONTH=9;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8");
  }

  @Test
  void cairoGetsNoOpenEndedRuleBecauseItsOctoberRuleRunsIntoNovember() {
    List<Observance> observances = Y2016_2026.observances(ZoneId.of("Africa/Cairo"));

    assertThat(observances).filteredOn(o -> o.rule().isPresent())
        .allSatisfy(o -> assertThat(o.rule().get().until()).isPresent());
  }

  @Test
  void untilOfAnEndedRuleIsItsLastRuleOnsetInUtcOrLocalTimeReadAsUtcWhicheverIsLater() {
    // Mexico City, DST (-05:00) in April: the last RRULE onset is 2021-04-04 02:00 -06:00 = 08:00Z.
    Observance april = Y2016_2026.observances(ZoneId.of("America/Mexico_City")).stream()
        .filter(o -> o.start().getMonth() == Month.APRIL).findFirst().orElseThrow();
    assertThat(april.rule().get().until()).contains(Instant.parse("2021-04-04T08:00:00Z"));
    // Casablanca east of UTC: 2016 last Sunday of October at 03:00 +01:00 = 02:00Z, local read as UTC 03:00Z.
    Observance october = VTimezoneGenerator.forYears(Year.of(2015), Year.of(2018))
        .observances(ZoneId.of("Africa/Casablanca")).stream()
        .filter(o -> o.start().getMonth() == Month.OCTOBER && o.rule().isPresent()).findFirst().orElseThrow();
    assertThat(october.rule().get().until()).contains(Instant.parse("2016-10-30T03:00:00Z"));
  }

  @Test
  void namesThatMeanTwoOffsetsInTheRangeAreLeftOut() {
    // The JDK calls both -03:00 (until 2023) and -02:00 (after) "WGT" in America/Nuuk.
    List<Observance> observances = Y2016_2026.observances(ZoneId.of("America/Nuuk"));

    assertThat(observances).extracting(Observance::name).containsOnly(Optional.empty());
  }

  @Test
  void everyNameIsAnAbbreviationInEveryZone() {
    for (String id : PeerCalendars.tzdbZoneIds()) {
      for (Observance o : Y2016_2026.observances(ZoneId.of(id))) {
        o.name().ifPresent(name -> {
          assertThat(name).as(id).matches("[A-Z]{3,5}");
          if (name.equals("GMT") || name.equals("UTC")) {
            assertThat(o.offsetTo()).as(id).isEqualTo(ZoneOffset.UTC);
          }
        });
      }
    }
  }

  @Test
  void fixedOffsetHasOneObservanceAtTheStartOfTheRange() {
    List<Observance> observances = Y2016_2026.observances(ZoneOffset.ofHoursMinutes(5, 30));

    assertThat(observances).singleElement().satisfies(o -> {
      assertThat(o.start()).isEqualTo(LocalDateTime.parse("2016-01-01T00:00"));
      assertThat(o.offsetFrom()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
      assertThat(o.offsetTo()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
      assertThat(o.name()).isEmpty();
    });
  }

  @Test
  void rangeBeforeAZonesFirstTransitionStartsWithASyntheticObservance() {
    // Antarctica/Rothera had no offset ("-00", written +00:00) until the station opened on 1 December 1976.
    List<Observance> observances =
        VTimezoneGenerator.forYears(Year.of(1975), Year.of(1980)).observances(ZoneId.of("Antarctica/Rothera"));

    assertThat(observances).extracting(Observance::start, Observance::offsetFrom, Observance::offsetTo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("1975-01-01T00:00"), ZoneOffset.UTC,
                ZoneOffset.UTC),
            org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("1976-12-01T00:00"), ZoneOffset.UTC,
                ZoneOffset.ofHours(-3)));
    assertObservancesMatchJdk(ZoneId.of("Antarctica/Rothera"), 1975, 1980);
  }

  @Test
  void observancesGiveExactlyTheJdkTransitionsInEveryZoneFrom2016To2026() {
    for (String id : PeerCalendars.tzdbZoneIds()) {
      assertObservancesMatchJdk(ZoneId.of(id), 2016, 2026);
    }
  }

  @Test
  void observancesGiveExactlyTheJdkTransitionsForAnyRange() {
    List<String> all = PeerCalendars.tzdbZoneIds();
    qt().withExamples(300)
        .forAll(Generate.pick(all), Generate.range(1970, 2037), Generate.range(0, 30))
        .checkAssert((id, first, span) -> assertObservancesMatchJdk(ZoneId.of(id), first, first + span));
  }

  @Test
  void writeAllSortsZonesByIdAndWritesEachOnce() throws IOException {
    List<ZoneId> zones = List.of(ZoneId.of("Europe/Zurich"), ZoneId.of("America/New_York"),
        ZoneId.of("Asia/Bangkok"), ZoneId.of("Europe/Zurich"));

    String text = write(w -> Y2016_2026.writeAll(w, zones));

    assertThat(text.lines().filter(l -> l.startsWith("TZID:")))
        .containsExactly("TZID:America/New_York", "TZID:Asia/Bangkok", "TZID:Europe/Zurich");
  }

  @Test
  void sameZonesAndYearsGiveSameBytes() throws IOException {
    List<ZoneId> zones = List.of(ZoneId.of("Africa/Casablanca"), ZoneId.of("Pacific/Fiji"));

    assertThat(write(w -> Y2016_2026.writeAll(w, zones))).isEqualTo(write(w -> Y2016_2026.writeAll(w, zones)));
  }

  @Test
  void writesTzidObservancesAndRrule() throws IOException {
    String text = write(w -> Y2016_2026.write(w, ZoneId.of("America/New_York")));

    assertThat(text).isEqualTo(String.join("\r\n",
        "BEGIN:VTIMEZONE",
        "TZID:America/New_York",
        "BEGIN:STANDARD",
        "DTSTART:20151101T020000",
        "TZOFFSETFROM:-0400",
        "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "TZNAME:EST",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:20160313T020000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "TZNAME:EDT",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        ""));
  }

  @Test
  void rejectsALastYearBeforeTheFirst() {
    assertThatThrownBy(() -> VTimezoneGenerator.forYears(Year.of(2020), Year.of(2019)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dayRulesGiveTheirDates() {
    assertThat(new DayRule.Nth(2, DayOfWeek.SUNDAY).dateIn(2017, Month.MARCH)).isEqualTo(LocalDate.of(2017, 3, 12));
    assertThat(new DayRule.Nth(-1, DayOfWeek.SUNDAY).dateIn(2017, Month.OCTOBER))
        .isEqualTo(LocalDate.of(2017, 10, 29));
    assertThat(new DayRule.Nth(-2, DayOfWeek.FRIDAY).dateIn(2024, Month.FEBRUARY))
        .isEqualTo(LocalDate.of(2024, 2, 16));
    assertThat(new DayRule.Fixed(-1).dateIn(2024, Month.FEBRUARY)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(new DayRule.Window(DayOfWeek.SUNDAY, 2).dateIn(2023, Month.APRIL)).isEqualTo(LocalDate.of(2023, 4, 2));
    assertThat(new DayRule.Window(DayOfWeek.SATURDAY, -8).dateIn(2024, Month.MARCH))
        .isEqualTo(LocalDate.of(2024, 3, 30));
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private interface WriterAction {
    void run(ContentLineWriter w) throws IOException;
  }

  private static String write(WriterAction action) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ContentLineWriter w = ContentLineWriter.of(out)) {
      action.run(w);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The onsets the observances define, expanded independently of the generator: DTSTART, then one date per year
   * from the rule up to UNTIL, or up to {@code lastYear} for rules without UNTIL.
   */
  private static List<Instant> expandedOnsets(List<Observance> observances, int lastYear) {
    List<Instant> onsets = new ArrayList<>();
    for (Observance o : observances) {
      onsets.add(o.onset());
      if (o.rule().isPresent()) {
        YearlyRule rule = o.rule().get();
        for (int year = o.start().getYear() + 1; year <= lastYear + 1; year++) {
          Instant onset = rule.day().dateIn(year, rule.month()).atTime(o.start().toLocalTime())
              .toInstant(o.offsetFrom());
          if (rule.until().map(onset::isAfter).orElse(year > lastYear)) {
            break;
          }
          onsets.add(onset);
        }
      }
    }
    onsets.sort(null);
    return onsets;
  }

  /**
   * The observances of the range, expanded, are exactly the JDK's transitions from the last one before the range
   * to the end of the range, with the same offsets and kind; open-ended rules stay exact for ten more years.
   */
  private static void assertObservancesMatchJdk(ZoneId zone, int first, int last) {
    ZoneRules rules = zone.getRules();
    List<Observance> observances = VTimezoneGenerator.forYears(Year.of(first), Year.of(last)).observances(zone);
    boolean open = observances.stream().anyMatch(o -> o.rule().isPresent() && o.rule().get().until().isEmpty());
    int checkedUntil = open ? last + 10 : last;
    Instant start = LocalDate.of(first, 1, 1).atStartOfDay(zone).toInstant();
    Instant end = LocalDate.of(checkedUntil + 1, 1, 1).atStartOfDay(zone).toInstant();

    List<Instant> expected = new ArrayList<>();
    ZoneOffsetTransition before = rules.previousTransition(start);
    if (before != null) {
      expected.add(before.getInstant());
    }
    for (ZoneOffsetTransition t = rules.nextTransition(start.minusSeconds(1)); t != null && t.getInstant().isBefore(end);
        t = rules.nextTransition(t.getInstant())) {
      if (!t.getInstant().isBefore(start)) {
        expected.add(t.getInstant());
      }
    }
    List<Observance> real = observances.stream().filter(o -> !o.offsetFrom().equals(o.offsetTo())).toList();
    if (real.size() < observances.size()) {
      assertThat(observances.size() - real.size()).as("%s: synthetic observances", zone).isEqualTo(1);
      assertThat(before).as("%s: a synthetic observance only without earlier history", zone).isNull();
      assertThat(observances.get(0).onset()).as(zone.getId()).isEqualTo(start);
    }

    assertThat(expandedOnsets(real, checkedUntil)).as("%s %d-%d", zone, first, last)
        .containsExactlyElementsOf(expected);
    for (Observance o : real) {
      ZoneOffsetTransition t = rules.nextTransition(o.onset().minusSeconds(1));
      assertThat(t.getInstant()).as("%s: %s", zone, o).isEqualTo(o.onset());
      assertThat(t.getOffsetBefore()).as("%s: %s", zone, o).isEqualTo(o.offsetFrom());
      assertThat(t.getOffsetAfter()).as("%s: %s", zone, o).isEqualTo(o.offsetTo());
      assertThat(rules.isDaylightSavings(o.onset())).as("%s: %s", zone, o).isEqualTo(o.daylight());
    }
  }
}
