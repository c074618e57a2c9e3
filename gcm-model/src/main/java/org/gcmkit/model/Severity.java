package org.gcmkit.model;

/**
 * How serious a {@link Finding} is.
 *
 * @since 0.1
 */
public enum Severity {
  /** The data breaks a hard rule: it is wrong and should be fixed before it is used or published. */
  ERROR,
  /**
   * The data breaks a soft rule, departs from a recommendation, or was repaired while reading: it can be used, but a
   * person should look at it.
   */
  WARNING;

  /**
   * The lower-case name used in reports, {@code "error"} or {@code "warning"}.
   *
   * @return the label
   */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
