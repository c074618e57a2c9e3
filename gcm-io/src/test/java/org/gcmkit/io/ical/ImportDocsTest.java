package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code docs/ical-import.md} says what the importer does. */
class ImportDocsTest {

  private static final Path DOC = Path.of("..", "docs", "ical-import.md");

  private static List<String> lines() throws IOException {
    return Files.readAllLines(DOC, StandardCharsets.UTF_8);
  }

  @Test
  void theIdExamplesAreWhatTheRuleGives() throws IOException {
    int checked = 0;
    for (String l : lines()) {
      if (l.startsWith("| `") && l.contains("@") && l.split("\\|").length == 3) {
        String[] c = l.split("\\|");
        String uid = c[1].trim().replace("`", "");
        String id = c[2].trim().replace("`", "");
        assertThat(EventMapper.idOf(uid)).as(uid).isEqualTo(id);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(3);
  }

  @Test
  void theOverrideExampleIsWhatTheImporterGives() throws IOException {
    String cal = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//EN", "BEGIN:VEVENT",
        "UID:abc-123@example.org", "DTSTAMP:20180101T000000Z", "RECURRENCE-ID;TZID=Europe/Zurich:20180320T150000",
        "DTSTART;TZID=Europe/Zurich:20180321T150000", "SUMMARY:x", "END:VEVENT", "END:VCALENDAR", "");

    String id = ICalImporter.strict().read(cal, "t.ics").dataSet().events().get(0).id();

    assertThat(String.join("\n", lines())).contains("`" + id + "`");
  }

  @Test
  void everyImportCodeIsListed() throws IOException {
    String doc = String.join("\n", lines());
    for (ICalFindingCode c : List.of(ICalFindingCode.NOT_IMPORTED, ICalFindingCode.ZONE_CONVERTED,
        ICalFindingCode.BAD_GCMKIT_VALUE)) {
      assertThat(doc).contains("| `" + c.code() + "` | warning |");
    }
  }
}
