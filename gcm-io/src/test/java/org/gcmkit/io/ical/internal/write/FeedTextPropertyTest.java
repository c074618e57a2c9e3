package org.gcmkit.io.ical.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import biweekly.Biweekly;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.ICal;
import org.gcmkit.io.ical.ICalComponent;
import org.gcmkit.io.ical.ICalProperty;
import org.gcmkit.io.ical.ICalReadResult;
import org.gcmkit.io.ical.ICalReader;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Place;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary Unicode text (emoji and their sequences, combining marks, CJK, controls, unpaired surrogates, the
 * characters TEXT and RFC 6868 escape) in an event's title, description and venue, and in the feed's name (the
 * {@code CN} parameter of the {@code ORGANIZER}), comes back from the feed as written, up to
 * the documented substitution ({@link ContentLineWriterPropertyTest#expected}: CR, LF and CRLF become one newline;
 * controls other than HTAB and the C1 controls are dropped; an unpaired surrogate becomes U+FFFD): read by our
 * strict reader with no finding, by biweekly 0.6.8 and by ical4j 4.4.0 (which strips blanks at both ends).
 */
class FeedTextPropertyTest {

  private static final int EXAMPLES = 300;

  private static String feedWith(String title, String description, String venue) {
    return feedWith(title, description, venue, feedName(title));
  }

  private static String feedWith(String title, String description, String venue, String feedName) {
    Event e = Event.builder()
        .id("text")
        .kind(EventKind.MEETING)
        .title(title)
        .description(description)
        .status(EventStatus.CONFIRMED)
        .timing(Timing.on(LocalDate.of(2018, 12, 10)))
        .place(Place.builder().venue(venue).build())
        .build();
    return ICal.defaults().writeString(Schedule.of(DataSet.builder().addEvents(e).build()),
        FeedDefinition.named(feedName));
  }

  /** The feed is named after the title, so that the title is also a parameter value: the CN of the ORGANIZER. */
  private static String feedName(String title) {
    return title.isBlank() ? "feed" : title;
  }

  @Test
  void textOfEventsReadsBackFromOurStrictReader() {
    qt().withExamples(EXAMPLES)
        .forAll(ContentLineWriterPropertyTest.texts(), ContentLineWriterPropertyTest.texts(),
            ContentLineWriterPropertyTest.texts())
        .checkAssert((title, description, venue) -> {
          ICalReadResult result = ICalReader.strict().readAll(feedWith(title, description, venue), "t.ics");

          assertThat(result.findings()).isEmpty();
          ICalComponent event = result.events().get(0);
          assertThat(event.summary()).contains(ContentLineWriterPropertyTest.expected(title));
          assertThat(event.property("DESCRIPTION").flatMap(ICalProperty::text))
              .contains(ContentLineWriterPropertyTest.expected(description));
          String location = ContentLineWriterPropertyTest.expected(venue);
          assertThat(event.property("LOCATION").flatMap(ICalProperty::text))
              .isEqualTo(venue.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(location));
          assertThat(event.property("X-GCMKIT-VENUE").flatMap(ICalProperty::text)).contains(location);
          assertThat(event.property("ORGANIZER").flatMap(p -> p.parameter("CN")))
              .contains(ContentLineWriterPropertyTest.expected(feedName(title)));
        });
  }

  @Test
  void textOfEventsReadsBackFromBiweekly() {
    qt().withExamples(EXAMPLES)
        .forAll(ContentLineWriterPropertyTest.texts(), ContentLineWriterPropertyTest.texts(),
            ContentLineWriterPropertyTest.texts().map(v -> "v" + v))
        .checkAssert((title, description, venue) -> {
          biweekly.component.VEvent event = Biweekly.parse(feedWith(title, description, venue)).first().getEvents()
              .get(0);

          assertThat(event.getSummary().getValue()).isEqualTo(ContentLineWriterPropertyTest.expected(title));
          assertThat(event.getDescription().getValue()).isEqualTo(ContentLineWriterPropertyTest.expected(description));
          assertThat(event.getLocation().getValue()).isEqualTo(ContentLineWriterPropertyTest.expected(venue));
          assertThat(event.getOrganizer().getCommonName())
              .isEqualTo(ContentLineWriterPropertyTest.expected(feedName(title)));
        });
  }

  @Test
  void textOfEventsReadsBackFromIcal4j() {
    qt().withExamples(EXAMPLES)
        .forAll(ContentLineWriterPropertyTest.texts(), ContentLineWriterPropertyTest.texts(),
            ContentLineWriterPropertyTest.texts().map(v -> "v" + v))
        .checkAssert((title, description, venue) -> {
          // A fixed feed name: ical4j 4.4.0 cannot parse a calendar with a backslash in a quoted parameter value.
          net.fortuna.ical4j.model.component.VEvent event =
              ical4jEvents(feedWith(title, description, venue, "feed")).get(0);

          assertIcal4jText(event.getSummary().getValue(), title);
          assertIcal4jText(event.getDescription().getValue(), description);
          assertIcal4jText(event.getLocation().getValue(), venue);
        });
  }

  /**
   * The input that once falsified {@link #textOfEventsReadsBackFromIcal4j} when the feed was named after the title:
   * title and feed name {@code "="}. A bare {@code CN==} is valid RFC 5545 ({@code =} is a SAFE-CHAR of paramtext),
   * but ical4j 4.4.0 takes the {@code =} for a missing value and reads the rest of the line as the property's value,
   * {@code ":urn:gcmkit:feed"}, which is no URI. The writer quotes a parameter value with {@code =}, which every
   * reader parses.
   */
  @Test
  void aFeedNamedEqualsSignHasAQuotedCommonNameThatEveryReaderReads() {
    String ics = feedWith("=", "", "v", "=");

    assertThat(ics).contains("\r\nORGANIZER;CN=\"=\":" + FeedWriter.FEED_ORGANISER_ADDRESS + "\r\n");
    net.fortuna.ical4j.model.component.VEvent ical4j = ical4jEvents(ics).get(0);
    assertThat(ical4j.getSummary().getValue()).isEqualTo("=");
    assertThat(ical4j.<net.fortuna.ical4j.model.property.Organizer>getProperty("ORGANIZER").orElseThrow()
        .getCalAddress()).hasToString(FeedWriter.FEED_ORGANISER_ADDRESS);
    assertReadByOursAndBiweekly(ics);
  }

  /** The unquoted form of the feed above, which ical4j 4.4.0 cannot parse, is read right by our reader and biweekly. */
  @Test
  void aBareEqualsSignAsCommonNameIsReadByOurReaderAndBiweeklyButNotByIcal4j() {
    String ics = feedWith("=", "", "v", "=").replace("ORGANIZER;CN=\"=\":", "ORGANIZER;CN==:");

    assertThat(ics).contains("\r\nORGANIZER;CN==:" + FeedWriter.FEED_ORGANISER_ADDRESS + "\r\n");
    assertThatThrownBy(() -> new CalendarBuilder().build(new StringReader(ics))).isInstanceOf(ParserException.class)
        .hasMessageContaining(":" + FeedWriter.FEED_ORGANISER_ADDRESS);
    assertReadByOursAndBiweekly(ics);
  }

  private static void assertReadByOursAndBiweekly(String ics) {
    ICalReadResult ours = ICalReader.strict().readAll(ics, "t.ics");
    assertThat(ours.findings()).isEmpty();
    assertThat(ours.events().get(0).summary()).contains("=");
    ICalProperty organiser = ours.events().get(0).property("ORGANIZER").orElseThrow();
    assertThat(organiser.parameter("CN")).contains("=");
    assertThat(organiser.rawValue()).isEqualTo(FeedWriter.FEED_ORGANISER_ADDRESS);
    biweekly.component.VEvent biweekly = Biweekly.parse(ics).first().getEvents().get(0);
    assertThat(biweekly.getSummary().getValue()).isEqualTo("=");
    assertThat(biweekly.getOrganizer().getCommonName()).isEqualTo("=");
    assertThat(biweekly.getOrganizer().getUri()).isEqualTo(FeedWriter.FEED_ORGANISER_ADDRESS);
  }

  /**
   * ical4j 4.4.0 trims blanks at both ends of a value and unescapes {@code "\\\n"} (a backslash, then a newline) as
   * a backslash and the letter n: reader bugs, not ours (see {@link ContentLineWriterPropertyTest}), so values with
   * that sequence are not compared.
   */
  private static void assertIcal4jText(String read, String written) {
    String expected = ContentLineWriterPropertyTest.expected(written);
    if (!expected.contains("\\\n")) {
      assertThat(read).isEqualTo(ContentLineWriterPropertyTest.stripBlanks(expected));
    }
  }

  @Test
  void everyLineOfAFeedWithArbitraryTextHoldsAtMost75Octets() {
    qt().withExamples(EXAMPLES)
        .forAll(ContentLineWriterPropertyTest.texts(), ContentLineWriterPropertyTest.texts(),
            ContentLineWriterPropertyTest.texts())
        .checkAssert((title, description, venue) -> {
          for (String line : feedWith(title, description, venue).split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
          }
        });
  }

  private static List<net.fortuna.ical4j.model.component.VEvent> ical4jEvents(String ics) {
    try {
      return new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("ical4j cannot parse: " + e.getMessage(), e);
    }
  }
}
