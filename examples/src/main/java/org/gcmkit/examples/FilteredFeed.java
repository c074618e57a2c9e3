package org.gcmkit.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.gcmkit.calendar.EventFilter;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.ICal;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.Event;

/**
 * Loads the embedded reference data set and writes a subscribable iCalendar feed of the events on one of the Ten
 * Acts, with the items of their programmes (group sessions, tables with governments) as events of their own.
 *
 * <pre>{@code
 * FilteredFeed.run(Path.of("act-3.ics"), 3, System.out);   // "act-3.ics: 4 events on Act 3"
 * }</pre>
 *
 * @since 0.1
 */
public final class FilteredFeed {

  private FilteredFeed() {}

  /**
   * Writes the feed of Act 3 to {@code act-3.ics}, or of the Act and to the file given.
   *
   * @param args optionally the Act (1-10) and the file
   */
  public static void main(String[] args) {
    int act = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path file = Path.of(args.length > 1 ? args[1] : "act-" + act + ".ics");
    run(file, act, System.out);
  }

  /**
   * Writes the feed of one Act.
   *
   * @param file the feed file, replaced if it exists
   * @param act the Act, 1 to 10
   * @param out where to print what was written
   * @return the events in the feed
   */
  public static List<Event> run(Path file, int act, PrintStream out) {
    Schedule schedule = Schedule.of(ReferenceData.gcm());
    FeedDefinition feed = FeedDefinition.builder()
        .name("GCM process: Act " + act)
        .description("Events of the GCM process on Act " + act + " of the Ten Acts, with their programmes")
        .filter(EventFilter.builder().addActs(act).build())
        .includeProgramme(true)
        .language("en")
        .build();

    ICal.defaults().write(schedule, feed, file);

    List<Event> events = schedule.feed(feed);
    out.println(file + ": " + events.size() + " events on Act " + act);
    events.forEach(e -> out.println("  " + e.id() + "  " + e.title()));
    return events;
  }
}
