package org.gcmkit.calendar.recur;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.gcmkit.calendar.recur.RecurrenceRule.Frequency;
import org.gcmkit.calendar.recur.RecurrenceRule.Skip;
import org.gcmkit.calendar.recur.RecurrenceRule.WeekdayNum;
import org.jspecify.annotations.Nullable;

/**
 * Expands one rule from a start, lazily and in ascending local time, period by period: the period of FREQ is filled
 * with the days that pass the BYxxx filters (which is equivalent to the expand/limit table of RFC 5545 section
 * 3.3.10 once the defaults taken from the start are in place), times are added, BYSETPOS picks from the sorted set.
 *
 * <p>The start itself counts as the first instance (RFC 5545: "The DTSTART property value always counts as the first
 * occurrence"); this iterator does not return it, {@link RecurrenceSet} does. Iteration ends at UNTIL, at COUNT, or
 * after the year 9999; sub-daily frequencies skip whole days that the date filters exclude, so a rule that never
 * matches ends in bounded time too.
 */
final class RuleIterator implements Iterator<LocalDateTime> {

  private static final int MAX_YEAR = 9999;

  /**
   * Periods examined in a row without an instance after which the rule is taken as exhausted. Only sub-daily rules
   * whose time filters can never match (BYSECOND=30 with INTERVAL=2 from an odd second, say) get near it: whole days,
   * hours and minutes that the filters exclude are skipped in one step.
   */
  static final long MAX_EMPTY_CHECKS = 10_000_000;

  private final Frequency freq;
  private final int interval;
  private final LocalDateTime start;
  private final @Nullable ZoneRules zone;
  private final @Nullable Temporal until;
  private final int count;
  private final Skip skip;

  private final boolean @Nullable [] months;
  private final int @Nullable [] weekNos;
  private final int @Nullable [] yearDays;
  private final int @Nullable [] monthDays;
  private final WeekdayNum @Nullable [] days;
  private final boolean dayOrdinalsInMonth;
  private final int @Nullable [] hours;
  private final int @Nullable [] minutes;
  private final int @Nullable [] seconds;
  private final int[] setPos;
  private final DayOfWeek weekStart;
  private final LocalTime @Nullable [] times;

  // period state
  private long period;
  private final LocalDate weekAnchor;
  private final LocalDateTime subDailyAnchor;
  private final List<LocalDateTime> buffer = new ArrayList<>();
  private int bufferIndex;
  private int emitted = 1; // DTSTART counts as the first instance
  private boolean done;
  private long emptyChecks;
  private @Nullable LocalDateTime next;

  private final LocalDateTime horizon;

  RuleIterator(RecurrenceRule rule, LocalDateTime start, @Nullable ZoneRules zone, LocalDateTime horizon) {
    this.horizon = horizon;
    this.freq = rule.frequency;
    this.interval = rule.interval;
    this.start = start;
    this.zone = zone;
    this.until = rule.until;
    this.count = rule.count;
    this.skip = rule.rscale == null ? Skip.OMIT : rule.skip;
    this.weekStart = rule.weekStart;

    int[] byMonth = rule.byMonth;
    int[] byWeekNo = freq == Frequency.YEARLY ? rule.byWeekNo : new int[0];
    int[] byYearDay =
        freq == Frequency.DAILY || freq == Frequency.WEEKLY || freq == Frequency.MONTHLY
            ? new int[0]
            : rule.byYearDay;
    int[] byMonthDay = freq == Frequency.WEEKLY ? new int[0] : rule.byMonthDay;
    WeekdayNum[] byDay = rule.byDay;
    boolean ordinalsAllowed =
        freq == Frequency.MONTHLY || freq == Frequency.YEARLY && byWeekNo.length == 0;
    if (!ordinalsAllowed) {
      WeekdayNum[] plain = new WeekdayNum[byDay.length];
      for (int i = 0; i < byDay.length; i++) {
        plain[i] = WeekdayNum.of(0, byDay[i].day());
      }
      byDay = plain;
    }
    // Defaults taken from the start (RFC 5545 3.3.10: "Information, not contained in the rule, necessary to
    // determine the various recurrence instance start time and dates are derived from the Start Time").
    if (byWeekNo.length == 0 && byYearDay.length == 0 && byMonthDay.length == 0 && byDay.length == 0) {
      if (freq == Frequency.YEARLY) {
        if (byMonth.length == 0) {
          byMonth = new int[] {start.getMonthValue()};
        }
        byMonthDay = new int[] {start.getDayOfMonth()};
      } else if (freq == Frequency.MONTHLY) {
        byMonthDay = new int[] {start.getDayOfMonth()};
      } else if (freq == Frequency.WEEKLY) {
        byDay = new WeekdayNum[] {WeekdayNum.of(0, start.getDayOfWeek())};
      }
    }
    if (byMonth.length > 0) {
      months = new boolean[13];
      for (int m : byMonth) {
        months[m] = true;
      }
    } else {
      months = null;
    }
    this.weekNos = byWeekNo.length > 0 ? byWeekNo : null;
    this.yearDays = byYearDay.length > 0 ? byYearDay : null;
    this.monthDays = byMonthDay.length > 0 ? byMonthDay : null;
    this.days = byDay.length > 0 ? byDay : null;
    this.dayOrdinalsInMonth = freq == Frequency.MONTHLY || months != null;
    this.hours = rule.byHour.length > 0 ? sorted(rule.byHour) : null;
    this.minutes = rule.byMinute.length > 0 ? sorted(rule.byMinute) : null;
    this.seconds = rule.bySecond.length > 0 ? sorted(rule.bySecond) : null;
    boolean anyBy =
        rule.bySecond.length + rule.byMinute.length + rule.byHour.length + rule.byDay.length
                + rule.byMonthDay.length + rule.byYearDay.length + rule.byWeekNo.length + rule.byMonth.length
            > 0;
    this.setPos = anyBy ? rule.bySetPos : new int[0];

    if (freq.compareTo(Frequency.DAILY) >= 0) {
      int[] hs = hours != null ? hours : new int[] {start.getHour()};
      int[] ms = minutes != null ? minutes : new int[] {start.getMinute()};
      int[] ss = seconds != null ? seconds : new int[] {start.getSecond()};
      LocalTime[] t = new LocalTime[hs.length * ms.length * ss.length];
      int i = 0;
      for (int h : hs) {
        for (int m : ms) {
          for (int s : ss) {
            t[i++] = LocalTime.of(h, m, Math.min(s, 59));
          }
        }
      }
      Arrays.sort(t);
      this.times = t;
    } else {
      this.times = null;
    }
    int back = (start.getDayOfWeek().getValue() - weekStart.getValue() + 7) % 7;
    this.weekAnchor = start.toLocalDate().minusDays(back);
    this.subDailyAnchor =
        freq == Frequency.HOURLY
            ? start.truncatedTo(ChronoUnit.HOURS)
            : freq == Frequency.MINUTELY ? start.truncatedTo(ChronoUnit.MINUTES) : start.withNano(0);
  }

  private static int[] sorted(int[] a) {
    int[] c = a.clone();
    Arrays.sort(c);
    return c;
  }

  /**
   * Jumps to the period one before the one that holds {@code target}, for rules without COUNT (whose instances need
   * not be counted from the start). Periods are aligned on the start, so the instances after the jump are the same.
   */
  void fastForward(LocalDateTime target) {
    if (count > 0 || !target.isAfter(start)) {
      return;
    }
    long units;
    switch (freq) {
      case YEARLY:
        units = target.getYear() - (long) start.getYear();
        break;
      case MONTHLY:
        units = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(target));
        break;
      case WEEKLY:
        units = ChronoUnit.WEEKS.between(weekAnchor, target.toLocalDate());
        break;
      case DAILY:
        units = ChronoUnit.DAYS.between(start.toLocalDate(), target.toLocalDate());
        break;
      case HOURLY:
        units = ChronoUnit.HOURS.between(subDailyAnchor, target);
        break;
      case MINUTELY:
        units = ChronoUnit.MINUTES.between(subDailyAnchor, target);
        break;
      default:
        units = ChronoUnit.SECONDS.between(subDailyAnchor, target);
    }
    long p = units / interval - 1;
    if (p > period) {
      period = p;
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public LocalDateTime next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    LocalDateTime n = next;
    next = null;
    return n;
  }

  private @Nullable LocalDateTime advance() {
    while (true) {
      if (count > 0 && emitted >= count) {
        done = true;
        return null;
      }
      while (bufferIndex < buffer.size()) {
        LocalDateTime c = buffer.get(bufferIndex++);
        if (!c.isAfter(start)) {
          continue; // before DTSTART, or DTSTART itself (already the first instance)
        }
        if (beyondUntil(c)) {
          done = true;
          return null;
        }
        emitted++;
        emptyChecks = 0;
        return c;
      }
      if (!fillNextPeriod()) {
        done = true;
        return null;
      }
    }
  }

  private boolean beyondUntil(LocalDateTime c) {
    Temporal u = until;
    if (u == null) {
      return false;
    }
    if (u instanceof LocalDate d) {
      return c.toLocalDate().isAfter(d);
    }
    if (u instanceof LocalDateTime t) {
      return c.isAfter(t);
    }
    Instant i = (Instant) u;
    ZoneRules z = zone;
    if (z == null) {
      return c.isAfter(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }
    return RecurrenceSet.toInstant(c, z).isAfter(i);
  }

  /** Fills the buffer with the next period that has candidates; false when there is none before the year limit. */
  private boolean fillNextPeriod() {
    buffer.clear();
    bufferIndex = 0;
    while (buffer.isEmpty()) {
      if (++emptyChecks > MAX_EMPTY_CHECKS) {
        return false;
      }
      long p = period++;
      switch (freq) {
        case YEARLY: {
          long year = start.getYear() + p * interval;
          if (year > MAX_YEAR || year > horizon.getYear()) {
            return false;
          }
          fillYear((int) year);
          break;
        }
        case MONTHLY: {
          YearMonth ym = YearMonth.from(start).plusMonths(p * interval);
          if (ym.getYear() > MAX_YEAR || ym.atDay(1).atStartOfDay().isAfter(horizon)) {
            return false;
          }
          fillMonth(ym);
          break;
        }
        case WEEKLY: {
          LocalDate ws = weekAnchor.plusWeeks(p * interval);
          if (ws.getYear() > MAX_YEAR || ws.atStartOfDay().isAfter(horizon)) {
            return false;
          }
          for (int i = 0; i < 7; i++) {
            LocalDate d = ws.plusDays(i);
            if (passes(d)) {
              addTimes(d);
            }
          }
          break;
        }
        case DAILY: {
          LocalDate d = start.toLocalDate().plusDays(p * interval);
          if (d.getYear() > MAX_YEAR || d.atStartOfDay().isAfter(horizon)) {
            return false;
          }
          if (passes(d)) {
            addTimes(d);
          }
          break;
        }
        default:
          if (!fillSubDaily(p)) {
            return false;
          }
      }
      applySetPos();
    }
    return true;
  }

  private void fillYear(int year) {
    LocalDate d = LocalDate.of(year, 1, 1);
    int len = d.lengthOfYear();
    for (int i = 0; i < len; i++, d = d.plusDays(1)) {
      if (months != null && !months[d.getMonthValue()]) {
        // jump to the next month
        int skipDays = d.lengthOfMonth() - d.getDayOfMonth();
        i += skipDays;
        d = d.plusDays(skipDays);
        continue;
      }
      if (passes(d)) {
        addTimes(d);
      }
    }
    if (skip != Skip.OMIT && monthDays != null) {
      for (int m = 1; m <= 12; m++) {
        if (months == null || months[m]) {
          addSkipped(YearMonth.of(year, m));
        }
      }
      sortBuffer();
    }
  }

  private void fillMonth(YearMonth ym) {
    if (months != null && !months[ym.getMonthValue()]) {
      return;
    }
    int len = ym.lengthOfMonth();
    for (int day = 1; day <= len; day++) {
      LocalDate d = ym.atDay(day);
      if (passes(d)) {
        addTimes(d);
      }
    }
    if (skip != Skip.OMIT && monthDays != null) {
      addSkipped(ym);
      sortBuffer();
    }
  }

  /** RFC 7529 SKIP: BYMONTHDAY values the month does not have move backward or forward. */
  private void addSkipped(YearMonth ym) {
    int len = ym.lengthOfMonth();
    int[] mds = monthDays;
    if (mds == null) {
      return;
    }
    for (int v : mds) {
      if (Math.abs(v) <= len) {
        continue;
      }
      LocalDate d = skip == Skip.BACKWARD ? ym.atEndOfMonth() : ym.plusMonths(1).atDay(1);
      if (days == null || dayMatches(d)) {
        addTimes(d);
      }
    }
    // remove duplicates that SKIP may have produced
    List<LocalDateTime> copy = new ArrayList<>(buffer);
    buffer.clear();
    for (LocalDateTime t : copy) {
      if (!buffer.contains(t)) {
        buffer.add(t);
      }
    }
  }

  private void sortBuffer() {
    buffer.sort(null);
  }

  private boolean fillSubDaily(long p) {
    LocalDateTime base;
    switch (freq) {
      case HOURLY:
        base = subDailyAnchor.plusHours(p * interval);
        break;
      case MINUTELY:
        base = subDailyAnchor.plusMinutes(p * interval);
        break;
      default:
        base = subDailyAnchor.plusSeconds(p * interval);
    }
    if (base.getYear() > MAX_YEAR || base.isAfter(horizon)) {
      return false;
    }
    LocalDate d = base.toLocalDate();
    if (!passes(d)) {
      skipToNextDay(base);
      return true;
    }
    if (hours != null && Arrays.binarySearch(hours, base.getHour()) < 0) {
      skipToNext(base, ChronoUnit.HOURS);
      return true;
    }
    if (freq == Frequency.HOURLY) {
      int[] ms = minutes != null ? minutes : new int[] {start.getMinute()};
      int[] ss = seconds != null ? seconds : new int[] {start.getSecond()};
      for (int m : ms) {
        for (int s : ss) {
          buffer.add(base.withMinute(m).withSecond(Math.min(s, 59)));
        }
      }
      return true;
    }
    if (minutes != null && Arrays.binarySearch(minutes, base.getMinute()) < 0) {
      skipToNext(base, ChronoUnit.MINUTES);
      return true;
    }
    if (freq == Frequency.MINUTELY) {
      int[] ss = seconds != null ? seconds : new int[] {start.getSecond()};
      for (int s : ss) {
        buffer.add(base.withSecond(Math.min(s, 59)));
      }
      return true;
    }
    if (seconds != null && Arrays.binarySearch(seconds, Math.min(base.getSecond(), 59)) < 0
        && !(base.getSecond() == 59 && Arrays.binarySearch(seconds, 60) >= 0)) {
      return true;
    }
    buffer.add(base);
    return true;
  }

  /**
   * Moves {@link #period} to the first period that starts in a later hour or minute than {@code base}, when the
   * frequency is finer than that unit.
   */
  private void skipToNext(LocalDateTime base, ChronoUnit unit) {
    long unitSeconds = unit.getDuration().getSeconds();
    long freqSeconds = freq == Frequency.HOURLY ? 3600 : freq == Frequency.MINUTELY ? 60 : 1;
    if (freqSeconds >= unitSeconds) {
      return;
    }
    long intoUnit = base.toLocalTime().toSecondOfDay() % unitSeconds;
    long unitsLeft = (unitSeconds - intoUnit) / freqSeconds;
    long steps = (unitsLeft + interval - 1) / interval;
    if (steps > 1) {
      period += steps - 1;
    }
  }

  /** Moves {@link #period} to the first period that starts on a later day than {@code base}. */
  private void skipToNextDay(LocalDateTime base) {
    long unitsLeft;
    long perDay;
    switch (freq) {
      case HOURLY:
        perDay = 24;
        unitsLeft = 24 - base.getHour();
        break;
      case MINUTELY:
        perDay = 24 * 60;
        unitsLeft = perDay - (base.getHour() * 60L + base.getMinute());
        break;
      default:
        perDay = 24 * 3600;
        unitsLeft = perDay - base.toLocalTime().toSecondOfDay();
    }
    long steps = (unitsLeft + interval - 1) / interval; // periods until the next day starts
    if (steps > 1) {
      period += steps - 1;
    }
  }

  private void addTimes(LocalDate d) {
    LocalTime[] t = times;
    if (t == null) {
      buffer.add(d.atTime(start.toLocalTime()));
      return;
    }
    for (LocalTime time : t) {
      buffer.add(d.atTime(time));
    }
  }

  private void applySetPos() {
    if (setPos.length == 0 || buffer.isEmpty()) {
      return;
    }
    int n = buffer.size();
    List<LocalDateTime> picked = new ArrayList<>(setPos.length);
    for (int pos : setPos) {
      int idx = pos > 0 ? pos - 1 : n + pos;
      if (idx >= 0 && idx < n) {
        LocalDateTime c = buffer.get(idx);
        if (!picked.contains(c)) {
          picked.add(c);
        }
      }
    }
    picked.sort(null);
    buffer.clear();
    buffer.addAll(picked);
  }

  private boolean passes(LocalDate d) {
    if (months != null && !months[d.getMonthValue()]) {
      return false;
    }
    if (weekNos != null && !weekNoMatches(d)) {
      return false;
    }
    if (yearDays != null) {
      int doy = d.getDayOfYear();
      int neg = doy - d.lengthOfYear() - 1;
      boolean ok = false;
      for (int v : yearDays) {
        if (v == doy || v == neg) {
          ok = true;
          break;
        }
      }
      if (!ok) {
        return false;
      }
    }
    if (monthDays != null) {
      int dom = d.getDayOfMonth();
      int neg = dom - d.lengthOfMonth() - 1;
      boolean ok = false;
      for (int v : monthDays) {
        if (v == dom || v == neg) {
          ok = true;
          break;
        }
      }
      if (!ok) {
        return false;
      }
    }
    return days == null || dayMatches(d);
  }

  private boolean dayMatches(LocalDate d) {
    WeekdayNum[] ds = days;
    if (ds == null) {
      return true;
    }
    DayOfWeek dow = d.getDayOfWeek();
    for (WeekdayNum w : ds) {
      if (w.day() != dow) {
        continue;
      }
      int ord = w.ordinal();
      if (ord == 0) {
        return true;
      }
      int fwd;
      int back;
      if (dayOrdinalsInMonth) {
        int dom = d.getDayOfMonth();
        fwd = (dom - 1) / 7 + 1;
        back = -((d.lengthOfMonth() - dom) / 7 + 1);
      } else {
        int doy = d.getDayOfYear();
        fwd = (doy - 1) / 7 + 1;
        back = -((d.lengthOfYear() - doy) / 7 + 1);
      }
      if (ord == fwd || ord == back) {
        return true;
      }
    }
    return false;
  }

  private boolean weekNoMatches(LocalDate d) {
    int y = d.getYear();
    LocalDate w1 = week1Start(y);
    int weekYear = y;
    if (d.isBefore(w1)) {
      weekYear = y - 1;
      w1 = week1Start(weekYear);
    } else {
      LocalDate next = week1Start(y + 1);
      if (!d.isBefore(next)) {
        weekYear = y + 1;
        w1 = next;
      }
    }
    int weekNo = (int) (ChronoUnit.DAYS.between(w1, d) / 7) + 1;
    int numWeeks = (int) (ChronoUnit.DAYS.between(w1, week1Start(weekYear + 1)) / 7);
    int[] wn = weekNos;
    if (wn == null) {
      return true;
    }
    for (int v : wn) {
      if (v == weekNo || v < 0 && numWeeks + v + 1 == weekNo) {
        return true;
      }
    }
    return false;
  }

  /** The first day of week 1 of a year: the week, starting on WKST, that holds at least four days of the year. */
  private LocalDate week1Start(int year) {
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    int offset = (jan1.getDayOfWeek().getValue() - weekStart.getValue() + 7) % 7;
    return offset <= 3 ? jan1.minusDays(offset) : jan1.plusDays(7 - offset);
  }
}
