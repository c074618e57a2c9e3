package org.gcmkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.calendar.EventFilter;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.ICalComponent;
import org.gcmkit.io.ical.ICalReadResult;
import org.gcmkit.io.ical.ICalReader;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCommandTest {

  @TempDir
  Path dir;

  private static ICalReadResult readStrictly(Run run) {
    return ICalReader.strict().readAll(run.out(), "feed.ics");
  }

  /** The UIDs of the events a feed definition selects from the reference data, in the writer's form. */
  private static List<String> expectedUids(FeedDefinition feed) {
    return Schedule.of(ReferenceData.gcm()).feed(feed).stream()
        .map(Event::id).map(id -> id + "@gcmkit.org").sorted().collect(Collectors.toList());
  }

  private static List<String> uids(Run run) {
    return readStrictly(run).events().stream()
        .map(e -> e.uid().orElseThrow()).sorted().collect(Collectors.toList());
  }

  @Test
  void feedOfTheReferenceDataReadsStrictlyWithoutAnyFinding() {
    Run run = Run.gcm("feed");

    assertThat(run.exit).as(run.toString()).isZero();
    ICalReadResult read = readStrictly(run);
    assertThat(read.findings()).isEmpty();
    assertThat(read.events()).isNotEmpty();
  }

  @Test
  void selectedEventsWithoutADateAreNamedOnStandardError() {
    Schedule schedule = Schedule.of(ReferenceData.gcm());
    List<String> undated = schedule.unscheduled().stream().map(Event::id).collect(Collectors.toList());
    assertThat(undated).isNotEmpty();

    Run run = Run.gcm("feed");

    assertThat(run.err).startsWith("gcm: " + undated.size()).contains(undated.get(0)).hasLineCount(1);
    assertThat(uids(run)).doesNotContain(undated.get(0) + "@gcmkit.org");
  }

  @Test
  void nothingIsSaidWhenEverySelectedEventHasADate() {
    Run run = Run.gcm("feed", "--region", "africa");

    assertThat(run.err).isEmpty();
  }

  @Test
  void feedHoldsEveryScheduledEventOfTheReferenceData() {
    Run run = Run.gcm("feed");

    assertThat(uids(run)).isEqualTo(expectedUids(FeedDefinition.named("all")));
  }

  @Test
  void sameCommandTwiceGivesTheSameBytes() {
    Run first = Run.gcm("feed");
    Run second = Run.gcm("feed");

    assertThat(second.out).isEqualTo(first.out);
  }

  @Test
  void outputFileHoldsTheSameBytesAsStandardOutput() throws IOException {
    Path file = dir.resolve("gcm.ics");

    Run run = Run.gcm("feed", "-o", file.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).isEmpty();
    assertThat(file).hasBinaryContent(Run.gcm("feed").out);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void regionFilterSelectsTheEventsOfThatRegion() {
    Run run = Run.gcm("feed", "--region", "africa");

    assertThat(run.exit).as(run.toString()).isZero();
    List<String> expected = expectedUids(FeedDefinition.builder().name("africa")
        .filter(EventFilter.builder().addRegions(Region.AFRICA).build()).build());
    assertThat(expected).isNotEmpty();
    assertThat(uids(run)).isEqualTo(expected);
  }

  @Test
  void kindFilterAcceptsTheJsonSpellingAndTheEnumSpelling() {
    Run kebab = Run.gcm("feed", "--kind", "regional-consultation");
    Run constant = Run.gcm("feed", "--kind", "REGIONAL_CONSULTATION");

    List<String> expected = expectedUids(FeedDefinition.builder().name("rc")
        .filter(EventFilter.builder().addKinds(EventKind.REGIONAL_CONSULTATION).build()).build());
    assertThat(expected).isNotEmpty();
    assertThat(uids(kebab)).isEqualTo(expected);
    assertThat(constant.out).isEqualTo(kebab.out);
  }

  @Test
  void actFilterSelectsTheEventsOnThatAct() {
    Run run = Run.gcm("feed", "--act", "3", "--programme");

    List<String> expected = expectedUids(FeedDefinition.builder().name("act 3").includeProgramme(true)
        .filter(EventFilter.builder().addActs(3).build()).build());
    assertThat(expected).isNotEmpty();
    assertThat(uids(run)).isEqualTo(expected);
  }

  @Test
  void phaseByIdAndByKindGiveTheSameFeed() {
    Run byId = Run.gcm("feed", "--phase", "ph-2");
    Run byKind = Run.gcm("feed", "--phase", "stocktaking");

    assertThat(byId.exit).as(byId.toString()).isZero();
    assertThat(uids(byId)).isNotEmpty().isEqualTo(expectedUids(FeedDefinition.builder().name("ph-2")
        .filter(EventFilter.builder().addPhaseIds("ph-2").build()).build()));
    assertThat(byKind.out).isEqualTo(byId.out);
  }

  @Test
  void programmeAddsTheItemsOfProgrammesAsEvents() {
    Run without = Run.gcm("feed");
    Run with = Run.gcm("feed", "--programme");

    assertThat(uids(with)).containsAll(uids(without)).hasSizeGreaterThan(uids(without).size());
    assertThat(readStrictly(with).findings()).isEmpty();
  }

  @Test
  void feedOfAJsonDataFileEqualsTheFeedOfTheSameEmbeddedData() throws IOException {
    Path data = dir.resolve("gcm.json");
    GcmJson.defaults().write(ReferenceData.gcm(), data);

    Run run = Run.gcm("feed", "--data", data.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(Run.gcm("feed").out);
  }

  @Test
  void everyEventHasAStartInTheFeed() {
    List<ICalComponent> events = readStrictly(Run.gcm("feed")).events();

    assertThat(events).allSatisfy(e -> assertThat(e.start()).isPresent());
  }

  @Test
  void actOutsideOneToTenIsAUsageError() {
    Run run = Run.gcm("feed", "--act", "11");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("gcm: invalid value for option '--act': 11 is not an Act");
    assertThat(run.out).isEmpty();
  }

  @Test
  void unknownKindIsAUsageErrorListingTheKinds() {
    Run run = Run.gcm("feed", "--kind", "party");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("unknown event kind 'party'; one of: thematic-session,");
  }

  @Test
  void unknownRegionIsAUsageError() {
    Run run = Run.gcm("feed", "--region", "atlantis");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("unknown region 'atlantis'; one of: africa,");
  }

  @Test
  void unknownPhaseIsAUsageErrorListingThePhasesOfTheData() {
    Run run = Run.gcm("feed", "--phase", "ph-9");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("no phase 'ph-9' in the data; its phases: ph-0 (preparation), ph-1 (consultation)");
  }

  @Test
  void missingDataFileExitsTwo() {
    Path missing = dir.resolve("nope.json");

    Run run = Run.gcm("feed", "--data", missing.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("gcm: cannot read " + missing + ": no such file\n");
  }

  @Test
  void unwritableOutputExitsTwoAndLeavesNothing() {
    Path file = dir.resolve("missing-dir").resolve("gcm.ics");

    Run run = Run.gcm("feed", "--output", file.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).startsWith("gcm: cannot write " + file);
    assertThat(file).doesNotExist();
  }
}
