package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Feeds byte for byte against reviewed files in {@code golden/}: the synthetic feed, which reaches every branch of
 * the mapping, and the feed of the reference data set with programmes.
 *
 * <p>After a deliberate change of the output, regenerate with {@code -Dgcm.golden.update=true}, review the diff and
 * commit it. The VTIMEZONEs depend on the JDK's tz data, which does not change the history of these zones.
 */
class FeedGoldenTest {

  private static final Path SOURCE = Path.of("src/test/resources/org/gcmkit/io/ical/golden");

  @Test
  void syntheticFeedMatchesItsGoldenFile() throws IOException {
    assertGolden("feed-example.ics",
        ICal.defaults().writeString(Schedule.of(FeedFixtures.data()), FeedFixtures.feed()));
  }

  @Test
  void referenceFeedWithProgrammesMatchesItsGoldenFile() throws IOException {
    FeedDefinition feed = FeedDefinition.builder()
        .name("GCM process (gcmkit reference data)")
        .description("Meetings of the process of the Global Compact for Safe, Orderly and Regular Migration")
        .includeProgramme(true)
        .language("en")
        .build();

    assertGolden("feed-reference.ics", ICal.defaults().writeString(Schedule.of(ReferenceData.gcm()), feed));
  }

  private static void assertGolden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("gcm.golden.update")) {
      Files.createDirectories(SOURCE);
      Files.writeString(SOURCE.resolve(name), actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = FeedGoldenTest.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as("golden file %s (generate with -Dgcm.golden.update=true)", name).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
