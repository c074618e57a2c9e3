package org.gcmkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.gcmkit.io.ical.ICalReadResult;
import org.gcmkit.io.ical.ICalReader;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** iCalendar files as input: {@code feed --data}, {@code export --data} and the domain rules of {@code validate}. */
class CalendarInputTest {

  @TempDir
  Path dir;

  private Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = CalendarInputTest.class.getResourceAsStream(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path referenceFeed() {
    Path file = dir.resolve("gcm.ics");
    assertThat(Run.gcm("feed", "-o", file.toString()).exit).isZero();
    return file;
  }

  @Test
  void feedOfAnImportedFeedGivesTheSameBytes() {
    Path feed = referenceFeed();

    Run run = Run.gcm("feed", "--data", feed.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(Run.gcm("feed").out());
  }

  @Test
  void brokenCalendarIsRewrittenAsAConformingFeedWithItsRepairsOnStandardError() throws IOException {
    Path broken = resource("blank-line.ics");

    Run run = Run.gcm("feed", "--data", broken.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).contains(broken + ":10:1: warning ICAL-BLANK-LINE: ");
    ICalReadResult feed = ICalReader.strict().readAll(run.out(), "feed.ics");
    assertThat(feed.findings()).isEmpty();
    assertThat(feed.events()).singleElement()
        .satisfies(e -> assertThat(e.uid()).hasValue("valid-1@gcmkit.test"));
  }

  @Test
  void exportOfACalendarIsAJsonDataSetOfItsEvents() throws IOException {
    Path feed = referenceFeed();
    Path json = dir.resolve("gcm.json");

    Run run = Run.gcm("export", "--data", feed.toString(), "-o", json.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    DataSet exported = GcmJson.defaults().read(json);
    List<String> ids = exported.events().stream().map(Event::id).toList();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(
        ICalReader.strict().readAll(feed).events().stream().map(e -> e.uid().orElseThrow().replace("@gcmkit.org", ""))
            .toList());
  }

  @Test
  void validateReportsDomainRulesOnACalendarWithTheirPositions() throws IOException {
    DataSet data = ReferenceData.gcm();
    Event first = data.events().get(0);
    Path json = dir.resolve("bad.json");
    GcmJson.defaults().write(data.withEvents(first.withPhaseId("no-such-phase")), json);
    Path ics = dir.resolve("bad.ics");
    assertThat(Run.gcm("feed", "--data", json.toString(), "-o", ics.toString()).exit).isZero();

    Run run = Run.gcm("validate", ics.toString());

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).containsPattern("(?m)^" + Pattern.quote(ics.toString()) + ":\\d+:\\d+: error GCM-REF-PHASE: ");
  }

  @Test
  void largeCalendarIsValidatedOneEventAtATimeWithPositions() throws IOException {
    Path file = resource("blank-summary.ics");

    Run run = Run.on(false, Long.MAX_VALUE, 0, "validate", file.toString());

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).startsWith(file + ":9:1: error GCM-FIELD-NOT-BLANK: ");
    assertThat(run.err).contains("gcm: " + file + " is large for this heap: its events are validated one at a time");
  }

  @Test
  void smallCalendarIsValidatedAsAWholeWithTheSameFieldFinding() throws IOException {
    Path file = resource("blank-summary.ics");

    Run run = Run.gcm("validate", file.toString());

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).startsWith(file + ":9:1: error GCM-FIELD-NOT-BLANK: ");
    assertThat(run.err).isEmpty();
  }

  @Test
  void feedOfTheReferenceDataValidatesWithoutErrorInTheContextOfItsRecords() {
    Path feed = referenceFeed();

    Run run = Run.gcm("validate", feed.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out()).doesNotContain(": error ").contains("1 file: 0 errors,");
  }

  @Test
  void feedOfTheReferenceDataWithProgrammesValidatesWithoutErrorAsItCarriesTheWaivers() {
    Path feed = dir.resolve("gcm-programme.ics");
    assertThat(Run.gcm("feed", "--programme", "-o", feed.toString()).exit).isZero();

    Run run = Run.gcm("validate", feed.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out()).doesNotContain(": error ").doesNotContain("GCM-GROUP-STAFFING")
        .doesNotContain("GCM-TABLE-FACILITATOR-COUNT").contains("1 file: 0 errors,").contains(", 20 waived");
  }

  /** A calendar nested deeper than the reader's limit (16 levels by default). */
  private Path deeplyNested() throws IOException {
    StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\n");
    for (int i = 0; i < 40; i++) {
      sb.append("BEGIN:X-DEEP\r\n");
    }
    Path file = dir.resolve("deep.ics");
    Files.writeString(file, sb.toString());
    return file;
  }

  @Test
  void exceededLimitIsAnErrorAtItsPosition() throws IOException {
    Path file = deeplyNested();

    Run run = Run.gcm("validate", file.toString());

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).containsPattern("(?m)^" + Pattern.quote(file.toString()) + ":\\d+:\\d+: error "
        + ValidateCommand.ICAL_LIMIT + ": ");
  }

  @Test
  void exceededLimitInDataIsAUserErrorWithoutStackTrace() throws IOException {
    Path file = deeplyNested();

    Run run = Run.gcm("feed", "--data", file.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).startsWith("gcm: " + file + ":").doesNotContain("\tat ");
    assertThat(run.out).isEmpty();
  }
}
