package org.gcmkit.consumer.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.gcmkit.model.Finding;
import org.gcmkit.model.GcmException;
import org.gcmkit.model.Severity;
import org.gcmkit.model.SourcePosition;
import org.junit.jupiter.api.Test;

class ImportReportTest {

  private static final SourcePosition POSITION = SourcePosition.of("calendar.ics", 12, 5);

  private static final Finding ERROR = Finding.builder()
      .code("ICAL-DTEND-BEFORE-DTSTART")
      .severity(Severity.ERROR)
      .message("DTEND is before DTSTART")
      .hint("swap the two dates")
      .position(POSITION)
      .build();

  private static final Finding WARNING = Finding.builder()
      .code("ICAL-LF-LINE-ENDING")
      .severity(Severity.WARNING)
      .message("line ends with LF, not CRLF")
      .build();

  @Test
  void buildsFindingsOutsideTheModelPackage() {
    assertEquals("calendar.ics:12:5: error ICAL-DTEND-BEFORE-DTSTART: DTEND is before DTSTART", ERROR.toString());
    assertEquals(Optional.of("swap the two dates"), ERROR.hint());
    assertEquals(Optional.empty(), WARNING.position());
    assertTrue(ERROR.isError());
    assertFalse(WARNING.isError());
  }

  @Test
  void builderRejectsAMissingMandatoryAttribute() {
    Finding.Builder withoutMessage = Finding.builder().code("X").severity(Severity.WARNING);

    assertThrows(IllegalStateException.class, withoutMessage::build);
  }

  @Test
  void countsFindingsBySeverity() {
    ImportReport report = ImportReport.of("calendar.ics", List.of(ERROR, WARNING, WARNING));

    assertEquals("calendar.ics: 1 error, 2 warnings", report.summary());
  }

  @Test
  void rejectsAnImportWithAnErrorAtTheErrorsPosition() {
    ImportReport report = ImportReport.of("calendar.ics", List.of(WARNING, ERROR));

    GcmException e = assertThrows(GcmException.class, report::rejectIfErrors);

    assertEquals(Optional.of(POSITION), e.position());
    assertEquals("calendar.ics:12:5: ICAL-DTEND-BEFORE-DTSTART: DTEND is before DTSTART", e.getMessage());
    assertEquals("ICAL-DTEND-BEFORE-DTSTART: DTEND is before DTSTART", e.detail());
  }

  @Test
  void acceptsAnImportWithWarningsOnly() {
    ImportReport.of("calendar.ics", List.of(WARNING)).rejectIfErrors();
  }
}
