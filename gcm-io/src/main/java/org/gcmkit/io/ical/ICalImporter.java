package org.gcmkit.io.ical;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.Finding;
import org.gcmkit.model.GcmException;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Recurrence;
import org.gcmkit.model.Severity;
import org.gcmkit.model.SourceMap;
import org.gcmkit.model.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * Imports iCalendar files as gcmkit data: each VEVENT becomes a model {@link Event}, with the file position of every
 * value it was made from, and everything the model has no place for is reported, never dropped silently.
 *
 * <p>Events written by a gcmkit feed come back as they were: their id from {@code X-GCMKIT-ID}, their kind, status,
 * Acts, region, place, participants and sources from the {@code X-GCMKIT-*} properties. Events from other producers
 * become events of kind {@link org.gcmkit.model.EventKind#OTHER} (or the kind their CATEGORIES name) with their
 * SUMMARY as title, DESCRIPTION, LOCATION as venue, GEO, URL, STATUS, CREATED, LAST-MODIFIED, times in their IANA
 * zone, RRULE/RDATE/EXDATE as {@link Recurrence} and overrides (RECURRENCE-ID) as events of their own linked to
 * their master. Their id derives from the UID, which the event keeps in {@link Event#uid()}; the rule is in
 * {@code docs/ical-import.md}. Each property or component that is not carried (ATTENDEE, VALARM, foreign X-
 * properties, ...) is reported once per event as {@link ICalFindingCode#NOT_IMPORTED} with its position.
 *
 * <p>{@link #read(Path)} builds a whole {@link DataSet} with a {@link SourceMap}, so that validation findings carry
 * the line and column of the VEVENT property they are about. {@link #stream(Path, Consumer, Consumer)} hands one
 * event at a time to a callback and keeps nothing, for files of any size.
 *
 * <pre>{@code
 * ICalImport imported = ICalImporter.lenient().read(Path.of("partner.ics"));
 * DataSet data = imported.dataSet();
 * ValidationReport report = GcmValidator.create().validate(data, imported.sourceMap());
 *
 * // a file of any size, one event at a time
 * ICalImporter.lenient().stream(Path.of("big.ics"),
 *     e -> System.out.println(e.event().id() + " " + e.event().title()),
 *     f -> System.err.println(f));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ICalImporter {

  /** Calendar properties that describe the file rather than its data; they are not reported. */
  private static final Set<String> CALENDAR_FORMAT = Set.of(
      "VERSION", "PRODID", "CALSCALE", "METHOD", "X-GCMKIT-FORMAT", "X-WR-TIMEZONE");

  private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

  private static final ICalImporter LENIENT = new ICalImporter(ICalReader.lenient(), null);
  private static final ICalImporter STRICT = new ICalImporter(ICalReader.strict(), null);

  private final ICalReader reader;
  private final @Nullable DataSet known;

  private ICalImporter(ICalReader reader, @Nullable DataSet known) {
    this.reader = reader;
    this.known = known;
  }

  /**
   * An importer that reads leniently: it recovers what real producers write and reports each repair as a warning.
   *
   * @return the importer
   * @since 0.1
   */
  public static ICalImporter lenient() {
    return LENIENT;
  }

  /**
   * An importer that reads strictly: every departure from RFC 5545 is reported.
   *
   * @return the importer
   * @since 0.1
   */
  public static ICalImporter strict() {
    return STRICT;
  }

  /**
   * An importer that reads with a given reader, for other limits.
   *
   * <pre>{@code
   * ICalImporter importer = ICalImporter.of(ICalReader.lenient().withLimits(myLimits));
   * }</pre>
   *
   * @param reader the reader
   * @return the importer
   * @since 0.1
   */
  public static ICalImporter of(ICalReader reader) {
    return new ICalImporter(Objects.requireNonNull(reader, "reader"), null);
  }

  /**
   * This importer taking the records of the people and organisations that imported events name from a known data
   * set: a feed names them by id (and name), and an organisation record needs more than a feed gives.
   *
   * <pre>{@code
   * ICalImport imported = ICalImporter.lenient().withReferences(ReferenceData.gcm()).read(path);
   * }</pre>
   *
   * @param knownData the data set whose people and organisations imported events may name
   * @return the importer
   * @since 0.1
   */
  public ICalImporter withReferences(DataSet knownData) {
    return new ICalImporter(reader, Objects.requireNonNull(knownData, "knownData"));
  }

  /**
   * The reader.
   *
   * @return the reader
   * @since 0.1
   */
  public ICalReader reader() {
    return reader;
  }

  /**
   * Imports a file as a data set.
   *
   * @param path the file; the path as given is the source of positions, as in {@code GcmJson}
   * @return the data set, its positions and every finding
   * @throws ICalLimitException if a limit of the reader is exceeded
   * @throws GcmException if the file cannot be read
   * @since 0.1
   */
  public ICalImport read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new GcmException("cannot read " + path + ": " + e.getMessage(), SourcePosition.of(path.toString(), 0, 0),
          e);
    }
  }

  /**
   * Imports a stream as a data set. The stream is read to its end and not closed.
   *
   * @param in UTF-8 bytes
   * @param sourceName the name used in positions
   * @return the data set, its positions and every finding
   * @throws ICalLimitException if a limit of the reader is exceeded
   * @throws GcmException if reading fails
   * @since 0.1
   */
  public ICalImport read(InputStream in, String sourceName) {
    Whole whole = new Whole(reader.limits().maxFindingsPerCode());
    run(in, sourceName, whole::event, whole::finding, whole);
    return whole.result();
  }

  /**
   * Imports a calendar given as text.
   *
   * @param text the calendar
   * @param sourceName the name used in positions
   * @return the data set, its positions and every finding
   * @since 0.1
   */
  public ICalImport read(String text, String sourceName) {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sourceName);
  }

  /**
   * Imports a file one event at a time: each event goes to {@code events} as soon as its VEVENT is read, each
   * finding to {@code findings} as soon as it is found, and nothing is kept, so memory does not grow with the file
   * (only the ids of recurring events are remembered, to link their overrides).
   *
   * @param path the file
   * @param events receives each event
   * @param findings receives each finding of the reader and of the mapping
   * @throws ICalLimitException if a limit of the reader is exceeded
   * @throws GcmException if the file cannot be read
   * @since 0.1
   */
  public void stream(Path path, Consumer<ICalImportedEvent> events, Consumer<Finding> findings) {
    try (InputStream in = Files.newInputStream(path)) {
      stream(in, path.toString(), events, findings);
    } catch (IOException e) {
      throw new GcmException("cannot read " + path + ": " + e.getMessage(), SourcePosition.of(path.toString(), 0, 0),
          e);
    }
  }

  /**
   * Imports a stream one event at a time; see {@link #stream(Path, Consumer, Consumer)}. The stream is read to its
   * end and not closed.
   *
   * @param in UTF-8 bytes
   * @param sourceName the name used in positions
   * @param events receives each event
   * @param findings receives each finding
   * @since 0.1
   */
  public void stream(InputStream in, String sourceName, Consumer<ICalImportedEvent> events,
      Consumer<Finding> findings) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(findings, "findings");
    run(in, sourceName, events, findings, null);
  }

  private void run(InputStream in, String sourceName, Consumer<ICalImportedEvent> events,
      Consumer<Finding> findings, @Nullable Whole whole) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    EventMapper mapper = new EventMapper(reader.isStrict(), known, findings);
    Map<String, String> masters = new HashMap<>();
    Set<String> reported = new HashSet<>();
    boolean strict = reader.isStrict();
    reader.read(in, sourceName, new ICalHandler() {
      @Override
      public void component(ICalCalendarHeader calendar, ICalComponent component) {
        if (component.name().equals("VEVENT")) {
          events.accept(mapper.map(component, masters));
        } else if (!component.name().equals("VTIMEZONE") && reported.add(component.name())) {
          notImported(findings, strict, component.name() + " components are not imported: only VEVENTs are",
              component.position());
        }
      }

      @Override
      public void endCalendar(ICalCalendarHeader calendar, List<Finding> calendarFindings) {
        for (ICalProperty p : calendar.properties()) {
          String n = p.name();
          boolean described = n.equals("NAME") || n.equals("X-WR-CALNAME") || n.equals("DESCRIPTION")
              || n.equals("X-WR-CALDESC") || n.equals("X-GCMKIT-AS-OF");
          if (whole != null && described) {
            whole.header(p, findings, strict);
          } else if (!CALENDAR_FORMAT.contains(n) && reported.add(n)) {
            notImported(findings, strict,
                n + " of the calendar is not imported: a data set has no place for it", p.position());
          }
        }
      }

      @Override
      public void finding(Finding finding) {
        findings.accept(finding);
      }
    });
  }

  private static void notImported(Consumer<Finding> findings, boolean strict, String message, SourcePosition at) {
    Optional<Severity> sev = ICalFindingCode.NOT_IMPORTED.severity(strict);
    if (sev.isPresent()) {
      findings.accept(Finding.builder().code(ICalFindingCode.NOT_IMPORTED.code()).severity(sev.get())
          .message(message).hint("the data set is imported without it").position(at).build());
    }
  }

  @Override
  public String toString() {
    return "ICalImporter[" + reader + "]";
  }

  /** Collects a whole file. */
  private static final class Whole {
    private final int maxPerCode;
    private final List<Event> events = new ArrayList<>();
    private final List<Map<String, SourcePosition>> positions = new ArrayList<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, String> masters = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final DataSet.Builder data = DataSet.builder();
    private boolean titled;
    private boolean described;
    private boolean dated;

    Whole(int maxPerCode) {
      this.maxPerCode = maxPerCode;
    }

    void event(ICalImportedEvent e) {
      events.add(e.event());
      positions.add(e.positions());
      for (Person p : e.people()) {
        people.putIfAbsent(p.id(), p);
      }
      for (Organisation o : e.organisations()) {
        organisations.putIfAbsent(o.id(), o);
      }
      Event ev = e.event();
      if (ev.recurrence().isPresent() && !ev.recurrence().get().isOverride() && ev.uid().isPresent()) {
        masters.putIfAbsent(ev.uid().get(), ev.id());
      } else if (ev.recurrence().isPresent() && !ev.recurrence().get().isOverride()) {
        masters.putIfAbsent(ev.id() + EventMapper.UID_DOMAIN, ev.id());
      }
    }

    void finding(Finding f) {
      boolean mapping = f.code().equals(ICalFindingCode.NOT_IMPORTED.code())
          || f.code().equals(ICalFindingCode.BAD_GCMKIT_VALUE.code())
          || f.code().equals(ICalFindingCode.ZONE_CONVERTED.code());
      if (mapping && counts.merge(f.code(), 1, Integer::sum) > maxPerCode) {
        return;
      }
      findings.add(f);
    }

    void header(ICalProperty p, Consumer<Finding> sink, boolean strict) {
      switch (p.name()) {
        case "NAME":
        case "X-WR-CALNAME":
          if (!titled) {
            p.text().ifPresent(data::title);
            titled = true;
          }
          break;
        case "DESCRIPTION":
        case "X-WR-CALDESC":
          if (!described) {
            p.text().ifPresent(data::description);
            described = true;
          }
          break;
        default:
          if (!dated) {
            try {
              data.asOf(LocalDateTime.parse(p.rawValue().trim(), UTC_STAMP).toInstant(ZoneOffset.UTC));
              dated = true;
            } catch (DateTimeParseException e) {
              Optional<Severity> sev = ICalFindingCode.BAD_GCMKIT_VALUE.severity(strict);
              if (sev.isPresent()) {
                sink.accept(Finding.builder().code(ICalFindingCode.BAD_GCMKIT_VALUE.code()).severity(sev.get())
                    .message("X-GCMKIT-AS-OF is \"" + p.rawValue() + "\", not a UTC date-time")
                    .hint("the property is ignored").position(p.position()).build());
              }
            }
          }
          break;
      }
    }

    ICalImport result() {
      for (Map.Entry<String, Integer> c : counts.entrySet()) {
        if (c.getValue() > maxPerCode) {
          findings.add(Finding.builder().code(ICalFindingCode.FINDINGS_SUPPRESSED.code()).severity(Severity.WARNING)
              .message((c.getValue() - maxPerCode) + " more " + c.getKey() + " findings were not listed (limit "
                  + maxPerCode + " per code)")
              .hint("the listed ones show what kind they are").build());
        }
      }
      SourceMap.Builder map = SourceMap.builder(positions.stream().mapToInt(Map::size).sum());
      List<Event> linked = new ArrayList<>(events.size());
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        Optional<Recurrence> r = e.recurrence();
        if (r.isPresent() && r.get().isOverride() && e.uid().isPresent()) {
          String master = masters.get(e.uid().get());
          boolean derived = r.get().masterId().equals(Optional.of(EventMapper.masterIdOf(e.uid().get())));
          if (master != null && derived && !r.get().masterId().equals(Optional.of(master))) {
            e = e.withRecurrence(Recurrence.builder().from(r.get()).masterId(master).build());
          }
        }
        linked.add(e);
        positions.get(i).forEach(map::put);
      }
      DataSet set = data.events(linked).people(people.values()).organisations(organisations.values()).build();
      return new ICalImport(set, map.build(), findings);
    }
  }
}
