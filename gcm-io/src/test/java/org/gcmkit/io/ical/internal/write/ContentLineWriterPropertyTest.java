package org.gcmkit.io.ical.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Over arbitrary Unicode text (ASCII and the characters that need escaping, control characters, C1 controls, 2-, 3-
 * and 4-byte UTF-8, combining marks, CJK, emoji with ZWJ, variation selectors, skin tones, flags and tags, unpaired
 * surrogates): every physical line is at most 75 octets of valid UTF-8, and unfolding and unescaping gives back the
 * input up to the documented policy (CR, LF and CRLF become one newline; controls other than HTAB and the C1
 * controls are dropped; unpaired surrogates become U+FFFD).
 */
class ContentLineWriterPropertyTest {

  private static final int EXAMPLES = 1_000;

  /** Code points, weighted towards the ones that make escaping and folding hard. */
  static Gen<String> texts() {
    Gen<Integer> codePoints = Generate.frequency(List.of(
        Pair.of(30, Generate.range(0x20, 0x7E)),
        Pair.of(8, Generate.pick(List.of((int) '\\', (int) ';', (int) ',', (int) ':', (int) '"', (int) '^',
            (int) '\r', (int) '\n', (int) '\t', (int) ' '))),
        Pair.of(3, Generate.range(0x00, 0x1F)),
        Pair.of(1, Generate.constant(0x7F)),
        Pair.of(2, Generate.range(0x80, 0x9F)),
        Pair.of(6, Generate.range(0xA0, 0x7FF)),
        Pair.of(6, Generate.range(0x300, 0x36F)),
        Pair.of(6, Generate.range(0x4E00, 0x9FFF)),
        Pair.of(3, Generate.range(0x800, 0xFFFF)),
        Pair.of(2, Generate.range(0xD800, 0xDFFF)),
        Pair.of(6, Generate.range(0x1F300, 0x1FAFF)),
        Pair.of(4, Generate.pick(List.of(0x200D, 0x200C, 0xFE0F, 0x1F3FB, 0x1F3FF, 0x1F1F2, 0x1F1E6, 0xE0067,
            0xE007F, 0x20E3))),
        Pair.of(2, Generate.range(0x10000, 0x10FFFF))));
    return Generate.intArrays(Generate.range(0, 300), codePoints).map(ContentLineWriterPropertyTest::string);
  }

  @Test
  void textFoldsWithinSeventyFiveOctetsAndRoundTrips() {
    qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(text -> {
      byte[] bytes = write(w -> w.text("DESCRIPTION", text));

      String unfolded = checkLinesAndUnfold(bytes);
      assertThat(unfolded).startsWith("DESCRIPTION:");
      assertThat(unescapeText(unfolded.substring("DESCRIPTION:".length()))).isEqualTo(expected(text));
    });
  }

  @Test
  void parameterValuesFoldWithinSeventyFiveOctetsAndRoundTripPerRfc6868() {
    qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(value -> {
      byte[] bytes = write(w -> w.property("X-TEST").param("X-P", value).appendText("v").endProperty());

      String unfolded = checkLinesAndUnfold(bytes);
      assertThat(unfolded).startsWith("X-TEST;X-P=").endsWith(":v");
      String raw = unfolded.substring("X-TEST;X-P=".length(), unfolded.length() - ":v".length());
      boolean quoted = raw.length() >= 2 && raw.charAt(0) == '"' && raw.charAt(raw.length() - 1) == '"';
      String inner = quoted ? raw.substring(1, raw.length() - 1) : raw;
      assertThat(inner).doesNotContain("\"");
      if (!quoted) {
        assertThat(inner).doesNotContain(":", ";", ",");
      }
      assertThat(unescapeParam(inner)).isEqualTo(expected(value));
    });
  }

  /**
   * ical4j 4.4.0 reads parameter values back, thanks to the quoting of empty values, values with a blank at an end,
   * {@code "} or {@code =}; except values with a backslash (which it takes for an escape inside quotes, failing on
   * the whole calendar) or a caret (it decodes {@code ^^'} as {@code ^"}): its bugs, which no RFC 5545 output
   * avoids. It trims blanks at both ends of unquoted values.
   */
  @Test
  void parameterValuesReadBackFromIcal4jExceptItsBackslashAndCaretBugs() {
    qt().withExamples(EXAMPLES).forAll(texts().map(t -> t.length() > 12 ? t.substring(0, 12) : t))
        .assuming(v -> v.indexOf('\\') < 0 && v.indexOf('^') < 0)
        .checkAssert(value -> {
          String ics = new String(write(w -> w.begin("VCALENDAR").text("VERSION", "2.0").text("PRODID", "-//t//EN")
              .begin("VEVENT").text("UID", "u1").utc("DTSTAMP", Instant.EPOCH)
              .property("ORGANIZER").param("CN", value).appendRaw("urn:example:organiser").endProperty()
              .end("VEVENT").end("VCALENDAR")), StandardCharsets.UTF_8);
          String read;
          try {
            net.fortuna.ical4j.model.component.VEvent event = new CalendarBuilder().build(new StringReader(ics))
                .<net.fortuna.ical4j.model.component.VEvent>getComponents(Component.VEVENT).get(0);
            read = event.getProperty("ORGANIZER").orElseThrow().getParameter("CN").orElseThrow().getValue();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (ParserException e) {
            throw new AssertionError("ical4j cannot parse: " + e.getMessage() + "\n" + ics, e);
          }
          assertThat(read).isIn(expected(value), stripBlanks(expected(value)));
        });
  }

  @Test
  void writerAndStreamTargetsGiveTheSameText() {
    qt().withExamples(200).forAll(texts()).checkAssert(text -> {
      StringWriter chars = new StringWriter();
      try (ContentLineWriter w = ContentLineWriter.of(chars)) {
        w.text("SUMMARY", text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(chars.toString()).isEqualTo(new String(write(w -> w.text("SUMMARY", text)), StandardCharsets.UTF_8));
    });
  }

  /** One call (or a few) that writes whole content lines. */
  private interface Op {
    void apply(ContentLineWriter w) throws IOException;
  }

  /** Calls of every kind, with random content, as a list that is written through one writer. */
  private static Gen<List<Op>> opLists() {
    Gen<String> short10 = texts().map(t -> t.length() > 40 ? t.substring(0, 40) : t);
    Gen<Op> ops = Generate.frequency(List.of(
        Pair.of(4, texts().map(t -> (Op) w -> w.text("DESCRIPTION", t))),
        Pair.of(2, Generate.range(0, 200).map(n -> (Op) w -> w.text("X-FILL", "ab cd".repeat(n)))),
        Pair.of(2, short10.map(t -> (Op) w -> w.property("ORGANIZER").param("CN", t).param("X-Q", "a:b")
            .appendRaw("mailto:a@example.org").endProperty())),
        Pair.of(1, short10.map(t -> (Op) w -> w.textList("CATEGORIES", List.of(t, "b,c", t)))),
        Pair.of(1, Generate.longRange(-5_000_000_000L, 250_000_000_000L)
            .map(s -> (Op) w -> w.utc("DTSTAMP", Instant.ofEpochSecond(s)))),
        Pair.of(1, Generate.longRange(0, 3_000_000_000L).map(s -> (Op) w -> w.dateTime("DTSTART",
            java.time.LocalDateTime.ofEpochSecond(s, 0, java.time.ZoneOffset.UTC),
            java.time.ZoneId.of("America/Argentina/Buenos_Aires")))),
        Pair.of(1, Generate.range(0, 100_000).map(d -> (Op) w -> w.date("DTSTART", java.time.LocalDate.ofEpochDay(d))
            .dates("RDATE", List.of(java.time.LocalDate.ofEpochDay(d), java.time.LocalDate.ofEpochDay(d + 1))))),
        Pair.of(1, Generate.range(-90_000_000, 90_000_000).map(x -> (Op) w -> w.geo("GEO", x / 1e6, x / 5e5))),
        Pair.of(1, Generate.longRange(-10_000_000L, 10_000_000L).map(x -> (Op) w -> w.integer("SEQUENCE", x)
            .duration("TRIGGER", java.time.Duration.ofSeconds(x))
            .utcOffset("TZOFFSETFROM", java.time.ZoneOffset.ofTotalSeconds((int) (x % 64_800))))),
        Pair.of(1, short10.map(t -> (Op) w -> w.property("FREEBUSY").param("X-P", t)
            .appendPeriod(Instant.EPOCH, Instant.ofEpochSecond(3_600)).listSeparator()
            .appendPeriod(Instant.EPOCH, java.time.Duration.ofMinutes(90)).endProperty())),
        Pair.of(1, Generate.range(0, 100).map(n -> (Op) w -> w.uri("URL", "https://example.org/" + "p/".repeat(n))))));
    return org.quicktheories.generators.SourceDSL.lists().of(ops).ofSizeBetween(1, 600);
  }

  @Test
  void writingManyLinesThroughOneBufferEqualsWritingEachAlone() {
    // Differential check of the streaming buffer: the 16 KiB boundary falls at many offsets of every kind of call.
    qt().withExamples(150).withShrinkCycles(30).forAll(opLists()).checkAssert(ops -> {
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      for (Op op : ops) {
        expected.writeBytes(write(op::apply));
      }
      assertThat(write(w -> {
        for (Op op : ops) {
          op.apply(w);
        }
      })).isEqualTo(expected.toByteArray());
    });
  }

  @Test
  void ical4jAndBiweeklyReadTheTextBack() {
    qt().withExamples(200).forAll(texts()).checkAssert(text -> {
      String ics = new String(write(w -> w.begin("VCALENDAR").text("VERSION", "2.0").text("PRODID", "-//t//EN")
          .begin("VEVENT").text("UID", "u1").utc("DTSTAMP", Instant.EPOCH).text("DESCRIPTION", text)
          .end("VEVENT").end("VCALENDAR")), StandardCharsets.UTF_8);
      String expected = expected(text);

      // Two ical4j 4.4.0 reader bugs, not ours (our escaping is checked strictly above and biweekly reads it all):
      // it trims blanks (space, tab) at both ends of a value, and it unescapes "\\\n" (a backslash, then a
      // newline) as a backslash and the letter n.
      if (!expected.contains("\\\n")) {
        assertThat(ical4jDescription(ics)).as("ical4j").isEqualTo(stripBlanks(expected));
      }
      assertThat(biweekly.Biweekly.parse(ics).first().getEvents().get(0).getDescription().getValue())
          .as("biweekly").isEqualTo(expected);
    });
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private interface WriterAction {
    void run(ContentLineWriter w) throws IOException;
  }

  private static byte[] write(WriterAction action) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ContentLineWriter w = ContentLineWriter.of(out)) {
      action.run(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String string(int[] codePoints) {
    StringBuilder sb = new StringBuilder();
    for (int cp : codePoints) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        sb.append((char) cp); // a surrogate on its own, possibly pairing with the next one
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /**
   * Checks the physical lines of one content line (CRLF ends, at most 75 octets, each valid UTF-8 on its own,
   * continuation lines start with a blank) and returns the logical line, unfolded, without its CRLF.
   */
  static String checkLinesAndUnfold(byte[] bytes) {
    assertThat(bytes.length).isGreaterThanOrEqualTo(2);
    assertThat(bytes[bytes.length - 2]).isEqualTo((byte) '\r');
    assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
    StringBuilder logical = new StringBuilder();
    int start = 0;
    int lineNumber = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\r' || bytes[i] == '\n') {
        assertThat(bytes[i]).as("bare LF at %d", i).isEqualTo((byte) '\r');
        assertThat(bytes[i + 1]).as("bare CR at %d", i).isEqualTo((byte) '\n');
        int length = i - start;
        assertThat(length).as("octets in line %d", lineNumber).isLessThanOrEqualTo(75);
        String line = strictUtf8(bytes, start, length);
        if (lineNumber > 0) {
          assertThat(line).as("continuation line %d", lineNumber).startsWith(" ");
          line = line.substring(1);
        }
        logical.append(line);
        lineNumber++;
        i++;
        start = i + 1;
      }
    }
    return logical.toString();
  }

  private static String strictUtf8(byte[] bytes, int offset, int length) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("a physical line is not valid UTF-8 on its own", e);
    }
  }

  /** The text a reader should get back, per the documented policy. */
  static String expected(String input) {
    StringBuilder sb = new StringBuilder();
    boolean cr = false;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        cr = true;
        continue;
      }
      if (c == '\n') {
        if (!cr) {
          sb.append('\n');
        }
        cr = false;
        continue;
      }
      cr = false;
      if ((c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < input.length() && Character.isLowSurrogate(input.charAt(i + 1))) {
        sb.append(c).append(input.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('\ufffd');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Strict TEXT unescaping: only the four escapes RFC 5545 defines; anything else fails. */
  static String unescapeText(String value) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        char next = value.charAt(++i);
        switch (next) {
          case '\\', ';', ',' -> sb.append(next);
          case 'n', 'N' -> sb.append('\n');
          default -> throw new AssertionError("invalid escape \\" + next + " in " + value);
        }
      } else {
        assertThat(c).as("unescaped special character in %s", value).isNotIn(';', ',');
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** RFC 6868 unescaping. */
  static String unescapeParam(String value) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '^') {
        char next = value.charAt(++i);
        switch (next) {
          case '^' -> sb.append('^');
          case '\'' -> sb.append('"');
          case 'n' -> sb.append('\n');
          default -> throw new AssertionError("invalid RFC 6868 escape ^" + next + " in " + value);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The value without blanks (space, tab) at its ends, as ical4j 4.4.0 reads it. */
  static String stripBlanks(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return s.substring(start, end);
  }

  private static String ical4jDescription(String ics) {
    try {
      net.fortuna.ical4j.model.Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
      List<net.fortuna.ical4j.model.component.VEvent> events = new ArrayList<>(
          calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents(Component.VEVENT));
      return events.get(0).getDescription().getValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("ical4j cannot parse: " + e.getMessage(), e);
    }
  }
}
