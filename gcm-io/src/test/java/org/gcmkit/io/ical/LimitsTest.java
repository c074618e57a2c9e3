package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Iterator;
import org.gcmkit.calendar.recur.RecurrenceRule;
import org.gcmkit.calendar.recur.RecurrenceSet;
import org.gcmkit.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** Hostile inputs end with a clear error, never with an OutOfMemoryError or a hang. */
class LimitsTest {

  /** A prefix, then {@code n} bytes of 'a', generated on the fly (nothing of it is held in memory). */
  static final class Generator extends InputStream {
    private final byte[] prefix;
    private long remaining;
    private int p;

    Generator(String prefix, long n) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.remaining = n;
    }

    @Override
    public int read() {
      if (p < prefix.length) {
        return prefix[p++];
      }
      if (remaining-- > 0) {
        return 'a';
      }
      return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (p >= prefix.length && remaining <= 0) {
        return -1;
      }
      int n = 0;
      while (n < len && p < prefix.length) {
        b[off + n++] = prefix[p++];
      }
      int fill = (int) Math.min(len - n, remaining);
      java.util.Arrays.fill(b, off + n, off + n + fill, (byte) 'a');
      remaining -= fill;
      return n + fill;
    }
  }

  @Test
  void rejectsA100MegabyteLineWithAPositionedLimitError() {
    InputStream in = new Generator("BEGIN:VCALENDAR\r\nX-BIG:", 100L * 1024 * 1024);
    assertThatThrownBy(() -> ICalReader.lenient().read(in, "big.ics", (cal, c) -> {}))
        .isInstanceOfSatisfying(
            ICalLimitException.class,
            e -> {
              assertThat(e.limit()).isEqualTo("maxLineLength");
              assertThat(e.position()).contains(SourcePosition.of("big.ics", 2, 1));
            });
  }

  @Test
  void acceptsLongLinesUpToAConfiguredLimit() {
    InputStream in = new Generator("BEGIN:VCALENDAR\r\nX-BIG:", 2_000_000);
    ICalReader r = ICalReader.lenient().withLimits(ICalLimits.defaults().withMaxLineLength(3_000_000));
    ICalReadResult result = r.readAll(in, "big.ics");
    assertThat(result.calendars().get(0).property("X-BIG").orElseThrow().rawValue()).hasSize(2_000_000);
  }

  @Test
  void rejects10000DeepNesting() {
    StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\n");
    for (int i = 0; i < 10_000; i++) {
      sb.append("BEGIN:X-NEST\r\n");
    }
    assertThatThrownBy(() -> ICalReader.lenient().readAll(sb.toString(), "deep.ics"))
        .isInstanceOfSatisfying(
            ICalLimitException.class,
            e -> {
              assertThat(e.limit()).isEqualTo("maxNestingDepth");
              assertThat(e.position()).contains(SourcePosition.of("deep.ics", 17, 1));
            });
  }

  @Test
  void rejectsMoreComponentsThanTheLimit() {
    StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\n");
    for (int i = 0; i < 20; i++) {
      sb.append("BEGIN:VEVENT\r\nEND:VEVENT\r\n");
    }
    ICalReader r = ICalReader.lenient().withLimits(ICalLimits.defaults().withMaxComponents(10));
    assertThatThrownBy(() -> r.readAll(sb.toString(), "many.ics"))
        .isInstanceOfSatisfying(ICalLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxComponents"));
  }

  @Test
  void rejectsMorePropertiesThanTheLimit() {
    StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n");
    for (int i = 0; i < 20; i++) {
      sb.append("X-P:").append(i).append("\r\n");
    }
    ICalReader r = ICalReader.lenient().withLimits(ICalLimits.defaults().withMaxPropertiesPerComponent(10));
    assertThatThrownBy(() -> r.readAll(sb.append("END:VEVENT\r\nEND:VCALENDAR\r\n").toString(), "p.ics"))
        .isInstanceOfSatisfying(
            ICalLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxPropertiesPerComponent"));
  }

  @Test
  void anRruleWithoutEndIsReadAndExpandedWithinBounds() {
    String text =
        LexerTest.cal("RRULE:FREQ=SECONDLY").replace("DTSTART:20180101T090000Z", "DTSTART:20180101T090000Z");
    ICalCalendar cal = ICalReader.strict().readAll(text, "t.ics").calendars().get(0);
    assertThat(cal.occurrences(Instant.parse("2018-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"), 1000))
        .hasSize(1000);
    assertThat(cal.occurrences(Instant.parse("2018-01-01T09:00:00Z"), Instant.parse("2018-01-01T09:00:10Z"), 100))
        .hasSize(10);
  }

  @Test
  void aRuleThatNeverMatchesEndsInsteadOfSearchingForever() {
    RecurrenceSet set =
        RecurrenceSet.builder(LocalDateTime.parse("2018-03-01T09:00"))
            .rule(RecurrenceRule.parse("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30"))
            .build();
    Iterator<LocalDateTime> it = set.iterator();
    assertThat(it.next()).isEqualTo(LocalDateTime.parse("2018-03-01T09:00"));
    assertThat(it.hasNext()).isFalse();
  }

  @Test
  void rejectsAVTimeZoneRuleWithMoreOnsetsThanTheLimit() {
    String tz =
        "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Hostile\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            + "RRULE:FREQ=SECONDLY;BYSECOND=0,30\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:STANDARD\r\n"
            + "END:VTIMEZONE\r\nEND:VCALENDAR\r\n";
    assertThatThrownBy(() -> ICalReader.lenient().readAll(tz, "tz.ics"))
        .isInstanceOfSatisfying(
            ICalLimitException.class,
            e -> {
              assertThat(e.limit()).isEqualTo("maxRecurrenceInstances");
              assertThat(e.position()).contains(SourcePosition.of("tz.ics", 2, 1));
            });
  }
}
