package org.gcmkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import org.gcmkit.model.Commission;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Phase;
import org.gcmkit.model.Region;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  private final Schedule schedule = Schedule.of(Fixtures.process());

  @Test
  void listsEventsInCalendarOrderThenTheUnscheduled() {
    assertThat(schedule.events()).extracting(Event::id).startsWith("mtg-2017-04-17", "rcsc-africa", "rec-eca-2017")
        .endsWith("rec-ece");
    assertThat(schedule.unscheduled()).extracting(Event::id).containsExactly("rec-ece");
  }

  @Test
  void findsTheEventsBetweenTwoInstants() {
    assertThat(schedule.between(Instant.parse("2017-12-03T12:00:00Z"), Instant.parse("2017-12-05T00:00:00Z")))
        .extracting(Event::id)
        .containsExactly("cs-stock", "cs-stock-d2", "cs-stock-t3", "stock");
  }

  @Test
  void includesALongEventThatStartedBeforeTheInterval() {
    assertThat(schedule.between(Instant.parse("2017-12-06T12:00:00Z"), Instant.parse("2017-12-06T13:00:00Z")))
        .extracting(Event::id)
        .containsExactly("stock");
  }

  @Test
  void rejectsAnIntervalThatEndsBeforeItStarts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> schedule.between(Instant.parse("2018-01-01T00:00:00Z"), Instant.parse("2017-01-01T00:00:00Z")));
  }

  @Test
  void findsTheNextEvents() {
    assertThat(schedule.after(Instant.parse("2017-12-01T00:00:00Z"), 3)).extracting(Event::id)
        .containsExactly("cs-stock", "cs-stock-d1", "cs-stock-r1");
    assertThat(schedule.after(Instant.parse("2030-01-01T00:00:00Z"), 3)).isEmpty();
  }

  @Test
  void findsThePhaseOfADay() {
    assertThat(schedule.phaseAt(LocalDate.of(2017, 12, 4)).map(Phase::id)).hasValue("ph-2");
    assertThat(schedule.phaseAt(LocalDate.of(2017, 5, 8)).map(Phase::id)).hasValue("ph-1");
    assertThat(schedule.phaseAt(LocalDate.of(2031, 1, 1)).map(Phase::id)).hasValue("ph-fu");
    assertThat(schedule.phaseAt(LocalDate.of(2016, 1, 1))).isEmpty();
  }

  @Test
  void theLaterPhaseWinsWhereWindowsShareAMonth() {
    assertThat(schedule.phaseAt(LocalDate.of(2017, 11, 15)).map(Phase::id)).hasValue("ph-2");
  }

  @Test
  void selectsByKind() {
    assertThat(schedule.select(EventFilter.builder().addKinds(EventKind.STOCKTAKING_MEETING).build()))
        .extracting(Event::id).containsExactly("stock");
  }

  @Test
  void selectsByRegionThroughTheCommissionToo() {
    assertThat(schedule.select(EventFilter.builder().addRegions(Region.AFRICA).build())).extracting(Event::id)
        .containsExactly("rcsc-africa", "rec-eca-2017");
    assertThat(schedule.select(EventFilter.builder().addRegions(Region.NORTH_AMERICA).build()))
        .extracting(Event::id).containsExactly("rec-ece");
  }

  @Test
  void selectsByCommission() {
    assertThat(schedule.select(EventFilter.builder().addCommissions(Commission.ECA).build())).extracting(Event::id)
        .containsExactly("rec-eca-2017");
  }

  @Test
  void programmeItemsInheritThePhaseOfTheirEvent() {
    assertThat(schedule.select(EventFilter.builder().addPhaseIds("ph-2").build())).extracting(Event::id)
        .containsExactly("cs-stock", "cs-stock-d1", "cs-stock-r1", "cs-stock-gs3", "cs-stock-d2", "cs-stock-t3",
            "stock");
  }

  @Test
  void selectsByActOnTheItemItself() {
    assertThat(schedule.select(EventFilter.builder().addActs(3).build())).extracting(Event::id)
        .containsExactly("cs-stock-gs3", "cs-stock-t3");
  }

  @Test
  void selectsByOrganisationAlsoOnBehalfOf() {
    assertThat(schedule.select(EventFilter.builder().addOrganisationIds("body-iom").build())).extracting(Event::id)
        .containsExactly("mtg-2017-04-17");
    assertThat(schedule.select(EventFilter.builder().addOrganisationIds("state-mx").build())).extracting(Event::id)
        .containsExactly("cs-stock-t3");
  }

  @Test
  void selectsByPersonAndByCityIgnoringCase() {
    assertThat(schedule.select(EventFilter.builder().addPersonIds("person-lead").build())).extracting(Event::id)
        .containsExactly("cs-stock-gs3");
    assertThat(schedule.select(EventFilter.builder().addCities("bamako").build())).extracting(Event::id)
        .containsExactly("rcsc-africa");
  }

  @Test
  void criteriaCombineWithAnd() {
    EventFilter f = EventFilter.builder().addRegions(Region.AFRICA).addKinds(EventKind.REGIONAL_CONSULTATION).build();

    assertThat(schedule.select(f)).extracting(Event::id).containsExactly("rec-eca-2017");
  }

  @Test
  void aFeedLeavesOutProgrammeItemsAndTheUnscheduledUnlessAskedFor() {
    FeedDefinition feed = FeedDefinition.named("GCM");

    assertThat(schedule.feed(feed)).extracting(Event::id)
        .containsExactly("mtg-2017-04-17", "rcsc-africa", "rec-eca-2017", "cs-stock", "stock", "imrf-2026");
  }

  @Test
  void aFeedWithTheProgrammeIncludesEveryItemOfASelectedEvent() {
    FeedDefinition feed = FeedDefinition.builder().name("Stocktaking")
        .filter(EventFilter.builder().addKinds(EventKind.CIVIL_SOCIETY_MEETING).addPhaseIds("ph-2").build())
        .includeProgramme(true)
        .build();

    assertThat(schedule.feed(feed)).extracting(Event::id)
        .containsExactly("cs-stock", "cs-stock-d1", "cs-stock-r1", "cs-stock-gs3", "cs-stock-d2", "cs-stock-t3");
  }

  @Test
  void aFeedThatNamesAProgrammeKindHoldsThoseItems() {
    FeedDefinition feed = FeedDefinition.builder().name("Tables")
        .filter(EventFilter.builder().addKinds(EventKind.GOVERNMENT_TABLE).build()).build();

    assertThat(schedule.feed(feed)).extracting(Event::id).containsExactly("cs-stock-t3");
  }

  @Test
  void buildsTheProgrammeAsATreeInCalendarOrder() {
    ProgrammeNode root = schedule.programme("cs-stock").orElseThrow();

    assertThat(root.children()).extracting(n -> n.event().id()).containsExactly("cs-stock-d1", "cs-stock-d2");
    assertThat(root.stream()).extracting(n -> n.event().id() + "@" + n.depth())
        .containsExactly("cs-stock@0", "cs-stock-d1@1", "cs-stock-r1@2", "cs-stock-gs3@3", "cs-stock-d2@1",
            "cs-stock-t3@2");
    assertThat(schedule.programme("nope")).isEmpty();
  }

  @Test
  void survivesACycleOfParents() {
    DataSet cyclic = DataSet.builder()
        .addEvents(Fixtures.event("a", EventKind.MEETING).parentId("b").build(),
            Fixtures.event("b", EventKind.MEETING).parentId("a").build())
        .build();
    Schedule s = Schedule.of(cyclic);

    assertThat(s.ancestors(cyclic.event("a").orElseThrow())).extracting(Event::id).containsExactly("b");
    assertThat(s.programme("a").orElseThrow().stream()).extracting(n -> n.event().id()).containsExactly("a", "b", "a");
  }

  @Test
  void aFeedDefinitionHasSensibleDefaults() {
    FeedDefinition feed = FeedDefinition.named("GCM");

    assertThat(feed.filter().isEmpty()).isTrue();
    assertThat(feed.includeProgramme()).isFalse();
    assertThat(feed.refreshInterval()).hasDays(1);
    assertThat(feed.language()).isEmpty();
  }
}
