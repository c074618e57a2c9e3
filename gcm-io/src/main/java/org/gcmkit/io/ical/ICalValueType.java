package org.gcmkit.io.ical;

import java.util.Locale;
import java.util.Optional;

/**
 * The value types of RFC 5545 section 3.3, as chosen by a property's default or its VALUE parameter.
 *
 * @since 0.1
 */
public enum ICalValueType {
  /** BINARY (base64, kept as raw text). */
  BINARY,
  /** BOOLEAN. */
  BOOLEAN,
  /** CAL-ADDRESS (a URI, kept as text). */
  CAL_ADDRESS,
  /** DATE. */
  DATE,
  /** DATE-TIME. */
  DATE_TIME,
  /** DURATION. */
  DURATION,
  /** FLOAT. */
  FLOAT,
  /** INTEGER. */
  INTEGER,
  /** PERIOD. */
  PERIOD,
  /** RECUR. */
  RECUR,
  /** TEXT. */
  TEXT,
  /** TIME (kept as raw text). */
  TIME,
  /** URI (kept as text). */
  URI,
  /** UTC-OFFSET. */
  UTC_OFFSET,
  /** An X- or unknown value type: the raw text is kept. */
  OTHER;

  /**
   * The name as written in a VALUE parameter.
   *
   * @return for example {@code "DATE-TIME"}
   */
  public String ianaName() {
    return name().replace('_', '-');
  }

  /**
   * The type of a VALUE parameter.
   *
   * @param value the parameter value, any case
   * @return the type, or empty for an unknown name
   */
  public static Optional<ICalValueType> of(String value) {
    String v = value.toUpperCase(Locale.ROOT).replace('-', '_');
    for (ICalValueType t : values()) {
      if (t != OTHER && t.name().equals(v)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
