package org.gcmkit.validation.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gcmkit.model.Event;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Phase;
import org.gcmkit.model.RelativeAnchor;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Timing;
import org.gcmkit.model.Waiver;

/**
 * Rules that place an event in time against other records: inside its phase's window (R14), inside its parent, and
 * at the date a relative statement gives (R39, R13).
 */
final class ScheduleRules {

  /**
   * R39: the tolerance of an approximate relative date ("about three weeks before"), as a fraction of the offset,
   * and its floor in days. "About three weeks" allows 21 ± 5 days.
   */
  static final double APPROXIMATE_FRACTION = 0.25;

  static final int APPROXIMATE_MIN_DAYS = 3;

  private ScheduleRules() {}

  /**
   * Checks an event of a data set.
   *
   * @param ctx the context
   * @param i the event's index
   */
  static void check(Context ctx, int i) {
    Event e = ctx.events.get(i);
    List<Waiver> w = e.waivers();
    Span span = ctx.span[i];
    if (span != null) {
      phase(ctx, e, span, i, w);
      int parent = ctx.parent[i];
      if (parent >= 0 && ctx.span[parent] != null) {
        Span child = span;
        Span window = ctx.span[parent];
        ZoneId cz = ctx.zone[i];
        ZoneId pz = ctx.zone[parent];
        if (Span.needsUtc(cz, pz)) {
          child = child.toUtc(ctx.zoneRules(i));
          window = window.toUtc(ctx.zoneRules(parent));
        }
        Span.Within within = child.compareWithin(window);
        String parentId = ctx.events.get(parent).id();
        if (within == Span.Within.OUTSIDE) {
          ctx.sink.add(Rule.PARENT_WINDOW, w, Paths.join(ctx.path(i), "timing"), e.id(), parentId);
        } else if (within == Span.Within.POSSIBLY_OUTSIDE) {
          ctx.sink.add(Rule.PARENT_WINDOW_UNCERTAIN, w, Paths.join(ctx.path(i), "timing"), e.id(), parentId);
        }
      }
    }
    if (e.timing().isPresent()) {
      relative(ctx, e.timing().get(), () -> Paths.join(ctx.path(i), "timing"), w);
    }
    List<Revision> revisions = e.revisions();
    for (int k = 0; k < revisions.size(); k++) {
      int index = k;
      revisions.get(k).timing().ifPresent(t -> relative(ctx, t,
          () -> Paths.join(Paths.at(Paths.join(ctx.path(i), "revisions"), index), "timing"), w));
    }
  }

  /** R14: "events should fall in their phase". Phase windows are day-precise at best; times count by their day. */
  private static void phase(Context ctx, Event e, Span span, int i, List<Waiver> w) {
    if (e.phaseId().isEmpty()) {
      return;
    }
    Optional<Phase> phase = ctx.data.phase(e.phaseId().get());
    if (phase.isEmpty()) {
      return;
    }
    FuzzyDate window = phase.get().window();
    Span.Within within = span.compareWithin(ctx.phaseWindow(phase.get()));
    if (within == Span.Within.OUTSIDE) {
      ctx.sink.add(Rule.PHASE_WINDOW, w, Paths.join(ctx.path(i), "timing"), e.id(), phase.get().id(),
          window.toEdtf());
    } else if (within == Span.Within.POSSIBLY_OUTSIDE) {
      ctx.sink.add(Rule.PHASE_WINDOW_UNCERTAIN, w, Paths.join(ctx.path(i), "timing"), e.id(), phase.get().id(),
          window.toEdtf());
    }
  }

  /**
   * R39: a date given relative to another event agrees with that event's date shifted by the offset. The expected
   * start is the anchor's first (or last) possible day plus the offset, to its latest possible day plus the offset;
   * an approximate offset widens that by a quarter of the offset, at least three days. The timing agrees when its
   * possible start days meet the expected ones.
   */
  private static void relative(Context ctx, Timing t, Supplier<String> path, List<Waiver> w) {
    if (t.relativeTo().isEmpty()) {
      return;
    }
    RelativeDate r = t.relativeTo().get();
    int anchor = ctx.indexOf(r.anchorId());
    if (anchor < 0) {
      return;
    }
    Optional<Timing> at = ctx.events.get(anchor).timing();
    if (at.isEmpty()) {
      return;
    }
    FuzzyDate base = r.anchor() == RelativeAnchor.START ? at.get().start() : at.get().end().orElse(at.get().start());
    LocalDate baseFirst = base.earliest();
    LocalDate baseLast = base.latest();
    LocalDate first = t.start().earliest();
    LocalDate last = t.start().latest();
    if (!finite(baseFirst) || !finite(baseLast) || !finite(first) || !finite(last)) {
      return;
    }
    Period offset = r.offset();
    long tolerance = r.approximate() ? tolerance(offset) : 0;
    LocalDate expectedFirst;
    LocalDate expectedLast;
    try {
      expectedFirst = baseFirst.plus(offset).minusDays(tolerance);
      expectedLast = baseLast.plus(offset).plusDays(tolerance);
    } catch (java.time.DateTimeException | ArithmeticException outOfRange) {
      return; // an offset beyond the calendar: nothing to compare
    }
    if (last.isBefore(expectedFirst) || first.isAfter(expectedLast)) {
      String start = first.equals(last) ? first.toString() : first + "/" + last;
      String expected = expectedFirst.equals(expectedLast) ? expectedFirst.toString()
          : expectedFirst + "/" + expectedLast;
      ctx.sink.add(Rule.RELATIVE_DATE, w, Paths.join(path.get(), "relativeTo"), start, r.anchorId(), offset, expected,
          tolerance);
    }
  }

  /**
   * The tolerance of an approximate offset in days.
   *
   * @param offset the offset
   * @return a quarter of its length, at least {@link #APPROXIMATE_MIN_DAYS}
   */
  static long tolerance(Period offset) {
    long days = Math.abs(offset.getYears() * 365L + offset.getMonths() * 30L + offset.getDays());
    return Math.max(APPROXIMATE_MIN_DAYS, Math.round(days * APPROXIMATE_FRACTION));
  }

  private static boolean finite(LocalDate d) {
    return d.getYear() > -9999 && d.getYear() < 9999;
  }
}
