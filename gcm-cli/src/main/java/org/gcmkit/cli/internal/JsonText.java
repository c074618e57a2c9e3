package org.gcmkit.cli.internal;

import java.util.List;
import org.gcmkit.model.Finding;
import org.gcmkit.model.SourcePosition;
import org.gcmkit.validation.WaivedFinding;

/**
 * The report of {@code gcm validate --format json}, written by hand so that the same findings always give the same
 * text. The fields of a finding are those of {@code ValidationReport.toJson()}.
 */
final class JsonText {

  private JsonText() {}

  /**
   * The whole report.
   *
   * @param reports one per file, in command-line order
   * @return the JSON document, ending with a line end
   */
  static String report(List<FileReport> reports) {
    StringBuilder sb = new StringBuilder(256);
    int errors = 0;
    int warnings = 0;
    int waived = 0;
    int unreadable = 0;
    sb.append("{\"files\":[");
    for (int i = 0; i < reports.size(); i++) {
      FileReport r = reports.get(i);
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"file\":");
      string(sb, r.file());
      if (r.unreadableReason().isPresent()) {
        unreadable++;
        sb.append(",\"readable\":false,\"message\":");
        string(sb, r.unreadableReason().get());
        sb.append('}');
        continue;
      }
      errors += r.errors();
      warnings += r.warnings();
      waived += r.waived().size();
      sb.append(",\"readable\":true,\"errors\":").append(r.errors())
          .append(",\"warnings\":").append(r.warnings())
          .append(",\"waived\":").append(r.waived().size())
          .append(",\"findings\":[");
      List<Finding> findings = r.findings();
      for (int j = 0; j < findings.size(); j++) {
        if (j > 0) {
          sb.append(',');
        }
        finding(sb, findings.get(j));
        sb.append('}');
      }
      sb.append("],\"waivedFindings\":[");
      List<WaivedFinding> w = r.waived();
      for (int j = 0; j < w.size(); j++) {
        if (j > 0) {
          sb.append(',');
        }
        finding(sb, w.get(j).finding());
        sb.append(",\"waiver\":{\"code\":");
        string(sb, w.get(j).waiver().code());
        sb.append(",\"reason\":");
        string(sb, w.get(j).waiver().reason());
        sb.append("}}");
      }
      sb.append("]}");
    }
    sb.append("],\"errors\":").append(errors)
        .append(",\"warnings\":").append(warnings)
        .append(",\"waived\":").append(waived)
        .append(",\"unreadable\":").append(unreadable)
        .append("}\n");
    return sb.toString();
  }

  /** Opens a finding's object and writes its fields; the caller closes it. */
  private static void finding(StringBuilder sb, Finding f) {
    sb.append("{\"code\":");
    string(sb, f.code());
    sb.append(",\"severity\":");
    string(sb, f.severity().label());
    sb.append(",\"message\":");
    string(sb, f.message());
    if (f.hint().isPresent()) {
      sb.append(",\"hint\":");
      string(sb, f.hint().get());
    }
    if (f.path().isPresent()) {
      sb.append(",\"path\":");
      string(sb, f.path().get());
    }
    if (f.position().isPresent()) {
      SourcePosition p = f.position().get();
      sb.append(",\"source\":");
      string(sb, p.source());
      if (p.line() > 0) {
        sb.append(",\"line\":").append(p.line());
      }
      if (p.column() > 0) {
        sb.append(",\"column\":").append(p.column());
      }
      if (p.jsonPointer().isPresent()) {
        sb.append(",\"pointer\":");
        string(sb, p.jsonPointer().get());
      }
    }
  }

  /**
   * Appends a JSON string literal: quotes, backslashes and control characters escaped, everything else as it is.
   *
   * @param sb the text so far
   * @param s the string
   */
  static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
