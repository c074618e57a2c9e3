package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.gcmkit.calendar.recur.RecurrenceRule;
import org.gcmkit.model.Finding;
import org.gcmkit.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** Typed values of RFC 5545 section 3.3, VALUE overrides, X- properties and positions of bad values. */
class ValuesTest {

  static ICalComponent read(String... lines) {
    return LexerTest.event(ICalReader.strict().readAll(LexerTest.cal(lines), "t.ics"));
  }

  static ICalProperty prop(String name, String... lines) {
    return read(lines).property(name).orElseThrow();
  }

  static List<Finding> findings(String... lines) {
    return ICalReader.strict().readAll(LexerTest.cal(lines), "t.ics").findings();
  }

  @Test
  void unescapesText() {
    assertThat(prop("DESCRIPTION", "DESCRIPTION:a\\, b\\; c\\\\d\\ne\\Nf").text())
        .contains("a, b; c\\d\ne\nf");
  }

  @Test
  void reportsAnInvalidTextEscapeAtItsColumn() {
    List<Finding> f = findings("DESCRIPTION:C:\\temp");
    assertThat(f).extracting(Finding::code).containsExactly("ICAL-BAD-TEXT-ESCAPE");
    assertThat(f.get(0).position()).contains(SourcePosition.of("t.ics", 8, 15));
  }

  @Test
  void splitsTextListsOnlyAtUnescapedCommas() {
    assertThat(prop("CATEGORIES", "CATEGORIES:Migration,Rights\\, duties,GCM").texts())
        .containsExactly("Migration", "Rights, duties", "GCM");
  }

  @Test
  void readsDateAndDateTimeForms() {
    ICalComponent e = read("DTEND;VALUE=DATE:20180102", "RECURRENCE-ID:20180101T090000");
    assertThat(e.start().orElseThrow().isUtc()).isTrue();
    assertThat(e.property("DTEND").flatMap(ICalProperty::dateTime).orElseThrow().isDate()).isTrue();
    assertThat(e.recurrenceId().orElseThrow().isFloating()).isTrue();
  }

  @Test
  void reportsADateWithoutValueDateButKeepsIt() {
    List<Finding> f = findings("DTEND:20180102");
    assertThat(f).extracting(Finding::code).contains("ICAL-BAD-VALUE");
  }

  @Test
  void readsDurations() {
    assertThat(prop("DURATION", "DURATION:P1DT2H3M4S").duration().orElseThrow().toDuration())
        .isEqualTo(Duration.parse("P1DT2H3M4S"));
    assertThat(prop("DURATION", "DURATION:-P2W").duration().orElseThrow().nominalDays()).isEqualTo(-14);
    assertThat(prop("DURATION", "DURATION:PT15M").duration().orElseThrow()).hasToString("PT15M");
  }

  @Test
  void addsNominalDaysAcrossADaylightSavingChange() {
    ICalDuration d = prop("DURATION", "DURATION:P1D").duration().orElseThrow();
    assertThat(d.addTo(LocalDateTime.parse("2018-03-24T12:00"))).isEqualTo(LocalDateTime.parse("2018-03-25T12:00"));
  }

  @Test
  void readsPeriodListsWithEndOrDuration() {
    ICalProperty p =
        prop("FREEBUSY", "FREEBUSY:19970308T160000Z/PT8H30M,19970308T230000Z/19970309T000000Z");
    assertThat(p.periods()).hasSize(2);
    assertThat(p.periods().get(0).duration()).isPresent();
    assertThat(p.periods().get(1).end().orElseThrow().instant()).contains(Instant.parse("1997-03-09T00:00:00Z"));
  }

  @Test
  void readsRdateListsOfPeriods() {
    ICalProperty p = prop("RDATE", "RDATE;VALUE=PERIOD:20180105T090000Z/PT1H");
    assertThat(p.valueType()).isEqualTo(ICalValueType.PERIOD);
    assertThat(p.periods()).hasSize(1);
  }

  @Test
  void readsExdateLists() {
    assertThat(prop("EXDATE", "EXDATE:20180102T090000Z,20180103T090000Z").dateTimes()).hasSize(2);
  }

  @Test
  void readsRecurrenceRules() {
    RecurrenceRule r = prop("RRULE", "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=3").recurrenceRule().orElseThrow();
    assertThat(r.frequency()).isEqualTo(RecurrenceRule.Frequency.MONTHLY);
  }

  @Test
  void reportsABadRecurrenceRuleAtTheBadPart() {
    List<Finding> f = findings("RRULE:FREQ=WEEKLY;UNTL=20191023");
    assertThat(f).extracting(Finding::code).containsExactly("ICAL-BAD-RRULE");
    assertThat(f.get(0).position()).contains(SourcePosition.of("t.ics", 8, 19));
  }

  @Test
  void readsIntegersFloatsBooleansAndGeo() {
    ICalComponent e =
        read("SEQUENCE:3", "GEO:46.2268;6.1403", "X-FLAG;VALUE=BOOLEAN:TRUE", "X-RATIO;VALUE=FLOAT:-1.5");
    assertThat(e.sequence()).hasValue(3);
    assertThat(e.property("GEO").flatMap(ICalProperty::geo).orElseThrow().longitude()).isEqualTo(6.1403);
    assertThat(e.property("X-FLAG").flatMap(ICalProperty::bool)).contains(true);
    assertThat(e.property("X-RATIO").orElseThrow().decimal()).hasValue(-1.5);
  }

  @Test
  void readsUtcOffsets() {
    String text =
        LexerTest.cal()
            .replace("BEGIN:VEVENT", "BEGIN:VTIMEZONE\r\nTZID:X\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                + "TZOFFSETFROM:+053000\r\nTZOFFSETTO:-0330\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT");
    ICalReadResult r = ICalReader.strict().readAll(text, "t.ics");
    ICalComponent std = r.calendars().get(0).components("VTIMEZONE").get(0).components().get(0);
    assertThat(std.property("TZOFFSETFROM").flatMap(ICalProperty::utcOffset))
        .contains(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(std.property("TZOFFSETTO").flatMap(ICalProperty::utcOffset))
        .contains(ZoneOffset.ofHoursMinutes(-3, -30));
  }

  @Test
  void keepsUnknownAndXPropertiesWithParametersAndRawValues() {
    ICalProperty p = prop("X-GCM-ACT", "X-GCM-ACT;X-LEVEL=2:Act 3\\, protection");
    assertThat(p.parameter("X-LEVEL")).contains("2");
    assertThat(p.rawValue()).isEqualTo("Act 3\\, protection");
    assertThat(p.text()).contains("Act 3, protection");
    assertThat(prop("FOO", "FOO:bar").rawValue()).isEqualTo("bar");
  }

  @Test
  void keepsXComponents() {
    String text = LexerTest.cal("BEGIN:X-GCM-NOTE", "X-TEXT:hello", "END:X-GCM-NOTE");
    ICalComponent e = LexerTest.event(ICalReader.strict().readAll(text, "t.ics"));
    assertThat(e.components("X-GCM-NOTE").get(0).property("X-TEXT").flatMap(ICalProperty::text)).contains("hello");
  }

  @Test
  void readsSeveralCalendarsInOneFile() {
    String one = LexerTest.cal();
    ICalReadResult r = ICalReader.strict().readAll(one + one.replace("UID:1", "UID:2"), "t.ics");
    assertThat(r.calendars()).hasSize(2);
    assertThat(r.events()).extracting(c -> c.uid().orElseThrow()).containsExactly("1", "2");
  }

  @Test
  void reportsAnImpossibleDateAtItsColumn() {
    List<Finding> f = findings("DTEND:20180231T100000Z");
    assertThat(f).extracting(Finding::code).containsExactly("ICAL-BAD-VALUE");
    assertThat(f.get(0).position()).contains(SourcePosition.of("t.ics", 8, 7));
    assertThat(f.get(0).message()).contains("20180231 does not exist");
  }

  @Test
  void computesTheEndFromDurationOrTheDayOfADateStart() {
    assertThat(read("DURATION:PT90M").end().orElseThrow().localDateTime())
        .isEqualTo(LocalDateTime.parse("2018-01-01T10:30"));
    ICalComponent allDay =
        LexerTest.event(ICalReader.strict().readAll(
            LexerTest.cal().replace("DTSTART:20180101T090000Z", "DTSTART;VALUE=DATE:20180101"), "t.ics"));
    assertThat(allDay.end().orElseThrow().date()).isEqualTo(LocalDate.parse("2018-01-02"));
  }
}
