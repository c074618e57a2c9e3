package org.gcmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.DataSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The peers of the write, JSON and validation benchmarks do the same work as gcmkit on the same data. */
class PeerBenchmarksTest {

  private static final DataSet DATA = DataSetGenerator.dataSet(2_018, 7L);

  private static int count(String text, String what) {
    return text.split(what, -1).length - 1;
  }

  @Test
  void gcmkitWritesEveryEventAndTheSixTimeZonesInLinesOfAtMost75Octets() {
    byte[] b = WriteBenchmark.text(out -> org.gcmkit.io.ical.ICal.defaults().write(
        org.gcmkit.calendar.Schedule.of(DATA), org.gcmkit.calendar.FeedDefinition.named("benchmark"), out))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String text = new String(b, java.nio.charset.StandardCharsets.UTF_8);

    assertThat(count(text, "BEGIN:VEVENT")).isEqualTo(2_018);
    assertThat(count(text, "BEGIN:VTIMEZONE")).isEqualTo(6);
    assertThat(WriteCheck.longestLine(b)).isLessThanOrEqualTo(75);
  }

  @Test
  void theLongestLineIsCountedInOctetsWithoutTheLineBreak() {
    byte[] b = "ab\r\ncdé\r\nx".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(WriteCheck.longestLine(b)).isEqualTo(4);
  }

  @Test
  void ical4jWritesEveryEventAndTheSixTimeZones() {
    String text = WriteBenchmark.text(out -> new net.fortuna.ical4j.data.CalendarOutputter(false)
        .output(WriteBenchmark.ical4jCalendar(DATA), out));

    assertThat(count(text, "BEGIN:VEVENT")).isEqualTo(2_018);
    assertThat(count(text, "BEGIN:VTIMEZONE")).isEqualTo(6);
    assertThat(text).contains("DTSTART;TZID=Asia/Beirut:");
  }

  @Test
  void biweeklyWritesEveryEventAndTheSixTimeZones() {
    String text = WriteBenchmark.text(out -> biweekly.Biweekly.write(WriteBenchmark.biweeklyCalendar(DATA)).go(out));

    assertThat(count(text, "BEGIN:VEVENT")).isEqualTo(2_018);
    assertThat(count(text, "BEGIN:VTIMEZONE")).isEqualTo(6);
    assertThat(text).contains("DTSTART;TZID=Asia/Beirut:");
  }

  @Test
  void ical4jWritesTheSamePropertiesAsGcmkitWhenItsCalendarIsReadFromGcmkitsFeed() {
    byte[] feed = WriteBenchmark.gcmkitFeed(
        org.gcmkit.calendar.Schedule.of(DATA), org.gcmkit.calendar.FeedDefinition.named("benchmark"));
    String text = WriteBenchmark.text(out -> new net.fortuna.ical4j.data.CalendarOutputter(false)
        .output(WriteBenchmark.ical4jSameFeed(feed), out));

    assertThat(propertyNames(text)).isEqualTo(propertyNames(new String(feed, java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void biweeklyWritesTheSamePropertiesAsGcmkitWhenItsCalendarIsReadFromGcmkitsFeed() {
    byte[] feed = WriteBenchmark.gcmkitFeed(
        org.gcmkit.calendar.Schedule.of(DATA), org.gcmkit.calendar.FeedDefinition.named("benchmark"));
    String text = WriteBenchmark.text(out -> biweekly.Biweekly.write(WriteBenchmark.biweeklySameFeed(feed)).go(out));

    assertThat(propertyNames(text)).isEqualTo(propertyNames(new String(feed, java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** How many times each property name occurs in a calendar, after unfolding. */
  private static java.util.Map<String, Integer> propertyNames(String calendar) {
    java.util.Map<String, Integer> names = new java.util.TreeMap<>();
    for (String line : calendar.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
      int end = 0;
      while (end < line.length() && line.charAt(end) != ':' && line.charAt(end) != ';') {
        end++;
      }
      if (end > 0) {
        names.merge(line.substring(0, end), 1, Integer::sum);
      }
    }
    return names;
  }

  @Test
  void plainJacksonWritesTheJsonGcmkitWritesButTheFinalNewLine() {
    GcmJson gcm = GcmJson.defaults().prettyPrinted(false);
    JsonMapper plain = JsonBenchmark.plainMapper();
    byte[] json = gcm.writeBytes(DATA);

    PlainDataSet twin = plain.readValue(json, PlainDataSet.class);

    String ours = new String(json, java.nio.charset.StandardCharsets.UTF_8).strip();
    String theirs = new String(plain.writeValueAsBytes(twin), java.nio.charset.StandardCharsets.UTF_8).strip();
    int at = java.util.Arrays.mismatch(ours.toCharArray(), theirs.toCharArray());
    assertThat(at).as("first difference: gcmkit %s, plain %s",
        ours.substring(Math.max(0, at - 80), Math.min(ours.length(), at + 40)),
        theirs.substring(Math.max(0, at - 80), Math.min(theirs.length(), at + 40))).isEqualTo(-1);
  }

  @Test
  void perObjectHibernateValidatorFindsTheFieldViolations() {
    assertThat(ValidationBenchmark.perObject(ValidationBenchmark.plainValidator(), DATA)).isEqualTo(2);
  }
}
