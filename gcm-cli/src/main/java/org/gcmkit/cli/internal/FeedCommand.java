package org.gcmkit.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gcmkit.calendar.EventFilter;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.ICal;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Phase;
import org.gcmkit.model.Region;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gcm feed}: the iCalendar feed of a data set's schedule, filtered. */
@Command(
    name = "feed",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Writes an iCalendar feed of the schedule, filtered.",
    description = {
        "Writes an iCalendar (RFC 5545) feed of the schedule: the embedded reference data set, or the data of "
            + "--data. Filters combine with AND; a filter given several times matches any of its values. The same "
            + "data and options always give the same bytes.",
        ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "2:bad usage, or a file that cannot be read or written",
        "3:a bug in gcm"})
final class FeedCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE",
      description = "The data: a gcmkit JSON file, or an iCalendar (.ics) file read leniently and written again "
          + "as a clean feed. Default: the embedded reference data set.")
  @Nullable Path data;

  @Option(names = "--kind", paramLabel = "KIND", converter = Names.KindConverter.class,
      completionCandidates = Names.Kinds.class,
      description = "Only events of this kind, for example regional-consultation. Kinds: ${COMPLETION-CANDIDATES}.")
  List<EventKind> kinds = new ArrayList<>();

  @Option(names = "--region", paramLabel = "REGION", converter = Names.RegionConverter.class,
      completionCandidates = Names.Regions.class,
      description = "Only events in this region (or of a commission covering it): ${COMPLETION-CANDIDATES}.")
  List<Region> regions = new ArrayList<>();

  @Option(names = "--act", paramLabel = "N",
      description = "Only events on Act N (1-10) of the Ten Acts.")
  List<Integer> acts = new ArrayList<>();

  @Option(names = "--phase", paramLabel = "PHASE",
      description = "Only events of this phase: a phase id of the data (ph-1) or a phase kind (consultation, "
          + "stocktaking, negotiation, road-to-adoption, preparation, follow-up).")
  List<String> phases = new ArrayList<>();

  @Option(names = "--programme",
      description = "Items of the programmes (group sessions, tables, agenda items) become events of their own.")
  boolean programme;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced only once complete) instead of standard output; - is standard output.")
  @Nullable Path output;

  FeedCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    for (int act : acts) {
      if (act < 1 || act > 10) {
        throw new ParameterException(spec.commandLine(), "invalid value for option '--act': " + act
            + " is not an Act; the Ten Acts are numbered 1 to 10");
      }
    }
    DataSet dataSet = Inputs.load(data, terminal);
    EventFilter filter = EventFilter.builder()
        .addAllKinds(kinds)
        .addAllRegions(regions)
        .addAllActs(acts)
        .addAllPhaseIds(phaseIds(dataSet))
        .build();
    FeedDefinition feed = FeedDefinition.builder()
        .name(dataSet.title().filter(t -> !t.isBlank()).orElse("GCM process"))
        .description(dataSet.description().filter(d -> !d.isBlank()))
        .filter(filter)
        .includeProgramme(programme)
        .build();
    Schedule schedule = Schedule.of(dataSet);
    AtomicOutput.write(output, terminal, out -> ICal.defaults().write(schedule, feed, out));
    reportUnscheduled(schedule, filter);
    return ExitCodes.OK;
  }

  /** Names on standard error the selected events that the feed cannot hold, so that none is left out silently. */
  private void reportUnscheduled(Schedule schedule, EventFilter filter) {
    Set<Event> unscheduled = Collections.newSetFromMap(new IdentityHashMap<>());
    unscheduled.addAll(schedule.unscheduled());
    List<String> ids = new ArrayList<>();
    for (Event e : schedule.select(filter)) {
      if (unscheduled.contains(e)) {
        ids.add(e.id());
      }
    }
    if (!ids.isEmpty()) {
      String shown = ids.size() <= 10 ? String.join(", ", ids)
          : String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more";
      terminal.err().print("gcm: " + ids.size() + (ids.size() == 1 ? " selected event has" : " selected events have")
          + " no date that a calendar can show and " + (ids.size() == 1 ? "is" : "are") + " not in the feed: "
          + shown + "\n");
    }
  }

  /** The ids of the phases that {@code --phase} names, by id or by kind. */
  private List<String> phaseIds(DataSet dataSet) {
    List<String> ids = new ArrayList<>();
    for (String p : phases) {
      String key = p.trim();
      List<String> matched = new ArrayList<>();
      for (Phase phase : dataSet.phases()) {
        if (phase.id().equals(key) || Names.of(phase.kind()).equals(key.toLowerCase(Locale.ROOT).replace('_', '-'))) {
          matched.add(phase.id());
        }
      }
      if (matched.isEmpty()) {
        List<String> known = new ArrayList<>();
        for (Phase phase : dataSet.phases()) {
          known.add(phase.id() + " (" + Names.of(phase.kind()) + ")");
        }
        throw new ParameterException(spec.commandLine(), "invalid value for option '--phase': no phase '" + p
            + "' in the data; its phases: " + (known.isEmpty() ? "none" : String.join(", ", known)));
      }
      ids.addAll(matched);
    }
    return ids;
  }
}
