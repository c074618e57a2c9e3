package org.gcmkit.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.DataSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gcm export}: a data set as a gcmkit JSON document. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Writes a data set as gcmkit JSON.",
    description = {
        "Writes a data set as a gcmkit/1 JSON document (docs/json-format.md): the embedded reference data set, or "
            + "the data of --data.",
        ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "2:bad usage, or a file that cannot be read or written",
        "3:a bug in gcm"})
final class ExportCommand implements Callable<Integer> {

  /** The formats export writes. */
  enum Format {
    /** The gcmkit/1 JSON document. */
    JSON
  }

  private final Terminal terminal;

  @Option(names = "--data", paramLabel = "FILE",
      description = "The data to export: a gcmkit JSON file, or an iCalendar (.ics) file read leniently. "
          + "Default: the embedded reference data set.")
  @Nullable Path data;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "The output format: json (the only one, and the default).")
  Format format = Format.JSON;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced only once complete) instead of standard output; - is standard output.")
  @Nullable Path output;

  ExportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    DataSet dataSet = Inputs.load(data, terminal);
    AtomicOutput.write(output, terminal, out -> GcmJson.defaults().write(dataSet, out));
    return ExitCodes.OK;
  }
}
