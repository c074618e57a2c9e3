package org.gcmkit.validation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Optional;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
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

  /**
   * Runs the rule.
   *
   * @param ctx the context
   */
  static void check(Context ctx) {
    // The seats of each person (by person number): an event once, with the person's first participation in it,
    // in data order; people in the order they first take a seat.
    int persons = ctx.personCount;
    int[] count = new int[persons + 1];
    int[] lastEvent = new int[persons];
    Arrays.fill(lastEvent, -1);
    int[] firstSeen = new int[persons];
    int seen = 0;
    boolean[] eligible = new boolean[ctx.n];
    for (int i = 0; i < ctx.n; i++) {
      Event e = ctx.events.get(i);
      if (e.status() == EventStatus.CANCELLED || e.status() == EventStatus.POSTPONED || e.timing().isEmpty()) {
        continue;
      }
      eligible[i] = true;
      for (int j = ctx.seatStart[i]; j < ctx.seatStart[i + 1]; j++) {
        int person = ctx.seatPerson[j];
        if (person >= 0 && lastEvent[person] != i) {
          lastEvent[person] = i;
          if (count[person + 1]++ == 0) {
            firstSeen[seen++] = person;
          }
        }
      }
    }
    for (int k = 0; k < persons; k++) {
      count[k + 1] += count[k];
    }
    int[] from = count.clone();
    int[] seatEvent = new int[count[persons]];
    int[] seatIndex = new int[count[persons]];
    Arrays.fill(lastEvent, -1);
    for (int i = 0; i < ctx.n; i++) {
      if (!eligible[i]) {
        continue;
      }
      for (int j = ctx.seatStart[i]; j < ctx.seatStart[i + 1]; j++) {
        int person = ctx.seatPerson[j];
        if (person >= 0 && lastEvent[person] != i) {
          lastEvent[person] = i;
          seatEvent[from[person]] = i;
          seatIndex[from[person]] = j - ctx.seatStart[i];
          from[person]++;
        }
      }
    }
    // The UTC intervals of the events that the sweeps may compare, computed in data order (the records lie in memory
    // about in that order, the sweeps visit them person by person).
    long[][] instants = new long[ctx.n][];
    for (int i = 0; i < ctx.n; i++) {
      if (!eligible[i]) {
        continue;
      }
      for (int j = ctx.seatStart[i]; j < ctx.seatStart[i + 1]; j++) {
        int person = ctx.seatPerson[j];
        if (person >= 0 && count[person + 1] - count[person] >= 2) {
          instants[i] = instants(ctx, i);
          break;
        }
      }
    }
    Sweep sweep = new Sweep(ctx, seatEvent, seatIndex, instants);
    for (int s = 0; s < seen; s++) {
      int person = firstSeen[s];
      if (count[person + 1] - count[person] >= 2) {
        sweep.run(person, count[person], count[person + 1]);
      }
    }
  }

  /** The sweep over the seats of one person after another, with the work arrays they share. */
  private static final class Sweep {
    final Context ctx;
    final int[] seatEvent;
    final int[] seatIndex;
    /** The UTC intervals of each event with an exact timing and a zone, or null. */
    final long[][] instants;
    /** {@code person + 1} for the events the current person takes a seat in. */
    final int[] mine;
    /** {@code person + 1} for the events of the current person that are the parent of another of their events. */
    final int[] covering;

    Sweep(Context ctx, int[] seatEvent, int[] seatIndex, long[][] instants) {
      this.ctx = ctx;
      this.seatEvent = seatEvent;
      this.seatIndex = seatIndex;
      this.instants = instants;
      this.mine = new int[ctx.n];
      this.covering = new int[ctx.n];
    }

    /**
     * Sorts {@code order[lo..hi)}, indexes of intervals, by start, then end, then event id, then index (so that the
     * order is that of a stable sort by the first three): a merge sort on ints, with no boxing and no comparator
     * object. {@code work} is scratch space as long as {@code order}.
     */
    private void sort(int[] order, int[] work, int lo, int hi, long[] st, long[] en, int[] so, int from) {
      if (hi - lo <= 12) {
        for (int j = lo + 1; j < hi; j++) {
          int x = order[j];
          int k = j - 1;
          while (k >= lo && compare(order[k], x, st, en, so, from) > 0) {
            order[k + 1] = order[k];
            k--;
          }
          order[k + 1] = x;
        }
        return;
      }
      int mid = (lo + hi) >>> 1;
      sort(order, work, lo, mid, st, en, so, from);
      sort(order, work, mid, hi, st, en, so, from);
      if (compare(order[mid - 1], order[mid], st, en, so, from) <= 0) {
        return;
      }
      System.arraycopy(order, lo, work, lo, hi - lo);
      int a = lo;
      int b = mid;
      for (int k = lo; k < hi; k++) {
        if (b >= hi || (a < mid && compare(work[a], work[b], st, en, so, from) <= 0)) {
          order[k] = work[a++];
        } else {
          order[k] = work[b++];
        }
      }
    }

    private int compare(int a, int b, long[] st, long[] en, int[] so, int from) {
      if (st[a] != st[b]) {
        return Long.compare(st[a], st[b]);
      }
      if (en[a] != en[b]) {
        return Long.compare(en[a], en[b]);
      }
      int byId = ctx.events.get(seatEvent[from + so[a]]).id().compareTo(ctx.events.get(seatEvent[from + so[b]]).id());
      return byId != 0 ? byId : Integer.compare(a, b);
    }

    /** Sweeps the seats {@code from} (inclusive) to {@code to} (exclusive) of a person. */
    void run(int person, int from, int to) {
      int stamp = person + 1;
      int count = to - from;
      for (int s = from; s < to; s++) {
        mine[seatEvent[s]] = stamp;
      }
      for (int s = from; s < to; s++) {
        for (int p = ctx.parent[seatEvent[s]]; p >= 0; p = ctx.parent[p]) {
          if (mine[p] == stamp) {
            covering[p] = stamp;
          }
        }
      }
      // Intervals as (start, end, seat) triples, seats counted from 0.
      long[] starts = new long[count * 2];
      long[] ends = new long[count * 2];
      int[] seatOf = new int[count * 2];
      int m = 0;
      for (int s = 0; s < count; s++) {
        int event = seatEvent[from + s];
        if (covering[event] == stamp) {
          continue;
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
      int[] order = new int[m];
      for (int j = 0; j < m; j++) {
        order[j] = j;
      }
      long[] st = starts;
      long[] en = ends;
      int[] so = seatOf;
      sort(order, new int[m], 0, m, st, en, so, from);
      long furthest = Long.MIN_VALUE;
      int furthestSeat = -1;
      boolean[] reported = new boolean[count];
      for (int j = 0; j < m; j++) {
        int iv = order[j];
        int seat = seatOf[iv];
        if (furthestSeat >= 0 && st[iv] < furthest && seat != furthestSeat) {
          int a = seatEvent[from + furthestSeat];
          int b = seatEvent[from + seat];
          if (a != b && !sameRound(ctx, a, b) && !reported[seat]) {
            reported[seat] = true;
            Event eb = ctx.events.get(b);
            ctx.sink.add(Rule.PERSON_OVERLAP, eb.waivers(),
                Paths.join(Paths.at(Paths.join(ctx.path(b), "participants"), seatIndex[from + seat]), "personId"),
                ctx.personId[person], eb.id(), ctx.events.get(a).id());
          }
        }
        if (en[iv] > furthest) {
          furthest = en[iv];
          furthestSeat = seat;
        }
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
    ZoneRules rules = ctx.zoneRules(i);
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
    return local.toEpochSecond(offset.isPresent() ? offset.get() : rules.getOffset(local));
  }
}
