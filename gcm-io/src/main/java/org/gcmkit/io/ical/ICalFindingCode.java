package org.gcmkit.io.ical;

import java.util.Optional;
import org.gcmkit.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Every code of a {@link org.gcmkit.model.Finding} that the iCalendar reader reports, with its severity in each
 * mode. This enum is the one list of reader codes: documentation tables are generated from it.
 *
 * <p>In {@linkplain ICalReader#strict() strict} mode a departure from a MUST of RFC 5545 or RFC 5546 is an
 * {@link Severity#ERROR} and a departure from a SHOULD a {@link Severity#WARNING}. In {@linkplain ICalReader#lenient()
 * lenient} mode the reader repairs what real producers write and reports each repair as a warning; what it cannot
 * repair stays an error. Codes whose {@link #lenient()} severity is empty are not reported in lenient mode (legal but
 * unusual forms, such as lower-case names).
 *
 * @since 0.1
 */
public enum ICalFindingCode {
  // encoding and content lines (RFC 5545 section 3.1)
  /** The file starts with a UTF-8 byte order mark; it is skipped. */
  BOM("ICAL-BOM", Severity.WARNING, null, "UTF-8 byte order mark at the start of the file"),
  /** The file is UTF-16 (it starts with a UTF-16 byte order mark); it is decoded as such. */
  UTF16("ICAL-UTF16", Severity.ERROR, Severity.WARNING, "file encoded as UTF-16 instead of UTF-8"),
  /** Bytes that are not valid UTF-8; each is replaced by U+FFFD. */
  INVALID_UTF8("ICAL-INVALID-UTF8", Severity.ERROR, Severity.WARNING, "bytes that are not valid UTF-8"),
  /** Lines end with LF alone instead of CRLF (reported once per file). */
  BARE_LF("ICAL-BARE-LF", Severity.WARNING, Severity.WARNING, "lines end with LF instead of CRLF"),
  /** A line ends with CR alone; it is taken as a line end. */
  BARE_CR("ICAL-BARE-CR", Severity.ERROR, Severity.WARNING, "a line ends with CR alone"),
  /** A line is longer than 75 octets (RFC 5545 3.1: SHOULD fold). */
  LINE_TOO_LONG("ICAL-LINE-TOO-LONG", Severity.WARNING, Severity.WARNING, "line longer than 75 octets"),
  /** A control character other than HTAB; it is removed. */
  CONTROL_CHAR("ICAL-CONTROL-CHAR", Severity.ERROR, Severity.WARNING, "control character in a line"),
  /** An empty line; it is skipped. */
  BLANK_LINE("ICAL-BLANK-LINE", Severity.ERROR, Severity.WARNING, "empty line"),
  /** A line that is not a property but continues the previous one without the leading space of a fold. */
  BAD_FOLDING("ICAL-BAD-FOLDING", Severity.ERROR, Severity.WARNING, "continuation line without leading space"),
  /** A line that is neither a property nor a continuation; it is dropped. */
  MALFORMED_LINE("ICAL-MALFORMED-LINE", Severity.ERROR, Severity.WARNING, "line that is not a content line"),
  /** A property or parameter name in lower case (legal, but some consumers reject it). */
  LOWERCASE_NAME("ICAL-LOWERCASE-NAME", Severity.WARNING, null, "name in lower case"),
  /** A parameter that cannot be read (no '=', no name, an unterminated quote); it is dropped. */
  BAD_PARAMETER("ICAL-BAD-PARAMETER", Severity.ERROR, Severity.WARNING, "malformed parameter"),
  /** A backslash in TEXT that is not one of the escapes of RFC 5545 3.3.11; the character is kept. */
  BAD_TEXT_ESCAPE("ICAL-BAD-TEXT-ESCAPE", Severity.ERROR, Severity.WARNING, "invalid backslash escape in TEXT"),

  // structure
  /** Content outside BEGIN:VCALENDAR ... END:VCALENDAR. */
  OUTSIDE_CALENDAR("ICAL-OUTSIDE-CALENDAR", Severity.ERROR, Severity.WARNING, "content outside a VCALENDAR"),
  /** An END that does not close the open component; it is ignored or closes the components it skips. */
  UNEXPECTED_END("ICAL-UNEXPECTED-END", Severity.ERROR, Severity.WARNING, "END that does not match its BEGIN"),
  /** The file ends before END of an open component; the component is closed. */
  UNCLOSED_COMPONENT("ICAL-UNCLOSED-COMPONENT", Severity.ERROR, Severity.WARNING, "component without END"),
  /** A component where RFC 5545 does not allow it, for example STANDARD outside VTIMEZONE. */
  MISPLACED_COMPONENT("ICAL-MISPLACED-COMPONENT", Severity.ERROR, Severity.WARNING, "component in the wrong place"),
  /** No input, or no VCALENDAR in it. */
  NO_CALENDAR("ICAL-NO-CALENDAR", Severity.ERROR, Severity.ERROR, "no VCALENDAR in the input"),
  /** A VCALENDAR without any component (RFC 5545 3.6 requires at least one). */
  EMPTY_CALENDAR("ICAL-EMPTY-CALENDAR", Severity.ERROR, Severity.WARNING, "VCALENDAR without components"),
  /** VERSION is missing. */
  MISSING_VERSION("ICAL-MISSING-VERSION", Severity.ERROR, Severity.WARNING, "VERSION missing"),
  /** VERSION is not 2.0, for example a vCalendar 1.0 file. */
  UNSUPPORTED_VERSION("ICAL-UNSUPPORTED-VERSION", Severity.ERROR, Severity.ERROR, "VERSION other than 2.0"),
  /** PRODID is missing. */
  MISSING_PRODID("ICAL-MISSING-PRODID", Severity.ERROR, Severity.WARNING, "PRODID missing"),
  /** A property that may occur once occurs more often (or twice where RFC 5545 says SHOULD NOT). */
  DUPLICATE_PROPERTY("ICAL-DUPLICATE-PROPERTY", Severity.ERROR, Severity.WARNING, "property repeated"),

  // values (RFC 5545 section 3.3)
  /** A value that does not parse as its type; the property keeps its raw text but has no typed value. */
  BAD_VALUE("ICAL-BAD-VALUE", Severity.ERROR, Severity.WARNING, "value that does not match its type"),
  /** An RRULE that does not parse, or a part of it that had to be ignored. */
  BAD_RRULE("ICAL-BAD-RRULE", Severity.ERROR, Severity.WARNING, "invalid recurrence rule"),
  /** A DATE-TIME that must be in UTC is not (DTSTAMP, CREATED, LAST-MODIFIED, COMPLETED, UNTIL of a zoned start). */
  NOT_UTC("ICAL-NOT-UTC", Severity.ERROR, Severity.WARNING, "date-time that must be UTC is not"),

  // time zones
  /** A TZID without a VTIMEZONE; lenient mode uses the JDK's zone of that IANA name. */
  MISSING_VTIMEZONE("ICAL-MISSING-VTIMEZONE", Severity.ERROR, Severity.WARNING, "TZID without VTIMEZONE"),
  /** A Windows zone name without a VTIMEZONE; lenient mode maps it to IANA with the CLDR table. */
  WINDOWS_TZID("ICAL-WINDOWS-TZID", Severity.ERROR, Severity.WARNING, "Windows zone name without VTIMEZONE"),
  /** An Outlook display name such as "(GMT+01:00) Amsterdam" without VTIMEZONE; lenient mode uses the offset. */
  OUTLOOK_TZID("ICAL-OUTLOOK-TZID", Severity.ERROR, Severity.WARNING, "Outlook zone display name without VTIMEZONE"),
  /** A TZID that is neither defined nor known; the time stays local, as if floating (no instant). */
  UNKNOWN_TZID("ICAL-UNKNOWN-TZID", Severity.ERROR, Severity.WARNING, "TZID neither defined nor known"),
  /** A VTIMEZONE that cannot be turned into zone rules (no observance, missing offsets). */
  BAD_VTIMEZONE("ICAL-BAD-VTIMEZONE", Severity.ERROR, Severity.WARNING, "unusable VTIMEZONE"),
  /** A TZID parameter on a UTC value (ending in Z); the TZID is ignored. */
  TZID_ON_UTC("ICAL-TZID-ON-UTC", Severity.ERROR, Severity.WARNING, "TZID on a UTC date-time"),
  /** Floating times read in the zone of X-WR-TIMEZONE (lenient mode only). */
  X_WR_TIMEZONE("ICAL-X-WR-TIMEZONE", null, Severity.WARNING, "floating times read in the X-WR-TIMEZONE zone"),

  // calendar checks (RFC 5545 section 3.6, RFC 5546 PUBLISH)
  /** A VEVENT, VTODO or VJOURNAL without UID. */
  MISSING_UID("ICAL-MISSING-UID", Severity.ERROR, Severity.WARNING, "UID missing"),
  /** A VEVENT, VTODO or VJOURNAL without DTSTAMP. */
  MISSING_DTSTAMP("ICAL-MISSING-DTSTAMP", Severity.ERROR, Severity.WARNING, "DTSTAMP missing"),
  /** A VEVENT without DTSTART in a calendar without METHOD. */
  MISSING_DTSTART("ICAL-MISSING-DTSTART", Severity.ERROR, Severity.WARNING, "DTSTART missing"),
  /** DTEND (or DUE) before DTSTART (equal is accepted: a zero-length event, RFC 5545 3.6.1). */
  DTEND_BEFORE_DTSTART("ICAL-DTEND-BEFORE-DTSTART", Severity.ERROR, Severity.WARNING, "DTEND before DTSTART"),
  /** Both DTEND (or DUE) and DURATION. */
  DTEND_WITH_DURATION("ICAL-DTEND-WITH-DURATION", Severity.ERROR, Severity.WARNING, "DTEND and DURATION together"),
  /** DTSTART and DTEND/RDATE/EXDATE/RECURRENCE-ID/UNTIL mix DATE and DATE-TIME. */
  DATE_TYPE_MISMATCH("ICAL-DATE-TYPE-MISMATCH", Severity.ERROR, Severity.WARNING, "DATE mixed with DATE-TIME"),
  /** Two components with the same UID that are not a recurrence override of one another. */
  DUPLICATE_UID("ICAL-DUPLICATE-UID", Severity.ERROR, Severity.WARNING, "UID used twice"),
  /** SEQUENCE is not a non-negative integer. */
  BAD_SEQUENCE("ICAL-BAD-SEQUENCE", Severity.ERROR, Severity.WARNING, "SEQUENCE not a non-negative integer"),
  /** STATUS has a value not allowed for the component. */
  BAD_STATUS("ICAL-BAD-STATUS", Severity.ERROR, Severity.WARNING, "STATUS value not allowed here"),
  /** METHOD:PUBLISH with a VEVENT without ORGANIZER (RFC 5546 3.2.1 requires one). */
  PUBLISH_WITHOUT_ORGANIZER(
      "ICAL-PUBLISH-WITHOUT-ORGANIZER", Severity.WARNING, null, "METHOD:PUBLISH event without ORGANIZER"),

  // import into the model (ICalImporter)
  /** A property or component that a gcmkit event has no place for; reported once per name and event. */
  NOT_IMPORTED("ICAL-NOT-IMPORTED", Severity.WARNING, Severity.WARNING, "property not carried into the data set"),
  /**
   * A zone that is not an IANA zone (a VTIMEZONE of its own); the first IANA zone with the same offsets is used, or
   * UTC when none has them.
   */
  ZONE_CONVERTED("ICAL-ZONE-CONVERTED", Severity.WARNING, Severity.WARNING,
      "zone replaced by an IANA zone or UTC, or local time converted to IANA rules"),
  /** An {@code X-GCMKIT-*} property whose value is not what gcmkit feeds write; it is ignored. */
  BAD_GCMKIT_VALUE("ICAL-BAD-GCMKIT-VALUE", Severity.WARNING, Severity.WARNING, "X-GCMKIT property not understood"),

  // bookkeeping
  /** More findings of one code than the reader keeps; the rest are counted, not listed. */
  FINDINGS_SUPPRESSED("ICAL-FINDINGS-SUPPRESSED", Severity.WARNING, Severity.WARNING, "further findings suppressed");

  private final String code;
  private final @Nullable Severity strict;
  private final @Nullable Severity lenient;
  private final String summary;

  ICalFindingCode(String code, @Nullable Severity strict, @Nullable Severity lenient, String summary) {
    this.code = code;
    this.strict = strict;
    this.lenient = lenient;
    this.summary = summary;
  }

  /**
   * The code as it appears in {@link org.gcmkit.model.Finding#code()}.
   *
   * @return for example {@code "ICAL-BARE-LF"}
   */
  public String code() {
    return code;
  }

  /**
   * The severity in strict mode.
   *
   * @return the severity, or empty when strict mode does not report it
   */
  public Optional<Severity> strict() {
    return Optional.ofNullable(strict);
  }

  /**
   * The severity in lenient mode.
   *
   * @return the severity, or empty when lenient mode does not report it
   */
  public Optional<Severity> lenient() {
    return Optional.ofNullable(lenient);
  }

  /**
   * The severity in a mode.
   *
   * @param strictMode {@code true} for strict mode
   * @return the severity, or empty when that mode does not report the code
   */
  public Optional<Severity> severity(boolean strictMode) {
    return strictMode ? strict() : lenient();
  }

  /**
   * A short description for documentation tables.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * The constant for a code string.
   *
   * @param code for example {@code "ICAL-BARE-LF"}
   * @return the constant, or empty for a code this reader does not report
   */
  public static Optional<ICalFindingCode> of(String code) {
    for (ICalFindingCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
