package org.gcmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gcmkit.io.ical.ICalReadResult;
import org.gcmkit.io.ical.ICalReader;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.DataSet;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorsTest {

  private static byte[] calendar(int events, long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CalendarGenerator.write(out, events, seed);
    return out.toByteArray();
  }

  @Test
  void theSameSeedGivesTheSameCalendarBytes() throws IOException {
    assertThat(calendar(500, 42L)).isEqualTo(calendar(500, 42L));
  }

  @Test
  void anotherSeedGivesOtherCalendarBytes() throws IOException {
    assertThat(Arrays.equals(calendar(500, 42L), calendar(500, 43L))).isFalse();
  }

  @Test
  void aCalendarFileHasTheBytesOfTheStream(@TempDir Path dir) throws IOException {
    Path file = CalendarGenerator.write(dir.resolve("c.ics"), 300, 9L);

    assertThat(Files.readAllBytes(file)).isEqualTo(calendar(300, 9L));
  }

  @Test
  void aCalendarHasTheRequestedNumberOfEvents() throws IOException {
    String text = new String(calendar(1_001, 7L), StandardCharsets.UTF_8);

    assertThat(text.split("BEGIN:VEVENT\r\n", -1)).hasSize(1_002);
  }

  @Test
  void aCalendarHasTheMixOfTheIssue() throws IOException {
    String text = new String(calendar(1_000, 7L), StandardCharsets.UTF_8);

    assertThat(text.split("BEGIN:VTIMEZONE", -1)).hasSize(7);
    assertThat(text).contains("RRULE:FREQ=WEEKLY", "EXDATE;TZID=", "RECURRENCE-ID;TZID=", "BEGIN:VALARM", "\\,",
        "\\;", "\\n", "\r\n ", "移民", "DTSTART;VALUE=DATE:", "DTSTART:2024");
  }

  @Test
  void everyLineOfACalendarHasAtMost75Octets() throws IOException {
    byte[] b = calendar(2_000, 7L);
    int longest = 0;
    int start = 0;
    for (int k = 0; k < b.length; k++) {
      if (b[k] == '\n') {
        longest = Math.max(longest, k - 1 - start);
        start = k + 1;
      }
    }
    assertThat(longest).isEqualTo(75);
  }

  @Test
  void aCalendarIsReadByTheStrictReaderWithoutErrors(@TempDir Path dir) {
    Path file = CalendarGenerator.write(dir.resolve("c.ics"), 1_000, 7L);

    ICalReadResult r = ICalReader.strict().readAll(file);

    assertThat(r.findings()).isEmpty();
    assertThat(r.events()).hasSize(1_000);
  }

  @Test
  void theSameSeedGivesAnEqualDataSet() {
    assertThat(DataSetGenerator.dataSet(300, 5L)).isEqualTo(DataSetGenerator.dataSet(300, 5L));
  }

  @Test
  void theSameSeedGivesTheSameJsonBytes() {
    GcmJson json = GcmJson.defaults();

    assertThat(json.writeBytes(DataSetGenerator.dataSet(300, 5L)))
        .isEqualTo(json.writeBytes(DataSetGenerator.dataSet(300, 5L)));
  }

  @Test
  void aDataSetHasTheRequestedEventsWithParticipants() {
    DataSet d = DataSetGenerator.dataSet(2_000, 7L);

    assertThat(d.events()).hasSize(2_000);
    assertThat(d.people()).hasSize(200);
    assertThat(d.organisations()).hasSize(100);
    assertThat(d.events()).allSatisfy(e -> assertThat(e.participants()).hasSizeBetween(3, 5));
  }

  @Test
  void aDataSetHasTheFindingsItWasGivenOnPurposeAndFewOthers() {
    ValidationReport report = GcmValidator.create().validate(DataSetGenerator.dataSet(2_018, 7L));

    assertThat(report.findings()).extracting(f -> f.code())
        .containsOnly("GCM-FIELD-LANGUAGE-TAG", "GCM-REF-PERSON", "GCM-PERSON-OVERLAP")
        .containsSubsequence("GCM-FIELD-LANGUAGE-TAG", "GCM-FIELD-LANGUAGE-TAG")
        .hasSizeLessThan(40);
    assertThat(report.findings()).filteredOn(f -> f.code().equals("GCM-REF-PERSON")).hasSize(2);
  }
}
