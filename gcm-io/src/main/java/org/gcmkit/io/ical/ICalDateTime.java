package org.gcmkit.io.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.gcmkit.calendar.recur.RecurrenceSet;
import org.jspecify.annotations.Nullable;

/**
 * A DATE or DATE-TIME value (RFC 5545 sections 3.3.4 and 3.3.5): a day, a floating local time, a UTC time, or a local
 * time in the zone of a TZID.
 *
 * <p>{@link #instant()} places the value on the time line: UTC values directly, TZID values through the
 * {@linkplain #timeZone() resolved zone} (a local time in a daylight-saving gap is moved forward by the gap, one that
 * occurs twice takes the first occurrence, RFC 5545 section 3.3.5). DATE values, floating values and values whose TZID
 * could not be resolved have no instant.
 *
 * @since 0.1
 */
public final class ICalDateTime implements Comparable<ICalDateTime> {

  /**
   * The local date-time as seconds from 1970-01-01T00:00 (read as if in UTC) and nanoseconds: a large calendar holds
   * hundreds of thousands of values, and a {@code LocalDateTime} would add three objects to each.
   */
  private final long localSeconds;

  private final int localNanos;
  private final boolean date;
  private final boolean utc;
  private final @Nullable String tzid;
  private final @Nullable ICalTimeZone zone;

  private ICalDateTime(
      LocalDateTime local, boolean date, boolean utc, @Nullable String tzid, @Nullable ICalTimeZone zone) {
    Objects.requireNonNull(local, "local");
    this.localSeconds = local.toEpochSecond(ZoneOffset.UTC);
    this.localNanos = local.getNano();
    this.date = date;
    this.utc = utc;
    this.tzid = tzid;
    this.zone = zone;
  }

  /**
   * A DATE value.
   *
   * @param day the day
   * @return the value
   */
  public static ICalDateTime ofDate(LocalDate day) {
    return new ICalDateTime(day.atStartOfDay(), true, false, null, null);
  }

  /**
   * A floating DATE-TIME (no zone).
   *
   * @param local the local time
   * @return the value
   */
  public static ICalDateTime ofFloating(LocalDateTime local) {
    return new ICalDateTime(local, false, false, null, null);
  }

  /**
   * A UTC DATE-TIME (written with a trailing {@code Z}).
   *
   * @param utcTime the time in UTC
   * @return the value
   */
  public static ICalDateTime ofUtc(LocalDateTime utcTime) {
    return new ICalDateTime(utcTime, false, true, null, null);
  }

  /**
   * A DATE-TIME with a TZID.
   *
   * @param local the local time
   * @param tzid the TZID as written
   * @param zone the zone it resolved to, or {@code null} when it could not be resolved
   * @return the value
   */
  public static ICalDateTime ofZoned(LocalDateTime local, String tzid, @Nullable ICalTimeZone zone) {
    return new ICalDateTime(local, false, false, Objects.requireNonNull(tzid, "tzid"), zone);
  }

  /**
   * A floating DATE-TIME read in a default zone (lenient mode, X-WR-TIMEZONE).
   *
   * @param local the local time
   * @param zone the zone applied
   * @return the value, floating but with a zone
   */
  public static ICalDateTime ofFloatingIn(LocalDateTime local, ICalTimeZone zone) {
    return new ICalDateTime(local, false, false, null, Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Whether this is a DATE value.
   *
   * @return {@code true} for a whole day
   */
  public boolean isDate() {
    return date;
  }

  /**
   * Whether this is a UTC DATE-TIME.
   *
   * @return {@code true} when written with {@code Z}
   */
  public boolean isUtc() {
    return utc;
  }

  /**
   * Whether this is a floating DATE-TIME (no {@code Z}, no TZID).
   *
   * @return {@code true} for floating times, even when lenient mode applied X-WR-TIMEZONE
   */
  public boolean isFloating() {
    return !date && !utc && tzid == null;
  }

  /**
   * The day.
   *
   * @return the date part
   */
  public LocalDate date() {
    return LocalDate.ofEpochDay(Math.floorDiv(localSeconds, 86_400L));
  }

  /**
   * The local date-time as written (midnight for DATE values; the UTC time for UTC values).
   *
   * @return the local date-time
   */
  public LocalDateTime localDateTime() {
    return LocalDateTime.ofEpochSecond(localSeconds, localNanos, ZoneOffset.UTC);
  }

  /**
   * The TZID parameter.
   *
   * @return the TZID, or empty
   */
  public Optional<String> tzid() {
    return Optional.ofNullable(tzid);
  }

  /**
   * The zone the value is in.
   *
   * @return the resolved zone of the TZID (or of X-WR-TIMEZONE for floating times in lenient mode), or empty
   */
  public Optional<ICalTimeZone> timeZone() {
    return Optional.ofNullable(zone);
  }

  /**
   * The value with its UTC offset.
   *
   * @return the offset date-time, or empty for DATE, floating and unresolved values
   */
  public Optional<OffsetDateTime> offsetDateTime() {
    if (date) {
      return Optional.empty();
    }
    if (utc) {
      return Optional.of(localDateTime().atOffset(ZoneOffset.UTC));
    }
    ICalTimeZone z = zone;
    return z == null ? Optional.empty() : Optional.of(RecurrenceSet.resolve(localDateTime(), z.rules()));
  }

  /**
   * The value on the time line.
   *
   * @return the instant, or empty for DATE, floating and unresolved values
   */
  public Optional<Instant> instant() {
    if (utc && !date) {
      return Optional.of(Instant.ofEpochSecond(localSeconds, localNanos));
    }
    return offsetDateTime().map(OffsetDateTime::toInstant);
  }

  /**
   * Another value of the same kind (DATE, floating, UTC or the same zone) at another local time.
   *
   * @param other the local time
   * @return the value
   */
  public ICalDateTime withLocal(LocalDateTime other) {
    return new ICalDateTime(date ? other.toLocalDate().atStartOfDay() : other, date, utc, tzid, zone);
  }

  /**
   * Orders by instant where both have one, else by local time.
   *
   * @param o the other value
   * @return the comparison
   */
  @Override
  public int compareTo(ICalDateTime o) {
    Optional<Instant> a = instant();
    Optional<Instant> b = o.instant();
    if (a.isPresent() && b.isPresent()) {
      return a.get().compareTo(b.get());
    }
    int c = Long.compare(localSeconds, o.localSeconds);
    return c != 0 ? c : Integer.compare(localNanos, o.localNanos);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ICalDateTime d
        && d.localSeconds == localSeconds
        && d.localNanos == localNanos
        && d.date == date
        && d.utc == utc
        && Objects.equals(d.tzid, tzid);
  }

  @Override
  public int hashCode() {
    int h = Long.hashCode(localSeconds);
    h = 31 * h + localNanos;
    h = 31 * h + (date ? 1 : 0) + (utc ? 2 : 0);
    return 31 * h + Objects.hashCode(tzid);
  }

  /**
   * The value in RFC 5545 form, with the TZID in front when there is one.
   *
   * @return for example {@code "20180101"}, {@code "20180101T090000Z"} or {@code "TZID=Europe/Paris:20180101T090000"}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(40);
    if (tzid != null) {
      sb.append("TZID=").append(tzid).append(':');
    }
    LocalDateTime local = localDateTime();
    LocalDate d = local.toLocalDate();
    pad(sb, d.getYear(), 4);
    pad(sb, d.getMonthValue(), 2);
    pad(sb, d.getDayOfMonth(), 2);
    if (!date) {
      sb.append('T');
      pad(sb, local.getHour(), 2);
      pad(sb, local.getMinute(), 2);
      pad(sb, local.getSecond(), 2);
      if (utc) {
        sb.append('Z');
      }
    }
    return sb.toString();
  }

  private static void pad(StringBuilder sb, int v, int w) {
    String s = Integer.toString(v);
    for (int i = s.length(); i < w; i++) {
      sb.append('0');
    }
    sb.append(s);
  }
}
