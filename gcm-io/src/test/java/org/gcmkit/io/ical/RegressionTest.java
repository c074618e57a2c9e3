package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.gcmkit.model.Finding;
import org.gcmkit.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** One test per bug that a real file of the corpus showed in this reader. */
class RegressionTest {

  static ICalReadResult strict(String file) {
    return ICalReader.strict().readAll(CorpusTest.CORPUS.resolve(file));
  }

  static ICalReadResult lenient(String file) {
    return ICalReader.lenient().readAll(CorpusTest.CORPUS.resolve(file));
  }

  static Finding only(ICalReadResult r, String code) {
    return r.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }

  /** Earth32Seasons.ics: DTEND equal to DTSTART was reported as DTEND before DTSTART. */
  @Test
  void acceptsZeroLengthEvents() {
    assertThat(strict("ical4j/Earth32Seasons.ics").findings()).isEmpty();
  }

  /** utc_negative_zero.ics: a TZOFFSETTO of -0000 made the whole VTIMEZONE unusable. */
  @Test
  void readsNegativeZeroOffsetsAsUtcAndReportsThem() {
    ICalReadResult r = strict("icaljs/utc_negative_zero.ics");
    assertThat(r.calendars().get(0).timeZones().get("Etc/GMT").rules().getOffset(Instant.EPOCH))
        .isEqualTo(ZoneOffset.UTC);
    assertThat(r.findings()).extracting(Finding::code).containsOnly("ICAL-BAD-VALUE", "ICAL-BARE-LF");
  }

  /** blankTzid.ics: TZID= (empty) on DTSTART was an unknown zone; it means no zone. */
  @Test
  void readsAnEmptyTzidAsFloating() {
    ICalReadResult r = lenient("ical4j/blankTzid.ics");
    assertThat(r.events().get(0).start().orElseThrow().isFloating()).isTrue();
    assertThat(only(r, "ICAL-BAD-PARAMETER").position())
        .contains(SourcePosition.of(CorpusTest.CORPUS.resolve("ical4j/blankTzid.ics").toString(), 27, 1));
  }

  /**
   * phpicalendar_sample.ics: "DTSTART;TZID=US/Eastern:20020107T095000 " (and DTSTAMP, DURATION, RRULE) end with a
   * space; the lenient reader rejected the values, so the event had no start and a repaired feed left it out.
   */
  @Test
  void leniencyReadsDateTimesDurationsAndRulesWithoutTheirTrailingSpace() {
    ICalReadResult r = lenient("ical4j/phpicalendar_sample.ics");

    ICalComponent aloe = r.events().stream().filter(e -> e.summary().orElse("").contains("Water Aloe")).findFirst()
        .orElseThrow();
    assertThat(aloe.start().flatMap(ICalDateTime::instant)).hasValue(Instant.parse("2002-01-07T14:50:00Z"));
    assertThat(aloe.property("DURATION").flatMap(ICalProperty::duration)).isPresent();
    assertThat(aloe.property("RRULE").flatMap(ICalProperty::recurrenceRule)).isPresent();
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("ICAL-BAD-VALUE");
      assertThat(f.message()).contains("DTSTART: white space after the DATE-TIME value");
      assertThat(f.position().map(SourcePosition::line)).hasValue(163);
      assertThat(f.position().map(SourcePosition::column)).hasValue(40);
    });
  }

  @Test
  void strictnessStillRejectsADateTimeWithATrailingSpace() {
    ICalReadResult r = strict("ical4j/phpicalendar_sample.ics");

    ICalComponent aloe = r.events().stream().filter(e -> e.summary().orElse("").contains("Water Aloe")).findFirst()
        .orElseThrow();
    assertThat(aloe.start()).isEmpty();
  }

  /** tzid_with_gmt.ics: the Outlook form "(GMT +01:00)" with a space was not recognised. */
  @Test
  void recognisesOutlookOffsetsWrittenWithASpace() {
    ICalReadResult r = lenient("icaljs/tzid_with_gmt.ics");
    assertThat(r.calendars().get(0).timeZones().get("(GMT +01:00)").rules().getOffset(Instant.EPOCH))
        .isEqualTo(ZoneOffset.ofHours(1));
  }

  /** issue_1050_forward_timezone_reference.ics: a lone open-ended STANDARD gave the TZOFFSETFROM all year. */
  @Test
  void aLoneObservanceSetsItsOffsetFromItsOnsetOn() {
    ICalReadResult r = lenient("python-icalendar/issue_1050_forward_timezone_reference.ics");
    assertThat(r.events().get(0).start().flatMap(ICalDateTime::instant))
        .contains(Instant.parse("2025-01-15T09:00:00Z"));
  }

  /** issue_186_invalid_trigger.ics: TRIGGER;VALUE=TIME was accepted silently. */
  @Test
  void reportsAValueTypeThePropertyDoesNotAllow() {
    Finding f = only(strict("recurring-ical-events/issue_186_invalid_trigger.ics"), "ICAL-BAD-VALUE");
    assertThat(f.position().orElseThrow().line()).isEqualTo(619);
    assertThat(f.message()).contains("TRIGGER;VALUE=TIME");
  }

  /** RDATE_test.ics: an observance RDATE with VALUE=DATE was accepted silently. */
  @Test
  void reportsADateRdateInAnObservance() {
    Finding f = only(strict("icaljs/RDATE_test.ics"), "ICAL-DATE-TYPE-MISMATCH");
    assertThat(f.position().orElseThrow().line()).isEqualTo(13);
  }

  /** maritz.ics: a DURATION mixing weeks and days (-P1W6DT15H) was accepted silently. */
  @Test
  void reportsWeeksCombinedWithDaysButReadsTheSum() {
    ICalReadResult r = lenient("ical4j/maritz.ics");
    assertThat(only(r, "ICAL-BAD-VALUE").position().orElseThrow().line()).isEqualTo(26);
    ICalProperty trigger = r.events().get(0).components("VALARM").get(1).property("TRIGGER").orElseThrow();
    assertThat(trigger.duration().orElseThrow().toDuration()).isEqualTo(java.time.Duration.parse("-PT327H"));
  }

  /** tmeher.ics: an empty CLASS was accepted silently. */
  @Test
  void reportsAnEmptyEnumeratedValue() {
    assertThat(only(strict("ical4j/tmeher.ics"), "ICAL-BAD-VALUE").message()).contains("CLASS has an empty value");
  }

  /** calconnect.ics: RRULE;TZID=Eastern was accepted silently. */
  @Test
  void reportsATzidOnARecurrenceRule() {
    assertThat(only(strict("ical4j/calconnect.ics"), "ICAL-BAD-PARAMETER").message()).contains("TZID on RRULE");
  }
}
