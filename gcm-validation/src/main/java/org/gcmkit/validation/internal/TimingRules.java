package org.gcmkit.validation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gcmkit.model.DatePrecision;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Timing;
import org.gcmkit.model.Waiver;
import org.jspecify.annotations.Nullable;

/**
 * Checks of one {@link Timing}: end not before start, a zone for local times, no local time in a daylight-saving
 * gap or, without an explicit offset, in an overlap, separate days inside the span, and weekday names in the
 * source's words that match the dates (R12).
 */
final class TimingRules {

  /** Weekday names in English, French and Spanish, with and without accents. */
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

  static {
    String[][] names = {
      {"monday", "lundi", "lunes"},
      {"tuesday", "mardi", "martes"},
      {"wednesday", "mercredi", "miércoles", "miercoles"},
      {"thursday", "jeudi", "jueves"},
      {"friday", "vendredi", "viernes"},
      {"saturday", "samedi", "sábado", "sabado"},
      {"sunday", "dimanche", "domingo"}
    };
    for (int d = 0; d < names.length; d++) {
      for (String name : names[d]) {
        WEEKDAYS.put(name, DayOfWeek.of(d + 1));
      }
    }
  }

  private TimingRules() {}

  /**
   * Checks a timing.
   *
   * @param ctx the context
   * @param t the timing
   * @param path the timing's data path, asked for only when there is a finding
   * @param zone the zone of its local times, or null when none is known
   * @param event the index of the event whose timing this is, in the zone {@link Context#zone} gives it, or -1
   * @param waivers the waivers of the record
   */
  static void check(Context ctx, Timing t, Supplier<String> path, @Nullable ZoneId zone, int event,
      List<Waiver> waivers) {
    Sink sink = ctx.sink;
    FuzzyDate start = t.start();
    Optional<FuzzyDate> end = t.end();
    if (end.isPresent() && end.get().isBefore(start)) {
      sink.add(Rule.TIMING_END_BEFORE_START, Paths.join(path.get(), "end"), start.toEdtf(), end.get().toEdtf());
    }
    boolean timed = hasTime(start) || end.map(TimingRules::hasTime).orElse(false);
    if (timed && zone == null) {
      sink.add(Rule.TIMING_ZONE_MISSING, path.get(), start.toEdtf());
    }
    if (zone != null) {
      checkLocalTimes(ctx, start, path, "start", zone, event);
      if (end.isPresent()) {
        checkLocalTimes(ctx, end.get(), path, "end", zone, event);
      }
    }
    if (!t.days().isEmpty()) {
      LocalDate first = t.firstDay();
      LocalDate last = t.lastDay();
      int k = 0;
      for (LocalDate day : t.days()) {
        if (day.isBefore(first) || day.isAfter(last)) {
          sink.add(Rule.TIMING_DAYS_OUTSIDE, Paths.at(Paths.join(path.get(), "days"), k), day, start.toEdtf(),
              end.orElse(start).toEdtf());
        }
        k++;
      }
    }
    checkWeekdays(ctx, t, path, waivers);
  }

  private static boolean hasTime(FuzzyDate d) {
    if (d.isInterval()) {
      return d.start().map(TimingRules::hasTime).orElse(false) || d.end().map(TimingRules::hasTime).orElse(false);
    }
    return d.precision() == DatePrecision.TIME;
  }

  /** Checks the local times of a bound of a timing, {@code property} ({@code start} or {@code end}) of it. */
  private static void checkLocalTimes(Context ctx, FuzzyDate d, Supplier<String> timing, String property,
      ZoneId zone, int event) {
    if (d.isInterval()) {
      d.start().ifPresent(s -> checkLocalTimes(ctx, s, timing, property, zone, event));
      d.end().ifPresent(e -> checkLocalTimes(ctx, e, timing, property, zone, event));
      return;
    }
    Optional<LocalDateTime> t = d.dateTime();
    if (t.isEmpty()) {
      return;
    }
    LocalDateTime local = t.get();
    List<ZoneOffset> valid = (event >= 0 ? ctx.zoneRules(event) : ctx.rules(zone)).getValidOffsets(local);
    Optional<ZoneOffset> given = d.offset();
    if (valid.isEmpty()) {
      ctx.sink.add(Rule.TIMING_DST_GAP, Paths.join(timing.get(), property), local, zone.getId());
    } else if (valid.size() > 1 && given.isEmpty()) {
      ctx.sink.add(Rule.TIMING_DST_OVERLAP, Paths.join(timing.get(), property), local, zone.getId(),
          valid.get(0).getId(), valid.get(1).getId());
    } else if (given.isPresent() && !valid.contains(given.get())) {
      ctx.sink.add(Rule.TIMING_OFFSET_MISMATCH, Paths.join(timing.get(), property), local, zone.getId(),
          given.get().getId(), valid.get(0).getId());
    }
  }

  /**
   * R12: weekday names in the source's words for the start ("Saturday and Sunday 2– 3 December 2017") must be days
   * of the event. Checked for exact timings of at most two weeks.
   */
  private static void checkWeekdays(Context ctx, Timing t, Supplier<String> path, List<Waiver> waivers) {
    Optional<String> phrase = t.start().sourceText();
    if (phrase.isEmpty() || !t.isExact()) {
      return;
    }
    LocalDate first = t.firstDay();
    LocalDate last = t.lastDay();
    if (ChronoUnit.DAYS.between(first, last) > 13 || last.isBefore(first)) {
      return;
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (t.days().isEmpty()) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        days.add(d.getDayOfWeek());
      }
    } else {
      t.days().forEach(d -> days.add(d.getDayOfWeek()));
    }
    String text = phrase.get();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < text.length() && Character.isLetter(text.charAt(j))) {
        j++;
      }
      String word = text.substring(i, j);
      DayOfWeek named = WEEKDAYS.get(word.toLowerCase(Locale.ROOT));
      if (named != null && !days.contains(named)) {
        String range = first.equals(last) ? first.toString() : first + "/" + last;
        ctx.sink.add(Rule.WEEKDAY_LABEL, waivers, Paths.join(path.get(), "start"), word, range, text);
      }
      i = j;
    }
  }
}
