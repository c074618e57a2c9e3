package org.gcmkit.io.ical;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A time zone that a TZID of a calendar resolved to: the zone rules and where they came from.
 *
 * <p>Rules built from a VTIMEZONE give exactly the instants that the calendar's producer meant; they are compiled
 * once per TZID and calendar. In lenient mode a TZID without VTIMEZONE resolves to the JDK's zone of the same IANA
 * name, the IANA zone of a Windows zone name (CLDR table), or the fixed offset of an Outlook display name.
 *
 * @since 0.1
 */
public final class ICalTimeZone {

  /**
   * Where the rules of a zone came from.
   *
   * @since 0.1
   */
  public enum Source {
    /** Compiled from the calendar's own VTIMEZONE. */
    VTIMEZONE,
    /** The JDK's zone of the same IANA name (no VTIMEZONE). */
    IANA,
    /** A Windows zone name mapped to IANA with the CLDR windowsZones table (no VTIMEZONE). */
    WINDOWS,
    /** The fixed UTC offset written in an Outlook display name such as "(GMT+01:00) Amsterdam" (no VTIMEZONE). */
    OUTLOOK_OFFSET,
    /** The calendar's X-WR-TIMEZONE, applied to floating times in lenient mode. */
    X_WR_TIMEZONE
  }

  private final String tzid;
  private final ZoneRules rules;
  private final Source source;
  private final @Nullable ZoneId zoneId;

  private ICalTimeZone(String tzid, ZoneRules rules, Source source, @Nullable ZoneId zoneId) {
    this.tzid = Objects.requireNonNull(tzid, "tzid");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.source = Objects.requireNonNull(source, "source");
    this.zoneId = zoneId;
  }

  /**
   * A zone.
   *
   * @param tzid the TZID as written in the calendar
   * @param rules the rules
   * @param source where the rules came from
   * @param zoneId the equivalent JDK zone, or {@code null} when there is none (rules from a VTIMEZONE whose TZID is
   *     not an IANA name)
   * @return the zone
   */
  public static ICalTimeZone of(String tzid, ZoneRules rules, Source source, @Nullable ZoneId zoneId) {
    return new ICalTimeZone(tzid, rules, source, zoneId);
  }

  /**
   * The TZID as written in the calendar.
   *
   * @return the TZID
   */
  public String tzid() {
    return tzid;
  }

  /**
   * The rules used to turn local times into instants.
   *
   * @return the rules
   */
  public ZoneRules rules() {
    return rules;
  }

  /**
   * Where the rules came from.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * The JDK zone with the same meaning, when the TZID (or its Windows mapping) is an IANA name.
   *
   * @return the zone, or empty
   */
  public Optional<ZoneId> zoneId() {
    return Optional.ofNullable(zoneId);
  }

  @Override
  public String toString() {
    return tzid + " (" + source + ")";
  }
}
