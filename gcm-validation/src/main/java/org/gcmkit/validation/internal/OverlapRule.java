package org.gcmkit.validation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Timing;

/**
 * The same person is not in two sessions at once. For each person, the events they take part in are sorted by start
 * instant and swept once, keeping the furthest end seen so far: an event that starts before it is reported, with the
 * event that reaches furthest. An event is left out when the person also takes part in one of its sub-events (being at
 * the meeting and at its group session is no conflict), when it is cancelled or postponed, when its timing is not
 * exact or has no zone; two group sessions of the same round are left to {@code GCM-ROUND-PARTICIPANT}. The work is
 * O(p log p) for p participations.
 */
final class OverlapRule {

  private OverlapRule() {}

  /** A growable list of (event, participation) pairs. */
  private static final class Seats {
    int[] data = new int[4];
    int size;

    void add(int event, int participation) {
      if (size + 2 > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      data[size++] = event;
      data[size++] = participation;
    }
  }

  /**
   * Runs the rule.
   *
   * @param ctx the context
   */
  static void check(Context ctx) {
    Map<String, Seats> byPerson = new LinkedHashMap<>();
    for (int i = 0; i < ctx.n; i++) {
      Event e = ctx.events.get(i);
      if (e.status() == EventStatus.CANCELLED || e.status() == EventStatus.POSTPONED || e.timing().isEmpty()) {
        continue;
      }
      List<Participation> ps = e.participants();
      Set<String> here = ps.size() > 1 ? new HashSet<>() : null;
      for (int k = 0; k < ps.size(); k++) {
        Optional<String> person = ps.get(k).personId();
        if (person.isPresent() && (here == null || here.add(person.get()))) {
          byPerson.computeIfAbsent(person.get(), x -> new Seats()).add(i, k);
        }
      }
    }
    long[][] instants = new long[ctx.n][];
    boolean[] computed = new boolean[ctx.n];
    for (Map.Entry<String, Seats> entry : byPerson.entrySet()) {
      Seats seats = entry.getValue();
      if (seats.size < 4) {
        continue;
      }
      sweep(ctx, entry.getKey(), seats, instants, computed);
    }
  }

  private static void sweep(Context ctx, String person, Seats seats, long[][] instants, boolean[] computed) {
    int count = seats.size / 2;
    Set<Integer> mine = new HashSet<>(count * 2);
    for (int s = 0; s < count; s++) {
      mine.add(seats.data[2 * s]);
    }
    Set<Integer> covering = new HashSet<>();
    for (int s = 0; s < count; s++) {
      for (int p = ctx.parent[seats.data[2 * s]]; p >= 0; p = ctx.parent[p]) {
        if (mine.contains(p)) {
          covering.add(p);
        }
      }
    }
    // Intervals as (start, end, seat) triples.
    long[] starts = new long[count * 2];
    long[] ends = new long[count * 2];
    int[] seatOf = new int[count * 2];
    int m = 0;
    for (int s = 0; s < count; s++) {
      int event = seats.data[2 * s];
      if (covering.contains(event)) {
        continue;
      }
      if (!computed[event]) {
        instants[event] = instants(ctx, event);
        computed[event] = true;
      }
      long[] iv = instants[event];
      if (iv == null) {
        continue;
      }
      for (int j = 0; j + 1 < iv.length; j += 2) {
        if (m == starts.length) {
          starts = Arrays.copyOf(starts, m * 2);
          ends = Arrays.copyOf(ends, m * 2);
          seatOf = Arrays.copyOf(seatOf, m * 2);
        }
        starts[m] = iv[j];
        ends[m] = iv[j + 1];
        seatOf[m] = s;
        m++;
      }
    }
    if (m < 2) {
      return;
    }
    Integer[] order = new Integer[m];
    for (int j = 0; j < m; j++) {
      order[j] = j;
    }
    long[] st = starts;
    long[] en = ends;
    int[] so = seatOf;
    Arrays.sort(order, (a, b) -> st[a] != st[b] ? Long.compare(st[a], st[b])
        : en[a] != en[b] ? Long.compare(en[a], en[b])
        : ctx.events.get(seats.data[2 * so[a]]).id().compareTo(ctx.events.get(seats.data[2 * so[b]]).id()));
    long furthest = Long.MIN_VALUE;
    int furthestSeat = -1;
    Set<Integer> reported = new HashSet<>();
    for (int j = 0; j < m; j++) {
      int iv = order[j];
      int seat = seatOf[iv];
      if (furthestSeat >= 0 && st[iv] < furthest && seat != furthestSeat) {
        int a = seats.data[2 * furthestSeat];
        int b = seats.data[2 * seat];
        if (a != b && !sameRound(ctx, a, b) && reported.add(seat)) {
          Event eb = ctx.events.get(b);
          ctx.sink.add(Rule.PERSON_OVERLAP, eb.waivers(),
              Paths.join(Paths.at(Paths.join(ctx.path(b), "participants"), seats.data[2 * seat + 1]), "personId"),
              person, eb.id(), ctx.events.get(a).id());
        }
      }
      if (en[iv] > furthest) {
        furthest = en[iv];
        furthestSeat = seat;
      }
    }
  }

  private static boolean sameRound(Context ctx, int a, int b) {
    int pa = ctx.parent[a];
    return pa >= 0 && pa == ctx.parent[b] && ctx.events.get(pa).kind() == EventKind.SESSION_ROUND
        && ctx.events.get(a).kind() == EventKind.GROUP_SESSION && ctx.events.get(b).kind() == EventKind.GROUP_SESSION;
  }

  /** The UTC intervals of an event with an exact timing and a zone, as (start, end) pairs in epoch seconds. */
  private static long @org.jspecify.annotations.Nullable [] instants(Context ctx, int i) {
    Timing t = ctx.events.get(i).timing().orElse(null);
    ZoneId zone = ctx.zone[i];
    if (t == null || zone == null || !t.isExact()) {
      return null;
    }
    ZoneRules rules = ctx.rules(zone);
    FuzzyDate start = t.start();
    if (t.isTimed()) {
      FuzzyDate end = t.end().orElse(null);
      if (end == null || end.dateTime().isEmpty()) {
        return null;
      }
      long s = epoch(start.dateTime().get(), start.offset(), rules);
      long e = epoch(end.dateTime().get(), end.offset(), rules);
      return e > s ? new long[] {s, e} : null;
    }
    if (!t.days().isEmpty()) {
      long[] out = new long[t.days().size() * 2];
      int k = 0;
      for (LocalDate d : t.days()) {
        out[k++] = epoch(d.atStartOfDay(), Optional.empty(), rules);
        out[k++] = epoch(d.plusDays(1).atStartOfDay(), Optional.empty(), rules);
      }
      return out;
    }
    LocalDate first = t.firstDay();
    LocalDate last = t.lastDay();
    if (last.isBefore(first)) {
      return null;
    }
    return new long[] {
      epoch(first.atStartOfDay(), Optional.empty(), rules), epoch(last.plusDays(1).atStartOfDay(), Optional.empty(),
          rules)
    };
  }

  private static long epoch(LocalDateTime local, Optional<ZoneOffset> offset, ZoneRules rules) {
    ZoneOffset o = offset.orElseGet(() -> rules.getOffset(local));
    return local.toEpochSecond(o);
  }
}
