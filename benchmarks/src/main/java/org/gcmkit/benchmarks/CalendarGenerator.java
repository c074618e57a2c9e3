package org.gcmkit.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes synthetic iCalendar files of any size, the same bytes for the same seed and size.
 *
 * <p>The mix follows the 100,000-event calendar of issue 7: one VCALENDAR with VTIMEZONEs for six zones (four
 * with daylight-saving rules), then events with zoned, UTC and all-day starts, long DESCRIPTIONs with escaped commas,
 * semicolons, backslashes and newlines, non-ASCII text in Latin, Greek, Cyrillic, Arabic and CJK scripts, lines
 * folded at 75 octets (never inside a UTF-8 sequence), ORGANIZER and ATTENDEEs with quoted parameters, every fifth
 * event a weekly RRULE with an EXDATE, followed by a RECURRENCE-ID override of one of its instances, and every third
 * event a VALARM. At the default mix a calendar of 100,000 events is about 120 MB.
 *
 * <pre>{@code
 * CalendarGenerator.write(Path.of("target/inputs/cal-100000.ics"), 100_000, 7L);
 * }</pre>
 */
public final class CalendarGenerator {

  /** The six zones: TZID, standard offset, daylight offset (or null) and the daylight rules. */
  static final List<Zone> ZONES = List.of(
      new Zone("Europe/Zurich", "+0100", "+0200", "19810329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
          "19961027T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
      new Zone("America/New_York", "-0500", "-0400", "20070311T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
          "20071104T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
      new Zone("Asia/Beirut", "+0200", "+0300", "19930328T000000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
          "19991031T000000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
      new Zone("Europe/Berlin", "+0100", "+0200", "19810329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
          "19961027T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
      new Zone("America/Mexico_City", "-0600", null, "20221030T020000", null, null, null),
      new Zone("Africa/Addis_Ababa", "+0300", null, "19700101T000000", null, null, null));

  private static final String[] WORDS = {
    "migration", "consultation", "régionale", "société", "civile", "Menschenrechte", "Arbeit", "niñez",
    "protección", "trabajadores", "μετανάστευση", "миграция", "права", "الهجرة", "حقوق", "移民", "权利", "移住者",
    "stocktaking", "dialogue", "ODD 10.7", "Pacte mondial", "Genève", "São Paulo", "Zürich", "Addis-Abeba",
    "follow-up", "review", "indicators", "benchmarks", "returns", "remittances", "diaspora", "labour", "women",
    "youth", "children", "detention", "alternatives", "firewalls", "data", "capacity", "partnership"
  };

  private static final String[] PUNCT = {", ", "; ", " \\ ", ": ", " — ", " «", "» ", " (", ") ", ". "};

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final int MAX_OCTETS = 75;

  private CalendarGenerator() {}

  /**
   * Writes a calendar to a file, replacing it.
   *
   * @param file the file
   * @param events the number of VEVENTs
   * @param seed the seed
   * @return the file
   */
  public static Path write(Path file, int events, long seed) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        write(out, events, seed);
      }
      return Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a calendar to a stream.
   *
   * @param out the stream, not closed
   * @param events the number of VEVENTs
   * @param seed the seed
   * @throws IOException if writing fails
   */
  public static void write(OutputStream out, int events, long seed) throws IOException {
    if (events < 0) {
      throw new IllegalArgumentException("events < 0: " + events);
    }
    Lines w = new Lines(out);
    SplittableRandom random = new SplittableRandom(seed);
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line("PRODID:-//gcmkit//benchmarks generator//EN");
    w.line("CALSCALE:GREGORIAN");
    w.line("METHOD:PUBLISH");
    w.line("X-WR-CALNAME:Consultations\\, hearings and reviews — synthetic");
    for (Zone z : ZONES) {
      z.write(w);
    }
    int i = 0;
    while (i < events) {
      boolean recurring = i % 5 == 0 && i + 1 < events;
      event(w, random, i, recurring, -1);
      i++;
      if (recurring) {
        event(w, random, i, false, i - 1);
        i++;
      }
    }
    w.line("END:VCALENDAR");
    w.flush();
  }

  private static void event(Lines w, SplittableRandom r, int i, boolean recurring, int overrides) throws IOException {
    int uidNumber = overrides >= 0 ? overrides : i;
    Zone zone = ZONES.get(uidNumber % ZONES.size());
    LocalDateTime base = LocalDateTime.of(2024, 1, 1, 8, 0).plusDays(uidNumber % 1000)
        .plusMinutes(30L * (uidNumber % 18));
    LocalDateTime start = overrides >= 0 ? base.plusWeeks(2).plusHours(1) : base;
    w.line("BEGIN:VEVENT");
    w.line("UID:gcm-bench-" + uidNumber + "@example.org");
    w.line("DTSTAMP:20260101T120000Z");
    int kind = uidNumber % 10;
    if (overrides >= 0) {
      w.line("RECURRENCE-ID;TZID=" + zone.tzid + ":" + LOCAL.format(base.plusWeeks(2)));
    }
    if (kind == 9 && overrides < 0) {
      w.line("DTSTART;VALUE=DATE:" + LOCAL.format(start).substring(0, 8));
      w.line("DTEND;VALUE=DATE:" + LOCAL.format(start.plusDays(2)).substring(0, 8));
    } else if (kind == 7 && overrides < 0) {
      w.line("DTSTART:" + LOCAL.format(start) + "Z");
      w.line("DURATION:PT1H30M");
    } else {
      w.line("DTSTART;TZID=" + zone.tzid + ":" + LOCAL.format(start));
      w.line("DTEND;TZID=" + zone.tzid + ":" + LOCAL.format(start.plusMinutes(90 + 15L * r.nextInt(8))));
    }
    if (recurring) {
      w.line("RRULE:FREQ=WEEKLY;COUNT=" + (4 + r.nextInt(8)) + ";WKST=MO");
      w.line("EXDATE;TZID=" + zone.tzid + ":" + LOCAL.format(base.plusWeeks(1)));
    }
    w.line("SEQUENCE:" + r.nextInt(4));
    w.line("STATUS:" + (r.nextInt(10) == 0 ? "TENTATIVE" : "CONFIRMED"));
    w.line("SUMMARY;LANGUAGE=fr:" + text(r, 6 + r.nextInt(6)) + " n° " + uidNumber);
    w.line("DESCRIPTION:" + text(r, 20 + r.nextInt(20)) + "\\n\\n" + text(r, 5 + r.nextInt(10)));
    w.line("LOCATION:Salle " + (1 + r.nextInt(30)) + "\\, Palais des Nations\\; " + WORDS[r.nextInt(WORDS.length)]);
    w.line("CATEGORIES:GCM,Consultation," + WORDS[r.nextInt(WORDS.length)].replace(",", "\\,"));
    w.line("ORGANIZER;CN=\"Secretariat, " + WORDS[r.nextInt(WORDS.length)] + "\":mailto:secretariat-"
        + r.nextInt(50) + "@example.org");
    int attendees = 1 + r.nextInt(3);
    for (int a = 0; a < attendees; a++) {
      w.line("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Participant " + r.nextInt(10_000)
          + "\":mailto:p" + r.nextInt(100_000) + "@example.org");
    }
    w.line("URL:https://example.org/events/" + uidNumber);
    if (i % 3 == 0) {
      w.line("BEGIN:VALARM");
      w.line("ACTION:DISPLAY");
      w.line("TRIGGER:-PT" + (15 * (1 + r.nextInt(4))) + "M");
      w.line("DESCRIPTION:Rappel - " + text(r, 3));
      w.line("END:VALARM");
    }
    w.line("END:VEVENT");
  }

  /** Words with escaped punctuation between them: TEXT as it appears in a content line. */
  private static String text(SplittableRandom r, int words) {
    StringBuilder sb = new StringBuilder(words * 10);
    for (int k = 0; k < words; k++) {
      if (k > 0) {
        sb.append(r.nextInt(4) == 0 ? escape(PUNCT[r.nextInt(PUNCT.length)]) : " ");
      }
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == ',' || c == ';' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** A zone of the calendar and its VTIMEZONE. */
  static final class Zone {
    final String tzid;
    private final String standard;
    private final String daylight;
    private final String daylightStart;
    private final String daylightRule;
    private final String standardStart;
    private final String standardRule;

    Zone(String tzid, String standard, String daylight, String daylightStart, String daylightRule,
        String standardStart, String standardRule) {
      this.tzid = tzid;
      this.standard = standard;
      this.daylight = daylight;
      this.daylightStart = daylightStart;
      this.daylightRule = daylightRule;
      this.standardStart = standardStart;
      this.standardRule = standardRule;
    }

    void write(Lines w) throws IOException {
      w.line("BEGIN:VTIMEZONE");
      w.line("TZID:" + tzid);
      if (daylight == null) {
        w.line("BEGIN:STANDARD");
        w.line("DTSTART:" + daylightStart);
        w.line("TZOFFSETFROM:" + standard);
        w.line("TZOFFSETTO:" + standard);
        w.line("END:STANDARD");
      } else {
        w.line("BEGIN:DAYLIGHT");
        w.line("DTSTART:" + daylightStart);
        w.line("RRULE:" + daylightRule);
        w.line("TZOFFSETFROM:" + standard);
        w.line("TZOFFSETTO:" + daylight);
        w.line("END:DAYLIGHT");
        w.line("BEGIN:STANDARD");
        w.line("DTSTART:" + standardStart);
        w.line("RRULE:" + standardRule);
        w.line("TZOFFSETFROM:" + daylight);
        w.line("TZOFFSETTO:" + standard);
        w.line("END:STANDARD");
      }
      w.line("END:VTIMEZONE");
    }
  }

  /** Content lines: UTF-8, CRLF, folded at 75 octets between whole characters. */
  private static final class Lines {
    private final OutputStream out;

    Lines(OutputStream out) {
      this.out = out;
    }

    void line(String line) throws IOException {
      byte[] b = line.getBytes(StandardCharsets.UTF_8);
      int start = 0;
      int limit = MAX_OCTETS;
      while (b.length - start > limit) {
        int end = start + limit;
        while ((b[end] & 0xC0) == 0x80) {
          end--;
        }
        out.write(b, start, end - start);
        out.write(CRLF);
        out.write(' ');
        start = end;
        limit = MAX_OCTETS - 1;
      }
      out.write(b, start, b.length - start);
      out.write(CRLF);
    }

    void flush() throws IOException {
      out.flush();
    }
  }
}
