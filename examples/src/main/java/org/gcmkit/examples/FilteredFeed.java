package org.gcmkit.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gcmkit.calendar.EventFilter;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.ICal;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.Event;
import org.gcmkit.model.Region;

/**
 * Loads the embedded reference data set and writes a subscribable iCalendar feed of the events in one region: the
 * regional civil society consultation, the regional consultation of the UN Regional Economic Commission, and the
 * regional reviews, with the items of their programmes as events of their own.
 *
 * <pre>{@code
 * FilteredFeed.run(Path.of("africa.ics"), Region.AFRICA, System.out);   // "africa.ics: 4 events in africa"
 * }</pre>
 *
 * @since 0.1
 */
public final class FilteredFeed {

  private FilteredFeed() {}

  /**
   * Writes the feed of Africa to {@code africa.ics}, or of the region and to the file given.
   *
   * @param args optionally the region ({@code AFRICA}, {@code ASIA}, ...) and the file
   */
  public static void main(String[] args) {
    Region region = args.length > 0 ? Region.valueOf(args[0].toUpperCase(Locale.ROOT)) : Region.AFRICA;
    Path file = Path.of(args.length > 1 ? args[1] : region.name().toLowerCase(Locale.ROOT) + ".ics");
    run(file, region, System.out);
  }

  /**
   * Writes the feed of one region.
   *
   * @param file the feed file, replaced if it exists
   * @param region the region
   * @param out where to print what was written
   * @return the events in the feed
   */
  public static List<Event> run(Path file, Region region, PrintStream out) {
    String name = region.name().toLowerCase(Locale.ROOT);
    Schedule schedule = Schedule.of(ReferenceData.gcm());
    FeedDefinition feed = FeedDefinition.builder()
        .name("GCM process: " + name)
        .description("Events of the Global Compact for Migration process in the region " + name)
        .filter(EventFilter.builder().addRegions(region).build())
        .includeProgramme(true)
        .language("en")
        .build();

    ICal.defaults().write(schedule, feed, file);

    List<Event> events = schedule.feed(feed);
    out.println(file + ": " + events.size() + " events in " + name);
    events.forEach(e -> out.println("  " + e.id() + "  " + e.title()));
    return events;
  }
}
