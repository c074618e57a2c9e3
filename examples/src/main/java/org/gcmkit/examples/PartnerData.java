package org.gcmkit.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.json.JsonReadException;
import org.gcmkit.io.json.ReadResult;
import org.gcmkit.model.Finding;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;

/**
 * Reads a gcmkit JSON data set that another tool exported and reports its problems with their file positions: first
 * whether it is a document gcmkit can read at all, then the field constraints and domain rules. {@code
 * examples/data/partner-events.json} is such a file, with three events of 2017 and three mistakes.
 *
 * <pre>{@code
 * int errors = PartnerData.run(Path.of("examples/data/partner-events.json"), System.out);   // 3
 * }</pre>
 *
 * @since 0.1
 */
public final class PartnerData {

  private PartnerData() {}

  /**
   * Reports the problems of the file given, or of {@code examples/data/partner-events.json}.
   *
   * @param args optionally the file
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/partner-events.json");
    System.exit(run(file, System.out) == 0 ? 0 : 1);
  }

  /**
   * Reads and validates a file.
   *
   * @param file the JSON data set
   * @param out where to print one line per problem: {@code FILE:LINE:COL: error CODE: message}
   * @return the number of errors; a file that cannot be read as a data set counts as one
   */
  public static int run(Path file, PrintStream out) {
    ReadResult read;
    try {
      read = GcmJson.defaults().readWithPositions(file);
    } catch (JsonReadException e) {
      out.println(e.getMessage());                  // data.json:12:7: expected a string at /events/3/title, ...
      return 1;
    }

    ValidationReport report = GcmValidator.create().validate(read.dataSet(), read.sourceMap());
    for (Finding f : report.findings()) {
      out.println(f);                               // data.json:42:20: error GCM-FIELD-COUNTRY-CODE: ...
      f.hint().ifPresent(hint -> out.println("    hint: " + hint));
    }
    out.println(report.errorCount() + " errors, " + report.warningCount() + " warnings in "
        + read.dataSet().events().size() + " events");
    return report.errorCount();
  }
}
