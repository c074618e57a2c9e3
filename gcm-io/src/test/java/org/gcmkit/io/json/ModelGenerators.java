package org.gcmkit.io.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.gcmkit.model.Accreditation;
import org.gcmkit.model.AccreditationKind;
import org.gcmkit.model.AccreditationStatus;
import org.gcmkit.model.Act;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Benchmark;
import org.gcmkit.model.Commission;
import org.gcmkit.model.Confidence;
import org.gcmkit.model.CountBasis;
import org.gcmkit.model.CountCategory;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Direction;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.GeoPoint;
import org.gcmkit.model.Goal;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Measurement;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Objective;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.PartOfMonth;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Phase;
import org.gcmkit.model.PhaseKind;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlaceCertainty;
import org.gcmkit.model.RecordPolicy;
import org.gcmkit.model.Recurrence;
import org.gcmkit.model.Region;
import org.gcmkit.model.RelativeAnchor;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.ReportEntry;
import org.gcmkit.model.Representative;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.SdgCode;
import org.gcmkit.model.Season;
import org.gcmkit.model.SessionFormat;
import org.gcmkit.model.Source;
import org.gcmkit.model.Target;
import org.gcmkit.model.Timing;
import org.gcmkit.model.VoteMethod;
import org.gcmkit.model.VoteResult;
import org.gcmkit.model.Waiver;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random model values for the property tests: every type, every attribute present and absent, lists empty and not,
 * text with any Unicode (control characters, emoji, right-to-left script, combining marks, line separators), every
 * shape of {@link FuzzyDate}. The values are nonsense by design; the builders accept them, so the format must carry
 * them.
 */
final class ModelGenerators {

  private static final List<String> ZONES = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));

  /** Code points to draw text from, grouped so that every group turns up often. */
  private static final int[][] ALPHABETS = {
    {'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', '/'}, {0x00, 0x1f}, {0x7f, 0x9f}, {0xa0, 0xff}, {0x0300, 0x036f},
    {0x0590, 0x05ff}, {0x0600, 0x06ff}, {0x4e00, 0x4e80}, {0x2028, 0x2029}, {0xfeff, 0xfeff}, {0xfff0, 0xfffd},
    {0x1f300, 0x1f64f}, {0x1f1e6, 0x1f1ff}, {0x10000, 0x1007f}, {'"', '"'}, {'\\', '\\'}, {'~', '~'}
  };

  private ModelGenerators() {}

  /** Any data set. */
  static Gen<DataSet> dataSets() {
    return in -> new R(in).dataSet();
  }

  /** Any text, possibly empty. */
  static Gen<String> texts() {
    return in -> new R(in).text();
  }

  /** Any fuzzy date. */
  static Gen<FuzzyDate> fuzzyDates() {
    return in -> new R(in).fuzzyDate();
  }

  /** Any event. */
  static Gen<Event> events() {
    return in -> new R(in).event();
  }

  /** Draws values from a randomness source. */
  static final class R {
    private final RandomnessSource in;

    R(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return (int) in.next(Constraint.between(min, max));
    }

    long longBetween(long min, long max) {
      return in.next(Constraint.between(min, max));
    }

    boolean chance(int percent) {
      return between(1, 100) <= percent;
    }

    <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    <E extends Enum<E>> E pick(Class<E> type) {
      E[] values = type.getEnumConstants();
      return values[between(0, values.length - 1)];
    }

    <T> List<T> list(int max, Supplier<T> element) {
      int n = chance(40) ? 0 : between(1, max);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(element.get());
      }
      return out;
    }

    /** Present about half the time. */
    boolean some() {
      return chance(50);
    }

    String text() {
      int n = chance(10) ? 0 : between(1, 12);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        int[] range = ALPHABETS[between(0, ALPHABETS.length - 1)];
        sb.appendCodePoint(between(range[0], range[1]));
      }
      return sb.toString();
    }

    String phrase() {
      String t = text();
      return t.isBlank() ? "x" + t : t;
    }

    String id() {
      return chance(70) ? "id-" + between(0, 30) : text();
    }

    int anyInt() {
      switch (between(0, 3)) {
        case 0:
          return between(0, 30);
        case 1:
          return Integer.MAX_VALUE - between(0, 1);
        case 2:
          return Integer.MIN_VALUE + between(0, 1);
        default:
          return (int) longBetween(Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
    }

    List<Integer> ints() {
      return list(4, this::anyInt);
    }

    BigDecimal decimal() {
      BigInteger unscaled = chance(20)
          ? new BigInteger(between(1, 200), new java.util.Random(longBetween(0, Long.MAX_VALUE)))
          : BigInteger.valueOf(longBetween(Long.MIN_VALUE, Long.MAX_VALUE));
      return new BigDecimal(unscaled, between(-12, 20));
    }

    LocalDate date() {
      return LocalDate.ofEpochDay(longBetween(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31)
          .toEpochDay()));
    }

    Instant instant() {
      long seconds = longBetween(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
          Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
      return Instant.ofEpochSecond(seconds, chance(30) ? between(0, 999_999_999) : 0);
    }

    ZoneId zone() {
      switch (between(0, 5)) {
        case 0:
          return ZoneOffset.ofTotalSeconds(between(-18 * 60, 18 * 60) * 60);
        case 1:
          return ZoneId.of("UTC");
        default:
          return ZoneId.of(pick(ZONES));
      }
    }

    URI uri() {
      switch (between(0, 3)) {
        case 0:
          return URI.create("https://example.org/" + between(0, 999) + "?q=" + between(0, 9) + "#f");
        case 1:
          return URI.create("mailto:someone@example.org");
        case 2:
          return URI.create("urn:isbn:" + between(0, 999_999));
        default:
          return URI.create("relative/path-" + between(0, 99));
      }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Fuzzy dates: every shape of FuzzyDate's documentation

    private String year4(int year) {
      String digits = String.valueOf(Math.abs(year));
      return (year < 0 ? "-" : "") + "0".repeat(4 - digits.length()) + digits;
    }

    private String two(int value) {
      return value < 10 ? "0" + value : String.valueOf(value);
    }

    FuzzyDate plainPoint() {
      int year = between(-9999, 9999);
      switch (between(0, 11)) {
        case 0:
          return FuzzyDate.ofYear(year);
        case 1:
          return FuzzyDate.ofYear((chance(50) ? -1 : 1) * between(10_000, 999_999_999));
        case 2:
          return FuzzyDate.parse(year4(between(0, 999) * 10).substring(0, 3) + "X");
        case 3:
          return FuzzyDate.parse(year4(between(0, 99) * 100).substring(0, 2) + "XX");
        case 4:
          return FuzzyDate.of(YearMonth.of(year, between(1, 12)));
        case 5:
          return FuzzyDate.parse(year4(year) + "-XX");
        case 6:
          return FuzzyDate.season(year, pick(Season.class));
        case 7:
          return FuzzyDate.parse(year4(year) + "-" + two(between(1, 12)) + "-XX");
        case 8:
          return FuzzyDate.parse(year4(year) + "-XX-XX");
        case 9:
          return FuzzyDate.of(LocalDateTime.of(date(), java.time.LocalTime.ofSecondOfDay(between(0, 86_399))));
        case 10:
          return FuzzyDate.of(LocalDateTime.of(date(), java.time.LocalTime.ofSecondOfDay(between(0, 86_399))),
              ZoneOffset.ofTotalSeconds(between(-18 * 60, 18 * 60) * 60));
        default:
          return FuzzyDate.of(date());
      }
    }

    FuzzyDate point() {
      FuzzyDate d = plainPoint();
      switch (between(0, 3)) {
        case 0:
          return d;
        case 1:
          return d.approximate();
        case 2:
          return d.uncertain();
        default:
          return d.approximate().uncertain();
      }
    }

    FuzzyDate interval() {
      FuzzyDate a = point();
      switch (between(0, 5)) {
        case 0:
          return FuzzyDate.from(a);
        case 1:
          return FuzzyDate.until(a);
        case 2:
          return FuzzyDate.fromWithUnknownEnd(a);
        case 3:
          return FuzzyDate.untilWithUnknownStart(a);
        case 4:
          YearMonth m = YearMonth.of(between(1, 9999), between(1, 12));
          return FuzzyDate.partOf(m, pick(PartOfMonth.class));
        default:
          FuzzyDate b = point();
          try {
            return b.isBefore(a) ? FuzzyDate.between(b, a) : FuzzyDate.between(a, b);
          } catch (IllegalArgumentException e) {
            return FuzzyDate.from(a);
          }
      }
    }

    FuzzyDate fuzzyDate() {
      FuzzyDate d = chance(50) ? point() : interval();
      return chance(30) ? d.withSourceText(phrase()) : d;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Records

    Source source() {
      Source.Builder b = Source.builder().reference(text());
      if (some()) {
        b.locator(text());
      }
      if (some()) {
        b.quote(text());
      }
      return b.build();
    }

    List<Source> sources() {
      return list(2, this::source);
    }

    RelativeDate relativeDate() {
      RelativeDate.Builder b = RelativeDate.builder().anchorId(id())
          .offset(Period.of(between(-3, 3), between(-11, 11), between(-400, 400)));
      if (some()) {
        b.anchor(pick(RelativeAnchor.class));
      }
      if (some()) {
        b.approximate(chance(50));
      }
      if (some()) {
        b.sourceText(text());
      }
      return b.build();
    }

    Recurrence recurrence() {
      Recurrence.Builder b = Recurrence.builder();
      if (some()) {
        b.rule(text());
      }
      b.dates(list(3, this::fuzzyDate));
      b.exceptions(list(3, this::fuzzyDate));
      if (some()) {
        b.masterId(id());
      }
      if (some()) {
        b.recurrenceId(fuzzyDate());
      }
      return b.build();
    }

    Timing timing() {
      Timing.Builder b = Timing.builder().start(fuzzyDate());
      if (some()) {
        b.end(fuzzyDate());
      }
      if (some()) {
        b.zone(zone());
      }
      b.days(list(3, this::date));
      if (chance(30)) {
        b.relativeTo(relativeDate());
      }
      return b.build();
    }

    GeoPoint geo() {
      switch (between(0, 3)) {
        case 0:
          return GeoPoint.of(pick(List.of(-90.0, 90.0, 0.0, -0.0)), pick(List.of(-180.0, 180.0, 0.0, -0.0)));
        case 1:
          return GeoPoint.of(between(-90_000_000, 90_000_000) / 1e6, between(-180_000_000, 180_000_000) / 1e6);
        default:
          double lat = (longBetween(0, Long.MAX_VALUE) / (double) Long.MAX_VALUE) * 180 - 90;
          double lon = (longBetween(0, Long.MAX_VALUE) / (double) Long.MAX_VALUE) * 360 - 180;
          return GeoPoint.of(lat, lon);
      }
    }

    Place place(int depth) {
      Place.Builder b = Place.builder();
      if (some()) {
        b.venue(text());
      }
      if (some()) {
        b.room(text());
      }
      if (some()) {
        b.address(text());
      }
      if (some()) {
        b.city(text());
      }
      if (some()) {
        b.country(text());
      }
      if (some()) {
        b.zone(zone());
      }
      if (some()) {
        b.geo(geo());
      }
      if (some()) {
        b.certainty(pick(PlaceCertainty.class));
      }
      if (depth < 2) {
        b.alternatives(list(2, () -> place(depth + 1)));
      }
      if (some()) {
        b.attendance(pick(AttendanceMode.class));
      }
      if (some()) {
        b.remoteDetails(text());
      }
      if (some()) {
        b.remoteUrl(uri());
      }
      if (some()) {
        b.sourceText(text());
      }
      return b.build();
    }

    Revision revision() {
      Revision.Builder b = Revision.builder();
      if (some()) {
        b.timing(timing());
      }
      if (some()) {
        b.place(place(1));
      }
      if (some()) {
        b.status(pick(EventStatus.class));
      }
      if (some()) {
        b.title(text());
      }
      if (some()) {
        b.statedOn(fuzzyDate());
      }
      b.sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Participation participation() {
      Participation.Builder b = Participation.builder().role(pick(Role.class));
      if (some()) {
        b.personId(id());
      }
      if (some()) {
        b.organisationId(id());
      }
      if (some()) {
        b.onBehalfOf(id());
      }
      if (some()) {
        b.note(text());
      }
      return b.sources(sources()).build();
    }

    Headcount headcount() {
      Headcount.Builder b = Headcount.builder().basis(pick(CountBasis.class)).category(pick(CountCategory.class));
      if (some()) {
        b.minimum(anyInt());
      }
      if (some()) {
        b.maximum(anyInt());
      }
      if (some()) {
        b.approximate(chance(50));
      }
      if (some()) {
        b.sourceText(text());
      }
      return b.sources(sources()).build();
    }

    ReportEntry reportEntry() {
      ReportEntry.Builder b = ReportEntry.builder().question(text()).answer(text());
      if (some()) {
        b.rapporteurId(id());
      }
      if (some()) {
        b.submitted(fuzzyDate());
      }
      return b.build();
    }

    Waiver waiver() {
      return Waiver.builder().code(text()).reason(text()).sources(sources()).build();
    }

    Event event() {
      Event.Builder b = Event.builder()
          .id(id())
          .kind(pick(EventKind.class))
          .title(text())
          .status(pick(EventStatus.class));
      if (some()) {
        b.uid(text());
      }
      if (some()) {
        b.description(text());
      }
      if (some()) {
        b.theme(text());
      }
      if (some()) {
        b.number(anyInt());
      }
      if (some()) {
        b.commission(pick(Commission.class));
      }
      if (some()) {
        b.region(pick(Region.class));
      }
      if (some()) {
        b.parentId(id());
      }
      if (some()) {
        b.phaseId(id());
      }
      if (some()) {
        b.timing(timing());
      }
      if (some()) {
        b.recurrence(recurrence());
      }
      if (some()) {
        b.place(place(0));
      }
      b.revisions(list(2, this::revision));
      b.participants(list(3, this::participation));
      b.headcounts(list(2, this::headcount));
      b.languages(list(3, this::text));
      b.interpretation(list(2, this::text));
      b.acts(ints());
      b.objectives(ints());
      if (some()) {
        b.recordPolicy(pick(RecordPolicy.class));
      }
      if (some()) {
        b.sessionFormat(SessionFormat.of(anyInt(), anyInt(),
            Duration.ofSeconds(longBetween(-1_000_000_000L, 1_000_000_000L), chance(30) ? between(0, 999_999_999) : 0)));
      }
      b.report(list(2, this::reportEntry));
      if (some()) {
        b.url(uri());
      }
      if (some()) {
        b.created(instant());
      }
      if (some()) {
        b.lastModified(instant());
      }
      b.waivers(list(2, this::waiver));
      b.sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Phase phase() {
      Phase.Builder b = Phase.builder().id(id()).kind(pick(PhaseKind.class)).name(text()).window(fuzzyDate());
      if (some()) {
        b.description(text());
      }
      b.revisions(list(2, this::revision)).sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Organisation organisation() {
      Organisation.Builder b = Organisation.builder().id(id()).name(text()).type(pick(OrganisationType.class));
      if (some()) {
        b.acronym(text());
      }
      b.aliases(list(2, this::text));
      if (some()) {
        b.country(text());
      }
      if (some()) {
        b.city(text());
      }
      if (some()) {
        b.url(uri());
      }
      if (some()) {
        b.parentId(id());
      }
      b.memberIds(list(3, this::id)).sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Person person() {
      Person.Builder b = Person.builder().id(id()).name(text()).aliases(list(2, this::text));
      if (some()) {
        b.migrant(chance(50));
      }
      b.sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Membership membership() {
      Membership.Builder b = Membership.builder().personId(id()).role(pick(Role.class));
      if (some()) {
        b.organisationId(id());
      }
      if (some()) {
        b.title(text());
      }
      if (some()) {
        b.onBehalfOf(id());
      }
      if (some()) {
        b.start(fuzzyDate());
      }
      if (some()) {
        b.end(fuzzyDate());
      }
      if (some()) {
        b.senior(chance(50));
      }
      b.sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Representative representative() {
      Representative.Builder b = Representative.builder().personId(id());
      if (some()) {
        b.authorisedBy(id());
      }
      if (some()) {
        b.priority(anyInt());
      }
      if (some()) {
        b.registeredOn(fuzzyDate());
      }
      if (some()) {
        b.substituteFor(id());
      }
      return b.build();
    }

    Accreditation accreditation() {
      Accreditation.Builder b = Accreditation.builder()
          .id(id())
          .organisationId(id())
          .kind(pick(AccreditationKind.class))
          .status(pick(AccreditationStatus.class));
      if (some()) {
        b.eventId(id());
      }
      if (some()) {
        b.deadline(fuzzyDate());
      }
      if (some()) {
        b.appliedOn(fuzzyDate());
      }
      if (some()) {
        b.objectionReason(text());
      }
      if (some()) {
        b.quota(anyInt());
      }
      b.representatives(list(2, this::representative)).sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Act act() {
      Act.Builder b = Act.builder().number(anyInt()).title(text());
      if (some()) {
        b.round(anyInt());
      }
      if (some()) {
        b.summary(text());
      }
      b.sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Objective objective() {
      Objective.Builder b = Objective.builder().number(anyInt()).title(text());
      if (some()) {
        b.addedIn(id());
      }
      b.sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    SdgCode sdgCode() {
      int goal = between(1, 17);
      switch (between(0, 3)) {
        case 0:
          return SdgCode.parse(Integer.toString(goal));
        case 1:
          return SdgCode.parse(goal + "." + between(1, 99));
        case 2:
          return SdgCode.parse(goal + "." + (char) ('a' + between(0, 25)));
        default:
          return SdgCode.parse(goal + "." + between(1, 99) + "." + between(1, 99));
      }
    }

    Measurement measurement() {
      Measurement.Builder b = Measurement.builder().date(date()).value(decimal());
      if (some()) {
        b.note(text());
      }
      return b.sources(sources()).build();
    }

    Benchmark benchmark() {
      Benchmark.Builder b = Benchmark.builder().years(anyInt()).due(date()).value(decimal());
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Indicator indicator() {
      Indicator.Builder b = Indicator.builder().id(id()).title(text()).direction(pick(Direction.class));
      if (some()) {
        b.unit(text());
      }
      b.sdgIndicators(list(2, this::sdgCode));
      if (some()) {
        b.baseline(measurement());
      }
      b.benchmarks(list(3, this::benchmark)).measurements(list(2, this::measurement)).sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Target target() {
      Target.Builder b = Target.builder().id(id()).title(text());
      if (some()) {
        b.adoptedOn(date());
      }
      if (some()) {
        b.period(fuzzyDate());
      }
      b.sdgTargets(list(2, this::sdgCode)).indicators(list(2, this::indicator)).sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Goal goal() {
      Goal.Builder b = Goal.builder().id(id()).title(text());
      if (some()) {
        b.description(text());
      }
      b.acts(ints()).objectives(ints()).sdgCodes(list(2, this::sdgCode)).targets(list(2, this::target))
          .sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    VoteResult vote() {
      VoteResult.Builder b = VoteResult.builder().method(pick(VoteMethod.class));
      if (some()) {
        b.inFavour(anyInt());
      }
      if (some()) {
        b.against(anyInt());
      }
      if (some()) {
        b.abstentions(anyInt());
      }
      if (some()) {
        b.notVoting(anyInt());
      }
      if (some()) {
        b.membership(anyInt());
      }
      b.againstIds(list(3, this::id));
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    Document document() {
      Document.Builder b = Document.builder().id(id()).kind(pick(DocumentKind.class)).title(text())
          .symbols(list(2, this::text));
      if (some()) {
        b.eventId(id());
      }
      b.authorIds(list(2, this::id));
      if (some()) {
        b.due(fuzzyDate());
      }
      if (some()) {
        b.issued(fuzzyDate());
      }
      if (some()) {
        b.previousVersionId(id());
      }
      if (some()) {
        b.url(uri());
      }
      b.languages(list(2, this::text));
      if (some()) {
        b.vote(vote());
      }
      b.waivers(list(2, this::waiver)).sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }

    DataSet dataSet() {
      DataSet.Builder b = DataSet.builder();
      if (some()) {
        b.title(text());
      }
      if (some()) {
        b.description(text());
      }
      if (some()) {
        b.asOf(instant());
      }
      if (some()) {
        b.complete(chance(50));
      }
      b.phases(list(2, this::phase))
          .events(list(4, this::event))
          .organisations(list(2, this::organisation))
          .people(list(2, this::person))
          .memberships(list(2, this::membership))
          .accreditations(list(2, this::accreditation))
          .acts(list(2, this::act))
          .objectives(list(2, this::objective))
          .goals(list(2, this::goal))
          .documents(list(2, this::document))
          .sources(sources());
      if (some()) {
        b.confidence(pick(Confidence.class));
      }
      if (some()) {
        b.note(text());
      }
      return b.build();
    }
  }
}
