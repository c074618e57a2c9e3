package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.gcmkit.model.Finding;
import org.gcmkit.model.Severity;
import org.gcmkit.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** Calendar rules of RFC 5545 and RFC 5546 PUBLISH, each reported with its position. */
class ChecksTest {

  static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n";

  static List<Finding> strict(String text) {
    return ICalReader.strict().readAll(text, "t.ics").findings();
  }

  static List<String> codes(String text) {
    return strict(text).stream().map(Finding::code).collect(Collectors.toList());
  }

  static String event(String... lines) {
    return "BEGIN:VEVENT\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
  }

  static String cal(String body) {
    return HEAD + body + "END:VCALENDAR\r\n";
  }

  static final String OK = "UID:1\r\nDTSTAMP:20180101T000000Z\r\nDTSTART:20180101T090000Z";

  @Test
  void acceptsAMinimalConformingCalendar() {
    assertThat(strict(cal(event(OK)))).isEmpty();
  }

  @Test
  void reportsMissingVersionAndProdid() {
    List<Finding> f = strict("BEGIN:VCALENDAR\r\n" + event(OK) + "END:VCALENDAR\r\n");
    assertThat(f).extracting(Finding::code).containsExactly("ICAL-MISSING-VERSION", "ICAL-MISSING-PRODID");
    assertThat(f.get(0).position()).contains(SourcePosition.of("t.ics", 1, 1));
  }

  @Test
  void reportsAVCalendar10File() {
    assertThat(codes(cal(event(OK)).replace("VERSION:2.0", "VERSION:1.0"))).containsExactly("ICAL-UNSUPPORTED-VERSION");
  }

  @Test
  void reportsMissingUidAndDtstamp() {
    List<Finding> f = strict(cal(event("DTSTART:20180101T090000Z")));
    assertThat(f).extracting(Finding::code).containsExactly("ICAL-MISSING-UID", "ICAL-MISSING-DTSTAMP");
    assertThat(f.get(0).position()).contains(SourcePosition.of("t.ics", 4, 1));
    assertThat(f.get(0).path()).contains("VCALENDAR[1]/VEVENT[1]");
  }

  @Test
  void reportsAMissingDtstartOnlyWithoutMethod() {
    String e = event("UID:1", "DTSTAMP:20180101T000000Z");
    assertThat(codes(cal(e))).containsExactly("ICAL-MISSING-DTSTART");
    assertThat(codes(cal("METHOD:CANCEL\r\n" + e))).isEmpty();
  }

  @Test
  void reportsDtendBeforeDtstartComparingInstants() {
    List<Finding> f =
        strict(cal(event("UID:1", "DTSTAMP:20180101T000000Z", "DTSTART;TZID=Europe/Paris:20180101T100000",
            "DTEND:20180101T085959Z")));
    assertThat(f).extracting(Finding::code).contains("ICAL-DTEND-BEFORE-DTSTART");
    assertThat(codes(cal(event("UID:1", "DTSTAMP:20180101T000000Z", "DTSTART;TZID=Europe/Paris:20180101T100000",
        "DTEND:20180101T090000Z")))).doesNotContain("ICAL-DTEND-BEFORE-DTSTART");
  }

  @Test
  void reportsDtendTogetherWithDuration() {
    assertThat(codes(cal(event(OK, "DTEND:20180101T100000Z", "DURATION:PT1H"))))
        .containsExactly("ICAL-DTEND-WITH-DURATION");
  }

  @Test
  void reportsDateMixedWithDateTime() {
    String e =
        event("UID:1", "DTSTAMP:20180101T000000Z", "DTSTART;VALUE=DATE:20180101", "DTEND:20180102T000000Z",
            "EXDATE:20180108T000000Z", "RRULE:FREQ=WEEKLY;UNTIL=20180301T000000Z");
    assertThat(codes(cal(e))).containsExactly(
        "ICAL-DATE-TYPE-MISMATCH", "ICAL-DATE-TYPE-MISMATCH", "ICAL-DATE-TYPE-MISMATCH");
  }

  @Test
  void reportsAnUntilThatIsNotUtcForAZonedStart() {
    String e =
        event("UID:1", "DTSTAMP:20180101T000000Z", "DTSTART;TZID=Europe/Paris:20180101T100000",
            "RRULE:FREQ=DAILY;UNTIL=20180110T100000");
    assertThat(ICalReader.lenient().readAll(cal(e), "t.ics").findings()).extracting(Finding::code)
        .containsExactlyInAnyOrder("ICAL-NOT-UTC", "ICAL-MISSING-VTIMEZONE");
  }

  @Test
  void reportsADuplicateUidButNotAnOverride() {
    String master = event(OK, "RRULE:FREQ=DAILY;COUNT=3");
    String override = event(OK, "RECURRENCE-ID:20180102T090000Z").replace("DTSTART:20180101", "DTSTART:20180102");
    assertThat(codes(cal(master + override))).isEmpty();
    assertThat(codes(cal(master + master))).containsExactly("ICAL-DUPLICATE-UID");
  }

  @Test
  void reportsTwoOverridesOfTheSameOccurrenceButNotOfDifferentOnes() {
    String master = event(OK, "RRULE:FREQ=DAILY;COUNT=3");
    String second = event(OK, "RECURRENCE-ID:20180102T090000Z").replace("DTSTART:20180101", "DTSTART:20180102");
    String third = event(OK, "RECURRENCE-ID:20180103T090000Z").replace("DTSTART:20180101", "DTSTART:20180103");

    assertThat(codes(cal(master + second + third))).isEmpty();
    assertThat(codes(cal(master + second + second))).containsExactly("ICAL-DUPLICATE-UID");
  }

  @Test
  void tellsAnOverrideOfADayFromAnOverrideOfATimeOnThatDay() {
    String master = event(OK, "RRULE:FREQ=DAILY;COUNT=3");
    String day = event(OK, "RECURRENCE-ID;VALUE=DATE:20180102").replace("DTSTART:20180101", "DTSTART:20180102");
    String time = event(OK, "RECURRENCE-ID:20180102T000000").replace("DTSTART:20180101", "DTSTART:20180102");

    assertThat(codes(cal(master + day + time))).doesNotContain("ICAL-DUPLICATE-UID");
  }

  @Test
  void reportsANegativeOrNonNumericSequence() {
    assertThat(codes(cal(event(OK, "SEQUENCE:-1")))).containsExactly("ICAL-BAD-SEQUENCE");
    assertThat(codes(cal(event(OK, "SEQUENCE:two")))).containsExactly("ICAL-BAD-SEQUENCE");
  }

  @Test
  void reportsAStatusNotAllowedForTheComponent() {
    assertThat(codes(cal(event(OK, "STATUS:COMPLETED")))).containsExactly("ICAL-BAD-STATUS");
    assertThat(codes(cal(event(OK, "STATUS:cancelled")))).isEmpty();
    assertThat(codes(cal("BEGIN:VTODO\r\n" + OK + "\r\nSTATUS:COMPLETED\r\nEND:VTODO\r\n"))).isEmpty();
  }

  @Test
  void warnsOfAPublishedEventWithoutOrganizerInStrictModeOnly() {
    String text = cal("METHOD:PUBLISH\r\n" + event(OK));
    List<Finding> f = strict(text);
    assertThat(f).extracting(Finding::code).containsExactly("ICAL-PUBLISH-WITHOUT-ORGANIZER");
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(ICalReader.lenient().readAll(text, "t.ics").findings()).isEmpty();
  }

  @Test
  void reportsADtstampThatIsNotUtc() {
    assertThat(codes(cal(event("UID:1", "DTSTAMP:20180101T000000", "DTSTART:20180101T090000Z"))))
        .containsExactly("ICAL-NOT-UTC");
  }

  @Test
  void reportsARepeatedSingleProperty() {
    List<Finding> f = strict(cal(event(OK, "SUMMARY:a", "SUMMARY:b")));
    assertThat(f).extracting(Finding::code).containsExactly("ICAL-DUPLICATE-PROPERTY");
    assertThat(f.get(0).position()).contains(SourcePosition.of("t.ics", 9, 1));
  }

  @Test
  void reportsAComponentInTheWrongPlace() {
    String text = cal("BEGIN:STANDARD\r\nEND:STANDARD\r\n" + event(OK));
    assertThat(codes(text)).containsExactly("ICAL-MISPLACED-COMPONENT");
  }

  @Test
  void reportsAnUnclosedComponentAndKeepsIt() {
    ICalReadResult r = ICalReader.lenient().readAll(HEAD + "BEGIN:VEVENT\r\n" + OK + "\r\nEND:VCALENDAR\r\n", "t.ics");
    assertThat(r.events()).hasSize(1);
    assertThat(r.findings()).extracting(Finding::code).containsExactly("ICAL-UNCLOSED-COMPONENT");
  }

  @Test
  void readsABareEventOutsideACalendarAndReportsIt() {
    ICalReadResult r = ICalReader.lenient().readAll(event(OK), "t.ics");
    assertThat(r.events()).hasSize(1);
    assertThat(r.findings()).extracting(Finding::code).containsExactly("ICAL-OUTSIDE-CALENDAR");
    assertThat(r.hasErrors()).isFalse();
    assertThat(ICalReader.strict().readAll(event(OK), "t.ics").hasErrors()).isTrue();
  }

  @Test
  void reportsAnInputWithoutCalendar() {
    assertThat(codes("")).containsExactly("ICAL-NO-CALENDAR");
  }

  @Test
  void capsTheFindingsOfOneCodeAndCountsTheRest() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      body.append(event("DTSTART:20180101T090000Z"));
    }
    ICalReader r = ICalReader.strict().withLimits(ICalLimits.defaults().withMaxFindingsPerCode(5));
    List<Finding> f = r.readAll(cal(body.toString()), "t.ics").findings();
    assertThat(f.stream().filter(x -> x.code().equals("ICAL-MISSING-UID"))).hasSize(5);
    assertThat(f.stream().filter(x -> x.code().equals("ICAL-FINDINGS-SUPPRESSED")).map(Finding::message))
        .contains("25 more ICAL-MISSING-UID findings were not listed (limit 5 per code)");
  }

  @Test
  void deliversFindingsToTheHandlerAsTheyOccur() {
    List<String> events = new java.util.ArrayList<>();
    ICalReader.strict().read(cal(event("DTSTART:20180101T090000Z") + event(OK)), "t.ics", new ICalHandler() {
      @Override
      public void component(ICalCalendarHeader calendar, ICalComponent component) {
        events.add("component " + component.uid().orElse("-"));
      }

      @Override
      public void finding(Finding finding) {
        events.add(finding.code());
      }
    });
    assertThat(events).containsExactly("ICAL-MISSING-UID", "ICAL-MISSING-DTSTAMP", "component -", "component 1");
  }
}
