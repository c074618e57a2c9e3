package org.gcmkit.io.ical.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ContentLineWriterTest {

  // ------------------------------------------------------------------------------------------------ lines, names

  @Test
  void endsEveryLineWithCrlf() throws IOException {
    assertThat(write(w -> w.begin("VCALENDAR").text("VERSION", "2.0").end("VCALENDAR")))
        .isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
  }

  @Test
  void writesNamesInUpperCase() throws IOException {
    assertThat(write(w -> w.property("x-wr-calname").param("language", "en").appendText("GCM").endProperty()))
        .isEqualTo("X-WR-CALNAME;LANGUAGE=en:GCM\r\n");
  }

  @Test
  void writesTheSameNameInstanceAlikeEveryTime() throws IOException {
    String name = "x-gcmkit-id";

    String text = write(w -> {
      for (int i = 0; i < 3; i++) {
        w.property(name).param(name, "v").appendText("a").endProperty();
      }
    });

    assertThat(text).isEqualTo("X-GCMKIT-ID;X-GCMKIT-ID=v:a\r\n".repeat(3));
  }

  @Test
  void writesManyDistinctNamesEachInUpperCase() throws IOException {
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      expected.append("X-N").append(i).append(";X-P").append(i).append("=v:a\r\n");
    }

    String text = write(w -> {
      for (int i = 0; i < 1_000; i++) {
        w.property("x-n" + i).param("x-p" + i, "v").appendText("a").endProperty();
      }
    });

    assertThat(text).isEqualTo(expected.toString());
  }

  @Test
  void rejectsAnInvalidNameAfterAValidOneOfTheSameLength() throws IOException {
    assertThatThrownBy(() -> write(w -> w.text("X-AB", "x").text("X AB", "y")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X AB");
  }

  @Test
  void foldsANameLongerThanALine() throws IOException {
    String name = "X-" + "A".repeat(100);

    String text = write(w -> w.property("SUMMARY").param(name, "v").appendText("a").endProperty());

    assertThat(text.split("\r\n")).allSatisfy(line -> {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    });
    assertThat(unfold(text)).isEqualTo("SUMMARY;" + name + "=v:a\r\n");
  }

  @Test
  void foldsANameThatStartsNearTheEndOfALine() throws IOException {
    String value = "v".repeat(60);

    String text = write(w -> w.property("SUMMARY").param("X-FIRST", value).param("X-SECOND-NAME", "w")
        .appendText("a").endProperty());

    assertThat(text.split("\r\n")).allSatisfy(line -> {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    });
    assertThat(unfold(text)).isEqualTo("SUMMARY;X-FIRST=" + value + ";X-SECOND-NAME=w:a\r\n");
  }

  @Test
  void rejectsPropertyNamesOutsideLettersDigitsAndHyphen() {
    for (String name : List.of("", "DT START", "X_NAME", "SUMMARY:", "NAMÉ", "A;B")) {
      assertThatThrownBy(() -> write(w -> w.text(name, "x"))).as(name).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void rejectsInvalidParameterName() {
    assertThatThrownBy(() -> write(w -> w.property("SUMMARY").param("LANG UAGE", "en")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsInvalidComponentName() {
    assertThatThrownBy(() -> write(w -> w.begin("V EVENT"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesAnEmptyValueWhenNoneIsAppended() throws IOException {
    assertThat(write(w -> w.property("X-EMPTY").param("A", "b").endProperty())).isEqualTo("X-EMPTY;A=b:\r\n");
  }

  // ------------------------------------------------------------------------------------------------ sequence

  @Test
  void rejectsParameterAfterTheValueHasBegun() {
    assertThatThrownBy(() -> write(w -> w.property("SUMMARY").appendText("x").param("LANGUAGE", "en")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectsValueWithoutProperty() {
    assertThatThrownBy(() -> write(w -> w.appendText("x"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectsBeginInsideAProperty() {
    assertThatThrownBy(() -> write(w -> w.property("SUMMARY").begin("VEVENT")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectsEndThatDoesNotMatchTheInnermostBegin() {
    assertThatThrownBy(() -> write(w -> w.begin("VCALENDAR").begin("VEVENT").end("VCALENDAR")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> write(w -> w.end("VEVENT"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void matchesEndToBeginIgnoringCase() throws IOException {
    assertThat(write(w -> w.begin("vevent").end("VEVENT"))).isEqualTo("BEGIN:VEVENT\r\nEND:VEVENT\r\n");
  }

  @Test
  void countsOpenComponents() throws IOException {
    ContentLineWriter w = ContentLineWriter.of(new ByteArrayOutputStream());
    w.begin("VCALENDAR").begin("VEVENT");

    assertThat(w.depth()).isEqualTo(2);
  }

  @Test
  void closingInTheMiddleOfAPropertyThrowsAndDropsThePartialLine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ContentLineWriter w = ContentLineWriter.of(out);
    w.text("VERSION", "2.0").property("SUMMARY").appendText("half");

    assertThatThrownBy(w::close).isInstanceOf(IllegalStateException.class);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("VERSION:2.0\r\n");
  }

  // ------------------------------------------------------------------------------------------------ TEXT

  @Test
  void escapesBackslashSemicolonAndComma() throws IOException {
    assertThat(write(w -> w.text("SUMMARY", "a\\b;c,d"))).isEqualTo("SUMMARY:a\\\\b\\;c\\,d\r\n");
  }

  @Test
  void leavesColonAndQuoteUnescapedInText() throws IOException {
    assertThat(write(w -> w.text("SUMMARY", "Act 1: \"Now\""))).isEqualTo("SUMMARY:Act 1: \"Now\"\r\n");
  }

  @Test
  void writesLfCrAndCrlfEachAsOneEscapedNewline() throws IOException {
    assertThat(write(w -> w.text("DESCRIPTION", "a\nb\rc\r\nd\n\ne")))
        .isEqualTo("DESCRIPTION:a\\nb\\nc\\nd\\n\\ne\r\n");
  }

  @Test
  void treatsCrlfSplitAcrossAppendsAsOneNewline() throws IOException {
    assertThat(write(w -> w.property("DESCRIPTION").appendText("a\r").appendText("\nb").endProperty()))
        .isEqualTo("DESCRIPTION:a\\nb\r\n");
  }

  @Test
  void dropsControlCharactersButKeepsTab() throws IOException {
    assertThat(write(w -> w.text("SUMMARY", "a\u0000b\u0007c\u001bd\u007fe\tf"))).isEqualTo("SUMMARY:abcde\tf\r\n");
  }

  @Test
  void dropsC1ControlCharacters() throws IOException {
    assertThat(write(w -> w.text("SUMMARY", "a\u0085b\u009fc\u00a0d"))).isEqualTo("SUMMARY:abc\u00a0d\r\n");
  }

  @Test
  void replacesUnpairedSurrogatesWithReplacementCharacter() throws IOException {
    assertThat(write(w -> w.text("SUMMARY", "a\ud800b\udc00c\ud83d"))).isEqualTo("SUMMARY:a\ufffdb\ufffdc\ufffd\r\n");
  }

  @Test
  void escapesEachElementOfATextList() throws IOException {
    assertThat(write(w -> w.textList("CATEGORIES", List.of("Act 1", "Migrants, refugees", "a;b"))))
        .isEqualTo("CATEGORIES:Act 1,Migrants\\, refugees,a\\;b\r\n");
  }

  // ------------------------------------------------------------------------------------------------ parameters

  @Test
  void quotesParameterValuesWithColonSemicolonOrComma() throws IOException {
    assertThat(write(w -> w.property("ORGANIZER").param("CN", "UN DESA: Population, Division; NY")
        .appendRaw("mailto:a@example.org").endProperty()))
        .isEqualTo("ORGANIZER;CN=\"UN DESA: Population, Division; NY\":mailto:a@example.org\r\n");
  }

  @Test
  void leavesPlainParameterValuesUnquoted() throws IOException {
    assertThat(write(w -> w.property("SUMMARY").param("LANGUAGE", "fr-CH").appendText("x").endProperty()))
        .isEqualTo("SUMMARY;LANGUAGE=fr-CH:x\r\n");
  }

  @Test
  void escapesCaretQuoteAndNewlinesInParameterValuesPerRfc6868() throws IOException {
    assertThat(write(w -> w.property("X-A").param("X-P", "a^b \"c\"\r\nd\re\nf").endProperty()))
        .isEqualTo("X-A;X-P=\"a^^b ^'c^'^nd^ne^nf\":\r\n");
  }

  @Test
  void quotesParameterValuesWithADoubleQuoteForIcal4j() throws IOException {
    assertThat(write(w -> w.property("X-A").param("X-P", "\"").endProperty())).isEqualTo("X-A;X-P=\"^'\":\r\n");
    assertThat(write(w -> w.property("X-A").param("X-P", "^").endProperty())).isEqualTo("X-A;X-P=^^:\r\n");
  }

  @Test
  void writesMultiValuedParameterQuotingEachValueAsNeeded() throws IOException {
    assertThat(write(w -> w.property("ATTENDEE").param("MEMBER", List.of("mailto:a@x.org", "plain"))
        .appendRaw("mailto:b@x.org").endProperty()))
        .isEqualTo("ATTENDEE;MEMBER=\"mailto:a@x.org\",plain:mailto:b@x.org\r\n");
  }

  @Test
  void rejectsAMultiValuedParameterWithoutValues() {
    assertThatThrownBy(() -> write(w -> w.property("ATTENDEE").param("MEMBER", List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------------------------------------ raw values

  @Test
  void writesUriUnescaped() throws IOException {
    assertThat(write(w -> w.uri("URL", "https://example.org/gcm?a=1,2;b")))
        .isEqualTo("URL:https://example.org/gcm?a=1,2;b\r\n");
  }

  @Test
  void rejectsControlCharactersInRawValues() {
    assertThatThrownBy(() -> write(w -> w.uri("URL", "https://example.org/\nX")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------------------------------------ typed helpers

  @Test
  void writesDateWithValueParameter() throws IOException {
    assertThat(write(w -> w.date("DTSTART", LocalDate.of(2018, 12, 10))))
        .isEqualTo("DTSTART;VALUE=DATE:20181210\r\n");
  }

  @Test
  void writesDateTimeWithTzid() throws IOException {
    assertThat(write(w -> w.dateTime("DTSTART", LocalDateTime.of(2017, 5, 22, 10, 0),
        ZoneId.of("America/New_York"))))
        .isEqualTo("DTSTART;TZID=America/New_York:20170522T100000\r\n");
  }

  @Test
  void writesFloatingAndUtcDateTimes() throws IOException {
    assertThat(write(w -> w.floating("DTSTART", LocalDateTime.of(2017, 5, 22, 10, 0))
        .utc("DTSTAMP", Instant.parse("2018-12-10T08:00:00Z"))))
        .isEqualTo("DTSTART:20170522T100000\r\nDTSTAMP:20181210T080000Z\r\n");
  }

  @Test
  void writesListsOfDatesDateTimesAndInstants() throws IOException {
    assertThat(write(w -> w.dates("RDATE", List.of(LocalDate.of(2017, 5, 22), LocalDate.of(2017, 6, 26)))
        .dateTimes("RDATE", List.of(LocalDateTime.of(2017, 5, 22, 10, 0), LocalDateTime.of(2017, 5, 23, 10, 0)),
            ZoneId.of("Europe/Zurich"))
        .utcs("EXDATE", List.of(Instant.parse("2017-05-22T08:00:00Z")))))
        .isEqualTo("RDATE;VALUE=DATE:20170522,20170626\r\n"
            + "RDATE;TZID=Europe/Zurich:20170522T100000,20170523T100000\r\n"
            + "EXDATE:20170522T080000Z\r\n");
  }

  @Test
  void writesIntegerDurationOffsetAndGeo() throws IOException {
    assertThat(write(w -> w.integer("SEQUENCE", 3)
        .duration("X-PUBLISHED-TTL", Duration.ofHours(6))
        .utcOffset("TZOFFSETFROM", ZoneOffset.ofHours(-5))
        .geo("GEO", 31.6295, -7.9811)))
        .isEqualTo("SEQUENCE:3\r\nX-PUBLISHED-TTL:PT6H\r\nTZOFFSETFROM:-0500\r\nGEO:31.6295;-7.9811\r\n");
  }

  @Test
  void writesRefreshIntervalWithValueDuration() throws IOException {
    assertThat(write(w -> w.property("REFRESH-INTERVAL").param("VALUE", "DURATION")
        .appendDuration(Duration.ofDays(7)).endProperty()))
        .isEqualTo("REFRESH-INTERVAL;VALUE=DURATION:P1W\r\n");
  }

  @Test
  void writesPeriods() throws IOException {
    Instant start = Instant.parse("2017-12-04T08:00:00Z");
    assertThat(write(w -> w.property("FREEBUSY").appendPeriod(start, start.plusSeconds(3600)).listSeparator()
        .appendPeriod(start, Duration.ofMinutes(90)).endProperty()))
        .isEqualTo("FREEBUSY:20171204T080000Z/20171204T090000Z,20171204T080000Z/PT1H30M\r\n");
  }

  @Test
  void rejectsPeriodsThatDoNotGoForward() {
    Instant start = Instant.parse("2017-12-04T08:00:00Z");
    assertThatThrownBy(() -> write(w -> w.property("FREEBUSY").appendPeriod(start, start)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> write(w -> w.property("FREEBUSY").appendPeriod(start, Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------------------------------------ folding

  @Test
  void keepsALineOf75OctetsWhole() throws IOException {
    String value = "x".repeat(75 - "SUMMARY:".length());

    assertThat(write(w -> w.text("SUMMARY", value))).isEqualTo("SUMMARY:" + value + "\r\n");
  }

  @Test
  void foldsTheSeventySixthOctetOntoAContinuationLine() throws IOException {
    String value = "x".repeat(76 - "SUMMARY:".length());

    assertThat(write(w -> w.text("SUMMARY", value)))
        .isEqualTo("SUMMARY:" + "x".repeat(67) + "\r\n x\r\n");
  }

  @Test
  void countsTheLeadingBlankOfAContinuationLine() throws IOException {
    String text = write(w -> w.text("SUMMARY", "x".repeat(300)));

    assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
    assertThat(text.split("\r\n")[1]).hasSize(75).startsWith(" x");
  }

  @Test
  void neverSplitsAMultiByteCharacter() throws IOException {
    // 66 ASCII octets after "SUMMARY:", then "€" (3 octets) would end at octet 77: it moves to the next line.
    String value = "x".repeat(66) + "€€";

    assertThat(write(w -> w.text("SUMMARY", value)))
        .isEqualTo("SUMMARY:" + "x".repeat(66) + "\r\n €€\r\n");
  }

  @Test
  void neverSplitsAnEscapeSequence() throws IOException {
    String value = "x".repeat(66) + ",";

    assertThat(write(w -> w.text("SUMMARY", value)))
        .isEqualTo("SUMMARY:" + "x".repeat(66) + "\r\n \\,\r\n");
  }

  @Test
  void keepsACombiningMarkWithItsBase() throws IOException {
    // "e" + U+0301 at octets 75-77: the "e" moves to the continuation line with its accent.
    String value = "x".repeat(66) + "e\u0301";

    assertThat(write(w -> w.text("SUMMARY", value)))
        .isEqualTo("SUMMARY:" + "x".repeat(66) + "\r\n e\u0301\r\n");
  }

  @Test
  void keepsAZwjEmojiSequenceTogether() throws IOException {
    String family = "\ud83d\udc69\u200d\ud83d\udcbb"; // woman technologist: 4 + 3 + 4 octets
    String value = "x".repeat(60) + family;

    assertThat(write(w -> w.text("SUMMARY", value)))
        .isEqualTo("SUMMARY:" + "x".repeat(60) + "\r\n " + family + "\r\n");
  }

  @Test
  void keepsTheTwoRegionalIndicatorsOfAFlagTogether() throws IOException {
    String flag = "\ud83c\uddf2\ud83c\udde6"; // MA
    String value = "x".repeat(63) + flag;

    assertThat(write(w -> w.text("SUMMARY", value)))
        .isEqualTo("SUMMARY:" + "x".repeat(63) + "\r\n " + flag + "\r\n");
  }

  @Test
  void keepsABlankWithThePrecedingCharacter() throws IOException {
    // The line is full after 67 x; a fold before the blank would start the next line with two blanks.
    String value = "x".repeat(67) + " y";

    assertThat(write(w -> w.text("SUMMARY", value)))
        .isEqualTo("SUMMARY:" + "x".repeat(66) + "\r\n x y\r\n");
  }

  @Test
  void splitsAClusterLongerThanALineBetweenCodePoints() throws IOException {
    String value = "a" + "\u0301".repeat(60); // 121 octets of one cluster

    String text = write(w -> w.text("SUMMARY", value));

    assertThat(text.split("\r\n")).allSatisfy(line -> {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    });
    assertThat(unfold(text)).isEqualTo("SUMMARY:" + value + "\r\n");
  }

  @Test
  void foldsLongParameterValuesToo() throws IOException {
    String cn = "Organisation internationale pour les migrations, Bureau régional";

    String text = write(w -> w.property("ORGANIZER").param("CN", cn).appendRaw("mailto:x@example.org").endProperty());

    assertThat(text.split("\r\n")).allSatisfy(line -> {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    });
    assertThat(unfold(text)).isEqualTo("ORGANIZER;CN=\"" + cn + "\":mailto:x@example.org\r\n");
  }

  // ------------------------------------------------------------------------------------------------ streaming

  @Test
  void writerTargetReceivesTheSameText() throws IOException {
    StringWriter chars = new StringWriter();
    try (ContentLineWriter w = ContentLineWriter.of(chars)) {
      sample(w);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ContentLineWriter w = ContentLineWriter.of(bytes)) {
      sample(w);
    }

    assertThat(chars.toString()).isEqualTo(bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void handsOnlyCompleteLinesOfBoundedSizeToTheStream() throws IOException {
    List<byte[]> chunks = new ArrayList<>();
    OutputStream recorder = new OutputStream() {
      @Override
      public void write(int b) {
        chunks.add(new byte[] {(byte) b});
      }

      @Override
      public void write(byte[] b, int off, int len) {
        byte[] chunk = new byte[len];
        System.arraycopy(b, off, chunk, 0, len);
        chunks.add(chunk);
      }
    };

    ContentLineWriter w = ContentLineWriter.of(recorder);
    for (int i = 0; i < 5_000; i++) {
      w.text("DESCRIPTION", "Ébauche zéro " + i + " — 移民 " + "🌍".repeat(i % 30));
    }

    assertThat(chunks).hasSizeGreaterThan(10).allSatisfy(chunk -> {
      assertThat(chunk.length).isLessThanOrEqualTo(16 * 1024);
      assertThat(new String(chunk, StandardCharsets.UTF_8)).endsWith("\r\n");
    });
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void writesRunsThatReachTheEndOfTheBufferAtEveryOffset() throws IOException {
    // Regression: a run of plain ASCII that ended exactly where the buffer keeps its headroom looped forever.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder expected = new StringBuilder();
    try (ContentLineWriter w = ContentLineWriter.of(out)) {
      for (int length = 1; length <= 300; length++) {
        String value = "ab cd".repeat(length).substring(0, length);
        w.text("X", value);
        expected.append("X:").append(value).append("\r\n");
      }
    }

    assertThat(unfold(out.toString(StandardCharsets.UTF_8))).isEqualTo(expected.toString());
  }

  @Test
  void flushHandsOnTheLinesWrittenSoFar() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ContentLineWriter w = ContentLineWriter.of(out);
    w.text("VERSION", "2.0").property("SUMMARY").appendText("pending");

    w.flush();

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("VERSION:2.0\r\n");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  interface WriterAction {
    void run(ContentLineWriter w) throws IOException;
  }

  static String write(WriterAction action) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ContentLineWriter w = ContentLineWriter.of(out)) {
      action.run(w);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String unfold(String text) {
    return text.replace("\r\n ", "");
  }

  private static void sample(ContentLineWriter w) throws IOException {
    w.begin("VEVENT").text("SUMMARY", "Consultation régionale — 移民 🌍 " + "é".repeat(80))
        .property("ORGANIZER").param("CN", "A, B").appendRaw("mailto:a@b.org").endProperty().end("VEVENT");
  }
}
