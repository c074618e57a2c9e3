package org.gcmkit.io.ical.internal.read;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Turns characters into a canonical {@link String} without allocating for strings seen before: an open-addressing
 * table keyed by the hash of the characters. {@link #forNames()} folds names to upper case and is pre-filled with the
 * names of RFC 5545, RFC 7986 and the common X- names; {@link #forValues()} keeps case, for parameter values, which
 * repeat from line to line in a large calendar ({@code TZID=Europe/Berlin}, {@code ROLE=REQ-PARTICIPANT}). Other
 * strings are added as they come, up to a fixed number.
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

  /** The longest value {@link #forValues()} keeps: longer ones are rarely repeated. */
  static final int MAX_VALUE_LENGTH = 48;

  private final @Nullable String[] table = new String[SIZE];
  /** The characters of each entry of {@link #table} (in upper case for names), compared without {@code charAt}. */
  private final char @Nullable [][] keys = new char[SIZE][];
  private final boolean fold;
  private int entries;

  /** Whether the name looked up last had lower-case letters. */
  boolean lastHadLowercase;

  private NameTable(boolean fold) {
    this.fold = fold;
  }

  /**
   * A table of names: case-insensitive, stored in upper case, with the known names.
   *
   * @return the table
   */
  static NameTable forNames() {
    NameTable t = new NameTable(true);
    t.addKnown();
    return t;
  }

  /**
   * A table of parameter values: case-sensitive, empty.
   *
   * @return the table
   */
  static NameTable forValues() {
    return new NameTable(false);
  }

  private void addKnown() {
    for (String k : KNOWN) {
      char[] c = k.toCharArray();
      int idx = slot(c, 0, c.length);
      if (table[idx] == null) {
        table[idx] = k; // the constant itself, so that a look-up by the same literal elsewhere is an identity match
        keys[idx] = c;
        entries++;
      }
    }
  }

  String lookup(char[] l, int from, int to) {
    int idx = slot(l, from, to);
    String s = table[idx];
    if (s != null) {
      return s;
    }
    String created = upper(l, from, to, fold && lastHadLowercase);
    if (entries < MAX_ENTRIES) {
      table[idx] = created;
      keys[idx] = created.toCharArray();
      entries++;
    }
    return created;
  }

  /** The slot of the name: where it is, or the empty slot where it belongs. Sets {@link #lastHadLowercase}. */
  private int slot(char[] l, int from, int to) {
    int h = 0;
    boolean lower = false;
    for (int i = from; i < to; i++) {
      char c = l[i];
      if (fold && c >= 'a' && c <= 'z') {
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
      char[] k = keys[idx];
      if (k == null) {
        return idx;
      }
      if (k.length == len
          && (lower ? matchesFolded(k, l, from) : Arrays.equals(k, 0, len, l, from, to))) {
        return idx;
      }
      idx = (idx + 1) & mask;
    }
  }

  /** Whether the characters, folded to upper case, are the key's. */
  private static boolean matchesFolded(char[] key, char[] l, int from) {
    for (int i = 0; i < key.length; i++) {
      char c = l[from + i];
      if (c >= 'a' && c <= 'z') {
        c -= 32;
      }
      if (key[i] != c) {
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
