package org.gcmkit.io.ical.internal.read;

/**
 * Turns name characters into a canonical upper-case {@link String} without allocating for names seen before: an
 * open-addressing table keyed by the case-insensitive hash of the characters. Pre-filled with the names of RFC 5545,
 * RFC 7986 and the common X- names; other names are added as they come, up to a fixed size.
 */
final class NameTable {

  private static final String[] KNOWN = {
    "BEGIN", "END", "VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VALARM", "STANDARD",
    "DAYLIGHT", "VERSION", "PRODID", "CALSCALE", "METHOD", "UID", "DTSTAMP", "DTSTART", "DTEND", "DUE", "DURATION",
    "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "CLASS", "CREATED", "LAST-MODIFIED", "ORGANIZER", "ATTENDEE",
    "PRIORITY", "SEQUENCE", "STATUS", "TRANSP", "URL", "RECURRENCE-ID", "RRULE", "RDATE", "EXDATE", "EXRULE",
    "ATTACH", "CATEGORIES", "COMMENT", "CONTACT", "RELATED-TO", "RESOURCES", "REQUEST-STATUS", "COMPLETED",
    "PERCENT-COMPLETE", "FREEBUSY", "TZID", "TZNAME", "TZOFFSETFROM", "TZOFFSETTO", "TZURL", "ACTION", "TRIGGER",
    "REPEAT", "NAME", "REFRESH-INTERVAL", "SOURCE", "COLOR", "IMAGE", "CONFERENCE", "X-WR-CALNAME",
    "X-WR-TIMEZONE", "X-WR-CALDESC", "X-WR-RELCALID", "X-MICROSOFT-CDO-BUSYSTATUS", "X-MICROSOFT-CDO-IMPORTANCE",
    "X-MICROSOFT-CDO-INTENDEDSTATUS", "X-MICROSOFT-CDO-ALLDAYEVENT", "X-MICROSOFT-DISALLOW-COUNTER",
    "X-MOZ-GENERATION", "X-LIC-LOCATION", "X-APPLE-STRUCTURED-LOCATION", "X-ALT-DESC", "VALUE", "CN", "ROLE",
    "PARTSTAT", "RSVP", "CUTYPE", "LANGUAGE", "ALTREP", "DIR", "SENT-BY", "MEMBER", "DELEGATED-TO",
    "DELEGATED-FROM", "RELATED", "RANGE", "FMTTYPE", "ENCODING", "FBTYPE", "RELTYPE", "X-LIC-ERROR", "EMAIL",
    "DISPLAY", "FEATURE", "LABEL"
  };

  private static final int SIZE = 1 << 12;
  private static final int MAX_ENTRIES = SIZE / 2;

  private final String[] table = new String[SIZE];
  private int entries;

  /** Whether the name looked up last had lower-case letters. */
  boolean lastHadLowercase;

  NameTable() {
    for (String k : KNOWN) {
      char[] c = k.toCharArray();
      lookup(c, 0, c.length);
    }
  }

  String lookup(char[] l, int from, int to) {
    int h = 0;
    boolean lower = false;
    for (int i = from; i < to; i++) {
      char c = l[i];
      if (c >= 'a' && c <= 'z') {
        c -= 32;
        lower = true;
      }
      h = 31 * h + c;
    }
    lastHadLowercase = lower;
    int mask = SIZE - 1;
    int idx = (h ^ h >>> 16) & mask;
    int len = to - from;
    while (true) {
      String s = table[idx];
      if (s == null) {
        String created = upper(l, from, to, lower);
        if (entries < MAX_ENTRIES) {
          table[idx] = created;
          entries++;
        }
        return created;
      }
      if (s.length() == len && matches(s, l, from)) {
        return s;
      }
      idx = (idx + 1) & mask;
    }
  }

  private static boolean matches(String s, char[] l, int from) {
    for (int i = 0; i < s.length(); i++) {
      char c = l[from + i];
      if (c >= 'a' && c <= 'z') {
        c -= 32;
      }
      if (s.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }

  private static String upper(char[] l, int from, int to, boolean lower) {
    if (!lower) {
      return new String(l, from, to - from);
    }
    char[] c = new char[to - from];
    for (int i = from; i < to; i++) {
      char x = l[i];
      c[i - from] = x >= 'a' && x <= 'z' ? (char) (x - 32) : x;
    }
    return new String(c);
  }
}
