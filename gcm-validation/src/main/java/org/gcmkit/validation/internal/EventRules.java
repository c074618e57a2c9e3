package org.gcmkit.validation.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.gcmkit.model.CountBasis;
import org.gcmkit.model.CountCategory;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Participation;
import org.gcmkit.model.RecordPolicy;
import org.gcmkit.model.Region;
import org.gcmkit.model.ReportEntry;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.Waiver;
import org.jspecify.annotations.Nullable;

/**
 * Rules that need one event and nothing else: its timings, its participants and headcounts, and what the seeds say
 * about events of its kind.
 */
final class EventRules {

  /** R1: "Each group session is expected to have between 7 and 15 civil society participants". */
  static final int GROUP_MIN = 7;
  static final int GROUP_MAX = 15;
  /** R7: "2-5 representatives of governments". */
  static final int TABLE_GOVERNMENTS_MIN = 2;
  static final int TABLE_GOVERNMENTS_MAX = 5;
  /** R7: "5-8 civil society leaders". */
  static final int TABLE_CIVIL_SOCIETY_MIN = 5;
  static final int TABLE_CIVIL_SOCIETY_MAX = 8;
  /** R16: "30-80 participants each". */
  static final int RCSC_MIN = 30;
  static final int RCSC_MAX = 80;
  /**
   * R11: an actual count may exceed an approximate expected maximum by this fraction before it is reported ("about
   * 40" allows 44).
   */
  static final double APPROXIMATE_TOLERANCE = 0.10;
  /** R42: "regional reviews beginning in 2020"; the IMRF meets "every four years beginning in 2022". */
  static final int REGIONAL_REVIEWS_FROM = 2020;
  static final int REVIEW_FORUM_FIRST = 2022;
  static final int REVIEW_FORUM_CYCLE = 4;

  private EventRules() {}

  /**
   * Checks one event.
   *
   * @param ctx the context
   * @param i the event's index
   */
  static void check(Context ctx, int i) {
    Event e = ctx.events.get(i);
    List<Waiver> w = e.waivers();
    ZoneId zone = ctx.zone[i];
    if (e.timing().isPresent()) {
      TimingRules.check(ctx, e.timing().get(), () -> Paths.join(ctx.path(i), "timing"), zone, i, w);
    }
    List<Revision> revisions = e.revisions();
    for (int k = 0; k < revisions.size(); k++) {
      Revision r = revisions.get(k);
      if (r.timing().isPresent()) {
        ZoneId rz = r.timing().get().zone().orElse(r.place().flatMap(pl -> pl.zone()).orElse(zone));
        int index = k;
        TimingRules.check(ctx, r.timing().get(),
            () -> Paths.join(Paths.at(Paths.join(ctx.path(i), "revisions"), index), "timing"), rz, -1, w);
      }
    }
    participations(ctx, e, i);
    headcounts(ctx, e, i, w);
    if (e.kind().isProgrammeItem() && e.parentId().isEmpty()) {
      ctx.sink.add(Rule.PROGRAMME_PARENT, w, ctx.path(i), e.id(), e.kind());
    }
    if (e.status() == EventStatus.RESCHEDULED
        && e.revisions().stream().noneMatch(r -> r.timing().isPresent() || r.place().isPresent())) {
      ctx.sink.add(Rule.RESCHEDULED_REVISION, w, Paths.join(ctx.path(i), "status"), e.id());
    }
    organiserSupporter(ctx, e, i, w);
    noRecord(ctx, e, i, w);
    followUp(ctx, e, i, w);
    if (e.status() == EventStatus.CANCELLED || e.status() == EventStatus.POSTPONED) {
      return;
    }
    switch (e.kind()) {
      case GROUP_SESSION:
        groupSession(ctx, e, i, w);
        break;
      case GOVERNMENT_TABLE:
        governmentTable(ctx, e, i, w);
        break;
      case REGIONAL_CIVIL_SOCIETY_CONSULTATION:
        rcsc(ctx, e, i, w);
        break;
      default:
        break;
    }
  }

  private static void participations(Context ctx, Event e, int i) {
    List<Participation> ps = e.participants();
    for (int k = 0; k < ps.size(); k++) {
      Participation x = ps.get(k);
      if (ctx.seatPerson[ctx.seatStart[i] + k] < 0 && x.organisationId().isEmpty()) {
        ctx.sink.add(Rule.PARTICIPATION_EMPTY, Paths.at(Paths.join(ctx.path(i), "participants"), k), x.role());
      }
    }
  }

  private static void headcounts(Context ctx, Event e, int i, List<Waiver> w) {
    List<Headcount> hs = e.headcounts();
    for (int k = 0; k < hs.size(); k++) {
      Headcount h = hs.get(k);
      if (h.minimum().isPresent() && h.maximum().isPresent() && h.minimum().getAsInt() > h.maximum().getAsInt()) {
        ctx.sink.add(Rule.HEADCOUNT_RANGE, Paths.at(Paths.join(ctx.path(i), "headcounts"), k),
            h.minimum().getAsInt(), h.maximum().getAsInt());
      }
      if (h.basis() != CountBasis.ACTUAL || h.minimum().isEmpty()) {
        continue;
      }
      for (Headcount x : hs) {
        if (x.basis() == CountBasis.EXPECTED && x.category() == h.category() && x.maximum().isPresent()) {
          double cap = x.maximum().getAsInt() * (x.approximate() ? 1 + APPROXIMATE_TOLERANCE : 1);
          if (h.minimum().getAsInt() > cap) {
            ctx.sink.add(Rule.HEADCOUNT_CAPACITY, w, Paths.at(Paths.join(ctx.path(i), "headcounts"), k),
                h.category(), h.minimum().getAsInt(), describe(x));
            break;
          }
        }
      }
    }
  }

  private static String describe(Headcount h) {
    String n = h.minimum().isPresent() && h.minimum().getAsInt() != h.maximum().getAsInt()
        ? h.minimum().getAsInt() + "-" + h.maximum().getAsInt()
        : String.valueOf(h.maximum().getAsInt());
    return h.approximate() ? "~" + n : n;
  }

  /** R18: "organized with support of IOM, but will not be organized by IOM". */
  private static void organiserSupporter(Context ctx, Event e, int i, List<Waiver> w) {
    if (holders(e, Role.SUPPORTER) == 0) {
      return;
    }
    Set<String> organisers = new HashSet<>();
    for (Participation x : e.participants()) {
      if (x.role() == Role.ORGANISER && x.organisationId().isPresent()) {
        organisers.add(x.organisationId().get());
      }
    }
    if (organisers.isEmpty()) {
      return;
    }
    List<Participation> ps = e.participants();
    for (int k = 0; k < ps.size(); k++) {
      Participation x = ps.get(k);
      if (x.role() == Role.SUPPORTER && x.organisationId().isPresent()
          && organisers.contains(x.organisationId().get())) {
        ctx.sink.add(Rule.ORGANISER_SUPPORTER, w, Paths.at(Paths.join(ctx.path(i), "participants"), k), e.id(),
            x.organisationId().get());
      }
    }
  }

  /** R9: no rapporteur and no report at a no-record table or under the Chatham House rule; R6: the report's author. */
  private static void noRecord(Context ctx, Event e, int i, List<Waiver> w) {
    boolean table = e.kind() == EventKind.GOVERNMENT_TABLE || e.kind() == EventKind.LUNCH_TABLE;
    RecordPolicy policy = e.recordPolicy().orElse(null);
    boolean noRecord = policy == RecordPolicy.NO_RECORD || policy == RecordPolicy.CHATHAM_HOUSE
        || (table && policy == null);
    if (table && policy == RecordPolicy.ON_RECORD) {
      ctx.sink.add(Rule.TABLE_RECORD_POLICY, w, Paths.join(ctx.path(i), "recordPolicy"), e.id());
    }
    List<Participation> ps = e.participants();
    for (int k = 0; k < ps.size(); k++) {
      Participation x = ps.get(k);
      if (x.role() == Role.RAPPORTEUR && (noRecord || table)) {
        ctx.sink.add(Rule.NO_RECORD_RAPPORTEUR, w, Paths.at(Paths.join(ctx.path(i), "participants"), k), e.id(),
            x.personId().orElse(x.organisationId().orElse("?")));
      }
    }
    if (e.report().isEmpty()) {
      return;
    }
    if (noRecord || table) {
      ctx.sink.add(Rule.NO_RECORD_REPORT, w, Paths.join(ctx.path(i), "report"), e.id());
      return;
    }
    Set<String> rapporteurs = new HashSet<>();
    for (Participation x : ps) {
      if (x.role() == Role.RAPPORTEUR) {
        x.personId().ifPresent(rapporteurs::add);
      }
    }
    List<ReportEntry> entries = e.report();
    for (int k = 0; k < entries.size(); k++) {
      ReportEntry r = entries.get(k);
      if (r.rapporteurId().isPresent() && !rapporteurs.contains(r.rapporteurId().get())) {
        ctx.sink.add(Rule.REPORT_RAPPORTEUR, w,
            Paths.join(Paths.at(Paths.join(ctx.path(i), "report"), k), "rapporteurId"), e.id(),
            r.rapporteurId().get());
      }
    }
  }

  /** R42: regional reviews from 2020; the IMRF every four years from 2022. */
  private static void followUp(Context ctx, Event e, int i, List<Waiver> w) {
    if (e.timing().isEmpty()) {
      return;
    }
    LocalDate first = e.timing().get().firstDay();
    LocalDate last = e.timing().get().lastDay();
    if (e.kind() == EventKind.REGIONAL_REVIEW && last.getYear() < REGIONAL_REVIEWS_FROM) {
      ctx.sink.add(Rule.REGIONAL_REVIEW_START, w, Paths.join(ctx.path(i), "timing"), e.id(), last);
    }
    if (e.kind() == EventKind.REVIEW_FORUM && first.getYear() == last.getYear()) {
      int year = first.getYear();
      if (year < REVIEW_FORUM_FIRST || (year - REVIEW_FORUM_FIRST) % REVIEW_FORUM_CYCLE != 0) {
        ctx.sink.add(Rule.REVIEW_FORUM_CYCLE, w, Paths.join(ctx.path(i), "timing"), e.id(),
            String.valueOf(year));
      }
    }
  }

  /** R1, R2 and the one Act of a group session. */
  private static void groupSession(Context ctx, Event e, int i, List<Waiver> w) {
    int coLeads = holders(e, Role.CO_LEAD);
    int rapporteurs = holders(e, Role.RAPPORTEUR);
    if (coLeads != 2 || rapporteurs != 1) {
      ctx.sink.add(Rule.GROUP_STAFFING, w, Paths.join(ctx.path(i), "participants"), e.id(), coLeads, rapporteurs);
    }
    Count size = count(e, Role.PARTICIPANT, CountCategory.CIVIL_SOCIETY, CountCategory.PARTICIPANTS);
    if (size != null && size.outside(GROUP_MIN, GROUP_MAX)) {
      ctx.sink.add(Rule.GROUP_SIZE, w, size.path(ctx.path(i)), e.id(), size);
    }
    oneAct(ctx, e, i, w);
  }

  /** R7 and R8 (the parts that need only the table). */
  private static void governmentTable(Context ctx, Event e, int i, List<Waiver> w) {
    Count governments = count(e, Role.GOVERNMENT_REPRESENTATIVE, CountCategory.GOVERNMENT_DELEGATES);
    if (governments != null && governments.outside(TABLE_GOVERNMENTS_MIN, TABLE_GOVERNMENTS_MAX)) {
      ctx.sink.add(Rule.TABLE_GOVERNMENTS, w, governments.path(ctx.path(i)), e.id(), governments);
    }
    Count civil = count(e, Role.PARTICIPANT, CountCategory.CIVIL_SOCIETY);
    if (civil != null && civil.outside(TABLE_CIVIL_SOCIETY_MIN, TABLE_CIVIL_SOCIETY_MAX)) {
      ctx.sink.add(Rule.TABLE_CIVIL_SOCIETY, w, civil.path(ctx.path(i)), e.id(), civil);
    }
    int facilitators = holders(e, Role.FACILITATOR);
    if (facilitators != 1) {
      ctx.sink.add(Rule.TABLE_FACILITATOR_COUNT, w, Paths.join(ctx.path(i), "participants"), e.id(),
          facilitators);
    }
    List<Participation> ps = e.participants();
    for (int k = 0; k < ps.size(); k++) {
      if (ps.get(k).role() == Role.MODERATOR) {
        ctx.sink.add(Rule.TABLE_MODERATOR, w, Paths.join(Paths.at(Paths.join(ctx.path(i), "participants"), k), "role"),
            e.id(), ps.get(k).personId().orElse(ps.get(k).organisationId().orElse("?")));
      }
    }
    oneAct(ctx, e, i, w);
  }

  private static void oneAct(Context ctx, Event e, int i, List<Waiver> w) {
    if (e.acts().size() != 1) {
      ctx.sink.add(Rule.GROUP_ACT, w, Paths.join(ctx.path(i), "acts"), e.id(), e.acts());
    }
  }

  /** R16, R17 and R40. */
  private static void rcsc(Context ctx, Event e, int i, List<Waiver> w) {
    for (Count size : headcounts(e, CountCategory.PARTICIPANTS, CountCategory.CIVIL_SOCIETY)) {
      if (size.outside(RCSC_MIN, RCSC_MAX)) {
        ctx.sink.add(Rule.RCSC_SIZE, w, size.path(ctx.path(i)), e.id(), size);
      }
    }
    if (e.participants().stream().noneMatch(x -> x.role() == Role.ANCHOR)) {
      ctx.sink.add(Rule.RCSC_ANCHOR, w, Paths.join(ctx.path(i), "participants"), e.id());
    }
    if (e.region().orElse(null) == Region.AFRICA && !e.languages().isEmpty()) {
      boolean english = false;
      boolean french = false;
      for (String tag : e.languages()) {
        String language = java.util.Locale.forLanguageTag(tag).getLanguage();
        english |= language.equals("en");
        french |= language.equals("fr");
      }
      if (!english || !french) {
        ctx.sink.add(Rule.RCSC_LANGUAGES, w, Paths.join(ctx.path(i), "languages"), e.id(),
            String.join(", ", e.languages()));
      }
    }
  }

  /**
   * The number of distinct holders of a role: people by id, organisations by id, and participations that name
   * neither one each.
   *
   * @param e the event
   * @param role the role
   * @return the count
   */
  static int holders(Event e, Role role) {
    List<Participation> ps = e.participants();
    Set<String> people = null;
    Set<String> organisations = null;
    int anonymous = 0;
    for (Participation x : ps) {
      if (x.role() != role) {
        continue;
      }
      if (x.personId().isPresent()) {
        if (people == null) {
          people = new HashSet<>();
        }
        people.add(x.personId().get());
      } else if (x.organisationId().isPresent()) {
        if (organisations == null) {
          organisations = new HashSet<>();
        }
        organisations.add(x.organisationId().get());
      } else {
        anonymous++;
      }
    }
    return anonymous + (people == null ? 0 : people.size()) + (organisations == null ? 0 : organisations.size());
  }

  /** A number of people: counted from an actual headcount (a range) or from the participations. */
  static final class Count {
    final int min;
    final int max;
    final boolean fromHeadcount;
    final int headcountIndex;

    Count(int min, int max, boolean fromHeadcount, int headcountIndex) {
      this.min = min;
      this.max = max;
      this.fromHeadcount = fromHeadcount;
      this.headcountIndex = headcountIndex;
    }

    /** Whether the count is certainly outside a range. */
    boolean outside(int low, int high) {
      return max < low || min > high;
    }

    String path(String eventPath) {
      return fromHeadcount
          ? Paths.at(Paths.join(eventPath, "headcounts"), headcountIndex)
          : Paths.join(eventPath, "participants");
    }

    @Override
    public String toString() {
      if (min == max) {
        return String.valueOf(min);
      }
      return max == Integer.MAX_VALUE ? min + "+" : min + "-" + max;
    }
  }

  /**
   * The number of people in a role: the first actual headcount of one of the categories, else the distinct holders
   * of the role when any is listed, else unknown.
   */
  private static @Nullable Count count(Event e, Role role, CountCategory... categories) {
    Count h = headcount(e, categories);
    if (h != null) {
      return h;
    }
    int listed = holders(e, role);
    return listed == 0 ? null : new Count(listed, listed, false, -1);
  }

  /** Every actual headcount of the categories, in data order: each is a claim of its own source. */
  private static List<Count> headcounts(Event e, CountCategory... categories) {
    List<Count> counts = new java.util.ArrayList<>();
    List<Headcount> hs = e.headcounts();
    for (int k = 0; k < hs.size(); k++) {
      Headcount h = hs.get(k);
      if (h.basis() == CountBasis.ACTUAL && java.util.Arrays.asList(categories).contains(h.category())
          && (h.minimum().isPresent() || h.maximum().isPresent())) {
        counts.add(new Count(h.minimum().orElse(0), h.maximum().orElse(Integer.MAX_VALUE), true, k));
      }
    }
    return counts;
  }

  private static @Nullable Count headcount(Event e, CountCategory... categories) {
    List<Headcount> hs = e.headcounts();
    for (CountCategory c : categories) {
      for (int k = 0; k < hs.size(); k++) {
        Headcount h = hs.get(k);
        if (h.basis() == CountBasis.ACTUAL && h.category() == c
            && (h.minimum().isPresent() || h.maximum().isPresent())) {
          OptionalInt min = h.minimum();
          OptionalInt max = h.maximum();
          return new Count(min.orElse(0), max.orElse(Integer.MAX_VALUE), true, k);
        }
      }
    }
    return null;
  }
}
