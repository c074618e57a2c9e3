package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gcmkit.model.Accreditation;
import org.gcmkit.model.AccreditationKind;
import org.gcmkit.model.AccreditationStatus;
import org.gcmkit.model.Benchmark;
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
import org.gcmkit.model.Goal;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Measurement;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Phase;
import org.gcmkit.model.PhaseKind;
import org.gcmkit.model.Place;
import org.gcmkit.model.RecordPolicy;
import org.gcmkit.model.Region;
import org.gcmkit.model.RelativeAnchor;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.ReportEntry;
import org.gcmkit.model.Representative;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.SessionFormat;
import org.gcmkit.model.Target;
import org.gcmkit.model.Timing;
import org.gcmkit.model.VoteMethod;
import org.gcmkit.model.VoteResult;
import org.gcmkit.model.Waiver;
import org.junit.jupiter.api.Test;

/**
 * Validation never throws, whatever the data: random data sets with duplicate ids, dangling and cyclic references,
 * reversed, open and inexact dates, times in daylight-saving gaps, odd counts and unknown waiver codes give a report
 * whose findings all have registered codes, the same report every time.
 */
class RobustnessPropertyTest {

  private static final Set<String> CODES =
      GcmValidator.rules().stream().map(RuleInfo::code).collect(Collectors.toSet());
  private static final String[] DATES = {
    "2017-12-02", "2017-12", "2017-12~", "2017-11-21/2017-12-10", "../2018", "2020/..", "2017", "201X",
    "2017-23", "2017-04-17T14:00", "2017-03-26T02:30", "2017-10-29T02:30", "2018-12-10T09:00:00+01:00", "/2017-05",
    "2017-04-01/", "-0044", "Y17000", "2017-XX", "2017-12-XX", "2017-12-01~/2017-12-07?"
  };
  private static final ZoneId[] ZONES = {
    ZoneId.of("Europe/Zurich"), ZoneId.of("America/New_York"), ZoneId.of("Africa/Casablanca"),
    ZoneId.of("Pacific/Fiji"), ZoneId.of("America/Mexico_City")
  };

  private final GcmValidator validator = GcmValidator.create();

  @Test
  void randomDataNeverMakesValidationThrow() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      DataSet data = randomDataSet(new Random(seed));

      ValidationReport report = validator.validate(data);

      assertThat(report.findings()).allMatch(f -> CODES.contains(f.code()));
      assertThat(report.toJson()).startsWith("{").endsWith("}");
      assertThat(report.toString()).isNotEmpty();
      assertThat(validator.validate(data)).isEqualTo(report);
      for (Event e : data.events()) {
        assertThat(validator.validate(e).findings()).allMatch(f -> CODES.contains(f.code()));
      }
    });
  }

  private static String id(Random r, String prefix) {
    return prefix + r.nextInt(6);
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static FuzzyDate date(Random r) {
    return FuzzyDate.parse(pick(r, DATES));
  }

  private static Timing timing(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return Timing.days(LocalDate.of(2017, 12, 1 + r.nextInt(5)), LocalDate.of(2017, 12, 1 + r.nextInt(5)));
      case 1:
        LocalDateTime start = LocalDateTime.of(2017, 3 + 7 * r.nextInt(2), 26 + r.nextInt(4), r.nextInt(24), 0);
        Timing.Builder b = Timing.builder().start(r.nextBoolean() ? FuzzyDate.of(start)
            : FuzzyDate.of(start, ZoneOffset.ofHours(r.nextInt(5) - 2)))
            .end(FuzzyDate.of(start.plusMinutes(r.nextInt(300) - 60)));
        if (r.nextBoolean()) {
          b.zone(pick(r, ZONES));
        }
        return b.build();
      case 2:
        Timing.Builder t = Timing.builder().start(date(r));
        if (r.nextBoolean()) {
          t.relativeTo(RelativeDate.builder().anchorId(id(r, "e")).offset(Period.ofDays(r.nextInt(200) - 100))
              .anchor(r.nextBoolean() ? RelativeAnchor.START : RelativeAnchor.END).approximate(r.nextBoolean())
              .build());
        }
        return t.build();
      case 3:
        return Timing.days(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 1))
            .withDays(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, r.nextInt(4) + 1));
      default:
        return Timing.builder().start(FuzzyDate.of(LocalDate.of(2017, 12, 2)).withSourceText(
            pick(r, new String[] {"Saturday and Sunday", "samedi", "Domingo y lunes", "2 déc.", "Friday!"}))).build();
    }
  }

  private static Participation participation(Random r) {
    Participation.Builder b = Participation.builder().role(pick(r, Role.values()));
    if (r.nextInt(4) > 0) {
      b.personId(id(r, "p"));
    }
    if (r.nextBoolean()) {
      b.organisationId(id(r, "o"));
    }
    if (r.nextInt(4) == 0) {
      b.onBehalfOf(id(r, "o"));
    }
    return b.build();
  }

  private static Event event(Random r) {
    Event.Builder b = Event.builder().id(id(r, "e")).kind(pick(r, EventKind.values()))
        .title(r.nextInt(8) == 0 ? "" : "t").status(pick(r, EventStatus.values()));
    if (r.nextBoolean()) {
      b.parentId(id(r, "e"));
    }
    if (r.nextBoolean()) {
      b.phaseId(id(r, "ph"));
    }
    if (r.nextInt(5) > 0) {
      b.timing(timing(r));
    }
    if (r.nextBoolean()) {
      b.place(Place.builder().country(r.nextBoolean() ? "MX" : "mx").zone(pick(r, ZONES)).build());
    }
    for (int k = r.nextInt(12); k > 0; k--) {
      b.addParticipants(participation(r));
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      b.addHeadcounts(Headcount.builder().basis(pick(r, CountBasis.values()))
          .category(pick(r, CountCategory.values())).minimum(r.nextInt(120) - 10).maximum(r.nextInt(120))
          .approximate(r.nextBoolean()).build());
    }
    if (r.nextInt(4) == 0) {
      b.sessionFormat(SessionFormat.of(r.nextInt(4), r.nextInt(6), Duration.ofMinutes(r.nextInt(120))));
    }
    if (r.nextInt(3) == 0) {
      b.addActs(r.nextInt(13));
    }
    if (r.nextInt(4) == 0) {
      b.recordPolicy(pick(r, RecordPolicy.values()));
    }
    if (r.nextInt(4) == 0) {
      b.addReport(ReportEntry.builder().rapporteurId(id(r, "p")).question("q").answer("a").build());
    }
    if (r.nextInt(4) == 0) {
      b.addWaivers(Waiver.builder().code(pick(r, new String[] {"GCM-PHASE-WINDOW", "GCM-ID-DUPLICATE", "nope", ""}))
          .reason("r").build());
    }
    if (r.nextInt(4) == 0) {
      b.addRevisions(Revision.builder().timing(timing(r)).build());
    }
    if (r.nextInt(4) == 0) {
      b.region(pick(r, Region.values())).addLanguages(r.nextBoolean() ? "en" : "xx-invalid-!");
    }
    return b.build();
  }

  static DataSet randomDataSet(Random r) {
    DataSet.Builder d = DataSet.builder().complete(r.nextBoolean());
    for (int k = r.nextInt(25); k > 0; k--) {
      d.addEvents(event(r));
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      d.addPhases(Phase.builder().id(id(r, "ph")).kind(pick(r, PhaseKind.values())).name("p").window(date(r))
          .build());
    }
    for (int k = r.nextInt(4); k > 0; k--) {
      d.addPeople(Person.builder().id(id(r, "p")).name("n").migrant(r.nextBoolean()).build());
      d.addOrganisations(Organisation.builder().id(id(r, "o")).name("o").type(pick(r, OrganisationType.values()))
          .parentId(id(r, "o")).build());
      d.addMemberships(Membership.builder().personId(id(r, "p")).organisationId(id(r, "o"))
          .role(pick(r, Role.values())).end(date(r)).build());
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      Accreditation.Builder a = Accreditation.builder().id(id(r, "a")).organisationId(id(r, "o"))
          .kind(pick(r, AccreditationKind.values())).status(pick(r, AccreditationStatus.values()))
          .deadline(date(r)).appliedOn(date(r)).quota(r.nextInt(3));
      if (r.nextBoolean()) {
        a.eventId(id(r, "e"));
      }
      for (int j = r.nextInt(4); j > 0; j--) {
        Representative.Builder rep = Representative.builder().personId(id(r, "p")).registeredOn(date(r))
            .priority(1 + r.nextInt(2));
        if (r.nextBoolean()) {
          rep.authorisedBy(id(r, "p"));
        }
        if (r.nextBoolean()) {
          rep.substituteFor(id(r, "p"));
        }
        a.addRepresentatives(rep.build());
      }
      d.addAccreditations(a.build());
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      Document.Builder doc = Document.builder().id(id(r, "d")).kind(pick(r, DocumentKind.values())).title("d")
          .eventId(id(r, "e")).issued(date(r)).previousVersionId(id(r, "d")).addAuthorIds(id(r, "o"));
      if (r.nextBoolean()) {
        doc.vote(VoteResult.builder().method(VoteMethod.RECORDED_VOTE).inFavour(r.nextInt(200))
            .against(r.nextInt(10)).membership(193).addAgainstIds(id(r, "o")).build());
      }
      d.addDocuments(doc.build());
    }
    if (r.nextBoolean()) {
      Indicator.Builder ind = Indicator.builder().id(id(r, "i")).title("i")
          .direction(r.nextBoolean() ? Direction.INCREASE : Direction.DECREASE)
          .baseline(Measurement.of(LocalDate.of(2018, 12, 10), BigDecimal.valueOf(r.nextInt(100))));
      for (int y : new int[] {2, 5, 12, r.nextInt(20) + 1}) {
        if (r.nextBoolean()) {
          ind.addBenchmarks(Benchmark.of(y, LocalDate.of(2018 + y, 12, 10), BigDecimal.valueOf(r.nextInt(100))));
        }
      }
      Target.Builder t = Target.builder().id(id(r, "t")).title("t").addIndicators(ind.build());
      if (r.nextBoolean()) {
        t.adoptedOn(LocalDate.of(2018, 12, 10 + r.nextInt(2)));
      }
      d.addGoals(Goal.builder().id(id(r, "g")).title("g").addTargets(t.build()).build());
    }
    return d.build();
  }
}
