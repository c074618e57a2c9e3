package org.gcmkit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gcmkit.io.ical.ICalImport;
import org.gcmkit.io.ical.ICalImportedEvent;
import org.gcmkit.io.ical.ICalImporter;
import org.gcmkit.io.ical.ICalLimitException;
import org.gcmkit.io.ical.ICalReader;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.io.json.JsonReadException;
import org.gcmkit.io.json.ReadResult;
import org.gcmkit.model.Finding;
import org.gcmkit.model.GcmException;
import org.gcmkit.model.Severity;
import org.gcmkit.model.SourcePosition;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.WaivedFinding;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gcm validate}: checks gcmkit JSON data sets (form, field constraints and domain rules) and iCalendar files
 * (RFC 5545, strict or lenient, then their events imported and checked by the domain rules), and prints every finding
 * with its file, line and column.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Validates JSON data sets and iCalendar files.",
    description = {
        "Validates gcmkit JSON data sets and iCalendar files (.ics, .ical, .ifb) and prints each finding as "
            + "FILE:LINE:COL: error|warning CODE: message, then a summary line.",
        ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no file has an error (warnings allowed)",
        "1:at least one error",
        "2:bad usage, or a file that cannot be read"})
final class ValidateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    /** One line per finding and a summary. */
    TEXT,
    /** One JSON document. */
    JSON
  }

  /** Code of the finding for a JSON file that is not a gcmkit document this version can read. */
  static final String JSON_READ = "GCM-JSON-READ";

  /** Code of the finding for an iCalendar file that exceeds a limit of the reader. */
  static final String ICAL_LIMIT = "ICAL-LIMIT-EXCEEDED";

  /** Strict or lenient reading of iCalendar files. */
  static final class Mode {
    @Option(names = "--strict", required = true,
        description = "Report every departure from RFC 5545 (the default).")
    boolean strict;

    @Option(names = "--lenient", required = true,
        description = "Repair what real producers write and report each repair as a warning.")
    boolean lenient;
  }

  private final Terminal terminal;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "The files: gcmkit JSON (.json or any other name) or iCalendar (.ics, .ical, .ifb).")
  List<Path> files = new ArrayList<>();

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Mode mode;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default): one line per finding and a summary line; json: one JSON document.")
  Format format = Format.TEXT;

  ValidateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    boolean text = format == Format.TEXT;
    PrintWriter out = terminal.outText();
    List<FileReport> reports = new ArrayList<>();
    for (Path file : files) {
      FileReport report = new FileReport(file.toString());
      reports.add(report);
      validate(file, report, text ? f -> out.print(FileReport.line(report.file(), f) + "\n") : f -> { });
      report.unreadableReason().ifPresent(r -> terminal.err().print("gcm: cannot read " + file + ": " + r + "\n"));
      out.flush();
    }
    if (text) {
      out.print(summary(reports) + "\n");
    } else {
      out.print(JsonText.report(reports));
    }
    out.flush();
    if (reports.stream().anyMatch(r -> r.unreadableReason().isPresent())) {
      return ExitCodes.USAGE_OR_IO;
    }
    return reports.stream().anyMatch(r -> r.errors() > 0) ? ExitCodes.ERRORS : ExitCodes.OK;
  }

  /** Receives the findings of a file as they are found. */
  private interface Sink {
    void accept(Finding f);
  }

  private void validate(Path file, FileReport report, Sink print) {
    if (Files.isDirectory(file)) {
      report.unreadable("it is a directory");
      return;
    }
    if (!Files.exists(file)) {
      report.unreadable("no such file");
      return;
    }
    if (!Files.isReadable(file)) {
      report.unreadable("permission denied");
      return;
    }
    Sink sink = f -> {
      report.add(f);
      print.accept(f);
    };
    try {
      if (Inputs.isICalendar(file)) {
        validateICalendar(file, report, sink);
      } else {
        validateJson(file, report, sink);
      }
    } catch (UncheckedIOException e) {
      report.unreadable(Cli.reason(e.getCause()));
    }
  }

  private void validateJson(Path file, FileReport report, Sink sink) {
    ReadResult read;
    try {
      read = GcmJson.defaults().readWithPositions(file);
    } catch (JsonReadException e) {
      sink.accept(Finding.builder()
          .code(JSON_READ)
          .severity(Severity.ERROR)
          .message(e.detail())
          .hint("fix the document's form first; docs/json-format.md describes it")
          .position(e.position())
          .build());
      return;
    }
    ValidationReport result = GcmValidator.create().validate(read.dataSet(), read.sourceMap());
    result.findings().forEach(sink::accept);
    for (WaivedFinding w : result.waived()) {
      report.addWaived(w);
    }
  }

  private void validateICalendar(Path file, FileReport report, Sink sink) {
    ICalReader chosen = mode != null && mode.lenient ? ICalReader.lenient() : ICalReader.strict();
    // every finding is listed and counted, whether the file is read whole or streamed (the library's default keeps
    // 100 per code in a collected result)
    ICalReader reader = chosen.withLimits(chosen.limits().withMaxFindingsPerCode(Integer.MAX_VALUE));
    String name = file.toString();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      report.unreadable(Cli.reason(e));
      return;
    }
    try (InputStream raw = Files.newInputStream(file)) {
      boolean showProgress = terminal.interactive() && size > 0 && size >= terminal.progressThreshold();
      Progress progress = showProgress ? new Progress(raw, terminal.err(), "validating " + name, size) : null;
      Sink shown = progress == null ? sink : f -> {
        progress.clear();
        sink.accept(f);
      };
      try {
        InputStream in = progress == null ? raw : progress;
        if (size <= terminal.wholeFileLimit()) {
          ICalImport imported = ICalImporter.of(reader).withReferences(ReferenceData.gcm()).read(in, name);
          if (progress != null) {
            progress.clear();
          }
          imported.findings().forEach(shown::accept);
          ValidationReport result = ReferenceContext.validate(imported.dataSet(), imported.sourceMap());
          result.findings().forEach(shown::accept);
          result.waived().forEach(report::addWaived);
        } else {
          terminal.err().print("gcm: " + name + " is large for this heap: its events are validated one at a time, "
              + "without the rules across events (references, overlaps, programmes); give java more memory "
              + "(JAVA_OPTS=-Xmx...) for those\n");
          GcmValidator validator = GcmValidator.create();
          ICalImporter.of(reader).withReferences(ReferenceData.gcm()).stream(in, name, imported -> {
            for (Finding f : validator.validate(imported.event()).findings()) {
              shown.accept(positioned(f, imported));
            }
          }, shown::accept);
        }
      } catch (ICalLimitException e) {
        shown.accept(Finding.builder()
            .code(ICAL_LIMIT)
            .severity(Severity.ERROR)
            .message(e.detail())
            .hint("the reader stopped here; the limit (" + e.limit() + ") protects against hostile input")
            .position(e.position().orElse(SourcePosition.of(name, 0, 0)))
            .build());
      } finally {
        if (progress != null) {
          progress.clear();
        }
      }
    } catch (IOException e) {
      report.unreadable(Cli.reason(e));
    } catch (GcmException e) {
      report.unreadable(e.detail());
    }
  }

  /**
   * A finding about one imported event, with its path under {@code events[<id>]} and the position of the value (or
   * of the nearest enclosing value) in the file.
   */
  private static Finding positioned(Finding f, ICalImportedEvent imported) {
    String base = "events[" + imported.event().id() + "]";
    String relative = f.path().orElse("");
    String path = relative.isEmpty() ? base : relative.startsWith("[") ? base + relative : base + "." + relative;
    SourcePosition at = f.position().or(() -> imported.sourceMap().find(path)).orElse(imported.position());
    return Finding.builder().from(f).path(path).position(at).build();
  }

  /**
   * The summary line: files, errors, warnings, waived findings and unreadable files.
   *
   * @param reports the reports
   * @return for example {@code "2 files: 1 error, 3 warnings, 0 waived"}
   */
  static String summary(List<FileReport> reports) {
    int errors = 0;
    int warnings = 0;
    int waived = 0;
    int unreadable = 0;
    for (FileReport r : reports) {
      errors += r.errors();
      warnings += r.warnings();
      waived += r.waived().size();
      unreadable += r.unreadableReason().isPresent() ? 1 : 0;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(count(reports.size(), "file")).append(": ")
        .append(count(errors, "error")).append(", ")
        .append(count(warnings, "warning")).append(", ")
        .append(waived).append(" waived");
    if (unreadable > 0) {
      sb.append(", ").append(unreadable).append(" unreadable");
    }
    return sb.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
