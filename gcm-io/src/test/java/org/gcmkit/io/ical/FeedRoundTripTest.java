package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gcmkit properties are complete: the data set and feed definition rebuilt from a feed by the recipe of {@code
 * docs/ical-feed.md} ({@link FeedDecoder}) give the same bytes again.
 */
class FeedRoundTripTest {

  @ParameterizedTest
  @MethodSource("org.gcmkit.io.ical.FeedPeerTest#feeds")
  void writingWhatWasReadBackGivesTheSameBytes(Schedule schedule, FeedDefinition feed) {
    String written = ICal.defaults().writeString(schedule, feed);
    FeedDecoder decoded = new FeedDecoder(ICalReader.strict().readAll(written, "feed.ics").calendars().get(0));

    assertThat(ICal.defaults().writeString(Schedule.of(decoded.data), decoded.feed)).isEqualTo(written);
  }
}
