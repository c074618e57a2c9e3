package org.gcmkit.io.ical;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gcmkit.model.Event;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.Person;
import org.gcmkit.model.SourceMap;
import org.gcmkit.model.SourcePosition;

/**
 * One VEVENT imported as a model {@link Event}, with the file positions of what it was made from: what
 * {@link ICalImporter#stream(java.nio.file.Path, java.util.function.Consumer, java.util.function.Consumer)} hands to
 * its callback, one event at a time.
 *
 * <pre>{@code
 * ICalImporter.lenient().stream(path, imported -> {
 *   Event e = imported.event();
 *   imported.sourceMap().find("events[" + e.id() + "].title");   // the position of its SUMMARY
 * }, findings::add);
 * }</pre>
 *
 * @since 0.1
 */
public final class ICalImportedEvent {

  private final Event event;
  private final SourceMap sourceMap;
  private final List<Person> people;
  private final List<Organisation> organisations;
  private final SourcePosition position;
  private final Map<String, SourcePosition> positions;

  ICalImportedEvent(Event event, Map<String, SourcePosition> positions, List<Person> people,
      List<Organisation> organisations, SourcePosition position) {
    this.event = Objects.requireNonNull(event, "event");
    this.positions = positions;
    SourceMap.Builder b = SourceMap.builder(positions.size());
    positions.forEach(b::put);
    this.sourceMap = b.build();
    this.people = List.copyOf(people);
    this.organisations = List.copyOf(organisations);
    this.position = Objects.requireNonNull(position, "position");
  }

  /**
   * The event.
   *
   * @return the event
   * @since 0.1
   */
  public Event event() {
    return event;
  }

  /**
   * The positions of the event's values, under the data path {@code events[<id>]}: the VEVENT itself, and for
   * example {@code events[<id>].title} at its SUMMARY and {@code events[<id>].timing.start} at its DTSTART.
   *
   * @return the positions
   * @since 0.1
   */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /**
   * The people the event's participants name: their records in the {@linkplain ICalImporter#withReferences known
   * data set}, else records of their id and the name an {@code X-GCMKIT-PARTICIPANT} gives.
   *
   * @return the people, by first mention
   * @since 0.1
   */
  public List<Person> people() {
    return people;
  }

  /**
   * The organisations the event's participants name: their records in the {@linkplain ICalImporter#withReferences
   * known data set}, else records of the id, name and type an {@code X-GCMKIT-PARTICIPANT} gives.
   *
   * @return the organisations, by first mention
   * @since 0.1
   */
  public List<Organisation> organisations() {
    return organisations;
  }

  /**
   * Where the VEVENT begins.
   *
   * @return the position of its BEGIN line
   * @since 0.1
   */
  public SourcePosition position() {
    return position;
  }

  /** The positions by data path, to merge into the map of a whole file. */
  Map<String, SourcePosition> positions() {
    return positions;
  }

  @Override
  public String toString() {
    return "ICalImportedEvent[" + event.id() + " at " + position + "]";
  }
}
