package org.gcmkit.io.ical;

/**
 * Hard limits of the reader against hostile or broken input. Exceeding one throws {@link ICalLimitException}; the
 * defaults are generous for real calendars (the largest file of the test corpus uses a fraction of each).
 *
 * <table>
 *   <caption>Limits and defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxLineLength()} characters of an unfolded line</td><td>1,048,576</td></tr>
 *   <tr><td>{@link #maxPropertiesPerComponent()}</td><td>10,000</td></tr>
 *   <tr><td>{@link #maxNestingDepth()} of components, VCALENDAR counted</td><td>16</td></tr>
 *   <tr><td>{@link #maxComponents()} in one input, sub-components counted</td><td>5,000,000</td></tr>
 *   <tr><td>{@link #maxRecurrenceInstances()} per VTIMEZONE rule the reader expands</td><td>100,000</td></tr>
 *   <tr><td>{@link #maxFindingsPerCode()} kept in the result (later ones are counted)</td><td>100</td></tr>
 * </table>
 *
 * <pre>{@code
 * ICalReader r = ICalReader.lenient().withLimits(ICalLimits.defaults().withMaxComponents(10_000));
 * }</pre>
 *
 * @since 0.1
 */
public final class ICalLimits {

  private static final ICalLimits DEFAULTS = new ICalLimits(1 << 20, 10_000, 16, 5_000_000, 100_000, 100);

  private final int maxLineLength;
  private final int maxPropertiesPerComponent;
  private final int maxNestingDepth;
  private final int maxComponents;
  private final int maxRecurrenceInstances;
  private final int maxFindingsPerCode;

  private ICalLimits(int line, int props, int depth, int comps, int instances, int findings) {
    this.maxLineLength = positive(line, "maxLineLength");
    this.maxPropertiesPerComponent = positive(props, "maxPropertiesPerComponent");
    this.maxNestingDepth = positive(depth, "maxNestingDepth");
    this.maxComponents = positive(comps, "maxComponents");
    this.maxRecurrenceInstances = positive(instances, "maxRecurrenceInstances");
    this.maxFindingsPerCode = positive(findings, "maxFindingsPerCode");
  }

  private static int positive(int v, String name) {
    if (v < 1) {
      throw new IllegalArgumentException(name + " must be positive: " + v);
    }
    return v;
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static ICalLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The longest unfolded content line, in characters.
   *
   * @return the limit
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /**
   * The most properties in one component.
   *
   * @return the limit
   */
  public int maxPropertiesPerComponent() {
    return maxPropertiesPerComponent;
  }

  /**
   * The deepest nesting of components (VCALENDAR is depth 1).
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The most components in one input, sub-components counted.
   *
   * @return the limit
   */
  public int maxComponents() {
    return maxComponents;
  }

  /**
   * The most onsets the reader expands for one RRULE of a VTIMEZONE observance (up to the year 2100) when it compiles
   * the zone's rules. Expanding events is the caller's choice and bounded by the caller's window and count
   * ({@link ICalCalendar#occurrences}).
   *
   * @return the limit
   */
  public int maxRecurrenceInstances() {
    return maxRecurrenceInstances;
  }

  /**
   * The most findings of one code kept in a result; later ones are counted in one
   * {@code ICAL-FINDINGS-SUPPRESSED} finding at the end.
   *
   * @return the limit
   */
  public int maxFindingsPerCode() {
    return maxFindingsPerCode;
  }

  /**
   * A copy with another line length limit.
   *
   * @param v characters, at least 1
   * @return the copy
   */
  public ICalLimits withMaxLineLength(int v) {
    return new ICalLimits(v, maxPropertiesPerComponent, maxNestingDepth, maxComponents, maxRecurrenceInstances,
        maxFindingsPerCode);
  }

  /**
   * A copy with another property limit.
   *
   * @param v properties, at least 1
   * @return the copy
   */
  public ICalLimits withMaxPropertiesPerComponent(int v) {
    return new ICalLimits(maxLineLength, v, maxNestingDepth, maxComponents, maxRecurrenceInstances,
        maxFindingsPerCode);
  }

  /**
   * A copy with another nesting limit.
   *
   * @param v depth, at least 1
   * @return the copy
   */
  public ICalLimits withMaxNestingDepth(int v) {
    return new ICalLimits(maxLineLength, maxPropertiesPerComponent, v, maxComponents, maxRecurrenceInstances,
        maxFindingsPerCode);
  }

  /**
   * A copy with another component limit.
   *
   * @param v components, at least 1
   * @return the copy
   */
  public ICalLimits withMaxComponents(int v) {
    return new ICalLimits(maxLineLength, maxPropertiesPerComponent, maxNestingDepth, v, maxRecurrenceInstances,
        maxFindingsPerCode);
  }

  /**
   * A copy with another recurrence instance limit.
   *
   * @param v instances, at least 1
   * @return the copy
   */
  public ICalLimits withMaxRecurrenceInstances(int v) {
    return new ICalLimits(maxLineLength, maxPropertiesPerComponent, maxNestingDepth, maxComponents, v,
        maxFindingsPerCode);
  }

  /**
   * A copy with another findings limit.
   *
   * @param v findings per code, at least 1
   * @return the copy
   */
  public ICalLimits withMaxFindingsPerCode(int v) {
    return new ICalLimits(maxLineLength, maxPropertiesPerComponent, maxNestingDepth, maxComponents,
        maxRecurrenceInstances, v);
  }

  @Override
  public String toString() {
    return "ICalLimits[line=" + maxLineLength + ", properties=" + maxPropertiesPerComponent + ", depth="
        + maxNestingDepth + ", components=" + maxComponents + ", instances=" + maxRecurrenceInstances
        + ", findingsPerCode=" + maxFindingsPerCode + "]";
  }
}
