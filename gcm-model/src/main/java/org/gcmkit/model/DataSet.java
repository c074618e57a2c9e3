package org.gcmkit.model;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A data set of the GCM process: phases, events and their programmes, organisations, people and their roles,
 * accreditations, the Ten Acts, the objectives, goals with targets and indicators, and documents. Records refer to
 * each other by id.
 *
 * <p>The data set indexes its records on first use, so lookups by id are constant-time and the programme of an
 * event is found without a scan. Ids should be unique within each kind of record; when they are not (the data is
 * built, not validated), lookups return the first record with the id and validation reports the duplicates.
 *
 * <p>{@link #complete()} says whether the data set claims to hold the whole process; only then does validation
 * check counts the seeds fix (six thematic sessions, seven regional civil society consultations).
 *
 * <pre>{@code
 * DataSet data = DataSet.builder()
 *     .title("My consultations")
 *     .addEvents(meeting, day1, groupSession)
 *     .addPeople(coLead)
 *     .build();
 *
 * data.event("cs-stock").map(Event::title);    // Optional["Civil Society Stocktaking ..."]
 * data.children("cs-stock-d1");                // the rounds of day 1, in data order
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class DataSet implements WithDataSet, Sourced {

  DataSet() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The data set's title.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * What the data set holds and where it comes from.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * When the data was last revised as a whole. Calendar feeds use it as the stamp of events that have no
   * {@link Event#lastModified()}, so that the same data gives the same bytes.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> asOf();

  /**
   * Whether the data set claims to hold every event of the process, so that counts can be checked.
   *
   * @return {@code true} when it claims completeness
   */
  @Value.Default
  public boolean complete() {
    return false;
  }

  /**
   * The phases of the process.
   *
   * @return the phases
   */
  public abstract List<@Valid Phase> phases();

  /**
   * The events, and the items of their programmes.
   *
   * @return the events
   */
  public abstract List<@Valid Event> events();

  /**
   * The organisations, bodies and States.
   *
   * @return the organisations
   */
  public abstract List<@Valid Organisation> organisations();

  /**
   * The people.
   *
   * @return the people
   */
  public abstract List<@Valid Person> people();

  /**
   * The roles people hold in organisations and in the process.
   *
   * @return the memberships
   */
  public abstract List<@Valid Membership> memberships();

  /**
   * The accreditations of organisations.
   *
   * @return the accreditations
   */
  public abstract List<@Valid Accreditation> accreditations();

  /**
   * The Ten Acts.
   *
   * @return the Acts
   */
  public abstract List<@Valid Act> acts();

  /**
   * The GCM objectives.
   *
   * @return the objectives
   */
  public abstract List<@Valid Objective> objectives();

  /**
   * Goals with their targets and indicators.
   *
   * @return the goals
   */
  public abstract List<@Valid Goal> goals();

  /**
   * The documents.
   *
   * @return the documents
   */
  public abstract List<@Valid Document> documents();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /**
   * The event with an id.
   *
   * @param id the id
   * @return the event, or empty
   */
  public final Optional<Event> event(String id) {
    return Optional.ofNullable(eventIndex().get(id));
  }

  /**
   * The items of an event's programme: the events whose parent it is, in data order.
   *
   * @param parentId the id of the event
   * @return the children; empty when there are none
   */
  public final List<Event> children(String parentId) {
    return childIndex().getOrDefault(parentId, List.of());
  }

  /**
   * The phase with an id.
   *
   * @param id the id
   * @return the phase, or empty
   */
  public final Optional<Phase> phase(String id) {
    return Optional.ofNullable(phaseIndex().get(id));
  }

  /**
   * The organisation with an id.
   *
   * @param id the id
   * @return the organisation, or empty
   */
  public final Optional<Organisation> organisation(String id) {
    return Optional.ofNullable(organisationIndex().get(id));
  }

  /**
   * The person with an id.
   *
   * @param id the id
   * @return the person, or empty
   */
  public final Optional<Person> person(String id) {
    return Optional.ofNullable(personIndex().get(id));
  }

  /**
   * The document with an id.
   *
   * @param id the id
   * @return the document, or empty
   */
  public final Optional<Document> document(String id) {
    return Optional.ofNullable(documentIndex().get(id));
  }

  /**
   * The document known under a UN symbol, in any of its forms.
   *
   * @param symbol the symbol, for example {@code "A/71/L.58"}
   * @return the document, or empty
   */
  public final Optional<Document> documentBySymbol(String symbol) {
    return Optional.ofNullable(symbolIndex().get(Document.normaliseSymbol(symbol)));
  }

  /**
   * The Act with a number.
   *
   * @param number 1 to 10
   * @return the Act, or empty
   */
  public final Optional<Act> act(int number) {
    for (Act a : acts()) {
      if (a.number() == number) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The objective with a number.
   *
   * @param number 1 to 23
   * @return the objective, or empty
   */
  public final Optional<Objective> objective(int number) {
    for (Objective o : objectives()) {
      if (o.number() == number) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * The memberships of a person, in data order.
   *
   * @param personId the person's id
   * @return the memberships
   */
  public final List<Membership> membershipsOf(String personId) {
    return membershipIndex().getOrDefault(personId, List.of());
  }

  @Value.Lazy
  Map<String, Event> eventIndex() {
    return index(events(), Event::id);
  }

  @Value.Lazy
  Map<String, List<Event>> childIndex() {
    Map<String, List<Event>> map = new HashMap<>();
    for (Event e : events()) {
      e.parentId().ifPresent(p -> map.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
    }
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(map);
  }

  @Value.Lazy
  Map<String, Phase> phaseIndex() {
    return index(phases(), Phase::id);
  }

  @Value.Lazy
  Map<String, Organisation> organisationIndex() {
    return index(organisations(), Organisation::id);
  }

  @Value.Lazy
  Map<String, Person> personIndex() {
    return index(people(), Person::id);
  }

  @Value.Lazy
  Map<String, Document> documentIndex() {
    return index(documents(), Document::id);
  }

  @Value.Lazy
  Map<String, Document> symbolIndex() {
    Map<String, Document> map = new HashMap<>();
    for (Document d : documents()) {
      for (String s : d.symbols()) {
        map.putIfAbsent(Document.normaliseSymbol(s), d);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  @Value.Lazy
  Map<String, List<Membership>> membershipIndex() {
    Map<String, List<Membership>> map = new HashMap<>();
    for (Membership m : memberships()) {
      map.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m);
    }
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(map);
  }

  private static <T> Map<String, T> index(List<T> records, Function<T, String> id) {
    Map<String, T> map = new HashMap<>(records.size() * 2);
    for (T r : records) {
      map.putIfAbsent(id.apply(r), r);
    }
    return Collections.unmodifiableMap(map);
  }

  /** Builds {@link DataSet} values; nothing is required. */
  public static final class Builder extends ImmutableDataSet.Builder {
    Builder() {}
  }
}
