package org.gcmkit.io.ical.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;

/**
 * The writer's output, byte for byte, against reviewed files in {@code golden/}. Each file is a whole calendar that
 * ical4j and biweekly parse, and the texts of its events read back as written.
 *
 * <p>After a deliberate change of the output, regenerate with {@code -Dgcm.golden.update=true}, review the diff and
 * commit it. The VTIMEZONE file depends on the JDK's tz data (tzdb 2025a in JDK 17.0.15), which does not change the
 * history of 2016–2019 for these zones.
 */
class GoldenFilesTest {

  private static final Path SOURCE = Path.of("src/test/resources/org/gcmkit/io/ical/internal/write/golden");
  private static final Instant STAMP = Instant.parse("2018-12-10T08:00:00Z");

  @Test
  void folding() throws IOException {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    texts.put("ascii-75-octets", "x".repeat(67));
    texts.put("ascii-76-octets", "x".repeat(68));
    texts.put("ascii-long", "The Global Compact for Safe, Orderly and Regular Migration; ".repeat(4));
    texts.put("utf8-2-ends-at-75", "x".repeat(65) + "é");
    texts.put("utf8-2-crosses-75", "x".repeat(66) + "é");
    texts.put("utf8-3-ends-at-75", "x".repeat(64) + "移");
    texts.put("utf8-3-crosses-75", "x".repeat(65) + "移");
    texts.put("utf8-4-ends-at-75", "x".repeat(63) + "🌍");
    texts.put("utf8-4-crosses-75", "x".repeat(64) + "🌍");
    texts.put("combining-mark", "x".repeat(66) + "e\u0301" + " Ame\u0301rique latine");
    texts.put("zwj-sequence", "x".repeat(60) + "👩\u200d💻 and 👨\u200d👩\u200d👧\u200d👦");
    texts.put("flag", "x".repeat(63) + "🇲🇦🇨🇭🇲🇽");
    texts.put("skin-tone", "x".repeat(63) + "👋🏽");
    texts.put("keycap", "x".repeat(65) + "1\ufe0f\u20e3");
    texts.put("cjk", "安全、有序和正常移民全球契约".repeat(4));
    texts.put("mixed", "Consultation régionale — 移民 — الهجرة — миграция — 🌍🌎🌏 ".repeat(3));
    assertGolden("folding.ics", texts, w -> {
      for (Map.Entry<String, String> e : texts.entrySet()) {
        event(w, e.getKey()).text("SUMMARY", e.getValue()).end("VEVENT");
      }
    });
  }

  @Test
  void escaping() throws IOException {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    texts.put("specials", "Backslash \\, semicolon ; and comma , (colon : and \"quotes\" stay)");
    texts.put("newlines", "LF\nCR\rCRLF\r\nblank line:\n\nend");
    texts.put("tab-kept", "a\tb");
    texts.put("controls-dropped", "bell\u0007 nul\u0000 esc\u001b del\u007f nel\u0085 kept");
    texts.put("lone-surrogate", "a\ud800b");
    assertGolden("escaping.ics", texts, w -> {
      for (Map.Entry<String, String> e : texts.entrySet()) {
        event(w, e.getKey()).text("DESCRIPTION", e.getValue()).end("VEVENT");
      }
      event(w, "list")
          .textList("CATEGORIES", List.of("Regional consultation", "Act 1, Act 2", "ECA; ECE"))
          .text("LOCATION", "Palais des Nations, Geneva")
          .end("VEVENT");
    });
  }

  @Test
  void parameters() throws IOException {
    assertGolden("parameters.ics", Map.of(), w -> event(w, "parameters")
        .property("ORGANIZER").param("CN", "Co-facilitators: Mexico, Switzerland")
        .appendRaw("mailto:organizer@example.org").endProperty()
        .property("ATTENDEE").param("CN", "Caret ^ and \"quotes\"\nsecond line")
        .appendRaw("mailto:attendee@example.org").endProperty()
        .property("DESCRIPTION").param("ALTREP", "https://example.org/gcm/description.html")
        .param("LANGUAGE", "fr").appendText("Description en français").endProperty()
        .property("X-EMPTY").param("X-P", "").appendText("empty parameter value").endProperty()
        .property("CONTACT").param("CN", "Organisation internationale pour les migrations (OIM), Bureau régional")
        .appendText("contact@example.org").endProperty()
        .end("VEVENT"));
  }

  @Test
  void multiValuedParameters() throws IOException {
    // RFC 5545 allows several quoted values in one parameter; ical4j 4.4.0 cannot parse them (its tokenizer takes
    // the second quoted value for the property value), so only biweekly reads this file back.
    assertGolden("parameters-multivalued.ics", Map.of(), false, w -> event(w, "multi-valued")
        .property("ATTENDEE").param("MEMBER", List.of("mailto:list@example.org", "mailto:other@example.org"))
        .param("DELEGATED-FROM", List.of("mailto:chair@example.org"))
        .appendRaw("mailto:attendee@example.org").endProperty()
        .property("X-LIST").param("X-P", List.of("plain", "two words", "a,b")).appendText("x").endProperty()
        .end("VEVENT"));
  }

  @Test
  void values() throws IOException {
    ZoneId zurich = ZoneId.of("Europe/Zurich");
    assertGolden("values.ics", Map.of(), w -> {
      w.property("X-OFFSETS").appendUtcOffset(ZoneOffset.ofHoursMinutes(5, 30)).listSeparator()
          .appendUtcOffset(ZoneOffset.ofHoursMinutes(-3, -30)).listSeparator()
          .appendUtcOffset(ZoneOffset.UTC).listSeparator()
          .appendUtcOffset(ZoneOffset.ofHoursMinutesSeconds(6, 42, 4)).endProperty();
      w.duration("X-PUBLISHED-TTL", Duration.ofHours(6))
          .property("REFRESH-INTERVAL").param("VALUE", "DURATION").appendDuration(Duration.ofDays(7)).endProperty()
          .duration("X-ZERO", Duration.ZERO);
      VTimezoneGenerator.forYears(Year.of(2017), Year.of(2017)).write(w, zurich);
      event(w, "all-day")
          .date("DTSTART", LocalDate.of(2017, 12, 4))
          .date("DTEND", LocalDate.of(2017, 12, 7))
          .dates("RDATE", List.of(LocalDate.of(2017, 12, 11), LocalDate.of(2017, 12, 18)))
          .end("VEVENT");
      event(w, "zoned")
          .dateTime("DTSTART", LocalDateTime.of(2017, 5, 22, 10, 0), zurich)
          .dateTime("DTEND", LocalDateTime.of(2017, 5, 22, 13, 30), zurich)
          .dateTimes("RDATE", List.of(LocalDateTime.of(2017, 5, 23, 10, 0), LocalDateTime.of(2017, 5, 24, 10, 0)),
              zurich)
          .utcs("EXDATE", List.of(Instant.parse("2017-05-24T08:00:00Z")))
          .integer("SEQUENCE", 2)
          .text("STATUS", "CONFIRMED")
          .geo("GEO", 46.2266, 6.1404)
          .uri("URL", "https://example.org/events/tc-1?lang=en&format=ics")
          .end("VEVENT");
      event(w, "floating-and-durations")
          .floating("DTSTART", LocalDateTime.of(2018, 7, 13, 9, 0))
          .duration("DURATION", Duration.ofHours(1).plusSeconds(5))
          .begin("VALARM").text("ACTION", "DISPLAY").text("DESCRIPTION", "Reminder")
          .duration("TRIGGER", Duration.ofMinutes(-15)).end("VALARM")
          .end("VEVENT");
      w.begin("VFREEBUSY").text("UID", "busy@golden.gcmkit.org").utc("DTSTAMP", STAMP)
          .property("FREEBUSY").appendPeriod(STAMP, STAMP.plusSeconds(5_400)).listSeparator()
          .appendPeriod(STAMP, Duration.ofDays(1).plusHours(2)).endProperty()
          .end("VFREEBUSY");
    });
  }

  @Test
  void vtimezones2016To2019() throws IOException {
    List<ZoneId> zones = new ArrayList<>();
    for (String id : List.of("Africa/Casablanca", "Pacific/Fiji", "America/Santiago", "Europe/Zurich",
        "America/New_York", "America/Mexico_City", "Asia/Bangkok")) {
      zones.add(ZoneId.of(id));
    }
    assertGolden("vtimezones-2016-2019.ics", Map.of(),
        w -> VTimezoneGenerator.forYears(Year.of(2016), Year.of(2019)).writeAll(w, zones));
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private interface Body {
    void write(ContentLineWriter w) throws IOException;
  }

  private static ContentLineWriter event(ContentLineWriter w, String uid) throws IOException {
    return w.begin("VEVENT").text("UID", uid + "@golden.gcmkit.org").utc("DTSTAMP", STAMP);
  }

  /**
   * Compares the calendar with the golden file, and checks that ical4j and biweekly parse it and read the text of
   * each event (its SUMMARY or DESCRIPTION, by UID) back as {@code texts} says.
   */
  private static void assertGolden(String name, Map<String, String> texts, Body body) throws IOException {
    assertGolden(name, texts, true, body);
  }

  private static void assertGolden(String name, Map<String, String> texts, boolean ical4j, Body body)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ContentLineWriter w = ContentLineWriter.of(out)) {
      w.begin("VCALENDAR").text("VERSION", "2.0").text("PRODID", "-//gcmkit//golden//EN").text("METHOD", "PUBLISH");
      body.write(w);
      w.end("VCALENDAR");
    }
    byte[] actual = out.toByteArray();
    if (Boolean.getBoolean("gcm.golden.update")) {
      Files.createDirectories(SOURCE);
      Files.write(SOURCE.resolve(name), actual);
    }
    byte[] expected;
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as("golden file %s (generate with -Dgcm.golden.update=true)", name).isNotNull();
      expected = in.readAllBytes();
    }
    assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
    for (String line : new String(actual, StandardCharsets.UTF_8).split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }

    String ics = new String(actual, StandardCharsets.UTF_8);
    List<net.fortuna.ical4j.model.component.VEvent> ical4jEvents = ical4j ? ical4jEvents(ics) : List.of();
    List<biweekly.component.VEvent> biweeklyEvents = biweekly.Biweekly.parse(ics).first().getEvents();
    assertThat(biweeklyEvents).hasSize((int) ics.lines().filter("BEGIN:VEVENT"::equals).count());
    if (ical4j) {
      assertThat(ical4jEvents).hasSameSizeAs(biweeklyEvents);
    }
    for (biweekly.component.VEvent event : biweeklyEvents) {
      String uid = event.getUid().getValue().replace("@golden.gcmkit.org", "");
      String text = texts.get(uid);
      if (text != null) {
        String read = event.getSummary() != null ? event.getSummary().getValue() : event.getDescription().getValue();
        assertThat(read).as("biweekly, %s", uid).isEqualTo(ContentLineWriterPropertyTest.expected(text));
      }
    }
    for (net.fortuna.ical4j.model.component.VEvent event : ical4jEvents) {
      String uid = event.getUid().get().getValue().replace("@golden.gcmkit.org", "");
      String text = texts.get(uid);
      if (text != null) {
        String read = event.getSummary() != null ? event.getSummary().getValue() : event.getDescription().getValue();
        assertThat(read).as("ical4j, %s", uid).isEqualTo(ContentLineWriterPropertyTest.stripBlanks(ContentLineWriterPropertyTest.expected(text)));
      }
    }
  }

  private static List<net.fortuna.ical4j.model.component.VEvent> ical4jEvents(String ics) throws IOException {
    try {
      return new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
    } catch (ParserException e) {
      throw new AssertionError("ical4j cannot parse: " + e.getMessage(), e);
    }
  }
}
