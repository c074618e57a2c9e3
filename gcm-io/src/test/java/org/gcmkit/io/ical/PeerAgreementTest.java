package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Where the corpus MANIFEST says that the accepting peers agree on UIDs and start instants, our reader agrees with
 * ical4j 4.4.0 and biweekly 0.6.8 on the same file: the same multiset of (UID, start) pairs. A start is compared as
 * an instant when it has one, else as the local date or date-time as written (DATE and floating values). Listed,
 * justified exceptions are in {@code src/test/resources/peer-exceptions.tsv}.
 */
class PeerAgreementTest {

  static Map<String, String> exceptions() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String l : Files.readAllLines(Path.of("src/test/resources/peer-exceptions.tsv"), StandardCharsets.UTF_8)) {
      if (!l.startsWith("#") && !l.isBlank()) {
        String[] c = l.split("\t", -1);
        out.put(c[0] + "\t" + c[1], c[2]);
      }
    }
    return out;
  }

  static String key(String uid, String start) {
    return uid + " @ " + start;
  }

  static String ours(ICalDateTime d) {
    if (d.isDate()) {
      return "D:" + d.date();
    }
    if (d.isFloating()) {
      return "F:" + d.localDateTime();
    }
    return d.instant().map(i -> "I:" + i).orElse("L:" + d.localDateTime());
  }

  static String temporal(Temporal t) {
    if (t instanceof LocalDate d) {
      return "D:" + d;
    }
    if (t instanceof LocalDateTime l) {
      return "F:" + l;
    }
    if (t instanceof ZonedDateTime z) {
      return "I:" + z.toInstant();
    }
    if (t instanceof OffsetDateTime o) {
      return "I:" + o.toInstant();
    }
    if (t instanceof Instant i) {
      return "I:" + i;
    }
    return "?:" + t;
  }

  static List<String> ourStarts(Path p, boolean strict) {
    ICalReadResult r = (strict ? ICalReader.strict() : ICalReader.lenient()).readAll(p);
    List<String> out = new ArrayList<>();
    for (ICalComponent e : r.events()) {
      out.add(key(e.uid().orElse(""), e.start().map(PeerAgreementTest::ours).orElse("none")));
    }
    out.sort(null);
    return out;
  }

  static List<String> biweeklyStarts(Path p) throws IOException {
    List<String> out = new ArrayList<>();
    for (ICalendar cal : Biweekly.parse(p.toFile()).all()) {
      for (VEvent e : cal.getEvents()) {
        String uid = e.getUid() == null || e.getUid().getValue() == null ? "" : e.getUid().getValue();
        String start;
        if (e.getDateStart() == null || e.getDateStart().getValue() == null) {
          start = "none";
        } else {
          ICalDate d = e.getDateStart().getValue();
          var raw = d.getRawComponents();
          if (!d.hasTime()) {
            start = "D:" + LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
          } else if (!raw.isUtc() && cal.getTimezoneInfo().getTimezone(e.getDateStart()) == null) {
            start = "F:" + LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(),
                raw.getMinute(), Math.min(raw.getSecond(), 59));
          } else {
            start = "I:" + d.toInstant();
          }
        }
        out.add(key(uid, start));
      }
    }
    out.sort(null);
    return out;
  }

  static List<String> ical4jStarts(Path p) throws Exception {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(p)) {
      Calendar cal = new CalendarBuilder().build(in);
      for (Object o : cal.getComponents(Component.VEVENT)) {
        net.fortuna.ical4j.model.component.VEvent e = (net.fortuna.ical4j.model.component.VEvent) o;
        String uid = e.getUid().map(u -> u.getValue()).orElse("");
        String start = "none";
        for (Object prop : e.getProperties()) {
          if (prop instanceof net.fortuna.ical4j.model.property.DtStart<?> ds) {
            start = temporal(ds.getDate());
            break;
          }
        }
        out.add(key(uid, start));
      }
    }
    out.sort(null);
    return out;
  }

  static long calendars(Path p) throws IOException {
    String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    return text.lines().filter(l -> l.trim().equalsIgnoreCase("BEGIN:VCALENDAR")).count();
  }

  @TestFactory
  Stream<DynamicTest> weAgreeWithTheJavaPeersWhereThePeersAgree() throws IOException {
    Map<String, String> exceptions = exceptions();
    List<DynamicTest> tests = new ArrayList<>();
    for (CorpusTest.Row row : CorpusTest.manifest()) {
      if (!row.agreement().equals("all accepting oracles agree") || row.expected().equals("invalid")) {
        continue;
      }
      Path p = CorpusTest.CORPUS.resolve(row.file());
      boolean strict = row.expected().equals("valid");
      if (row.peers().contains("biweekly:ok")) {
        tests.add(DynamicTest.dynamicTest("biweekly " + row.file(), () -> {
          List<String> peer = biweeklyStarts(p);
          List<String> ours = ourStarts(p, strict);
          if (exceptions.containsKey(row.file() + "\tbiweekly")) {
            assertThat(ours).as("listed exception still differs").isNotEqualTo(peer);
          } else {
            assertThat(ours).isEqualTo(peer);
          }
        }));
      }
      if (row.peers().contains("ical4j:ok") && calendars(p) == 1) {
        tests.add(DynamicTest.dynamicTest("ical4j " + row.file(), () -> {
          List<String> peer = ical4jStarts(p);
          List<String> ours = ourStarts(p, strict);
          if (exceptions.containsKey(row.file() + "\tical4j")) {
            assertThat(ours).as("listed exception still differs").isNotEqualTo(peer);
          } else {
            assertThat(ours).isEqualTo(peer);
          }
        }));
      }
    }
    return tests.stream();
  }
}
