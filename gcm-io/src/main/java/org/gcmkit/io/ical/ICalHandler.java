package org.gcmkit.io.ical;

import java.util.List;
import org.gcmkit.model.Finding;

/**
 * Receives a calendar as it is read, component by component, so that nothing needs to be retained.
 *
 * <p>For each VCALENDAR: {@link #startCalendar}, then {@link #component} once for each component directly inside it
 * (VEVENT with its VALARMs, VTODO, VJOURNAL, VFREEBUSY, VTIMEZONE, X- components), each complete and with its
 * DATE-TIMEs resolved, then {@link #endCalendar}. A component that uses a TZID whose VTIMEZONE comes later in the file
 * is held back until that VTIMEZONE (or the end of the calendar) and then delivered; the order of delivery is the
 * file order. {@link #finding} receives each finding as it is found.
 *
 * <pre>{@code
 * ICalReader.lenient().read(path, new ICalHandler() {
 *   public void component(ICalCalendarHeader cal, ICalComponent c) {
 *     if (c.name().equals("VEVENT")) {
 *       index(c.uid().orElse(""), c.start().flatMap(ICalDateTime::instant));
 *     }
 *   }
 * });
 * }</pre>
 *
 * @since 0.1
 */
public interface ICalHandler {

  /**
   * A VCALENDAR begins.
   *
   * @param calendar the calendar so far (its BEGIN line's position; properties come as they are read)
   */
  default void startCalendar(ICalCalendarHeader calendar) {}

  /**
   * A complete component directly inside a VCALENDAR.
   *
   * @param calendar the calendar's properties and time zones read so far
   * @param component the component
   */
  void component(ICalCalendarHeader calendar, ICalComponent component);

  /**
   * A VCALENDAR ends (also at the end of the input when END:VCALENDAR is missing).
   *
   * @param calendar the calendar's properties and time zones
   * @param findings the findings of this calendar so far
   */
  default void endCalendar(ICalCalendarHeader calendar, List<Finding> findings) {}

  /**
   * A finding, as soon as it is found.
   *
   * @param finding the finding
   */
  default void finding(Finding finding) {}
}
