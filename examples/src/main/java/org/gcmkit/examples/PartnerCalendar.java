package org.gcmkit.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.ICal;
import org.gcmkit.io.ical.ICalImport;
import org.gcmkit.io.ical.ICalImporter;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.Finding;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;

/**
 * Imports a calendar that a partner exported from Outlook, reports what is wrong with it as a calendar and as GCM
 * data, each problem at its line and column, and writes its sound events again as a clean, conforming feed; an event
 * with an error is left out of the feed and named, never written as it is. {@code
 * examples/data/partner-calendar.ics} is such a file: Windows zone names without {@code VTIMEZONE}s, an event
 * without {@code DTSTAMP}, and one that ends before it starts.
 *
 * <pre>{@code
 * int errors = PartnerCalendar.run(Path.of("examples/data/partner-calendar.ics"), Path.of("clean.ics"), System.out);
 * }</pre>
 *
 * @since 0.1
 */
public final class PartnerCalendar {

  private PartnerCalendar() {}

  /**
   * Reports the problems of the calendar given (or of {@code examples/data/partner-calendar.ics}) and writes the
   * repaired feed to the second file given (or to {@code partner-calendar-clean.ics}).
   *
   * @param args optionally the calendar, then the repaired feed
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/partner-calendar.ics");
    Path clean = Path.of(args.length > 1 ? args[1] : "partner-calendar-clean.ics");
    System.exit(run(file, clean, System.out) == 0 ? 0 : 1);
  }

  /**
   * Imports, validates and repairs a calendar.
   *
   * @param file the partner's iCalendar file
   * @param clean where to write the repaired feed
   * @param out where to print one line per problem: {@code FILE:LINE:COL: error|warning CODE: message}
   * @return the number of errors in the calendar's GCM data
   */
  public static int run(Path file, Path clean, PrintStream out) {
    ICalImport imported = ICalImporter.lenient().read(file);   // repairs what it can; each repair is a warning
    imported.findings().forEach(out::println);                 // partner-calendar.ics:9:1: warning ICAL-WINDOWS-TZID

    ValidationReport report = GcmValidator.create().validate(imported.dataSet(), imported.sourceMap());
    for (Finding f : report.findings()) {
      out.println(f);                                          // partner-calendar.ics:27:1: error GCM-TIMING-...
    }

    Set<String> broken = report.errors().stream().flatMap(f -> eventId(f).stream()).collect(Collectors.toSet());
    List<Event> sound = imported.dataSet().events().stream().filter(e -> !broken.contains(e.id()))
        .collect(Collectors.toList());
    DataSet repaired = imported.dataSet().withEvents(sound);
    ICal.defaults().write(Schedule.of(repaired), FeedDefinition.named("Partner events"), clean);
    out.println(sound.size() + " events written to " + clean + "; left out for their errors: " + broken);
    return report.errorCount();
  }

  /** The id of the event a finding is about: {@code ts6} of the path {@code events[ts6].timing.end}. */
  private static Optional<String> eventId(Finding f) {
    return f.path().filter(p -> p.startsWith("events[") && p.indexOf(']') > 0)
        .map(p -> p.substring("events[".length(), p.indexOf(']')));
  }
}
