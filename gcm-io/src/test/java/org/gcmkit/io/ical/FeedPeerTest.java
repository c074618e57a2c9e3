package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationResult;
import org.gcmkit.calendar.EventFilter;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Region;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every feed we write, read back by our strict reader, ical4j 4.4.0 and biweekly 0.6.8: the same events (UIDs, in
 * calendar order) starting at the same instants (all-day events: on the same dates) as our data says; well-formed
 * lines; one VTIMEZONE per TZID used; the same bytes on every write.
 */
class FeedPeerTest {

  private static final Schedule REFERENCE = Schedule.of(ReferenceData.gcm());
  private static final Schedule EXAMPLE = Schedule.of(FeedFixtures.data());

  static Stream<Arguments> feeds() {
    return Stream.of(
        feed("reference", REFERENCE, FeedDefinition.named("GCM process")),
        feed("reference with programme", REFERENCE,
            FeedDefinition.builder().name("GCM process, with programmes").includeProgramme(true).build()),
        feed("reference, Africa", REFERENCE, FeedDefinition.builder().name("Africa")
            .filter(EventFilter.builder().addRegions(Region.AFRICA).build()).build()),
        feed("reference, Act 3 with programme", REFERENCE, FeedDefinition.builder().name("Act 3")
            .filter(EventFilter.builder().addActs(3).build()).includeProgramme(true).build()),
        feed("reference, thematic sessions", REFERENCE, FeedDefinition.builder().name("Thematic sessions")
            .filter(EventFilter.builder().addKinds(EventKind.THEMATIC_SESSION).build()).build()),
        feed("reference, phase II", REFERENCE, FeedDefinition.builder().name("Stocktaking")
            .filter(EventFilter.builder().addPhaseIds("ph-2").build()).includeProgramme(true).build()),
        feed("synthetic", EXAMPLE, FeedFixtures.feed()));
  }

  private static Arguments feed(String name, Schedule schedule, FeedDefinition feed) {
    return Arguments.of(Named.of(name, schedule), feed);
  }

  private static String write(Schedule schedule, FeedDefinition feed) {
    return ICal.defaults().writeString(schedule, feed);
  }

  @ParameterizedTest
  @MethodSource("feeds")
  void feedsAreNotEmpty(Schedule schedule, FeedDefinition feed) {
    assertThat(schedule.feed(feed)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("feeds")
  void ourStrictReaderFindsNothingAndReadsTheSameEvents(Schedule schedule, FeedDefinition feed) {
    ICalReadResult result = ICalReader.strict().readAll(write(schedule, feed), "feed.ics");

    assertThat(result.findings()).isEmpty();
    assertThat(FeedReaders.ourEvents(result)).containsExactlyElementsOf(FeedReaders.expected(schedule, feed));
  }

  @ParameterizedTest
  @MethodSource("feeds")
  void ical4jReadsTheSameEvents(Schedule schedule, FeedDefinition feed) {
    assertThat(FeedReaders.ical4jEvents(write(schedule, feed)))
        .containsExactlyElementsOf(FeedReaders.expected(schedule, feed));
  }

  @ParameterizedTest
  @MethodSource("feeds")
  void biweeklyReadsTheSameEvents(Schedule schedule, FeedDefinition feed) {
    assertThat(FeedReaders.biweeklyEvents(write(schedule, feed)))
        .containsExactlyElementsOf(FeedReaders.expected(schedule, feed));
  }

  @ParameterizedTest
  @MethodSource("feeds")
  void ical4jValidatorFindsNoError(Schedule schedule, FeedDefinition feed) throws Exception {
    ValidationResult result = FeedReaders.ical4j(write(schedule, feed)).validate();

    List<String> problems = new ArrayList<>();
    for (ValidationEntry entry : result.getEntries()) {
      if (entry.getSeverity() == ValidationEntry.Severity.ERROR) {
        problems.add(entry.toString());
      }
    }
    assertThat(problems).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void ical4jValidatorFlagsAnEventWithoutOrganizerSoTheCheckAboveCanFail() throws Exception {
    String ics = write(EXAMPLE, FeedFixtures.feed());
    String withoutOrganizer = ics.replaceAll("ORGANIZER[^\r]*\r\n( [^\r]*\r\n)*", "");

    assertThat(withoutOrganizer).doesNotContain("ORGANIZER");
    assertThat(FeedReaders.ical4j(withoutOrganizer).validate().hasErrors()).isTrue();
  }

  /**
   * biweekly's validator, except its warning 53 ("parameter value contains invalid characters"): biweekly checks
   * parameter values after decoding RFC 6868, where {@code ^'} and {@code ^n} have become {@code "} and a newline;
   * on the wire the values are valid.
   */
  @ParameterizedTest
  @MethodSource("feeds")
  void biweeklyValidatorFindsNoProblem(Schedule schedule, FeedDefinition feed) {
    biweekly.ICalendar calendar = FeedReaders.biweekly(write(schedule, feed));

    List<String> problems = new ArrayList<>();
    for (biweekly.ValidationWarnings.WarningsGroup group : calendar.validate(biweekly.ICalVersion.V2_0)) {
      for (biweekly.ValidationWarning w : group.getWarnings()) {
        if (w.getCode() == null || w.getCode() != 53) {
          problems.add(group.toString());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("feeds")
  void everyLineEndsWithCrlfAndHoldsAtMost75Octets(Schedule schedule, FeedDefinition feed) {
    String ics = write(schedule, feed);

    assertThat(ics).endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
  }

  @ParameterizedTest
  @MethodSource("feeds")
  void hasOneVtimezonePerTzidUsedAndNoOther(Schedule schedule, FeedDefinition feed) {
    String ics = write(schedule, feed);
    ICalCalendar calendar = ICalReader.strict().readAll(ics, "feed.ics").calendars().get(0);

    List<String> defined = new ArrayList<>();
    for (ICalComponent tz : calendar.components("VTIMEZONE")) {
      defined.add(tz.property("TZID").orElseThrow().rawValue());
    }
    Set<String> used = new TreeSet<>();
    for (ICalComponent event : calendar.events()) {
      for (ICalProperty p : event.properties()) {
        p.parameter("TZID").ifPresent(used::add);
      }
    }
    assertThat(defined).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(defined)).isEqualTo(used);
  }

  @ParameterizedTest
  @MethodSource("feeds")
  void twoWritesGiveTheSameBytes(Schedule schedule, FeedDefinition feed) {
    assertThat(write(Schedule.of(schedule.data()), feed)).isEqualTo(write(schedule, feed));
  }
}
