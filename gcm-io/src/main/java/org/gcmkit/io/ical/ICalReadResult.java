package org.gcmkit.io.ical;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gcmkit.model.Finding;

/**
 * The calendars of an input read completely, and every finding.
 *
 * @since 0.1
 */
public final class ICalReadResult {

  private final List<ICalCalendar> calendars;
  private final List<Finding> findings;

  ICalReadResult(List<ICalCalendar> calendars, List<Finding> findings) {
    this.calendars = Collections.unmodifiableList(new ArrayList<>(calendars));
    this.findings = Collections.unmodifiableList(new ArrayList<>(findings));
  }

  /**
   * The calendars in input order (most files have one).
   *
   * @return the calendars
   */
  public List<ICalCalendar> calendars() {
    return calendars;
  }

  /**
   * Every finding in the order found (at most {@link ICalLimits#maxFindingsPerCode()} per code).
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether any finding is an error.
   *
   * @return {@code true} if the input has errors
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /**
   * All VEVENTs of all calendars.
   *
   * @return the events
   */
  public List<ICalComponent> events() {
    List<ICalComponent> out = new ArrayList<>();
    for (ICalCalendar c : calendars) {
      out.addAll(c.events());
    }
    return Collections.unmodifiableList(out);
  }
}
