package org.gcmkit.io.ical;

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

  private final String ianaName = name().replace('_', '-');

  /**
   * The name as written in a VALUE parameter.
   *
   * @return for example {@code "DATE-TIME"}
   */
  public String ianaName() {
    return ianaName;
  }

  /**
   * The type of a VALUE parameter.
   *
   * @param value the parameter value, any case
   * @return the type, or empty for an unknown name
   */
  public static Optional<ICalValueType> of(String value) {
    for (ICalValueType t : KNOWN) {
      if (t.ianaName.equalsIgnoreCase(value) || t.name().equalsIgnoreCase(value)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static final ICalValueType[] KNOWN = known();

  private static ICalValueType[] known() {
    ICalValueType[] all = values();
    return java.util.Arrays.copyOf(all, all.length - 1); // all but OTHER, which is last
  }
}
