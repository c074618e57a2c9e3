package org.gcmkit.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.gcmkit.model.Finding;
import org.gcmkit.model.SourcePosition;
import org.gcmkit.validation.WaivedFinding;
import org.jspecify.annotations.Nullable;

/** What {@code gcm validate} found in one file: its findings, or why it could not be read. */
final class FileReport {

  private final String file;
  private final List<Finding> findings = new ArrayList<>();
  private final List<WaivedFinding> waived = new ArrayList<>();
  private int errors;
  private int warnings;
  private @Nullable String unreadable;

  FileReport(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(Finding f) {
    findings.add(f);
    if (f.isError()) {
      errors++;
    } else {
      warnings++;
    }
  }

  void addWaived(WaivedFinding w) {
    waived.add(w);
  }

  void unreadable(String reason) {
    this.unreadable = reason;
  }

  Optional<String> unreadableReason() {
    return Optional.ofNullable(unreadable);
  }

  List<Finding> findings() {
    return Collections.unmodifiableList(findings);
  }

  List<WaivedFinding> waived() {
    return Collections.unmodifiableList(waived);
  }

  int errors() {
    return errors;
  }

  int warnings() {
    return warnings;
  }

  /**
   * A finding as one line in the form compilers use, {@code FILE:LINE:COL: error|warning CODE: message}; a finding
   * without a line has just the file name.
   *
   * @param file the file the finding is about, used when the finding's position has no source
   * @param f the finding
   * @return the line, without line end
   */
  static String line(String file, Finding f) {
    StringBuilder sb = new StringBuilder();
    Optional<SourcePosition> p = f.position();
    if (p.isPresent() && !p.get().source().isEmpty()) {
      sb.append(p.get());
    } else if (p.isPresent() && p.get().line() > 0) {
      sb.append(p.get().withSource(file));
    } else {
      sb.append(file);
    }
    sb.append(": ").append(f.severity().label()).append(' ').append(f.code()).append(": ").append(f.message());
    return sb.toString();
  }
}
