package org.gcmkit.io.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.io.reference.FactBase.Deviation;
import org.gcmkit.io.reference.FactBase.Row;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.Phase;
import org.gcmkit.model.Place;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.Source;
import org.gcmkit.model.Sourced;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of the fact base {@code gcm-facts.tsv} is represented in the reference data set: events by id with the
 * row's start and end (EDTF-equal), place, zone, confidence and at least its sources; plans as revisions of their
 * {@code superseded_by} event; bodies as organisations; documents, resolutions and frameworks as documents; phases
 * with their windows. Rows mapped differently are listed, with their reason, in {@code gcm-facts-exceptions.tsv};
 * an entry that is not needed fails the test, so the list cannot go stale.
 */
class GcmFactsCoverageTest {

  private static final DataSet DATA = GcmReferenceData.dataSet();
  private static final List<Row> ROWS = FactBase.rows();
  private static final List<Deviation> DEVIATIONS = FactBase.deviations();

  private static final Map<String, Set<EventKind>> EVENT_KINDS = Map.ofEntries(
      Map.entry("meeting", EnumSet.of(EventKind.MEETING, EventKind.CIVIL_SOCIETY_MEETING)),
      Map.entry("summit", EnumSet.of(EventKind.SUMMIT)),
      Map.entry("briefing", EnumSet.of(EventKind.BRIEFING)),
      Map.entry("gfmd_summit", EnumSet.of(EventKind.GFMD_MEETING)),
      Map.entry("gfmd_civil_society_days", EnumSet.of(EventKind.GFMD_MEETING)),
      Map.entry("milestone", EnumSet.of(EventKind.MILESTONE)),
      Map.entry("agenda_item", EnumSet.of(EventKind.AGENDA_ITEM)),
      Map.entry("workshop", EnumSet.of(EventKind.IDM_WORKSHOP)),
      Map.entry("informal_thematic_session", EnumSet.of(EventKind.THEMATIC_SESSION)),
      Map.entry("multi_stakeholder_hearing", EnumSet.of(EventKind.MULTI_STAKEHOLDER_HEARING)),
      Map.entry("regional_consultation", EnumSet.of(EventKind.REGIONAL_CONSULTATION)),
      Map.entry("regional_civil_society_consultation", EnumSet.of(EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION)),
      Map.entry("conference", EnumSet.of(EventKind.CONFERENCE, EventKind.STOCKTAKING_MEETING,
          EventKind.INTERGOVERNMENTAL_CONFERENCE)),
      Map.entry("consultation", EnumSet.of(EventKind.CONSULTATION)),
      Map.entry("webinar", EnumSet.of(EventKind.WEBINAR)),
      Map.entry("meeting_day", EnumSet.of(EventKind.MEETING_DAY)),
      Map.entry("session_round", EnumSet.of(EventKind.SESSION_ROUND)),
      Map.entry("group_session", EnumSet.of(EventKind.GROUP_SESSION)),
      Map.entry("table_with_governments", EnumSet.of(EventKind.GOVERNMENT_TABLE)),
      Map.entry("negotiation_round", EnumSet.of(EventKind.NEGOTIATION_ROUND)),
      Map.entry("regional_review", EnumSet.of(EventKind.REGIONAL_REVIEW)),
      Map.entry("review_forum", EnumSet.of(EventKind.REVIEW_FORUM)));

  private static final Set<String> DOCUMENT_KINDS = Set.of("document", "resolution", "framework");

  @Test
  void theFactBaseHasItsRows() {
    assertThat(ROWS).hasSize(203);
    assertThat(ROWS.stream().map(Row::id).distinct().count()).isEqualTo(ROWS.size());
  }

  @TestFactory
  Stream<DynamicTest> everyRowIsRepresented() {
    return ROWS.stream().map(row -> DynamicTest.dynamicTest(row.id() + " (" + row.kind() + ")", () -> {
      Optional<Deviation> record = deviation(row.id(), "record");
      List<String> problems = record.isPresent() ? checkDeviatingRecord(row, record.get()) : check(row);
      assertThat(problems).as("how %s is represented", row.id()).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyExceptionNamesARowAndIsNeeded() {
    Map<String, Row> byId = FactBase.rowsById();
    return DEVIATIONS.stream().map(dev -> DynamicTest.dynamicTest(dev.id() + " " + dev.aspect(), () -> {
      assertThat(byId).as("rows of the fact base").containsKey(dev.id());
      assertThat(dev.aspect()).isIn("record", "dates", "place", "plan");
      Row row = byId.get(dev.id());
      List<String> withoutIt = switch (dev.aspect()) {
        case "record" -> check(row);
        case "dates" -> checkTimingOf(row, DATA.event(row.id()).orElseThrow(), false);
        case "place" -> checkPlaceOf(row, DATA.event(row.id()).orElseThrow(), false);
        default -> checkPlan(row, Optional.empty());
      };
      assertThat(withoutIt).as("problems %s has without the exception", dev.id()).isNotEmpty();
    }));
  }

  // ------------------------------------------------------------------------------------------------------------

  private static Optional<Deviation> deviation(String id, String aspect) {
    return DEVIATIONS.stream().filter(d -> d.id().equals(id) && d.aspect().equals(aspect)).findFirst();
  }

  /** The default check for the row's kind. */
  private static List<String> check(Row row) {
    if (row.kind().equals("phase")) {
      return checkPhase(row);
    }
    if (row.kind().equals("body")) {
      return checkOrganisation(row);
    }
    if (DOCUMENT_KINDS.contains(row.kind())) {
      return checkDocument(row, Optional.empty());
    }
    if (row.kind().equals("plan")) {
      return checkPlan(row, deviation(row.id(), "plan"));
    }
    Set<EventKind> kinds = EVENT_KINDS.get(row.kind());
    if (kinds == null) {
      return List.of("no default mapping for kind '" + row.kind() + "' and no exception for the row");
    }
    return checkEvent(row, kinds);
  }

  private static List<String> checkDeviatingRecord(Row row, Deviation dev) {
    String[] rep = dev.representation().split(" ");
    switch (rep[0]) {
      case "event":
        return checkEvent(row, EnumSet.of(EventKind.valueOf(rep[1])));
      case "document":
        return checkDocument(row, Optional.of(DocumentKind.valueOf(rep[1])));
      case "membership":
        return checkMembership(row, rep[1], Role.valueOf(rep[2]));
      default:
        return List.of("unknown representation " + dev.representation());
    }
  }

  // ------------------------------------------------------------------------------------------------------------
  // Events

  private static List<String> checkEvent(Row row, Set<EventKind> kinds) {
    Optional<Event> found = DATA.event(row.id());
    if (found.isEmpty()) {
      return List.of("no event with id " + row.id());
    }
    Event e = found.get();
    List<String> problems = new ArrayList<>();
    if (!kinds.contains(e.kind())) {
      problems.add("kind " + e.kind() + " is not one of " + kinds);
    }
    problems.addAll(checkTimingOf(row, e, deviation(row.id(), "dates").isPresent()));
    problems.addAll(checkPlaceOf(row, e, deviation(row.id(), "place").isPresent()));
    problems.addAll(checkProvenance(row, e));
    row.hint("parent").ifPresent(parent -> {
      if (DATA.phase(parent).isPresent()) {
        if (!e.phaseId().equals(Optional.of(parent))) {
          problems.add("parent=" + parent + " is a phase, but phaseId is " + e.phaseId());
        }
      } else if (!e.parentId().equals(Optional.of(parent))) {
        problems.add("parentId " + e.parentId() + " is not " + parent);
      }
    });
    row.hint("previousStartDate").ifPresent(previous -> {
      boolean kept = e.revisions().stream()
          .anyMatch(r -> r.timing().map(t -> t.start().toEdtf().equals(edtf(previous))).orElse(false));
      if (!kept) {
        problems.add("no revision starts on the previous start date " + previous);
      }
    });
    return problems;
  }

  private static List<String> checkTimingOf(Row row, Event e, boolean refined) {
    List<String> problems = new ArrayList<>();
    if (row.start().isEmpty()) {
      if (e.timing().isPresent()) {
        problems.add("the row gives no date, but the event has " + e.timing().get());
      }
      return problems;
    }
    if (e.timing().isEmpty()) {
      return List.of("no timing; the row starts " + row.start());
    }
    Timing t = e.timing().get();
    problems.addAll(compare("start", row.start(), Optional.of(t.start()), refined));
    boolean oneDay = row.end().isEmpty() || row.end().equals(row.start());
    if (oneDay) {
      t.end().filter(end -> !end.toEdtf().equals(edtf(row.start())))
          .ifPresent(end -> problems.add("the row has no end, but the event ends " + end.toEdtf()));
    } else {
      problems.addAll(compare("end", row.end(), t.end(), refined));
    }
    return problems;
  }

  /** Equal EDTF, or, for a refined reading, a value inside the row's bounds. */
  private static List<String> compare(String what, String rowValue, Optional<FuzzyDate> value, boolean refined) {
    if (value.isEmpty()) {
      return List.of("no " + what + "; the row gives " + rowValue);
    }
    FuzzyDate expected = FuzzyDate.parse(rowValue);
    FuzzyDate actual = value.get();
    if (refined) {
      boolean inside = !actual.earliest().isBefore(expected.earliest()) && !actual.latest().isAfter(expected.latest());
      boolean differs = !actual.toEdtf().equals(expected.toEdtf());
      return inside && differs ? List.of()
          : List.of(what + " " + actual.toEdtf() + " is not a refinement inside " + rowValue);
    }
    return actual.toEdtf().equals(expected.toEdtf()) ? List.of()
        : List.of(what + " " + actual.toEdtf() + " is not the row's " + rowValue);
  }

  private static List<String> checkPlaceOf(Row row, Event e, boolean online) {
    List<String> problems = new ArrayList<>();
    Optional<Place> place = e.place();
    if (online) {
      boolean onlineWithoutCity = place.map(p -> p.attendance() == AttendanceMode.ONLINE && p.city().isEmpty())
          .orElse(false);
      if (!onlineWithoutCity) {
        problems.add("an online event with no city was expected");
      }
      if (!e.note().map(n -> n.contains(row.city())).orElse(false)) {
        problems.add("the note does not name the organiser's city " + row.city());
      }
    } else {
      if (!row.city().isEmpty() && !place.flatMap(Place::city).equals(Optional.of(row.city()))) {
        problems.add("city " + place.flatMap(Place::city) + " is not " + row.city());
      }
      if (!row.country().isEmpty() && !place.flatMap(Place::country).equals(Optional.of(row.country()))) {
        problems.add("country " + place.flatMap(Place::country) + " is not " + row.country());
      }
    }
    if (!row.timezone().isEmpty() && !e.zone().equals(Optional.of(ZoneId.of(row.timezone())))) {
      problems.add("zone " + e.zone() + " is not " + row.timezone());
    }
    if (row.timezone().isEmpty() && row.city().isEmpty() && place.flatMap(Place::city).isPresent()) {
      problems.add("the row gives no place, but the event is in " + place.get().city().get());
    }
    return problems;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Plans

  private static List<String> checkPlan(Row row, Optional<Deviation> dev) {
    Optional<String> target = row.supersededBy();
    boolean split = false;
    if (dev.isPresent()) {
      String[] rep = dev.get().representation().split(" ");
      if (rep[0].equals("target")) {
        target = Optional.of(rep[1]);
      } else if (rep[0].equals("split")) {
        split = true;
      }
    }
    if (target.isEmpty()) {
      return List.of("a plan without status=superseded_by and without an exception naming its event");
    }
    Optional<Event> event = DATA.event(target.get());
    if (event.isEmpty()) {
      return List.of("no event " + target.get() + " to hold the plan");
    }
    List<Revision> datesMatch = event.get().revisions().stream().filter(r -> datesMatch(row, r))
        .collect(Collectors.toList());
    List<Revision> placeMatches = event.get().revisions().stream().filter(r -> placeMatches(row, r))
        .collect(Collectors.toList());
    List<Revision> both = datesMatch.stream().filter(placeMatches::contains).collect(Collectors.toList());
    List<Revision> matching = split ? Stream.concat(datesMatch.stream(), placeMatches.stream()).distinct()
        .collect(Collectors.toList()) : both;
    List<String> problems = new ArrayList<>();
    if (split ? datesMatch.isEmpty() || placeMatches.isEmpty() || !both.isEmpty() : both.isEmpty()) {
      problems.add((split ? "no two revisions, one with the row's dates and one with its place, " : "no revision ")
          + "of " + target.get() + " matches " + row.start() + " / " + row.city());
    }
    for (Revision r : matching) {
      problems.addAll(checkProvenance(row, r));
    }
    return problems;
  }

  private static boolean datesMatch(Row row, Revision r) {
    if (row.start().isEmpty()) {
      return true;
    }
    return r.timing().map(t -> t.start().toEdtf().equals(edtf(row.start()))
        && (row.end().isEmpty() || t.end().map(end -> end.toEdtf().equals(edtf(row.end()))).orElse(false)))
        .orElse(false);
  }

  private static boolean placeMatches(Row row, Revision r) {
    if (row.city().isEmpty()) {
      return true;
    }
    return r.place().map(p -> p.city().equals(Optional.of(row.city()))
        && p.country().equals(Optional.of(row.country()))
        && p.zone().equals(Optional.of(ZoneId.of(row.timezone())))).orElse(false);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Phases, organisations, documents, memberships

  private static List<String> checkPhase(Row row) {
    Optional<Phase> found = DATA.phase(row.id());
    if (found.isEmpty()) {
      return List.of("no phase with id " + row.id());
    }
    FuzzyDate window = found.get().window();
    List<String> problems = new ArrayList<>(checkProvenance(row, found.get()));
    if (!window.isInterval()) {
      problems.add("the window " + window.toEdtf() + " is not an interval");
      return problems;
    }
    problems.addAll(compare("window start", row.start(), window.start(), false));
    if (row.end().isEmpty()) {
      if (!window.isOpenEnd()) {
        problems.add("the row has no end, but the window " + window.toEdtf() + " is not open-ended");
      }
    } else {
      problems.addAll(compare("window end", row.end(), window.end(), false));
    }
    return problems;
  }

  private static List<String> checkOrganisation(Row row) {
    Optional<Organisation> found = DATA.organisation(row.id());
    if (found.isEmpty()) {
      return List.of("no organisation with id " + row.id());
    }
    Organisation o = found.get();
    List<String> problems = new ArrayList<>(checkProvenance(row, o));
    if (!row.city().isEmpty() && !o.city().equals(Optional.of(row.city()))) {
      problems.add("city " + o.city() + " is not " + row.city());
    }
    if (!row.country().isEmpty() && !o.country().equals(Optional.of(row.country()))) {
      problems.add("country " + o.country() + " is not " + row.country());
    }
    return problems;
  }

  private static List<String> checkDocument(Row row, Optional<DocumentKind> kind) {
    Optional<Document> found = DATA.document(row.id());
    if (found.isEmpty()) {
      return List.of("no document with id " + row.id());
    }
    Document doc = found.get();
    List<String> problems = new ArrayList<>(checkProvenance(row, doc));
    kind.filter(k -> k != doc.kind()).ifPresent(k -> problems.add("kind " + doc.kind() + " is not " + k));
    if (row.kind().equals("framework") && doc.kind() != DocumentKind.AGREEMENT) {
      problems.add("a framework should be an AGREEMENT, not " + doc.kind());
    }
    if (row.kind().equals("resolution") && doc.kind() != DocumentKind.RESOLUTION && doc.kind() != DocumentKind.DRAFT) {
      problems.add("a resolution should be a RESOLUTION (or the DRAFT it was agreed as), not " + doc.kind());
    }
    if (!row.start().isEmpty()) {
      problems.addAll(compare("issued", row.start(), doc.issued(), false));
    }
    return problems;
  }

  private static List<String> checkMembership(Row row, String personId, Role role) {
    List<Membership> found = DATA.membershipsOf(personId).stream().filter(m -> m.role() == role)
        .collect(Collectors.toList());
    if (found.isEmpty()) {
      return List.of("no membership of " + personId + " as " + role);
    }
    Membership m = found.get(0);
    List<String> problems = new ArrayList<>(checkProvenance(row, m));
    problems.addAll(compare("start", row.start(), m.start(), false));
    return problems;
  }

  // ------------------------------------------------------------------------------------------------------------

  /** The row's confidence, and at least the row's sources. */
  private static List<String> checkProvenance(Row row, Sourced record) {
    List<String> problems = new ArrayList<>();
    if (!record.confidence().equals(Optional.of(row.confidence()))) {
      problems.add("confidence " + record.confidence() + " is not " + row.confidence());
    }
    Set<String> references = record.sources().stream().map(Source::reference).collect(Collectors.toSet());
    Set<String> missing = new HashSet<>(row.sources());
    missing.removeAll(references);
    if (!missing.isEmpty()) {
      problems.add("sources missing: " + missing);
    }
    return problems;
  }

  private static String edtf(String factBaseValue) {
    return FuzzyDate.parse(factBaseValue).toEdtf();
  }
}
