package org.gcmkit.consumer.classpath;

import java.util.List;
import java.util.Optional;
import org.gcmkit.model.Finding;
import org.gcmkit.model.GcmException;
import org.gcmkit.model.Severity;

/** What a consumer's import step might do with the findings of a reader or validator. */
public final class ImportReport {

  private final String source;
  private final List<Finding> findings;

  private ImportReport(String source, List<Finding> findings) {
    this.source = source;
    this.findings = List.copyOf(findings);
  }

  /**
   * A report on one imported source.
   *
   * @param source the file name
   * @param findings what the reader and validator found
   * @return the report
   */
  public static ImportReport of(String source, List<Finding> findings) {
    return new ImportReport(source, findings);
  }

  /**
   * How many findings have the severity.
   *
   * @param severity error or warning
   * @return the count
   */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * One line for a log.
   *
   * @return for example {@code "calendar.ics: 1 error, 2 warnings"}
   */
  public String summary() {
    long errors = count(Severity.ERROR);
    long warnings = count(Severity.WARNING);
    return source + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
        + (warnings == 1 ? " warning" : " warnings");
  }

  /**
   * Rejects the import when there is an error, reporting the first one at its position.
   *
   * @throws GcmException at the position of the first error
   */
  public void rejectIfErrors() {
    Optional<Finding> first = findings.stream().filter(Finding::isError).findFirst();
    if (first.isPresent()) {
      Finding f = first.get();
      throw new GcmException(f.code() + ": " + f.message(), f.position().orElse(null), null);
    }
  }
}
