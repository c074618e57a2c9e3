package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gcmkit.io.ical.ICalImport;
import org.gcmkit.io.ical.ICalImporter;
import org.gcmkit.model.Finding;
import org.gcmkit.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** Findings about an imported calendar's events carry the line and column of the VEVENT property they are about. */
class ImportedCalendarValidationTest {

  private static final String CALENDAR = String.join("\r\n",
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//test//test//EN",
      "BEGIN:VEVENT",
      "UID:blank-title@example.org",
      "DTSTAMP:20180101T000000Z",
      "DTSTART;VALUE=DATE:20180305",
      "SUMMARY: ",
      "END:VEVENT",
      "END:VCALENDAR",
      "");

  @Test
  void aFieldFindingOfAnImportedEventPointsAtItsProperty() {
    ICalImport imported = ICalImporter.strict().read(CALENDAR, "partner.ics");

    ValidationReport report = GcmValidator.create().validate(imported.dataSet(), imported.sourceMap());

    String id = imported.dataSet().events().get(0).id();
    assertThat(report.findings()).filteredOn(f -> f.path().equals(java.util.Optional.of("events[" + id + "].title")))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.position()).hasValue(SourcePosition.of("partner.ics", 8, 1)));
  }

  @Test
  void everyFindingAboutAnImportedEventHasAFilePosition() {
    ICalImport imported = ICalImporter.strict().read(CALENDAR, "partner.ics");

    ValidationReport report = GcmValidator.create().validate(imported.dataSet(), imported.sourceMap());

    assertThat(report.findings()).filteredOn(f -> f.path().orElse("").startsWith("events["))
        .isNotEmpty()
        .extracting(Finding::position).allMatch(java.util.Optional::isPresent);
  }
}
