package org.gcmkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

  @TempDir
  Path dir;

  private Path referenceJson() throws IOException {
    Path file = dir.resolve("gcm.json");
    GcmJson.defaults().write(ReferenceData.gcm(), file);
    return file;
  }

  private Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = ValidateCommandTest.class.getResourceAsStream(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  /** The reference data with the title of its first event blanked: one GCM-FIELD-NOT-BLANK error. */
  private Path blankTitle() throws IOException {
    String json = GcmJson.defaults().writeString(ReferenceData.gcm());
    String title = "\"title\": \"" + ReferenceData.gcm().events().get(0).title() + "\"";
    assertThat(json).contains(title);
    Path file = dir.resolve("blank-title.json");
    Files.writeString(file, json.replaceFirst(java.util.regex.Pattern.quote(title), "\"title\": \" \""));
    return file;
  }

  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void referenceDataHasNoErrorAndExitsZero() throws IOException {
    Path file = referenceJson();

    Run run = Run.gcm("validate", file.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out()).doesNotContain(": error ").containsPattern("(?m)^1 file: 0 errors, \\d+ warnings?, \\d+ waived$");
    assertThat(run.err).isEmpty();
  }

  @Test
  void errorIsPrintedWithFileLineAndColumnAndExitsOne() throws IOException {
    Path file = blankTitle();
    int line = lineOf(file, "\"title\": \" \"");

    Run run = Run.gcm("validate", file.toString());

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(file + ":" + line + ":")
        + "\\d+: error GCM-FIELD-NOT-BLANK: ");
    assertThat(run.out()).containsPattern("(?m)^1 file: 1 error, \\d+ warnings?, \\d+ waived$");
  }

  @Test
  void malformedJsonIsAnErrorWithItsPosition() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"format\": \"gcmkit/1\",\n  \"events\": [ }\n");

    Run run = Run.gcm("validate", bad.toString());

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).startsWith(bad + ":3:").contains(": error GCM-JSON-READ: ")
        .endsWith("\n1 file: 1 error, 0 warnings, 0 waived\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void missingFileExitsTwoWithAMessageOnStandardError() {
    Path missing = dir.resolve("missing.json");

    Run run = Run.gcm("validate", missing.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("gcm: cannot read " + missing + ": no such file\n");
    assertThat(run.out()).isEqualTo("1 file: 0 errors, 0 warnings, 0 waived, 1 unreadable\n");
  }

  @Test
  void directoryExitsTwo() {
    Run run = Run.gcm("validate", dir.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("gcm: cannot read " + dir + ": it is a directory\n");
  }

  @Test
  void unreadableFileWinsOverErrorsInOtherFiles() throws IOException {
    Path bad = blankTitle();

    Run run = Run.gcm("validate", bad.toString(), dir.resolve("missing.json").toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.out()).contains("error GCM-FIELD-NOT-BLANK").contains("2 files: 1 error,");
  }

  @Test
  void noFileIsAUsageError() {
    Run run = Run.gcm("validate");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("gcm: Missing required parameter: 'FILE'");
  }

  @Test
  void jsonFormatGivesOneDocumentWithCountsAndPositions() throws IOException {
    Path file = blankTitle();

    Run run = Run.gcm("validate", "--format", "json", file.toString());

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    JsonNode report = JsonMapper.builder().build().readTree(run.out());
    assertThat(report.get("errors").asInt()).isEqualTo(1);
    JsonNode first = report.get("files").get(0);
    assertThat(first.get("file").asString()).isEqualTo(file.toString());
    JsonNode error = first.get("findings").valueStream()
        .filter(f -> f.get("severity").asString().equals("error")).findFirst().orElseThrow();
    assertThat(error.get("code").asString()).isEqualTo("GCM-FIELD-NOT-BLANK");
    assertThat(error.get("line").asInt()).isEqualTo(lineOf(file, "\"title\": \" \""));
    assertThat(error.get("source").asString()).isEqualTo(file.toString());
  }

  @Test
  void jsonFormatReportsUnreadableFiles() {
    Run run = Run.gcm("validate", "--format=json", dir.resolve("missing.ics").toString());

    assertThat(run.exit).isEqualTo(2);
    JsonNode report = JsonMapper.builder().build().readTree(run.out());
    assertThat(report.get("unreadable").asInt()).isEqualTo(1);
    assertThat(report.get("files").get(0).get("readable").asBoolean()).isFalse();
  }

  @Test
  void validCalendarHasNoFindingAndExitsZero() throws IOException {
    Path file = resource("valid.ics");

    Run run = Run.gcm("validate", file.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("1 file: 0 errors, 0 warnings, 0 waived\n");
  }

  @Test
  void calendarErrorIsPrintedWithItsPosition() throws IOException {
    Path file = resource("missing-uid.ics");

    Run run = Run.gcm("validate", file.toString());

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).startsWith(file + ":4:1: error ICAL-MISSING-UID: ");
  }

  @Test
  void strictModeReportsABlankLineAsAnError() throws IOException {
    Path file = resource("blank-line.ics");

    Run run = Run.gcm("validate", "--strict", file.toString());

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).startsWith(file + ":10:1: error ICAL-BLANK-LINE: ");
  }

  @Test
  void lenientModeReportsTheSameBlankLineAsAWarning() throws IOException {
    Path file = resource("blank-line.ics");

    Run run = Run.gcm("validate", "--lenient", file.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out()).startsWith(file + ":10:1: warning ICAL-BLANK-LINE: ")
        .endsWith("1 file: 0 errors, 1 warning, 0 waived\n");
  }

  @Test
  void strictAndLenientTogetherAreAUsageError() throws IOException {
    Path file = resource("valid.ics");

    Run run = Run.gcm("validate", "--strict", "--lenient", file.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("mutually exclusive");
  }

  /** A calendar with 150 events that lack DTSTAMP: more findings of one code than the library lists by default. */
  private Path manyMissingStamps() throws IOException {
    StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\n");
    for (int i = 0; i < 150; i++) {
      ics.append("BEGIN:VEVENT\r\nUID:e").append(i).append("@example.org\r\nDTSTART:20171202T150000Z\r\n")
          .append("SUMMARY:Event ").append(i).append("\r\nEND:VEVENT\r\n");
    }
    Path file = dir.resolve("stamps.ics");
    Files.writeString(file, ics.append("END:VCALENDAR\r\n"), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void everyFindingOfAWholeCalendarIsListedAndCounted() throws IOException {
    Path file = manyMissingStamps();

    Run run = Run.on(false, Long.MAX_VALUE, Long.MAX_VALUE, "validate", "--lenient", file.toString());

    assertThat(run.out().lines().filter(l -> l.contains("ICAL-MISSING-DTSTAMP"))).hasSize(150);
    assertThat(run.out()).doesNotContain("ICAL-FINDINGS-SUPPRESSED").contains("0 errors, 150 warnings");
  }

  @Test
  void aStreamedCalendarGivesTheSameCountsAsAWholeOne() throws IOException {
    Path file = manyMissingStamps();

    Run whole = Run.on(false, Long.MAX_VALUE, Long.MAX_VALUE, "validate", "--lenient", file.toString());
    Run streamed = Run.on(false, Long.MAX_VALUE, 1, "validate", "--lenient", file.toString());

    assertThat(streamed.out().lines().filter(l -> l.contains("ICAL-MISSING-DTSTAMP"))).hasSize(150);
    assertThat(lastLine(streamed.out())).isEqualTo(lastLine(whole.out()));
  }

  private static String lastLine(String text) {
    List<String> lines = text.lines().collect(java.util.stream.Collectors.toList());
    return lines.get(lines.size() - 1);
  }

  @Test
  void largeCalendarShowsProgressOnAnInteractiveTerminal() throws IOException {
    Path file = resource("valid.ics");

    Run run = Run.on(true, 1, "validate", file.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).contains("\rvalidating " + file + ": 100%");
    assertThat(run.out()).doesNotContain("validating");
  }

  @Test
  void noProgressWhenStandardErrorIsNotATerminal() throws IOException {
    Path file = resource("valid.ics");

    Run run = Run.on(false, 1, "validate", file.toString());

    assertThat(run.err).isEmpty();
  }
}
