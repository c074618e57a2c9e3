package org.gcmkit.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.gcmkit.model.Finding;
import org.gcmkit.model.Severity;
import org.gcmkit.model.SourcePosition;
import org.gcmkit.validation.internal.Json;
import org.gcmkit.validation.internal.Messages;
import org.jspecify.annotations.Nullable;

/**
 * What {@link GcmValidator} found: the findings in a stable order (the order of the records in the data, then by
 * path and code), and apart from them the findings that a waiver suspends. Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = GcmValidator.create().validate(data, sourceMap);
 * if (report.hasErrors()) {
 *   System.err.print(report);              // one line per finding, then a summary
 * }
 * report.byCode("GCM-TABLE-FACILITATOR");  // the findings of one rule
 * Files.writeString(Path.of("report.json"), report.toJson());
 * }</pre>
 *
 * @since 0.1
 */
public final class ValidationReport {

  private final List<Finding> findings;
  private final List<WaivedFinding> waived;
  private final Locale locale;

  ValidationReport(List<Finding> findings, List<WaivedFinding> waived, Locale locale) {
    this.findings = Collections.unmodifiableList(new ArrayList<>(findings));
    this.waived = Collections.unmodifiableList(new ArrayList<>(waived));
    this.locale = locale;
  }

  /**
   * Every finding that stands, errors and warnings, in a stable order.
   *
   * @return the findings; empty when the data is clean
   * @since 0.1
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The errors.
   *
   * @return the findings of severity {@link Severity#ERROR}, in order
   * @since 0.1
   */
  public List<Finding> errors() {
    return bySeverity(Severity.ERROR);
  }

  /**
   * The warnings.
   *
   * @return the findings of severity {@link Severity#WARNING}, in order
   * @since 0.1
   */
  public List<Finding> warnings() {
    return bySeverity(Severity.WARNING);
  }

  /**
   * The findings that waivers suspend. They do not count as errors or warnings.
   *
   * @return the waived findings, in order
   * @since 0.1
   */
  public List<WaivedFinding> waived() {
    return waived;
  }

  /**
   * Whether there is at least one error.
   *
   * @return {@code true} when the data breaks a hard rule
   * @since 0.1
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /**
   * Whether nothing was found, apart from waived findings.
   *
   * @return {@code true} when there is no error and no warning
   * @since 0.1
   */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /**
   * The number of errors.
   *
   * @return the count
   * @since 0.1
   */
  public int errorCount() {
    return count(Severity.ERROR);
  }

  /**
   * The number of warnings.
   *
   * @return the count
   * @since 0.1
   */
  public int warningCount() {
    return count(Severity.WARNING);
  }

  private int count(Severity s) {
    int n = 0;
    for (Finding f : findings) {
      if (f.severity() == s) {
        n++;
      }
    }
    return n;
  }

  /**
   * The findings of one severity.
   *
   * @param severity the severity
   * @return the findings, in order
   * @since 0.1
   */
  public List<Finding> bySeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return select(f -> f.severity() == severity);
  }

  /**
   * The findings of one rule.
   *
   * @param code the rule's code, for example {@code "GCM-GROUP-STAFFING"}
   * @return the findings, in order; empty when the rule found nothing
   * @since 0.1
   */
  public List<Finding> byCode(String code) {
    Objects.requireNonNull(code, "code");
    return select(f -> f.code().equals(code));
  }

  /**
   * A report with the findings (and waived findings) that a test accepts.
   *
   * <pre>{@code
   * report.filter(f -> f.path().orElse("").startsWith("events[cs-stock"));
   * }</pre>
   *
   * @param keep the test
   * @return the narrower report
   * @since 0.1
   */
  public ValidationReport filter(Predicate<? super Finding> keep) {
    Objects.requireNonNull(keep, "keep");
    List<WaivedFinding> w = new ArrayList<>();
    for (WaivedFinding x : waived) {
      if (keep.test(x.finding())) {
        w.add(x);
      }
    }
    return new ValidationReport(select(keep), w, locale);
  }

  private List<Finding> select(Predicate<? super Finding> keep) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (keep.test(f)) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The report as JSON: the counts, then each finding with its code, severity, message, hint, path and, when known,
   * its source, line, column and JSON pointer, then the waived findings with their waiver. Written by hand; the
   * same report always gives the same text.
   *
   * <pre>{@code
   * {"errors":1,"warnings":0,"waived":0,"findings":[{"code":"GCM-GROUP-STAFFING","severity":"error",
   *   "message":"...","hint":"...","path":"events[cs-stock-gs3].participants","source":"data.json",
   *   "line":120,"column":7}],"waivedFindings":[]}
   * }</pre>
   *
   * @return the JSON text
   * @since 0.1
   */
  public String toJson() {
    StringBuilder sb = new StringBuilder(128 + findings.size() * 256);
    sb.append("{\"errors\":").append(errorCount())
        .append(",\"warnings\":").append(warningCount())
        .append(",\"waived\":").append(waived.size())
        .append(",\"findings\":[");
    for (int i = 0; i < findings.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      json(sb, findings.get(i));
      sb.append('}');
    }
    sb.append("],\"waivedFindings\":[");
    for (int i = 0; i < waived.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      WaivedFinding w = waived.get(i);
      json(sb, w.finding());
      sb.append(",\"waiver\":{\"code\":");
      Json.string(sb, w.waiver().code()).append(",\"reason\":");
      Json.string(sb, w.waiver().reason()).append("}}");
    }
    return sb.append("]}").toString();
  }

  private static void json(StringBuilder sb, Finding f) {
    sb.append("{\"code\":");
    Json.string(sb, f.code()).append(",\"severity\":");
    Json.string(sb, f.severity().label()).append(",\"message\":");
    Json.string(sb, f.message());
    if (f.hint().isPresent()) {
      sb.append(",\"hint\":");
      Json.string(sb, f.hint().get());
    }
    if (f.path().isPresent()) {
      sb.append(",\"path\":");
      Json.string(sb, f.path().get());
    }
    if (f.position().isPresent()) {
      SourcePosition p = f.position().get();
      sb.append(",\"source\":");
      Json.string(sb, p.source());
      if (p.line() > 0) {
        sb.append(",\"line\":").append(p.line());
      }
      if (p.column() > 0) {
        sb.append(",\"column\":").append(p.column());
      }
      if (p.jsonPointer().isPresent()) {
        sb.append(",\"pointer\":");
        Json.string(sb, p.jsonPointer().get());
      }
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ValidationReport && findings.equals(((ValidationReport) o).findings)
        && waived.equals(((ValidationReport) o).waived);
  }

  @Override
  public int hashCode() {
    return Objects.hash(findings, waived);
  }

  /**
   * The report as text: one line per finding in the form compilers use, {@code POSITION: severity CODE: message},
   * then one line per waived finding, then a summary in the validator's language.
   *
   * @return for example {@code "data.json:12:5: error GCM-GROUP-STAFFING: ...\n1 error, 0 warnings, 0 waived\n"}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(f).append('\n');
    }
    for (WaivedFinding w : waived) {
      sb.append(w).append('\n');
    }
    Messages m = Messages.forLocale(locale);
    return sb.append(m.format("report.summary", errorCount(), warningCount(), waived.size())).append('\n')
        .toString();
  }
}
