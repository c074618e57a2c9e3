package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Finding;
import org.junit.jupiter.api.Test;

/**
 * Reading one of our own feeds and writing it again gives the same bytes. A feed names organisations by id and name
 * but not by type, which an organisation record needs, so the organisations come from the data set the feed was
 * written from ({@link ICalImporter#withReferences}); everything else comes from the feed.
 */
class ImportRoundTripTest {

  private static final ICal ICAL = ICal.defaults();

  private static String feed(DataSet data, FeedDefinition feed) {
    return ICAL.writeString(Schedule.of(data), feed);
  }

  @Test
  void theReferenceFeedReadAndWrittenAgainIsTheSameText() {
    FeedDefinition feed = FeedDefinition.named("GCM process");
    String original = feed(ReferenceData.gcm(), feed);

    ICalImport imported = ICalImporter.strict().withReferences(ReferenceData.gcm()).read(original, "gcm.ics");

    assertThat(feed(imported.dataSet(), feed)).isEqualTo(original);
  }

  @Test
  void theReferenceFeedWithProgrammesReadAndWrittenAgainIsTheSameText() {
    FeedDefinition feed = FeedDefinition.builder().name("GCM process with programmes").includeProgramme(true).build();
    String original = feed(ReferenceData.gcm(), feed);

    ICalImport imported = ICalImporter.strict().withReferences(ReferenceData.gcm()).read(original, "gcm.ics");

    assertThat(feed(imported.dataSet(), feed)).isEqualTo(original);
  }

  @Test
  void theSyntheticFeedReadAndWrittenAgainIsTheSameText() {
    String original = feed(FeedFixtures.data(), FeedFixtures.feed());

    ICalImport imported = ICalImporter.strict().withReferences(FeedFixtures.data()).read(original, "example.ics");

    assertThat(feed(imported.dataSet(), FeedFixtures.feed())).isEqualTo(original);
  }

  @Test
  void ourOwnFeedImportsWithoutErrors() {
    String original = feed(ReferenceData.gcm(), FeedDefinition.named("GCM process"));

    ICalImport imported = ICalImporter.strict().read(original, "gcm.ics");

    assertThat(imported.findings()).filteredOn(Finding::isError).isEmpty();
  }

  @Test
  void ourOwnFeedImportedWithItsReferencesGivesNoFindingButTheFeedsOwnProperties() {
    FeedDefinition feed = FeedDefinition.builder().name("GCM process with programmes").includeProgramme(true).build();
    String original = feed(ReferenceData.gcm(), feed);

    ICalImport imported = ICalImporter.strict().withReferences(ReferenceData.gcm()).read(original, "gcm.ics");

    assertThat(imported.findings()).extracting(Finding::message)
        .containsExactly("REFRESH-INTERVAL of the calendar is not imported: a data set has no place for it",
            "X-PUBLISHED-TTL of the calendar is not imported: a data set has no place for it");
  }

  @Test
  void withoutKnownDataOrganisationsNamedByAFeedAreReportedNotInvented() {
    String original = feed(ReferenceData.gcm(), FeedDefinition.named("GCM process"));

    ICalImport imported = ICalImporter.strict().read(original, "gcm.ics");

    assertThat(imported.dataSet().organisations()).isEmpty();
    assertThat(imported.findings()).extracting(Finding::message)
        .anyMatch(m -> m.contains("is not imported as a record: the feed does not give its type"));
  }
}
