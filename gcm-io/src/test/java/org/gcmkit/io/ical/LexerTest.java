package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.gcmkit.model.Finding;
import org.gcmkit.model.Severity;
import org.gcmkit.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** Content lines: line ends, folding, encodings, parameters, names and positions. */
class LexerTest {

  static String cal(String... eventLines) {
    StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n");
    sb.append("UID:1\r\nDTSTAMP:20180101T000000Z\r\nDTSTART:20180101T090000Z\r\n");
    for (String l : eventLines) {
      sb.append(l).append("\r\n");
    }
    return sb.append("END:VEVENT\r\nEND:VCALENDAR\r\n").toString();
  }

  static ICalComponent event(ICalReadResult r) {
    return r.events().get(0);
  }

  static List<String> codes(ICalReadResult r) {
    return r.findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  @Test
  void unfoldsContinuationLinesStartingWithSpaceOrTab() {
    ICalReadResult r = ICalReader.strict().readAll(cal("SUMMARY:Glo", " bal", "\tCompact"), "t.ics");
    assertThat(event(r).summary()).contains("GlobalCompact");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void keepsPositionsOfPropertyParameterAndValue() {
    ICalReadResult r = ICalReader.strict().readAll(cal("LOCATION;LANGUAGE=fr:Genève"), "t.ics");
    ICalProperty p = event(r).property("LOCATION").orElseThrow();
    assertThat(p.position()).isEqualTo(SourcePosition.of("t.ics", 8, 1));
    assertThat(p.parameters().get(0).position()).isEqualTo(SourcePosition.of("t.ics", 8, 10));
    assertThat(p.valuePosition()).isEqualTo(SourcePosition.of("t.ics", 8, 22));
  }

  @Test
  void reportsTheColumnOfABadValueInsideAFoldedLineInCodePoints() {
    // an emoji (two UTF-16 units) before the bad duration: the column counts it once
    ICalReadResult r = ICalReader.strict().readAll(cal("X-NOTE:\uD83D\uDE00", "DURATION:P", " 1X"), "t.ics");
    Finding f = r.findings().stream().filter(x -> x.code().equals("ICAL-BAD-VALUE")).findFirst().orElseThrow();
    assertThat(f.position()).contains(SourcePosition.of("t.ics", 10, 3));
  }

  @Test
  void acceptsLfLineEndsAndReportsThemOnce() {
    ICalReadResult r = ICalReader.strict().readAll(cal().replace("\r\n", "\n"), "t.ics");
    assertThat(r.events()).hasSize(1);
    assertThat(codes(r)).containsExactly("ICAL-BARE-LF");
  }

  @Test
  void takesBareCrAsALineEndAndReportsIt() {
    ICalReadResult r = ICalReader.lenient().readAll(cal("SUMMARY:a").replace("SUMMARY:a\r\n", "SUMMARY:a\r"), "t.ics");
    assertThat(event(r).summary()).contains("a");
    assertThat(codes(r)).contains("ICAL-BARE-CR");
  }

  @Test
  void reportsMixedLineEnds() {
    ICalReadResult r = ICalReader.strict().readAll(cal("SUMMARY:a").replace("SUMMARY:a\r\n", "SUMMARY:a\n"), "t.ics");
    assertThat(r.findings()).extracting(Finding::code).containsOnly("ICAL-BARE-LF");
    assertThat(r.findings()).hasSize(2);
  }

  @Test
  void skipsAUtf8ByteOrderMarkAndReportsItOnlyInStrictMode() {
    String text = "\uFEFF" + cal();
    assertThat(codes(ICalReader.strict().readAll(text, "t.ics"))).containsExactly("ICAL-BOM");
    assertThat(ICalReader.lenient().readAll(text, "t.ics").findings()).isEmpty();
  }

  @Test
  void decodesUtf16WithByteOrderMarkAndReportsIt() {
    byte[] utf16 = cal("SUMMARY:Genève").getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
    ICalReadResult r = ICalReader.lenient().readAll(new ByteArrayInputStream(utf16), "t.ics");
    assertThat(event(r).summary()).contains("Genève");
    assertThat(r.findings()).extracting(Finding::code).containsExactly("ICAL-UTF16");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void replacesInvalidUtf8AndReportsTheByteAndItsColumn() {
    byte[] bytes = cal("SUMMARY:caf\u00e9").getBytes(StandardCharsets.ISO_8859_1); // é as a lone 0xE9
    ICalReadResult r = ICalReader.strict().readAll(new ByteArrayInputStream(bytes), "t.ics");
    assertThat(event(r).summary()).contains("caf\uFFFD");
    Finding f = r.findings().get(0);
    assertThat(f.code()).isEqualTo("ICAL-INVALID-UTF8");
    assertThat(f.position()).contains(SourcePosition.of("t.ics", 8, 12));
    assertThat(f.isError()).isTrue();
  }

  @Test
  void readsQuotedParameterValuesWithSpecialCharactersAndLists() {
    ICalReadResult r =
        ICalReader.strict()
            .readAll(cal("ATTENDEE;CN=\"Doe, Jane: PhD\";MEMBER=\"mailto:a@x.org\",", " \"mailto:b@x.org\":mailto:j@x.org"),
                "t.ics");
    ICalProperty p = event(r).property("ATTENDEE").orElseThrow();
    assertThat(p.parameter("CN")).contains("Doe, Jane: PhD");
    assertThat(p.parameterValues("member")).containsExactly("mailto:a@x.org", "mailto:b@x.org");
    assertThat(p.rawValue()).isEqualTo("mailto:j@x.org");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void decodesRfc6868CaretEscapesInParameterValues() {
    ICalReadResult r =
        ICalReader.strict().readAll(cal("LOCATION;X-ADDR=\"Rue ^'du Lac^'^nGen^^ve\":Geneva"), "t.ics");
    assertThat(event(r).property("LOCATION").orElseThrow().parameter("X-ADDR"))
        .contains("Rue \"du Lac\"\nGen^ve");
  }

  @Test
  void keepsTheCaseOfParameterValuesThatDifferOnlyInCase() {
    ICalReadResult r = ICalReader.strict().readAll(
        cal("ATTENDEE;ROLE=CHAIR;CN=chair:mailto:a@x.org", "ATTENDEE;ROLE=chair;CN=Chair:mailto:b@x.org",
            "ATTENDEE;ROLE=CHAIR;CN=chair:mailto:c@x.org"),
        "t.ics");

    List<ICalProperty> attendees = event(r).properties("ATTENDEE");

    assertThat(attendees).extracting(p -> p.parameter("ROLE").orElseThrow()).containsExactly("CHAIR", "chair", "CHAIR");
    assertThat(attendees).extracting(p -> p.parameter("CN").orElseThrow()).containsExactly("chair", "Chair", "chair");
  }

  @Test
  void readsLongParameterValuesWhole() {
    String cn = "A name longer than the values the reader keeps one copy of: " + "x".repeat(60);

    ICalReadResult r = ICalReader.strict().readAll(cal("ORGANIZER;CN=\"" + cn + "\":mailto:a@x.org"), "t.ics");

    assertThat(event(r).property("ORGANIZER").orElseThrow().parameter("CN")).contains(cn);
  }

  @Test
  void findsPropertiesAndParametersByNameInAnyCase() {
    ICalReadResult r = ICalReader.lenient().readAll(cal("x-Custom;x-Param=v:text", "summary:s"), "t.ics");

    ICalProperty custom = event(r).property("X-custom").orElseThrow();

    assertThat(custom.name()).isEqualTo("X-CUSTOM");
    assertThat(custom.parameter("X-PARAM")).contains("v");
    assertThat(custom.parameter("x-param")).contains("v");
    assertThat(event(r).property("Summary")).isPresent();
    assertThat(r.calendars().get(0).components("vevent")).hasSize(1);
  }

  @Test
  void readsAComponentNameInAnyCaseWithBlanksAroundIt() {
    String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN: vEvent \r\n"
        + "UID:1\r\nDTSTAMP:20180101T000000Z\r\nDTSTART:20180101T090000Z\r\nend:VEVENT\t\r\nEND:VCALENDAR\r\n";

    ICalReadResult r = ICalReader.lenient().readAll(text, "t.ics");

    assertThat(r.events()).extracting(ICalComponent::name).containsExactly("VEVENT");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void reportsLowercaseNamesOnlyInStrictMode() {
    String text = cal("summary;language=en:x");
    ICalReadResult strict = ICalReader.strict().readAll(text, "t.ics");
    assertThat(event(strict).summary()).contains("x");
    assertThat(codes(strict)).containsExactly("ICAL-LOWERCASE-NAME", "ICAL-LOWERCASE-NAME");
    assertThat(ICalReader.lenient().readAll(text, "t.ics").findings()).isEmpty();
  }

  @Test
  void joinsALineThatCannotBeAPropertyToThePreviousTextValue() {
    ICalReadResult r = ICalReader.lenient().readAll(cal("DESCRIPTION:first line", "second line, no fold"), "t.ics");
    assertThat(event(r).property("DESCRIPTION").flatMap(ICalProperty::text))
        .contains("first line\nsecond line, no fold");
    Finding f = r.findings().get(0);
    assertThat(f.code()).isEqualTo("ICAL-BAD-FOLDING");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.position()).contains(SourcePosition.of("t.ics", 9, 1));
  }

  @Test
  void reportsBadFoldingAsAnErrorInStrictMode() {
    ICalReadResult r = ICalReader.strict().readAll(cal("DESCRIPTION:first line", "second line"), "t.ics");
    assertThat(r.findings()).extracting(Finding::code, Finding::isError).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ICAL-BAD-FOLDING", true));
  }

  @Test
  void dropsAMalformedLineAfterBeginAndReportsIt() {
    String text = cal().replace("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\nthis is junk\r\n");
    ICalReadResult r = ICalReader.lenient().readAll(text, "t.ics");
    assertThat(r.events()).hasSize(1);
    assertThat(r.findings()).extracting(Finding::code).containsExactly("ICAL-MALFORMED-LINE");
    assertThat(r.findings().get(0).position()).contains(SourcePosition.of("t.ics", 5, 1));
  }

  @Test
  void skipsBlankLinesEvenInsideAFoldedValue() {
    ICalReadResult r = ICalReader.lenient().readAll(cal("SUMMARY:a", "", " b"), "t.ics");
    assertThat(event(r).summary()).contains("ab");
    assertThat(codes(r)).containsExactly("ICAL-BLANK-LINE");
  }

  @Test
  void reportsLinesLongerThan75Octets() {
    String longText = "x".repeat(80);
    ICalReadResult r = ICalReader.strict().readAll(cal("SUMMARY:" + longText), "t.ics");
    assertThat(r.findings()).extracting(Finding::code).containsExactly("ICAL-LINE-TOO-LONG");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void countsOctetsNotCharactersForTheLineLimit() {
    String text = "é".repeat(34); // 68 octets + "SUMMARY:" = 76 octets, 42 characters
    assertThat(codes(ICalReader.strict().readAll(cal("SUMMARY:" + text), "t.ics")))
        .containsExactly("ICAL-LINE-TOO-LONG");
  }

  @Test
  void removesControlCharactersAndReportsThem() {
    ICalReadResult r = ICalReader.lenient().readAll(cal("SUMMARY:a\u0000b"), "t.ics");
    assertThat(event(r).summary()).contains("ab");
    assertThat(codes(r)).containsExactly("ICAL-CONTROL-CHAR");
  }

  @Test
  void dropsAParameterWithoutValueAndKeepsTheProperty() {
    ICalReadResult r = ICalReader.lenient().readAll(cal("DTEND;;VALUE=DATE-TIME:20180101T100000Z"), "t.ics");
    assertThat(event(r).property("DTEND").flatMap(ICalProperty::dateTime)).isPresent();
    assertThat(codes(r)).containsExactly("ICAL-BAD-PARAMETER");
  }

  @Test
  void readsFromAReader() {
    ICalReadResult r = ICalReader.strict().readAll(new java.io.StringReader(cal("SUMMARY:Genève")), "t.ics");
    assertThat(event(r).summary()).contains("Genève");
  }
}
