package org.gcmkit.validation.internal;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Phase;
import org.jspecify.annotations.Nullable;

/**
 * What the rules share while they validate: the data set, its events with their parents, roots, children, zones
 * and spans as arrays indexed like {@link DataSet#events()}, and the sink. Built in linear time.
 *
 * <p>In <em>value mode</em> (one event validated on its own) the context holds that event alone, its path is the
 * empty string and rules that need other records do not run.
 */
final class Context {

  final DataSet data;
  final Sink sink;
  final boolean dataSetMode;
  final List<Event> events;
  final int n;
  final Map<String, Integer> eventIndex;
  /** Index of each event's parent, or -1 for none, an unknown id or a cycle. */
  final int[] parent;
  final boolean[] cyclic;
  final List<int[]> cycles;
  /** Index of each event's top-level ancestor (itself for a top-level event or an event on a cycle). */
  final int[] root;
  private final int[] childStart;
  private final int[] childList;
  /** The zone of each event's local times: its own, else its nearest ancestor's. */
  final @Nullable ZoneId[] zone;
  final @Nullable Span[] span;
  /** The rules of {@link #zone} for each event, looked up on first use. */
  private final @Nullable ZoneRules[] zoneRules;
  /**
   * The participations of event {@code i} are {@code seatPerson[seatStart[i]]} to {@code seatPerson[seatStart[i + 1]
   * - 1]}, in data order.
   */
  final int[] seatStart;
  /**
   * For each participation of every event, the number of the person it names (see {@link #personNumber}), or -1 when
   * it names none. Resolved once here for every rule that needs it.
   */
  final int[] seatPerson;
  /** The number of people of the data set: person numbers below it name one of them. */
  final int knownPeople;
  /** The number of person numbers given out. */
  final int personCount;
  /** The id of each person number; null for the numbers of people whose id repeats an earlier one. */
  final @Nullable String[] personId;
  /**
   * Person numbers: the data set's people by id (the first of each id gets the person's index), then every other
   * person id that a participation names, from {@link #knownPeople} on, in order of first appearance.
   */
  private final Map<String, Integer> personNumbers;
  private final Set<String> organisationIds;
  private final Map<ZoneId, ZoneRules> rules = new HashMap<>();
  private final Map<Phase, Span> phaseWindows = new java.util.IdentityHashMap<>();
  private @Nullable ZoneId lastZone;
  private @Nullable ZoneRules lastRules;

  private Context(DataSet data, Sink sink, boolean dataSetMode) {
    this.data = data;
    this.sink = sink;
    this.dataSetMode = dataSetMode;
    this.events = data.events();
    this.n = events.size();
    List<Person> people = data.people();
    this.knownPeople = people.size();
    this.personNumbers = new HashMap<>(knownPeople * 2);
    for (int k = 0; k < knownPeople; k++) {
      personNumbers.putIfAbsent(people.get(k).id(), k);
    }
    this.organisationIds = new HashSet<>(data.organisations().size() * 2);
    for (Organisation o : data.organisations()) {
      organisationIds.add(o.id());
    }
    // One pass over the events for what needs only the event itself: ids, parent ids, own zones, spans and the
    // people of the participations.
    this.eventIndex = new HashMap<>(n * 2);
    @Nullable String[] parentIds = new String[n];
    @Nullable ZoneId[] ownZone = new ZoneId[n];
    this.span = new Span[n];
    this.seatStart = new int[n + 1];
    int[] seats = new int[Math.max(16, n * 4)];
    int next = knownPeople;
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Event e = events.get(i);
      eventIndex.putIfAbsent(e.id(), i);
      parentIds[i] = e.parentId().orElse(null);
      ownZone[i] = e.zone().orElse(null);
      Optional<org.gcmkit.model.Timing> t = e.timing();
      if (t.isPresent()) {
        span[i] = Span.of(t.get());
      }
      List<Participation> ps = e.participants();
      int from = seatStart[i];
      seatStart[i + 1] = from + ps.size();
      if (seatStart[i + 1] > seats.length) {
        seats = java.util.Arrays.copyOf(seats, Math.max(seatStart[i + 1], seats.length * 2));
      }
      for (int k = 0; k < ps.size(); k++) {
        String id = ps.get(k).personId().orElse(null);
        if (id == null) {
          seats[from + k] = -1;
          continue;
        }
        Integer number = personNumbers.get(id);
        if (number == null) {
          number = next++;
          personNumbers.put(id, number);
          unknown.add(id);
        }
        seats[from + k] = number;
      }
    }
    this.seatPerson = seats.length == seatStart[n] ? seats : java.util.Arrays.copyOf(seats, seatStart[n]);
    this.personCount = next;
    this.personId = new String[next];
    for (int k = 0; k < knownPeople; k++) {
      String id = people.get(k).id();
      if (personNumbers.get(id) == k) {
        personId[k] = id;
      }
    }
    for (int k = 0; k < unknown.size(); k++) {
      personId[knownPeople + k] = unknown.get(k);
    }
    int[] rawParent = new int[n];
    for (int i = 0; i < n; i++) {
      Integer pi = parentIds[i] != null ? eventIndex.get(parentIds[i]) : null;
      rawParent[i] = pi == null ? -1 : pi;
    }
    this.cyclic = new boolean[n];
    this.cycles = Graph.cycles(rawParent, cyclic);
    this.parent = rawParent;
    for (int i = 0; i < n; i++) {
      if (cyclic[i]) {
        parent[i] = -1;
      }
    }
    // Events below a cycle keep their parent; walks stop at the cycle, whose members now have no parent.
    this.root = new int[n];
    java.util.Arrays.fill(root, -1);
    this.zone = new ZoneId[n];
    this.zoneRules = new ZoneRules[n];
    int[] stack = new int[Math.max(1, n)];
    for (int i = 0; i < n; i++) {
      if (root[i] >= 0) {
        continue;
      }
      int top = 0;
      int j = i;
      while (j >= 0 && root[j] < 0) {
        stack[top++] = j;
        j = parent[j];
      }
      int r = j >= 0 ? root[j] : stack[top - 1];
      ZoneId z = j >= 0 ? zone[j] : null;
      for (int k = top - 1; k >= 0; k--) {
        int e = stack[k];
        root[e] = r;
        ZoneId own = ownZone[e];
        z = own != null ? own : z;
        zone[e] = z;
      }
    }
    int[] count = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        count[parent[i] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      count[i + 1] += count[i];
    }
    this.childStart = count.clone();
    this.childList = new int[count[n]];
    int[] fill = count;
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        childList[fill[parent[i]]++] = i;
      }
    }
  }

  /**
   * The context of a data set.
   *
   * @param data the data set
   * @param sink the sink
   * @return the context
   */
  static Context of(DataSet data, Sink sink) {
    return new Context(data, sink, true);
  }

  /**
   * The context of one event validated on its own.
   *
   * @param event the event
   * @param sink the sink
   * @return the context
   */
  static Context ofEvent(Event event, Sink sink) {
    return new Context(DataSet.builder().addEvents(event).build(), sink, false);
  }

  /**
   * A context for values that are not events, such as a timing validated on its own.
   *
   * @param sink the sink
   * @return the context
   */
  static Context standalone(Sink sink) {
    return new Context(DataSet.builder().build(), sink, false);
  }

  /**
   * The data path of an event.
   *
   * @param i the event's index
   * @return {@code events[id]}, or the empty string in value mode
   */
  String path(int i) {
    if (!dataSetMode) {
      return "";
    }
    String id = events.get(i).id();
    return id.isBlank() ? Paths.at("events", i) : Paths.event(id);
  }

  /**
   * The events whose parent an event is, in data order.
   *
   * @param i the event's index
   * @return the children's indexes
   */
  int[] children(int i) {
    return java.util.Arrays.copyOfRange(childList, childStart[i], childStart[i + 1]);
  }

  /**
   * The number of children of an event.
   *
   * @param i the event's index
   * @return the count
   */
  int childCount(int i) {
    return childStart[i + 1] - childStart[i];
  }

  /**
   * A child of an event.
   *
   * @param i the event's index
   * @param k which child, from 0
   * @return the child's index
   */
  int child(int i, int k) {
    return childList[childStart[i] + k];
  }

  /**
   * The rules of a zone, looked up once per zone.
   *
   * @param z the zone
   * @return its rules
   */
  ZoneRules rules(ZoneId z) {
    if (z == lastZone && lastRules != null) {
      return lastRules;
    }
    ZoneRules r = rules.computeIfAbsent(z, ZoneId::getRules);
    lastZone = z;
    lastRules = r;
    return r;
  }

  /**
   * The rules of the zone of an event's local times.
   *
   * @param i the event's index; it must have a zone
   * @return the rules of {@code zone[i]}
   */
  ZoneRules zoneRules(int i) {
    ZoneRules r = zoneRules[i];
    if (r == null) {
      ZoneId z = zone[i];
      if (z == null) {
        throw new IllegalStateException("event " + i + " has no zone");
      }
      r = rules(z);
      zoneRules[i] = r;
    }
    return r;
  }

  /**
   * The span of a phase's window, computed once per phase.
   *
   * @param phase a phase of the data set
   * @return the span of its window
   */
  Span phaseWindow(Phase phase) {
    return phaseWindows.computeIfAbsent(phase, p -> Span.ofWindow(p.window()));
  }

  /**
   * Whether the data set has a person with an id.
   *
   * @param id the id
   * @return whether one of its people has it
   */
  boolean hasPerson(String id) {
    Integer k = personNumbers.get(id);
    return k != null && k < knownPeople;
  }

  /**
   * The number of a person id (see {@link #personNumbers}).
   *
   * @param id the id
   * @return the number, or -1 for an id that neither a person of the data set nor a participation has
   */
  int personNumber(String id) {
    Integer k = personNumbers.get(id);
    return k == null ? -1 : k;
  }

  /**
   * Whether the data set has an organisation with an id.
   *
   * @param id the id
   * @return whether one of its organisations has it
   */
  boolean hasOrganisation(String id) {
    return organisationIds.contains(id);
  }

  /**
   * The index of an event by id.
   *
   * @param id the id
   * @return the index, or -1
   */
  int indexOf(String id) {
    Integer i = eventIndex.get(id);
    return i == null ? -1 : i;
  }

  /**
   * Every event in a subtree, the root first, in depth-first order.
   *
   * @param top the root of the subtree
   * @return the indexes
   */
  List<Integer> subtree(int top) {
    List<Integer> out = new ArrayList<>();
    int[] stack = new int[16];
    int sp = 0;
    stack[sp++] = top;
    while (sp > 0) {
      int i = stack[--sp];
      out.add(i);
      for (int k = childCount(i) - 1; k >= 0; k--) {
        if (sp == stack.length) {
          stack = java.util.Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = child(i, k);
      }
    }
    return out;
  }
}
