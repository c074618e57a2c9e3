package org.gcmkit.io.ical.internal.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.gcmkit.io.ical.ICalTimeZone;
import org.jspecify.annotations.Nullable;

/**
 * Fallbacks for a TZID that the calendar does not define: an IANA name known to the JDK (also in the RFC 5545
 * "globally unique" form with a leading {@code /}), a Windows zone name (CLDR windowsZones table, shipped as a
 * resource), or an Outlook display name that starts with its UTC offset.
 */
public final class TimeZones {

  private static final Map<String, String> WINDOWS = load();

  private TimeZones() {}

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>(256);
    try (InputStream in = TimeZones.class.getResourceAsStream("windows-zones.tsv")) {
      if (in == null) {
        throw new IllegalStateException("resource windows-zones.tsv missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int tab = line.indexOf('\t');
        m.put(line.substring(0, tab).toLowerCase(Locale.ROOT), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /**
   * The IANA zone of a Windows zone name.
   *
   * @param name for example {@code "W. Europe Standard Time"}
   * @return the IANA id, or {@code null}
   */
  public static @Nullable String windowsToIana(String name) {
    return WINDOWS.get(name.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * Resolves a TZID without a VTIMEZONE.
   *
   * @param tzid the TZID as written
   * @return the zone, or {@code null} when nothing fits
   */
  public static @Nullable ICalTimeZone fallback(String tzid) {
    String t = tzid.trim();
    ZoneId z = iana(t);
    if (z != null) {
      return ICalTimeZone.of(tzid, z.getRules(), ICalTimeZone.Source.IANA, z);
    }
    if (t.startsWith("/")) {
      // "/America/New_York" or "/mozilla.org/20050126_1/Europe/Berlin": the longest suffix that is an IANA name
      for (int i = 0; i < t.length(); i++) {
        if (t.charAt(i) == '/') {
          z = iana(t.substring(i + 1));
          if (z != null) {
            return ICalTimeZone.of(tzid, z.getRules(), ICalTimeZone.Source.IANA, z);
          }
        }
      }
    }
    String w = windowsToIana(t);
    if (w != null) {
      ZoneId wz = iana(w);
      if (wz != null) {
        return ICalTimeZone.of(tzid, wz.getRules(), ICalTimeZone.Source.WINDOWS, wz);
      }
    }
    ZoneOffset off = outlookOffset(t);
    if (off != null) {
      return ICalTimeZone.of(tzid, off.getRules(), ICalTimeZone.Source.OUTLOOK_OFFSET, off);
    }
    return null;
  }

  private static @Nullable ZoneId iana(String id) {
    if (id.isEmpty() || id.indexOf(' ') >= 0) {
      return null;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The offset of an Outlook display name such as {@code "(GMT+01:00) Amsterdam, Berlin"} or {@code "(UTC-05:00)
   * Eastern Time"}.
   *
   * @param t the TZID
   * @return the offset, or {@code null}
   */
  public static @Nullable ZoneOffset outlookOffset(String t) {
    if (t.length() < 5 || t.charAt(0) != '(') {
      return null;
    }
    if (!t.regionMatches(true, 1, "GMT", 0, 3) && !t.regionMatches(true, 1, "UTC", 0, 3)) {
      return null;
    }
    int close = t.indexOf(')');
    if (close < 0) {
      return null;
    }
    String off = t.substring(4, close).replace(" ", "");
    if (off.isEmpty()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneOffset.of(off);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
