package org.gcmkit.io.ical.internal.write;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Generates {@code VTIMEZONE} components from the JDK's time-zone rules ({@link ZoneId#getRules()}) for a range of
 * years, without network access ({@code TZURL} is never written).
 *
 * <pre>{@code
 * VTimezoneGenerator years = VTimezoneGenerator.forYears(Year.of(2016), Year.of(2026));
 * years.writeAll(writer, Set.of(ZoneId.of("Europe/Zurich"), ZoneId.of("America/New_York")));
 * }</pre>
 *
 * <h2>What is generated</h2>
 *
 * <p>Each transition of the zone's UTC offset from 1 January of the first year to the end of the last year (local
 * time), plus the last transition before the range (which sets the offset in force on 1 January), becomes an
 * observance onset: {@code DAYLIGHT} when the JDK says daylight saving time is in force after it ({@link
 * ZoneRules#isDaylightSavings}), else {@code STANDARD}; {@code DTSTART} is the local time of the transition in the
 * offset before it ({@code TZOFFSETFROM}), as RFC 5545 3.6.5 requires. Onsets are then grouped:
 *
 * <ul>
 *   <li>Transitions with the same offsets, kind, name, month and local time in consecutive years whose dates follow
 *       one yearly pattern form a run, written as an observance with {@code RRULE:FREQ=YEARLY;BYMONTH=m;…}.
 *       Patterns are the n-th or last weekday of the month ({@code BYDAY=2SU}, {@code BYDAY=-1SU}), a fixed day
 *       ({@code BYMONTHDAY=d}), or a weekday in a 7-day window ({@code BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8}, the
 *       JDK's "Sunday on or after the 2nd"). For transitions made by the zone's final rules ({@link
 *       ZoneRules#getTransitionRules()}) the pattern is derived from the rule itself, including a time given in UTC
 *       or standard time that falls on another local day; for historical ones it is inferred from the dates. Either
 *       way it is checked against every onset of the run.
 *   <li>When every final rule of the zone forms a run that reaches the last year and no explicit transition follows
 *       the range, those runs have no {@code UNTIL} and stay correct after the range (checked for 28 more years,
 *       the Gregorian weekday cycle). A zone whose final rules cannot all be said in RRULE (Africa/Cairo's "Friday
 *       on or after 26 October" runs into November) gets no open-ended rule at all.
 *   <li>A run that ends (Mexico City's DST rules end in 2022) has {@code UNTIL} on its second-to-last onset, and
 *       its last onset is an observance of its own. {@code UNTIL} is the UTC instant of that onset (RFC 5545 3.8.5.3 requires UTC in observances), or its
 *       local time read as UTC when that is later (east of UTC): both bound the same yearly occurrences, and the
 *       later one also works for readers that compare {@code UNTIL} with local onsets (biweekly 0.6.8 does).
 *   <li>A transition that fits no run of at least two onsets (history changed: Morocco's Ramadan changes, Fiji's
 *       irregular dates, Chile's moved dates) is an observance of its own without {@code RRULE}. Separate
 *       observances are understood by every client, unlike {@code RDATE} lists in {@code VTIMEZONE}.
 * </ul>
 *
 * <p>The kinds follow the JDK. JDK 17.0.15 (tzdb 2025a) models Morocco after October 2018 in the tz database's
 * "rearguard" form: standard time +00:00 with "daylight" time +01:00 all year except during Ramadan. Its
 * observances are therefore {@code DAYLIGHT} +01:00 and {@code STANDARD} +00:00 for Ramadan, and 28 October 2018,
 * when Morocco kept +01:00, is no onset at all. The offsets, which are what clients use, are right either way.
 *
 * <p>Why the last onset of an ended run stands alone, and why the onset before the range is a real transition:
 * ical4j 4.4.0 (which we test against) builds its rules from the observances in force <em>today</em>: it takes the
 * {@code RRULE} of those as a rule for all later years, ignoring {@code UNTIL}, and it ignores observances whose
 * {@code TZOFFSETFROM} equals {@code TZOFFSETTO}, using today's offset before the first one. Both shapes are
 * avoided here at the cost of a few lines, and the output stays plain RFC 5545. Only a zone without any transition
 * before the range gets a synthetic onset at local midnight of 1 January of the first year, with {@code
 * TZOFFSETFROM} equal to {@code TZOFFSETTO}: a fixed offset ({@code Etc/GMT+5}), which has one offset anyway, or a
 * range that starts before the zone's first transition (Antarctica/Rothera before 1976, where ical4j misreads the
 * times before the first real onset). The onset before the range may be old and in local mean time (Asia/Bangkok:
 * {@code 19200401T000000}, from {@code +064204}); that is the tz database's history, not an invention.
 *
 * <p>{@code TZNAME} is the JDK's short English name of the zone at that time ({@link DateTimeFormatter} pattern
 * {@code zzz}, root locale), kept only when it is a real abbreviation: three to five letters A–Z, {@code GMT},
 * {@code UTC} or {@code UT} only for offset zero, and used for a single offset within the generated range. The JDK
 * has no abbreviation for many zones and gives {@code GMT+01:00}-style text for them; those observances have no
 * {@code TZNAME} (no name is invented). The names come from the JDK's locale data, which for some zones still uses
 * English abbreviations that the tz database has replaced with numeric ones ({@code ICT} for Asia/Bangkok, where
 * tzdb says {@code +07}); clients only display {@code TZNAME}.
 *
 * <p>{@code X-LIC-LOCATION} is not written: libical writes it to map its prefixed TZIDs (such as {@code
 * /freeassociation.sourceforge.net/Europe/Zurich}) back to a tz name; our TZID is the tz name already.
 *
 * <h2>Resolving local times</h2>
 *
 * <p>RFC 5545 3.3.5 resolves a local time in a gap with the offset before the gap (so 02:30 on the day New York
 * springs forward is 07:30Z, shown as 03:30 EDT) and a repeated local time as its first occurrence (01:30 on the
 * day it falls back is 05:30Z, EDT). That is exactly {@code LocalDateTime.atZone(zone)} in {@code java.time}, so a
 * DATE-TIME with a TZID written from a {@code LocalDateTime} means the instant {@code java.time} gives it.
 *
 * <h2>Stability</h2>
 *
 * <p>Output depends only on the zone, the years and the JDK's tz data (and, for {@code TZNAME}, its locale data):
 * the same inputs on the same JDK give the same bytes. {@link #writeAll} writes zones sorted by id.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class VTimezoneGenerator {

  /** Years after the range over which an open-ended rule is checked: the Gregorian weekday/leap cycle. */
  private static final int OPEN_END_CHECK_YEARS = 28;

  private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

  private final int firstYear;
  private final int lastYear;

  private VTimezoneGenerator(int firstYear, int lastYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * Returns a generator for the years {@code first} to {@code last}, both included (the years a feed spans).
   *
   * @param first the first year
   * @param last the last year, not before {@code first}
   * @return a generator
   * @throws IllegalArgumentException if {@code last} is before {@code first} or the years are outside 1–9998
   * @since 0.1
   */
  public static VTimezoneGenerator forYears(Year first, Year last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("the last year " + last + " is before the first year " + first);
    }
    if (first.getValue() < 1 || last.getValue() > 9998) {
      throw new IllegalArgumentException("years must lie in 1-9998, got " + first + "-" + last);
    }
    return new VTimezoneGenerator(first.getValue(), last.getValue());
  }

  /**
   * Returns the first year of the range.
   *
   * @return the first year
   * @since 0.1
   */
  public Year firstYear() {
    return Year.of(firstYear);
  }

  /**
   * Returns the last year of the range.
   *
   * @return the last year
   * @since 0.1
   */
  public Year lastYear() {
    return Year.of(lastYear);
  }

  /**
   * Writes one {@code VTIMEZONE} per distinct zone id, sorted by id.
   *
   * @param out the writer, between properties
   * @param zones the zones
   * @throws IOException if the target fails
   * @since 0.1
   */
  public void writeAll(ContentLineWriter out, Collection<? extends ZoneId> zones) throws IOException {
    Map<String, ZoneId> sorted = new TreeMap<>();
    for (ZoneId zone : zones) {
      sorted.put(zone.getId(), zone);
    }
    for (ZoneId zone : sorted.values()) {
      write(out, zone);
    }
  }

  /**
   * Writes the {@code VTIMEZONE} of one zone, with {@code TZID} set to the zone id.
   *
   * @param out the writer, between properties
   * @param zone the zone
   * @throws IOException if the target fails
   * @since 0.1
   */
  public void write(ContentLineWriter out, ZoneId zone) throws IOException {
    write(out, zone, zone.getId());
  }

  /** Writes the {@code VTIMEZONE} of {@code zone} under another TZID (tests use ids that no library knows). */
  void write(ContentLineWriter out, ZoneId zone, String tzid) throws IOException {
    out.begin("VTIMEZONE").text("TZID", tzid);
    for (Observance o : observances(zone)) {
      String component = o.daylight() ? "DAYLIGHT" : "STANDARD";
      out.begin(component).floating("DTSTART", o.start());
      out.utcOffset("TZOFFSETFROM", o.offsetFrom()).utcOffset("TZOFFSETTO", o.offsetTo());
      if (o.rule().isPresent()) {
        out.property("RRULE").appendRaw(o.rule().get().recur()).endProperty();
      }
      if (o.name().isPresent()) {
        out.text("TZNAME", o.name().get());
      }
      out.end(component);
    }
    out.end("VTIMEZONE");
  }

  /**
   * Returns the observances of {@code zone} for this range, ordered by onset.
   *
   * @param zone the zone
   * @return the observances, at least one
   * @since 0.1
   */
  public List<Observance> observances(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    Instant start = LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant();
    Instant end = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();

    List<ZoneOffsetTransition> transitions = new ArrayList<>();
    ZoneOffsetTransition before = rules.previousTransition(start);
    if (before != null && before.getInstant().isBefore(start)) {
      transitions.add(before);
    } else {
      before = null;
    }
    for (ZoneOffsetTransition t = rules.nextTransition(start.minusSeconds(1));
        t != null && t.getInstant().isBefore(end);
        t = rules.nextTransition(t.getInstant())) {
      if (!t.getInstant().isBefore(start)) {
        transitions.add(t);
      }
    }
    boolean startsAtTransition = !transitions.isEmpty() && before == null
        && transitions.get(0).getInstant().equals(start);

    // Short names, kept only where one name means one offset in this range.
    NameTable names = new NameTable(zone);
    String startName = names.add(start, rules.getOffset(start));
    List<Onset> onsets = new ArrayList<>(transitions.size());
    for (ZoneOffsetTransition t : transitions) {
      String name = names.add(t.getInstant(), t.getOffsetAfter());
      onsets.add(new Onset(t, rules.isDaylightSavings(t.getInstant()), name, exactRule(rules, t)));
    }

    boolean finalRulesGovernFuture = rules.getTransitions().isEmpty()
        || rules.getTransitions().get(rules.getTransitions().size() - 1).getInstant().isBefore(end);
    Map<Key, List<Onset>> groups = new LinkedHashMap<>();
    for (Onset onset : onsets) {
      groups.computeIfAbsent(onset.key(names), k -> new ArrayList<>()).add(onset);
    }
    List<Run> runs = new ArrayList<>();
    int openRuns = 0;
    for (List<Onset> group : groups.values()) {
      int i = 0;
      while (i < group.size()) {
        List<DayRule> candidates = group.get(i).candidates();
        int j = i + 1;
        while (j < group.size() && group.get(j).year() == group.get(j - 1).year() + 1) {
          List<DayRule> surviving = new ArrayList<>(candidates.size());
          for (DayRule candidate : candidates) {
            if (group.get(j).matches(candidate)) {
              surviving.add(candidate);
            }
          }
          if (surviving.isEmpty()) {
            break;
          }
          candidates = surviving;
          j++;
        }
        boolean open = j - i >= 2
            && finalRulesGovernFuture
            && group.get(j - 1).year() == lastYear
            && followsRuleForever(group.subList(i, j), candidates.get(0));
        runs.add(new Run(group.subList(i, j), candidates.get(0), open));
        openRuns += open ? 1 : 0;
        i = j;
      }
    }
    // The future is described by open-ended rules only when every final rule of the zone can be one.
    boolean allOpen = openRuns == rules.getTransitionRules().size();
    List<Observance> result = new ArrayList<>();
    for (Run run : runs) {
      run.addObservances(result, names, run.open && allOpen);
    }
    boolean startCovered = startsAtTransition || before != null;
    if (!startCovered) {
      ZoneOffset offset = rules.getOffset(start);
      result.add(new Observance(rules.isDaylightSavings(start), LocalDateTime.ofInstant(start, offset), offset,
          offset, names.keep(startName, offset), Optional.empty()));
    }
    result.sort(Comparator.comparing(Observance::onset));
    return List.copyOf(result);
  }

  /** Whether the pattern is the JDK's final rule for every onset of the run and for the years after the range. */
  private static boolean followsRuleForever(List<Onset> run, DayRule pattern) {
    ZoneOffsetTransitionRule rule = run.get(0).rule;
    if (rule == null || !pattern.equals(run.get(0).exact)) {
      return false;
    }
    for (Onset onset : run) {
      if (onset.rule != rule) {
        return false;
      }
    }
    LocalTime time = run.get(0).transition.getDateTimeBefore().toLocalTime();
    Month month = run.get(0).transition.getDateTimeBefore().getMonth();
    int lastYear = run.get(run.size() - 1).year();
    for (int year = lastYear + 1; year <= lastYear + OPEN_END_CHECK_YEARS; year++) {
      LocalDateTime expected = findRuleTransition(rule, year).getDateTimeBefore();
      if (!expected.toLocalTime().equals(time) || !expected.toLocalDate().equals(pattern.dateIn(year, month))) {
        return false;
      }
    }
    return true;
  }

  /** The transition the rule makes whose local date-time before lies in {@code year}. */
  private static ZoneOffsetTransition findRuleTransition(ZoneOffsetTransitionRule rule, int year) {
    for (int y = year - 1; y <= year + 1; y++) {
      ZoneOffsetTransition t = rule.createTransition(y);
      if (t.getDateTimeBefore().getYear() == year) {
        return t;
      }
    }
    return rule.createTransition(year);
  }

  /** The final rule that made {@code t}, with the yearly pattern it follows in local time before the transition. */
  private static @Nullable RuleMatch exactRule(ZoneRules rules, ZoneOffsetTransition t) {
    int year = t.getDateTimeBefore().getYear();
    for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
      for (int y = year - 1; y <= year + 1; y++) {
        if (rule.createTransition(y).equals(t)) {
          DayRule pattern = DayRule.of(rule);
          return pattern == null ? null : new RuleMatch(rule, pattern);
        }
      }
    }
    return null;
  }

  /** Onsets of one kind in consecutive years that follow one pattern. */
  private record Run(List<Onset> onsets, DayRule pattern, boolean open) {

    /**
     * Adds the observances of this run: one with an RRULE (without UNTIL when {@code open}), and its last onset as
     * an observance of its own when the run ends (see the class description: ical4j); runs too short for an RRULE
     * become one observance per onset.
     */
    void addObservances(List<Observance> out, NameTable names, boolean open) {
      int ruleEnd = open ? onsets.size() : onsets.size() - 1;
      int from = 0;
      if (ruleEnd >= 2) {
        Onset first = onsets.get(0);
        ZoneOffsetTransition last = onsets.get(ruleEnd - 1).transition;
        YearlyRule rule = new YearlyRule(first.transition.getDateTimeBefore().getMonth(), pattern,
            open ? Optional.empty() : Optional.of(until(last)));
        out.add(first.observance(names, Optional.of(rule)));
        from = ruleEnd;
      }
      for (int k = from; k < onsets.size(); k++) {
        out.add(onsets.get(k).observance(names, Optional.empty()));
      }
    }

    /**
     * The UNTIL of a rule whose last onset is {@code last}: its UTC instant, or its local time read as UTC when
     * that is later (east of UTC). Both bound the same occurrences, a year apart; the later one also holds for
     * readers that compare UNTIL with local onsets (biweekly 0.6.8 does).
     */
    private static Instant until(ZoneOffsetTransition last) {
      Instant utc = last.getInstant();
      Instant localAsUtc = last.getDateTimeBefore().toInstant(ZoneOffset.UTC);
      return localAsUtc.isAfter(utc) ? localAsUtc : utc;
    }
  }

  private record RuleMatch(ZoneOffsetTransitionRule rule, DayRule pattern) {}

  /** The short names seen, and which of them are consistent (one name, one offset). */
  private static final class NameTable {
    private final ZoneId zone;
    private final Map<String, ZoneOffset> offsets = new HashMap<>();
    private final Map<String, Boolean> consistent = new HashMap<>();

    NameTable(ZoneId zone) {
      this.zone = zone;
    }

    /** Records the JDK's name at {@code instant}; returns it, or "" when it is no abbreviation. */
    String add(Instant instant, ZoneOffset offset) {
      String name = SHORT_NAME.format(instant.atZone(zone));
      if (!isAbbreviation(name, offset)) {
        return "";
      }
      ZoneOffset seen = offsets.putIfAbsent(name, offset);
      if (seen != null && !seen.equals(offset)) {
        consistent.put(name, false);
      } else {
        consistent.putIfAbsent(name, true);
      }
      return name;
    }

    Optional<String> keep(String name, ZoneOffset offset) {
      return !name.isEmpty() && consistent.getOrDefault(name, false) && offset.equals(offsets.get(name))
          ? Optional.of(name)
          : Optional.empty();
    }

    private static boolean isAbbreviation(String name, ZoneOffset offset) {
      if (name.equals("GMT") || name.equals("UTC") || name.equals("UT")) {
        return offset.getTotalSeconds() == 0;
      }
      int n = name.length();
      if (n < 3 || n > 5) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = name.charAt(i);
        if (c < 'A' || c > 'Z') {
          return false;
        }
      }
      return true;
    }
  }

  private record Key(ZoneOffset from, ZoneOffset to, boolean daylight, Optional<String> name, Month month,
      LocalTime time) {}

  /** One transition, with what grouping needs. */
  private static final class Onset {
    final ZoneOffsetTransition transition;
    final boolean daylight;
    final String rawName;
    final @Nullable ZoneOffsetTransitionRule rule;
    final @Nullable DayRule exact;

    Onset(ZoneOffsetTransition transition, boolean daylight, String rawName, @Nullable RuleMatch match) {
      this.transition = transition;
      this.daylight = daylight;
      this.rawName = rawName;
      this.rule = match == null ? null : match.rule();
      this.exact = match == null ? null : match.pattern();
    }

    int year() {
      return transition.getDateTimeBefore().getYear();
    }

    Key key(NameTable names) {
      LocalDateTime local = transition.getDateTimeBefore();
      return new Key(transition.getOffsetBefore(), transition.getOffsetAfter(), daylight,
          names.keep(rawName, transition.getOffsetAfter()), local.getMonth(), local.toLocalTime());
    }

    boolean matches(DayRule candidate) {
      LocalDate date = transition.getDateTimeBefore().toLocalDate();
      return candidate.dateIn(date.getYear(), date.getMonth()).equals(date);
    }

    /** Patterns this date could follow, the JDK's own rule first. */
    List<DayRule> candidates() {
      List<DayRule> list = new ArrayList<>(4);
      if (exact != null) {
        list.add(exact);
      }
      LocalDate date = transition.getDateTimeBefore().toLocalDate();
      int day = date.getDayOfMonth();
      DayOfWeek weekday = date.getDayOfWeek();
      if (day + 7 > date.lengthOfMonth()) {
        list.add(new DayRule.Nth(-1, weekday));
      }
      if (day <= 28) {
        list.add(new DayRule.Nth((day - 1) / 7 + 1, weekday));
      }
      if (day <= date.getMonth().minLength()) {
        list.add(new DayRule.Fixed(day));
      }
      return list;
    }

    Observance observance(NameTable names, Optional<YearlyRule> rule) {
      return new Observance(daylight, transition.getDateTimeBefore(), transition.getOffsetBefore(),
          transition.getOffsetAfter(), names.keep(rawName, transition.getOffsetAfter()), rule);
    }
  }

  /**
   * One {@code STANDARD} or {@code DAYLIGHT} sub-component.
   *
   * @param daylight {@code true} for {@code DAYLIGHT}
   * @param start {@code DTSTART}: the first onset, local time in {@code offsetFrom}
   * @param offsetFrom {@code TZOFFSETFROM}
   * @param offsetTo {@code TZOFFSETTO}
   * @param name {@code TZNAME}, when there is a real abbreviation
   * @param rule the {@code RRULE}, when the observance recurs
   * @since 0.1
   */
  public record Observance(boolean daylight, LocalDateTime start, ZoneOffset offsetFrom, ZoneOffset offsetTo,
      Optional<String> name, Optional<YearlyRule> rule) {

    /**
     * Checks the components.
     *
     * @param daylight {@code true} for {@code DAYLIGHT}
     * @param start {@code DTSTART}
     * @param offsetFrom {@code TZOFFSETFROM}
     * @param offsetTo {@code TZOFFSETTO}
     * @param name {@code TZNAME}
     * @param rule the {@code RRULE}
     * @since 0.1
     */
    public Observance {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(offsetFrom, "offsetFrom");
      Objects.requireNonNull(offsetTo, "offsetTo");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(rule, "rule");
    }

    /**
     * Returns the instant of the first onset.
     *
     * @return {@code start} in {@code offsetFrom}
     * @since 0.1
     */
    public Instant onset() {
      return start.toInstant(offsetFrom);
    }
  }

  /**
   * A yearly recurrence: {@code FREQ=YEARLY;BYMONTH=m;<day>[;UNTIL=…Z]}.
   *
   * @param month the month
   * @param day the day within the month
   * @param until the UTC instant of the last onset, or empty for a rule without end
   * @since 0.1
   */
  public record YearlyRule(Month month, DayRule day, Optional<Instant> until) {

    /**
     * Checks the components.
     *
     * @param month the month
     * @param day the day within the month
     * @param until the UTC instant of the last onset, or empty
     * @since 0.1
     */
    public YearlyRule {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(until, "until");
    }

    /**
     * Returns the RECUR value, e.g. {@code FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU}.
     *
     * @return the value of the {@code RRULE} property
     * @since 0.1
     */
    public String recur() {
      StringBuilder sb = new StringBuilder(64).append("FREQ=YEARLY;BYMONTH=").append(month.getValue());
      day.appendTo(sb);
      until.ifPresent(instant -> sb.append(";UNTIL=").append(ValueFormat.utc(instant)));
      return sb.toString();
    }
  }

  /**
   * The day of a yearly onset within its month.
   *
   * @since 0.1
   */
  public sealed interface DayRule {

    /**
     * Returns the date this rule gives in a year and month.
     *
     * @param year the year
     * @param month the month
     * @return the date
     * @since 0.1
     */
    LocalDate dateIn(int year, Month month);

    /**
     * Appends the RECUR parts after {@code BYMONTH}, with their leading {@code ;}.
     *
     * @param sb the target
     * @since 0.1
     */
    void appendTo(StringBuilder sb);

    /**
     * The pattern of a JDK rule, in the local time before its transition; {@code null} when RRULE cannot say it
     * (the window or fixed day leaves the month in some year).
     */
    private static @Nullable DayRule of(ZoneOffsetTransitionRule rule) {
      int seconds = rule.getLocalTime().toSecondOfDay() + (rule.isMidnightEndOfDay() ? 86_400 : 0);
      switch (rule.getTimeDefinition()) {
        case UTC:
          seconds += rule.getOffsetBefore().getTotalSeconds();
          break;
        case STANDARD:
          seconds += rule.getOffsetBefore().getTotalSeconds() - rule.getStandardOffset().getTotalSeconds();
          break;
        default: // WALL: already local time before the transition
          break;
      }
      int shift = Math.floorDiv(seconds, 86_400);
      Month month = rule.getMonth();
      int minLength = month.minLength();
      boolean fixedLength = minLength == month.maxLength();
      int indicator = rule.getDayOfMonthIndicator();
      DayOfWeek weekday = rule.getDayOfWeek();
      if (weekday == null) {
        int day = indicator + shift;
        boolean inMonth = indicator > 0 ? day >= 1 && day <= minLength : day <= -1 && day >= -minLength;
        return inMonth ? new Fixed(day) : null;
      }
      weekday = weekday.plus(shift);
      // The window of seven days in which the weekday falls: [from, from + 6], counted from the end when negative
      // (-1 is the last day of the month).
      int from = indicator > 0 ? indicator + shift : indicator - 6 + shift;
      if (from > 0 ? from + 6 > minLength : from < -minLength || from + 6 > -1) {
        return null;
      }
      if (from > 0 && fixedLength && from + 6 == minLength) {
        from = -7; // "on or after the 25th" of a 31-day month is its last week
      }
      if (from > 0 && (from - 1) % 7 == 0) {
        return new Nth((from - 1) / 7 + 1, weekday);
      }
      if (from < 0 && (from + 6 + 1) % 7 == 0) {
        return new Nth((from + 6 + 1) / 7 - 1, weekday);
      }
      return new Window(weekday, from);
    }

    /**
     * The n-th weekday of the month, or counted from its end when negative: {@code BYDAY=2SU}, {@code BYDAY=-1SU}.
     *
     * @param ordinal 1 to 4, or -1 to -4
     * @param weekday the weekday
     * @since 0.1
     */
    record Nth(int ordinal, DayOfWeek weekday) implements DayRule {
      @Override
      public LocalDate dateIn(int year, Month month) {
        return ordinal > 0
            ? LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday))
            : LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(weekday)).plusWeeks(ordinal + 1L);
      }

      @Override
      public void appendTo(StringBuilder sb) {
        sb.append(";BYDAY=").append(ordinal).append(ICAL_DAYS[weekday.ordinal()]);
      }
    }

    /**
     * A fixed day of the month, or counted from its end when negative: {@code BYMONTHDAY=15}, {@code
     * BYMONTHDAY=-1}.
     *
     * @param day 1 to 28 (or the shortest length of the month), or -1 to minus that length
     * @since 0.1
     */
    record Fixed(int day) implements DayRule {
      @Override
      public LocalDate dateIn(int year, Month month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return day > 0 ? first.withDayOfMonth(day) : first.withDayOfMonth(first.lengthOfMonth() + 1 + day);
      }

      @Override
      public void appendTo(StringBuilder sb) {
        sb.append(";BYMONTHDAY=").append(day);
      }
    }

    /**
     * The weekday within seven consecutive days: {@code BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8}.
     *
     * @param weekday the weekday
     * @param from the first of the seven days, or counted from the end of the month when negative
     * @since 0.1
     */
    record Window(DayOfWeek weekday, int from) implements DayRule {
      @Override
      public LocalDate dateIn(int year, Month month) {
        LocalDate first = LocalDate.of(year, month, 1);
        int day = from > 0 ? from : first.lengthOfMonth() + 1 + from;
        return first.withDayOfMonth(day).with(TemporalAdjusters.nextOrSame(weekday));
      }

      @Override
      public void appendTo(StringBuilder sb) {
        sb.append(";BYDAY=").append(ICAL_DAYS[weekday.ordinal()]).append(";BYMONTHDAY=");
        for (int d = from; d < from + 7; d++) {
          sb.append(d);
          if (d < from + 6) {
            sb.append(',');
          }
        }
      }
    }
  }

  private static final String[] ICAL_DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
}
