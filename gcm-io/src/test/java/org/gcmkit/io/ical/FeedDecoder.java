package org.gcmkit.io.ical;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.io.ical.internal.write.FeedWriter;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Commission;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.GeoPoint;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlaceCertainty;
import org.gcmkit.model.Recurrence;
import org.gcmkit.model.Region;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.Source;
import org.gcmkit.model.Timing;
import org.gcmkit.model.Waiver;

/**
 * The recipe of {@code docs/ical-feed.md} ("Reading an event back"), followed literally: rebuilds the data set and the
 * feed definition from a feed of ours, so that a test can check that writing them again gives the same bytes. It
 * is not the importer (which reads any producer's calendar); it proves that the documented format is complete.
 */
final class FeedDecoder {

  final DataSet data;
  final FeedDefinition feed;

  private final Map<String, String> organisations = new LinkedHashMap<>();
  private final Map<String, String> people = new LinkedHashMap<>();

  FeedDecoder(ICalCalendar calendar) {
    List<Event> events = new ArrayList<>();
    for (ICalComponent v : calendar.events()) {
      events.add(event(v));
    }
    DataSet.Builder d = DataSet.builder().addAllEvents(events);
    calendar.property("X-GCMKIT-AS-OF").flatMap(ICalProperty::dateTime)
        .ifPresent(t -> d.asOf(t.instant().orElseThrow()));
    organisations.forEach((id, name) ->
        d.addOrganisations(Organisation.builder().id(id).name(name).type(OrganisationType.OTHER).build()));
    people.forEach((id, name) -> d.addPeople(Person.builder().id(id).name(name).build()));
    this.data = d.build();

    ICalProperty name = calendar.property("NAME").orElseThrow();
    FeedDefinition.Builder f = FeedDefinition.builder().name(name.text().orElseThrow()).includeProgramme(true);
    name.parameter("LANGUAGE").ifPresent(f::language);
    calendar.property("DESCRIPTION").flatMap(ICalProperty::text).ifPresent(f::description);
    f.refreshInterval(duration(calendar.property("REFRESH-INTERVAL").orElseThrow().rawValue()));
    calendar.property("URL").map(p -> URI.create(p.rawValue())).ifPresent(f::url);
    calendar.property("COLOR").flatMap(ICalProperty::text).ifPresent(f::color);
    calendar.property("X-WR-TIMEZONE").flatMap(ICalProperty::text).map(ZoneId::of).ifPresent(f::timeZone);
    this.feed = f.build();
  }

  private Event event(ICalComponent v) {
    String id = text(v, "X-GCMKIT-ID").orElseThrow();
    Event.Builder b = Event.builder()
        .id(id)
        .kind(constant(EventKind.class, text(v, "X-GCMKIT-KIND").orElseThrow()))
        .status(constant(EventStatus.class, text(v, "X-GCMKIT-STATUS").orElseThrow()))
        .title(text(v, "SUMMARY").orElseThrow());
    String uid = v.uid().orElseThrow();
    if (!uid.equals(FeedWriter.uid(id))) {
      b.uid(uid);
    }
    v.property("X-GCMKIT-NUMBER").ifPresent(p -> b.number(Integer.parseInt(p.rawValue())));
    text(v, "X-GCMKIT-COMMISSION").ifPresent(c -> b.commission(constant(Commission.class, c)));
    text(v, "X-GCMKIT-REGION").ifPresent(r -> b.region(constant(Region.class, r)));
    text(v, "X-GCMKIT-PARENT").ifPresent(b::parentId);
    text(v, "X-GCMKIT-PHASE").ifPresent(b::phaseId);
    text(v, "X-GCMKIT-ACTS").ifPresent(a -> numbers(a).forEach(b::addActs));
    text(v, "X-GCMKIT-OBJECTIVES").ifPresent(o -> numbers(o).forEach(b::addObjectives));
    text(v, "X-GCMKIT-THEME").ifPresent(b::theme);
    v.property("URL").ifPresent(p -> b.url(URI.create(p.rawValue())));
    v.property("CREATED").flatMap(ICalProperty::dateTime).ifPresent(t -> b.created(t.instant().orElseThrow()));
    v.property("LAST-MODIFIED").flatMap(ICalProperty::dateTime)
        .ifPresent(t -> b.lastModified(t.instant().orElseThrow()));
    b.timing(timing(v));
    place(v).ifPresent(b::place);
    for (ICalProperty p : v.properties("X-GCMKIT-PARTICIPANT")) {
      b.addParticipants(participant(p));
    }
    for (ICalProperty p : v.properties("X-GCMKIT-SOURCE")) {
      Source.Builder s = Source.builder().reference(p.text().orElseThrow());
      p.parameter("X-LOCATOR").ifPresent(s::locator);
      p.parameter("X-QUOTE").ifPresent(s::quote);
      b.addSources(s.build());
    }
    for (ICalProperty p : v.properties("X-GCMKIT-WAIVER")) {
      Waiver.Builder w = Waiver.builder().code(p.parameter("X-CODE").orElseThrow()).reason(p.text().orElseThrow());
      for (int n = 1; p.parameter("X-SOURCE-" + n).isPresent(); n++) {
        Source.Builder s = Source.builder().reference(p.parameter("X-SOURCE-" + n).get());
        p.parameter("X-LOCATOR-" + n).ifPresent(s::locator);
        p.parameter("X-QUOTE-" + n).ifPresent(s::quote);
        w.addSources(s.build());
      }
      b.addWaivers(w.build());
    }
    for (int i = 0; i < v.sequence().orElse(0); i++) {
      b.addRevisions(Revision.builder().build());
    }
    recurrence(v).ifPresent(b::recurrence);
    Event withoutDescription = b.build();
    return withoutDescription.withDescription(description(v, withoutDescription));
  }

  /** The description rule of the doc. */
  private static Optional<String> description(ICalComponent v, Event withoutDescription) {
    Optional<String> written = text(v, "DESCRIPTION");
    String derived = FeedWriter.description(withoutDescription).orElse("");
    if (written.isEmpty() || (!derived.isEmpty() && written.get().equals(derived))) {
      return Optional.empty();
    }
    if (derived.isEmpty()) {
      return written;
    }
    String w = written.get();
    if (!w.endsWith("\n\n" + derived)) {
      throw new AssertionError("DESCRIPTION does not end with the derived blocks: " + w);
    }
    return Optional.of(w.substring(0, w.length() - derived.length() - 2));
  }

  private static Timing timing(ICalComponent v) {
    Timing.Builder t = Timing.builder();
    Optional<String> start = text(v, "X-GCMKIT-START");
    if (start.isPresent()) {
      t.start(FuzzyDate.parse(start.get()));
      text(v, "X-GCMKIT-END").map(FuzzyDate::parse).ifPresent(t::end);
    } else {
      ICalDateTime s = v.start().orElseThrow();
      Optional<ICalDateTime> e = v.property("DTEND").flatMap(ICalProperty::dateTime);
      if (s.isDate()) {
        t.start(FuzzyDate.of(s.date()));
        e.ifPresent(end -> t.end(FuzzyDate.of(end.date().minusDays(1))));
      } else {
        t.start(FuzzyDate.of(s.localDateTime()));
        e.ifPresent(end -> t.end(FuzzyDate.of(end.localDateTime())));
      }
    }
    text(v, "X-GCMKIT-TIMING-ZONE").map(ZoneId::of).ifPresent(t::zone);
    text(v, "X-GCMKIT-DAYS").ifPresent(days -> {
      for (String d : days.split(",")) {
        t.addDays(LocalDate.parse(d));
      }
    });
    return t.build();
  }

  private static Optional<Place> place(ICalComponent v) {
    Place.Builder p = Place.builder();
    boolean any = false;
    any |= set(v, "X-GCMKIT-VENUE", p::venue);
    any |= set(v, "X-GCMKIT-ROOM", p::room);
    any |= set(v, "X-GCMKIT-ADDRESS", p::address);
    any |= set(v, "X-GCMKIT-CITY", p::city);
    any |= set(v, "X-GCMKIT-COUNTRY", p::country);
    any |= set(v, "X-GCMKIT-PLACE-ZONE", z -> p.zone(ZoneId.of(z)));
    any |= set(v, "X-GCMKIT-PLACE-CERTAINTY", c -> p.certainty(constant(PlaceCertainty.class, c)));
    any |= set(v, "X-GCMKIT-ATTENDANCE", a -> p.attendance(constant(AttendanceMode.class, a)));
    any |= set(v, "X-GCMKIT-REMOTE-URL", u -> p.remoteUrl(URI.create(u)));
    Optional<ICalGeo> geo = v.property("GEO").flatMap(ICalProperty::geo);
    geo.ifPresent(g -> p.geo(GeoPoint.of(g.latitude(), g.longitude())));
    return any || geo.isPresent() ? Optional.of(p.build()) : Optional.empty();
  }

  private Participation participant(ICalProperty p) {
    Participation.Builder b = Participation.builder().role(constant(Role.class, p.text().orElseThrow()));
    p.parameter("X-PERSON").ifPresent(id -> {
      b.personId(id);
      p.parameter("X-PERSON-NAME").ifPresent(name -> people.put(id, name));
    });
    p.parameter("X-ORGANISATION").ifPresent(id -> {
      b.organisationId(id);
      p.parameter("X-ORGANISATION-NAME").ifPresent(name -> organisations.put(id, name));
    });
    p.parameter("X-ON-BEHALF-OF").ifPresent(b::onBehalfOf);
    return b.build();
  }

  private static Optional<Recurrence> recurrence(ICalComponent v) {
    Recurrence.Builder r = Recurrence.builder();
    boolean any = false;
    Optional<ICalProperty> rule = v.property("RRULE");
    if (rule.isPresent()) {
      r.rule(rule.get().rawValue());
      any = true;
    }
    any |= set(v, "X-GCMKIT-RRULE", r::rule);
    for (ICalProperty p : v.properties("RDATE")) {
      r.addDates(local(p.dateTime().orElseThrow()));
      any = true;
    }
    for (ICalProperty p : v.properties("EXDATE")) {
      r.addExceptions(local(p.dateTime().orElseThrow()));
      any = true;
    }
    any |= set(v, "X-GCMKIT-MASTER", r::masterId);
    Optional<ICalDateTime> id = v.recurrenceId();
    if (id.isPresent()) {
      r.recurrenceId(local(id.get()));
      any = true;
    }
    return any ? Optional.of(r.build()) : Optional.empty();
  }

  private static FuzzyDate local(ICalDateTime t) {
    return t.isDate() ? FuzzyDate.of(t.date()) : FuzzyDate.of(t.localDateTime());
  }

  private static boolean set(ICalComponent v, String name, java.util.function.Consumer<String> setter) {
    Optional<String> value = text(v, name);
    value.ifPresent(setter);
    return value.isPresent();
  }

  private static Optional<String> text(ICalComponent v, String name) {
    return v.property(name).flatMap(ICalProperty::text);
  }

  private static List<Integer> numbers(String list) {
    List<Integer> out = new ArrayList<>();
    for (String n : list.split(",")) {
      out.add(Integer.parseInt(n));
    }
    return out;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String code) {
    return Enum.valueOf(type, code.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  private static Duration duration(String value) {
    int w = value.indexOf('W');
    if (w > 0) {
      return Duration.ofDays(7L * Long.parseLong(value.substring(value.indexOf('P') + 1, w)));
    }
    return Duration.parse(value);
  }
}
