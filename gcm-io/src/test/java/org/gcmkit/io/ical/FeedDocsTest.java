package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** {@code docs/ical-feed.md} names every property and parameter that a feed of ours contains. */
class FeedDocsTest {

  private static final Path DOC = Path.of("..", "docs", "ical-feed.md");

  @Test
  void everyPropertyAndParameterOfOurFeedsIsDocumented() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Set<String> names = new TreeSet<>();
    collect(ICal.defaults().writeString(Schedule.of(FeedFixtures.data()), FeedFixtures.feed()), names);
    collect(ICal.defaults().writeString(Schedule.of(ReferenceData.gcm()),
        FeedDefinition.builder().name("all").includeProgramme(true).build()), names);

    assertThat(names).contains("X-GCMKIT-ID", "X-PERSON-NAME", "X-QUOTE", "ORGANIZER", "CN", "X-GCMKIT-WAIVER",
        "X-CODE", "X-SOURCE-n", "X-LOCATOR-n", "X-QUOTE-n");
    assertThat(names).allSatisfy(name -> assertThat(doc).as(name).contains("`" + name + "`"));
  }

  /** A numbered parameter name ({@code X-SOURCE-2}) as the doc names it ({@code X-SOURCE-n}). */
  private static String numbered(String name) {
    return name.replaceFirst("-[1-9][0-9]*$", "-n");
  }

  private static void collect(String ics, Set<String> names) {
    ICalCalendar calendar = ICalReader.strict().readAll(ics, "feed.ics").calendars().get(0);
    for (ICalProperty p : calendar.properties()) {
      names.add(p.name());
      p.parameters().forEach(param -> names.add(param.name()));
    }
    for (ICalComponent event : calendar.events()) {
      for (ICalProperty p : event.properties()) {
        names.add(p.name());
        p.parameters().forEach(param -> names.add(numbered(param.name())));
      }
    }
  }
}
