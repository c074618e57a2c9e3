package org.gcmkit.io.ical;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gcmkit.model.SourcePosition;

/**
 * What a streaming {@link ICalHandler} knows of the calendar it is in: its properties and resolved time zones read
 * so far, without its components.
 *
 * @since 0.1
 */
public final class ICalCalendarHeader {

  private final List<ICalProperty> properties;
  private final Map<String, ICalTimeZone> timeZones;
  private final SourcePosition position;
  private final int index;

  ICalCalendarHeader(
      List<ICalProperty> properties, Map<String, ICalTimeZone> timeZones, SourcePosition position, int index) {
    this.properties = properties;
    this.timeZones = timeZones;
    this.position = position;
    this.index = index;
  }

  /**
   * The calendar properties read so far (a copy: later properties do not appear in it).
   *
   * @return the properties
   */
  public List<ICalProperty> properties() {
    return Collections.unmodifiableList(new ArrayList<>(properties));
  }

  /**
   * The first calendar property of a name.
   *
   * @param name the name, any case
   * @return the property, or empty
   */
  public Optional<ICalProperty> property(String name) {
    String wanted = NameCase.upper(name);
    for (ICalProperty p : properties) {
      if (NameCase.same(p.name(), wanted)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The time zones resolved so far, by TZID.
   *
   * @return the zones
   */
  public Map<String, ICalTimeZone> timeZones() {
    return Collections.unmodifiableMap(timeZones);
  }

  /**
   * Where BEGIN:VCALENDAR is.
   *
   * @return the position
   */
  public SourcePosition position() {
    return position;
  }

  /**
   * The number of this calendar in the input, from 1.
   *
   * @return the index
   */
  public int index() {
    return index;
  }
}
