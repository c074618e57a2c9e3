package org.gcmkit.io.ical.internal.read;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.gcmkit.calendar.recur.RecurrenceRule;
import org.gcmkit.calendar.recur.RecurrenceRule.WeekdayNum;
import org.gcmkit.calendar.recur.RecurrenceSet;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the observances of a VTIMEZONE (RFC 5545 section 3.6.5) into {@link ZoneRules}.
 *
 * <p>Each observance's onsets are its DTSTART, its RDATEs and the instances of its RRULE, all local times in its
 * TZOFFSETFROM. Onsets up to the last year that any observance names explicitly (its DTSTART, an RDATE, the end of a
 * bounded RRULE) become explicit transitions. An RRULE without end that is a simple yearly rule (one BYMONTH and
 * either one BYDAY such as {@code 2SU}/{@code -1SU}, a BYDAY with seven consecutive BYMONTHDAYs, or a fixed day)
 * becomes a {@link ZoneOffsetTransitionRule}, which covers every later year. When an open-ended RRULE is not simple,
 * or the open-ended rules do not chain (each starting from the offset the previous one ends in), every open-ended
 * rule is expanded explicitly up to the year {@value #HORIZON} and the last offset holds after it. An onset changes
 * the offset to its TZOFFSETTO whatever the offset before it was: TZOFFSETFROM only places the onset on the time
 * line.
 */
public final class VTimeZoneCompiler {

  /** Last year expanded explicitly when an open-ended rule cannot be a transition rule. */
  public static final int HORIZON = 2100;

  /** One STANDARD or DAYLIGHT sub-component. */
  public static final class Observance {
    final boolean daylight;
    final LocalDateTime start;
    final ZoneOffset from;
    final ZoneOffset to;
    final List<RecurrenceRule> rules;
    final List<LocalDateTime> rdates;

    /**
     * An observance.
     *
     * @param daylight whether it is DAYLIGHT
     * @param start its DTSTART (local time in {@code from})
     * @param from TZOFFSETFROM
     * @param to TZOFFSETTO
     * @param rules its RRULEs
     * @param rdates its RDATEs (local times in {@code from})
     */
    public Observance(
        boolean daylight,
        LocalDateTime start,
        ZoneOffset from,
        ZoneOffset to,
        List<RecurrenceRule> rules,
        List<LocalDateTime> rdates) {
      this.daylight = daylight;
      this.start = start;
      this.from = from;
      this.to = to;
      this.rules = rules;
      this.rdates = rdates;
    }
  }

  private VTimeZoneCompiler() {}

  private static final class Onset {
    final LocalDateTime local;
    final long epoch;
    final Observance o;

    Onset(LocalDateTime local, Observance o) {
      this.local = local;
      this.epoch = local.toEpochSecond(o.from);
      this.o = o;
    }
  }

  /** Thrown when an observance's rule has more onsets than allowed. */
  public static final class TooManyOnsetsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyOnsetsException() {
      super("too many onsets", null, false, false);
    }
  }

  /**
   * Compiles the observances.
   *
   * @param observances at least one
   * @param maxOnsets the most onsets one RRULE may produce up to the explicit horizon
   * @return the rules
   * @throws IllegalArgumentException if there is no observance
   * @throws TooManyOnsetsException if a rule produces more than {@code maxOnsets} onsets
   */
  public static ZoneRules compile(List<Observance> observances, int maxOnsets) {
    if (observances.isEmpty()) {
      throw new IllegalArgumentException("no observance");
    }
    int explicitYear = Integer.MIN_VALUE;
    boolean allSimple = true;
    List<ZoneOffsetTransitionRule> lastRules = new ArrayList<>();
    for (Observance o : observances) {
      explicitYear = Math.max(explicitYear, o.start.getYear());
      for (LocalDateTime r : o.rdates) {
        explicitYear = Math.max(explicitYear, r.getYear());
      }
      for (RecurrenceRule r : o.rules) {
        if (r.until().isPresent() || r.count().isPresent()) {
          LocalDateTime last = null;
          Iterator<LocalDateTime> it = set(o, r).iterator(LocalDateTime.of(HORIZON, 12, 31, 23, 59));
          int n = 0;
          while (it.hasNext()) {
            last = it.next();
            if (++n > maxOnsets) {
              throw new TooManyOnsetsException();
            }
          }
          if (last != null) {
            explicitYear = Math.max(explicitYear, last.getYear());
          }
        } else {
          ZoneOffsetTransitionRule tr = simple(o, r);
          if (tr == null) {
            allSimple = false;
          } else if (!o.from.equals(o.to)) {
            lastRules.add(tr);
          }
        }
      }
    }
    lastRules.sort(
        Comparator.comparingInt((ZoneOffsetTransitionRule r) -> r.getMonth().getValue())
            .thenComparingInt(r -> r.getDayOfMonthIndicator() < 0 ? 40 + r.getDayOfMonthIndicator()
                : r.getDayOfMonthIndicator()));
    if (!allSimple || !cyclic(lastRules)) {
      explicitYear = Math.max(explicitYear, HORIZON);
      lastRules.clear();
    }
    List<Onset> onsets = new ArrayList<>();
    for (Observance o : observances) {
      onsets.add(new Onset(o.start, o));
      for (LocalDateTime r : o.rdates) {
        onsets.add(new Onset(r, o));
      }
      for (RecurrenceRule r : o.rules) {
        Iterator<LocalDateTime> it = set(o, r).iterator(LocalDateTime.of(explicitYear, 12, 31, 23, 59, 59));
        int n = 0;
        while (it.hasNext()) {
          onsets.add(new Onset(it.next(), o));
          if (++n > maxOnsets) {
            throw new TooManyOnsetsException();
          }
        }
      }
    }
    onsets.sort(Comparator.comparingLong(x -> x.epoch));
    Onset first = onsets.get(0);
    ZoneOffset baseWall = first.o.from;
    ZoneOffset baseStd = first.o.from;
    List<ZoneOffsetTransition> transitions = new ArrayList<>();
    List<ZoneOffsetTransition> stdTransitions = new ArrayList<>();
    ZoneOffset wall = baseWall;
    ZoneOffset std = baseStd;
    long lastEpoch = Long.MIN_VALUE;
    for (Onset on : onsets) {
      if (on.epoch == lastEpoch) {
        continue;
      }
      ZoneOffset after = on.o.to;
      // the onset is a local time in the observance's TZOFFSETFROM; the transition wants it in the offset in force
      LocalDateTime localInWall = LocalDateTime.ofEpochSecond(on.epoch, 0, wall);
      if (!after.equals(wall)) {
        transitions.add(ZoneOffsetTransition.of(localInWall, wall, after));
        lastEpoch = on.epoch;
      }
      wall = after;
      ZoneOffset newStd = on.o.daylight ? on.o.from : on.o.to;
      if (!newStd.equals(std)) {
        stdTransitions.add(ZoneOffsetTransition.of(localInWall, std, newStd));
        std = newStd;
      }
    }
    if (transitions.isEmpty() && lastRules.isEmpty()) {
      return ZoneRules.of(wall);
    }
    return ZoneRules.of(baseStd, baseWall, stdTransitions, transitions, lastRules);
  }

  /**
   * Whether the yearly rules form a cycle in which each rule starts from the offset the previous one ends in, as
   * {@link ZoneRules} assumes for the years after the explicit transitions. A VTIMEZONE whose observances do not
   * chain that way (a single open-ended observance, say) is expanded explicitly instead.
   */
  private static boolean cyclic(List<ZoneOffsetTransitionRule> rules) {
    int n = rules.size();
    for (int i = 0; i < n; i++) {
      ZoneOffsetTransitionRule prev = rules.get((i + n - 1) % n);
      if (!rules.get(i).getOffsetBefore().equals(prev.getOffsetAfter())) {
        return false;
      }
    }
    return true;
  }

  private static RecurrenceSet set(Observance o, RecurrenceRule r) {
    return RecurrenceSet.builder(o.start).zone(o.from.getRules()).rule(r).build();
  }

  /** A transition rule for a simple open-ended yearly rule, or {@code null}. */
  private static @Nullable ZoneOffsetTransitionRule simple(Observance o, RecurrenceRule r) {
    if (r.frequency() != RecurrenceRule.Frequency.YEARLY
        || r.interval() != 1
        || r.byMonth().size() > 1
        || !r.bySetPos().isEmpty()
        || !r.byYearDay().isEmpty()
        || !r.byWeekNo().isEmpty()
        || !r.byHour().isEmpty()
        || !r.byMinute().isEmpty()
        || !r.bySecond().isEmpty()
        || o.start.getNano() != 0) {
      return null;
    }
    int month = r.byMonth().isEmpty() ? o.start.getMonthValue() : r.byMonth().get(0);
    List<WeekdayNum> days = r.byDay();
    List<Integer> mdays = r.byMonthDay();
    int indicator;
    DayOfWeek dow = null;
    if (days.isEmpty()) {
      if (mdays.size() > 1) {
        return null;
      }
      indicator = mdays.isEmpty() ? o.start.getDayOfMonth() : mdays.get(0);
      if (indicator < 1 || indicator > 28 && month == 2) {
        return null;
      }
    } else if (days.size() == 1) {
      WeekdayNum w = days.get(0);
      dow = w.day();
      if (mdays.isEmpty()) {
        int n = w.ordinal();
        if (n >= 1 && n <= 4) {
          indicator = 1 + 7 * (n - 1);
        } else if (n <= -1 && n >= -4) {
          indicator = -1 - 7 * (-n - 1);
        } else {
          return null;
        }
      } else {
        if (w.ordinal() != 0 || mdays.size() != 7) {
          return null;
        }
        int lo = mdays.stream().mapToInt(Integer::intValue).min().getAsInt();
        int hi = mdays.stream().mapToInt(Integer::intValue).max().getAsInt();
        if (lo < 1 || hi - lo != 6 || hi > 28) {
          return null;
        }
        indicator = lo;
      }
    } else {
      return null;
    }
    ZoneOffset std = o.daylight ? o.from : o.to;
    return ZoneOffsetTransitionRule.of(
        java.time.Month.of(month),
        indicator,
        dow,
        o.start.toLocalTime(),
        false,
        TimeDefinition.WALL,
        std,
        o.from,
        o.to);
  }
}
