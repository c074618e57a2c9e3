package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.gcmkit.model.Confidence;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Finding;
import org.gcmkit.model.Goal;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Place;
import org.gcmkit.model.Role;
import org.gcmkit.model.Severity;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceMap;
import org.gcmkit.model.SourcePosition;
import org.gcmkit.model.Target;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.Test;

class GcmValidatorTest {

  private final GcmValidator validator = GcmValidator.create();

  /** The staffed stocktaking with the facilitator of the table on ACT 3 replaced by the second co-lead of ACT 4. */
  private static DataSet wrongFacilitator() {
    return Examples.stocktaking(e -> e.id().equals("cs-stock-t3")
        ? Examples.withParticipants(e, ps -> {
          ps.set(0, Participation.of(Role.FACILITATOR, "gs4-co-lead-2"));
          return ps;
        }) : e);
  }

  @Test
  void theStaffedStocktakingOfDecember2017IsClean() {
    ValidationReport report = validator.validate(Seeds.staffedStocktaking());

    assertThat(report.findings()).isEmpty();
    assertThat(report.isClean()).isTrue();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void ruleFindingsCarryADataPathKeyedByIds() {
    Finding f = validator.validate(wrongFacilitator()).byCode("GCM-TABLE-FACILITATOR").get(0);

    assertThat(f.path()).hasValue("events[cs-stock-t3].participants[0].personId");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).isEqualTo("the facilitator gs4-co-lead-2 of table cs-stock-t3 is not a co-lead of the"
        + " group session on the same Act (cs-stock-gs3)");
    assertThat(f.hint()).hasValue("Choose one of the two co-leads of that group session as facilitator.");
  }

  @Test
  void fieldFindingsUseIdsForListElementsThatHaveThem() {
    Event ts6 = Seeds.thematicSession6()
        .withPlace(Place.builder().city("Geneva").country("ch").build())
        .withLanguages("en", "français");
    Indicator untitled = Examples.indicator(2, 5, 12).withTitle("");
    Goal goal = Goal.builder().id("goal-1").title("(placeholder goal)")
        .addTargets(Examples.target(untitled, true, true)).build();
    DataSet data = DataSet.builder().from(Examples.thematicSession6InPhase()).events(List.of(ts6))
        .addGoals(goal).build();

    ValidationReport report = validator.validate(data);

    assertThat(report.byCode("GCM-FIELD-COUNTRY-CODE")).extracting(f -> f.path().orElseThrow())
        .containsExactly("events[ts6].place.country");
    assertThat(report.byCode("GCM-FIELD-LANGUAGE-TAG")).extracting(f -> f.path().orElseThrow())
        .containsExactly("events[ts6].languages[1]");
    assertThat(report.byCode("GCM-FIELD-NOT-BLANK")).extracting(f -> f.path().orElseThrow())
        .containsExactly("goals[goal-1].targets[t-1].indicators[ind-1].title");
  }

  @Test
  void sourcesAreValidatedInCascadeOnceThroughSourced() {
    Event e = Examples.event("m", EventKind.MEETING).sources(List.of(Source.of(" "))).build();

    assertThat(validator.validate(Examples.data(e)).byCode("GCM-FIELD-NOT-BLANK"))
        .extracting(f -> f.path().orElseThrow())
        .containsExactly("events[m].sources[0].reference");
  }

  @Test
  void setElementsAreKeyedByTheirPositionInTheSet() {
    Event gs = Examples.groupSession(8).withActs(3, 12);

    assertThat(validator.validate(gs).byCode("GCM-FIELD-MAX")).extracting(f -> f.path().orElseThrow())
        .containsExactly("acts[1]");
  }

  @Test
  void aSourceMapPutsFilePositionsOnFindings() {
    SourceMap map = SourceMap.builder()
        .put("events[cs-stock-t3]", SourcePosition.of("stocktaking.json", 120, 7))
        .put("events[cs-stock-t3].participants[0].personId", SourcePosition.of("stocktaking.json", 123, 21))
        .build();

    Finding f = validator.validate(wrongFacilitator(), map).byCode("GCM-TABLE-FACILITATOR").get(0);

    assertThat(f.position()).hasValue(SourcePosition.of("stocktaking.json", 123, 21));
    assertThat(f.toString()).startsWith("stocktaking.json:123:21: error GCM-TABLE-FACILITATOR: the facilitator");
  }

  @Test
  void aFindingWithoutItsOwnPositionGetsItsRecords() {
    SourceMap map = SourceMap.builder().put("events[cs-stock-t3]", SourcePosition.of("stocktaking.json", 120, 7))
        .build();

    Finding f = validator.validate(wrongFacilitator(), map).byCode("GCM-TABLE-FACILITATOR").get(0);

    assertThat(f.position()).hasValue(SourcePosition.of("stocktaking.json", 120, 7));
  }

  @Test
  void findingsFollowTheOrderOfTheRecordsInTheData() {
    DataSet data = Examples.stocktaking(e -> e.kind() == EventKind.GOVERNMENT_TABLE
        ? e.withParticipants(e.participants().subList(1, e.participants().size())) : e);

    List<String> paths = validator.validate(data).byCode("GCM-TABLE-FACILITATOR-COUNT").stream()
        .map(f -> f.path().orElseThrow()).toList();

    assertThat(paths).containsExactly("events[cs-stock-t1].participants", "events[cs-stock-t2].participants",
        "events[cs-stock-t3].participants", "events[cs-stock-t4].participants", "events[cs-stock-t5].participants",
        "events[cs-stock-t6].participants", "events[cs-stock-t7].participants", "events[cs-stock-t8].participants",
        "events[cs-stock-t9].participants", "events[cs-stock-t10].participants");
  }

  @Test
  void theOrderIsStableAcrossRuns() {
    DataSet data = Examples.complete(d -> DataSet.builder().from(wrongFacilitator()).complete(true).build());

    assertThat(validator.validate(data).findings()).isEqualTo(validator.validate(data).findings());
  }

  @Test
  void toStringPrintsOneLinePerFindingThenASummary() {
    String text = validator.validate(wrongFacilitator()).toString();

    assertThat(text.split("\n")).containsExactly(
        "error GCM-TABLE-FACILITATOR: the facilitator gs4-co-lead-2 of table cs-stock-t3 is not a co-lead of the"
            + " group session on the same Act (cs-stock-gs3)",
        "1 error, no warnings, 0 waived");
  }

  @Test
  void toJsonWritesEveryAttributeEscaped() {
    Event e = Examples.event("m", EventKind.MEETING).addWaivers(Examples.waiver("GCM-\"X\"\n")).build();
    SourceMap map = SourceMap.builder()
        .put("waivers[0].code", SourcePosition.ofJson("m.json", 3, 14, "/waivers/0/code")).build();

    String json = validator.validate(e).toJson();

    assertThat(json).isEqualTo("{\"errors\":0,\"warnings\":1,\"waived\":0,\"findings\":[{\"code\":"
        + "\"GCM-WAIVER-UNKNOWN-CODE\",\"severity\":\"warning\",\"message\":\"the waiver names GCM-\\\"X\\\"\\n,"
        + " which is not a rule code\",\"hint\":\"Use the code of a waivable rule, as listed in docs/rules.md.\","
        + "\"path\":\"waivers[0].code\"}],\"waivedFindings\":[]}");
    assertThat(map.find("waivers[0].code")).isPresent();
  }

  @Test
  void toJsonIncludesTheFilePosition() {
    SourceMap map = SourceMap.builder()
        .put("events[cs-stock-t3].participants[0].personId",
            SourcePosition.ofJson("stocktaking.json", 123, 21, "/events/14/participants/0/personId"))
        .build();

    String json = validator.validate(wrongFacilitator(), map).toJson();

    assertThat(json).contains("\"path\":\"events[cs-stock-t3].participants[0].personId\",\"source\":"
        + "\"stocktaking.json\",\"line\":123,\"column\":21,\"pointer\":\"/events/14/participants/0/personId\"}");
  }

  @Test
  void messagesAndHintsFollowTheLocale() {
    Finding fr = validator.withLocale(Locale.FRENCH).validate(wrongFacilitator()).findings().get(0);
    Finding es = validator.withLocale(new Locale("es", "MX")).validate(wrongFacilitator()).findings().get(0);

    assertThat(fr.message()).isEqualTo("le facilitateur gs4-co-lead-2 de la table cs-stock-t3 n’est pas"
        + " co-animateur de la séance de groupe sur le même Acte (cs-stock-gs3)");
    assertThat(fr.hint()).hasValue("Choisissez comme facilitateur l’un des deux co-animateurs de cette séance de"
        + " groupe.");
    assertThat(es.message()).isEqualTo("el facilitador gs4-co-lead-2 de la mesa cs-stock-t3 no es codirector de"
        + " la sesión de grupo sobre el mismo Acto (cs-stock-gs3)");
    assertThat(validator.withLocale(Locale.FRENCH).validate(wrongFacilitator()).toString())
        .endsWith("1 erreur, aucun avertissement, 0 levé(s) par dérogation\n");
  }

  @Test
  void anUnsupportedLanguageGetsEnglish() {
    assertThat(validator.withLocale(Locale.JAPANESE).validate(wrongFacilitator()).findings().get(0).message())
        .startsWith("the facilitator gs4-co-lead-2");
  }

  @Test
  void aWaiverListsTheFindingAsWaivedWithItsReason() {
    DataSet late = Examples.conceptNote("2017-05-01", org.gcmkit.model.Waiver.builder()
        .code("GCM-CONCEPT-NOTE-LEAD-TIME").reason("the organisers said it would not happen for the first session")
        .addSources(Source.of(Seeds.SEED_000)).build());

    ValidationReport report = validator.validate(late);

    assertThat(report.byCode("GCM-CONCEPT-NOTE-LEAD-TIME")).isEmpty();
    assertThat(report.waived()).singleElement().satisfies(w -> {
      assertThat(w.finding().code()).isEqualTo("GCM-CONCEPT-NOTE-LEAD-TIME");
      assertThat(w.finding().path()).hasValue("documents[cn-ts1].issued");
      assertThat(w.waiver().reason()).isEqualTo("the organisers said it would not happen for the first session");
    });
    assertThat(report.toString()).contains("waived GCM-CONCEPT-NOTE-LEAD-TIME: concept note cn-ts1 (2017-05-01)"
        + " is out less than four weeks before ts1; it was due by 2017-04-10 (waiver: the organisers said it would"
        + " not happen for the first session)");
    assertThat(report.toJson()).contains("\"waivedFindings\":[{\"code\":\"GCM-CONCEPT-NOTE-LEAD-TIME\"")
        .contains("\"waiver\":{\"code\":\"GCM-CONCEPT-NOTE-LEAD-TIME\"");
  }

  @Test
  void aWaiverOnTheSessionCoversItsConceptNote() {
    DataSet late = Examples.conceptNote("2017-05-01");
    DataSet waived = DataSet.builder().from(late).events(List.of(late.event("ts1").orElseThrow()
        .withWaivers(Examples.waiver("GCM-CONCEPT-NOTE-LEAD-TIME")))).build();

    assertThat(validator.validate(waived).waived()).extracting(w -> w.finding().code())
        .containsExactly("GCM-CONCEPT-NOTE-LEAD-TIME");
  }

  @Test
  void aWaiverOnAnEventSuspendsAProgrammeRuleForThatEventOnly() {
    DataSet data = Examples.stocktaking(e -> e.id().equals("cs-stock-gs1") || e.id().equals("cs-stock-gs2")
        ? e.withParticipants(e.participants().subList(0, 6)) : e);
    DataSet waived = Examples.stocktaking(e -> e.id().equals("cs-stock-gs1")
        ? e.withParticipants(e.participants().subList(0, 6)).withWaivers(Examples.waiver("GCM-GROUP-SIZE"))
        : e.id().equals("cs-stock-gs2") ? e.withParticipants(e.participants().subList(0, 6)) : e);

    assertThat(validator.validate(data).byCode("GCM-GROUP-SIZE")).hasSize(2);
    ValidationReport report = validator.validate(waived);
    assertThat(report.byCode("GCM-GROUP-SIZE")).extracting(f -> f.path().orElseThrow())
        .containsExactly("events[cs-stock-gs2].participants");
    assertThat(report.waived()).extracting(w -> w.finding().path().orElseThrow())
        .containsExactly("events[cs-stock-gs1].participants");
  }

  @Test
  void aWaiverOfTheRuleAlsoCoversItsUncertainVariant() {
    DataSet maybeLate = Examples.conceptNote("2017-04", Examples.waiver("GCM-CONCEPT-NOTE-LEAD-TIME"));

    ValidationReport report = validator.validate(maybeLate);

    assertThat(report.findings()).isEmpty();
    assertThat(report.waived()).extracting(w -> w.finding().code())
        .containsExactly("GCM-CONCEPT-NOTE-LEAD-TIME-UNCERTAIN");
  }

  @Test
  void aWaiverOfANonWaivableRuleSuspendsNothingAndIsReported() {
    Event a = Examples.event("a", EventKind.MEETING).addWaivers(Examples.waiver("GCM-ID-DUPLICATE")).build();

    ValidationReport report = validator.validate(Examples.data(a, a));

    assertThat(report.byCode("GCM-ID-DUPLICATE")).hasSize(1);
    assertThat(report.byCode("GCM-WAIVER-NOT-ALLOWED")).isNotEmpty();
    assertThat(report.waived()).isEmpty();
  }

  @Test
  void aValueOnItsOwnHasPathsRelativeToIt() {
    Event gs = Examples.groupSession(8).withTitle("").withParticipants(Participation.builder()
        .role(Role.CO_LEAD).build());

    ValidationReport report = validator.validate(gs);

    assertThat(report.byCode("GCM-FIELD-NOT-BLANK")).extracting(f -> f.path().orElseThrow()).containsExactly("title");
    assertThat(report.byCode("GCM-PARTICIPATION-EMPTY")).extracting(f -> f.path().orElseThrow())
        .containsExactly("participants[0]");
    assertThat(report.byCode("GCM-GROUP-STAFFING")).hasSize(1);
    assertThat(report.byCode("GCM-REF-PERSON")).as("references are not checked without a data set").isEmpty();
  }

  @Test
  void fieldsAndRulesCanBeValidatedApart() {
    DataSet data = DataSet.builder().from(wrongFacilitator())
        .addEvents(Examples.event("", EventKind.MEETING).build()).build();

    assertThat(validator.validateFields(data).findings()).extracting(Finding::code)
        .containsOnly("GCM-FIELD-NOT-BLANK");
    assertThat(validator.validateRules(data).findings()).extracting(Finding::code)
        .doesNotContain("GCM-FIELD-NOT-BLANK").contains("GCM-TABLE-FACILITATOR");
    assertThat(validator.validate(data).findings()).extracting(Finding::code)
        .contains("GCM-FIELD-NOT-BLANK", "GCM-TABLE-FACILITATOR");
  }

  @Test
  void reportsCountAndFilterBySeverityAndCode() {
    DataSet data = Examples.stocktaking(e -> e.id().equals("cs-stock-gs1")
        ? e.withParticipants(e.participants().subList(0, 5)) : e.id().equals("cs-stock-t3")
        ? e.withParticipants(e.participants().subList(1, e.participants().size())) : e);

    ValidationReport report = validator.validate(data);

    assertThat(report.errorCount()).isEqualTo(report.errors().size()).isEqualTo(1);
    assertThat(report.warningCount()).isEqualTo(report.warnings().size()).isPositive();
    assertThat(report.errors()).extracting(Finding::code).containsExactly("GCM-TABLE-FACILITATOR-COUNT");
    assertThat(report.bySeverity(Severity.WARNING)).extracting(Finding::code).contains("GCM-GROUP-SIZE");
    assertThat(report.byCode("GCM-GROUP-SIZE")).extracting(f -> f.path().orElseThrow())
        .containsExactly("events[cs-stock-gs1].participants");
    assertThat(report.filter(Finding::isError).findings()).isEqualTo(report.errors());
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void aProgrammeItemWithoutAZoneTakesItsParentsZone() {
    Event meeting = Examples.event("m", EventKind.MEETING).place(Seeds.puertoVallarta())
        .timing(Timing.on(LocalDate.of(2017, 12, 2))).build();
    Event item = Examples.event("m-1", EventKind.AGENDA_ITEM).parentId("m")
        .timing(Examples.at(2017, 12, 2, 14, 0, 90, Seeds.MEXICO_CITY).withZone(java.util.Optional.empty()))
        .build();

    ValidationReport report = validator.validate(Examples.data(meeting, item));

    assertThat(report.byCode("GCM-TIMING-ZONE-MISSING")).isEmpty();
    assertThat(validator.validate(item.withParentId("elsewhere")).byCode("GCM-TIMING-ZONE-MISSING")).hasSize(1);
  }

  @Test
  void rulesListEveryCodeOnceWithItsTitle() {
    List<RuleInfo> rules = GcmValidator.rules();

    assertThat(rules).extracting(RuleInfo::code).doesNotHaveDuplicates().allMatch(c -> c.startsWith("GCM-"));
    RuleInfo staffing = rules.stream().filter(r -> r.code().equals("GCM-GROUP-STAFFING")).findFirst().orElseThrow();
    assertThat(staffing.severity()).isEqualTo(Severity.ERROR);
    assertThat(staffing.reference()).isEqualTo("R2");
    assertThat(staffing.waivable()).isTrue();
    assertThat(staffing.title(Locale.FRENCH)).isEqualTo("Une séance de groupe a deux co-animateurs et un rapporteur");
  }

  @Test
  void shuffledEventsGiveTheSameFindingsInTheirNewOrder() {
    DataSet data = wrongFacilitator();
    List<Event> shuffled = new ArrayList<>(data.events());
    Collections.reverse(shuffled);

    ValidationReport a = validator.validate(data);
    ValidationReport b = validator.validate(DataSet.builder().from(data).events(shuffled).build());

    assertThat(b.findings()).containsExactlyInAnyOrderElementsOf(a.findings());
  }

  @Test
  void aCompleteDataSetWithAllItsRecordsSourcedIsClean() {
    assertThat(validator.validate(Examples.complete()).findings()).isEmpty();
    assertThat(Examples.complete().acts()).allMatch(a -> a.confidence().equals(java.util.Optional.of(
        Confidence.HIGH)));
  }

  @Test
  void aStandaloneTargetChecksDueDatesAgainstItsAdoption() {
    Target target = Examples.target(Examples.indicator(2, 5, 12), true, true);

    assertThat(validator.validate(target).findings()).isEmpty();
  }

  @Test
  void anAbsentOptionalValueIsNotReportedAsBlank() {
    Event withoutUid = Examples.event("e1", EventKind.MEETING).build();

    assertThat(GcmValidator.create().validateFields(withoutUid).findings()).isEmpty();
  }

  @Test
  void aPresentBlankOptionalValueIsReportedAsBlank() {
    Event blankUid = Examples.event("e1", EventKind.MEETING).uid(" ").build();

    assertThat(GcmValidator.create().validateFields(blankUid).findings())
        .singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("GCM-FIELD-NOT-BLANK");
          assertThat(f.path()).hasValue("uid");
        });
  }
}
