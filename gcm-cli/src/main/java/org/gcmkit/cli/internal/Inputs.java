package org.gcmkit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gcmkit.io.ical.ICalImport;
import org.gcmkit.io.ical.ICalImporter;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Where commands get their data: a file named by {@code --data} (gcmkit JSON, or an iCalendar file imported
 * leniently), or the embedded reference data set.
 */
final class Inputs {

  private Inputs() {}

  /**
   * The data set of {@code --data}, or the reference data set when it is absent.
   *
   * @param data the file, or {@code null}
   * @param terminal the streams, for warnings about the input
   * @return the data set
   * @throws UserException if the file cannot be read
   * @throws org.gcmkit.model.GcmException if it is not a gcmkit document (the message has the position)
   */
  static DataSet load(@Nullable Path data, Terminal terminal) {
    if (data == null) {
      return ReferenceData.gcm();
    }
    checkReadable(data);
    if (isICalendar(data)) {
      return importCalendar(data, terminal);
    }
    return GcmJson.defaults().read(data);
  }

  /**
   * Imports an iCalendar file leniently, as {@code gcm feed --data} and {@code gcm export --data} do: its findings
   * (the reader's repairs and what the model has no place for) go to standard error, one per line. People and
   * organisations that the events name by id (as gcmkit feeds do) take their records from the reference data set.
   */
  private static DataSet importCalendar(Path file, Terminal terminal) {
    ICalImport imported;
    try (InputStream in = Files.newInputStream(file)) {
      imported = ICalImporter.lenient().withReferences(ReferenceData.gcm()).read(in, file.toString());
    } catch (IOException e) {
      throw new UserException("cannot read " + file + ": " + Cli.reason(e), e);
    }
    for (Finding f : imported.findings()) {
      terminal.err().print(FileReport.line(file.toString(), f) + "\n");
    }
    terminal.err().flush();
    return imported.dataSet();
  }

  /**
   * Fails with a clear message when a path is not a readable regular file.
   *
   * @param file the path
   * @throws UserException if it does not exist, is a directory or cannot be read
   */
  static void checkReadable(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserException("cannot read " + file + ": it is a directory");
    }
    if (!Files.exists(file)) {
      throw new UserException("cannot read " + file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new UserException("cannot read " + file + ": permission denied");
    }
  }

  /**
   * Whether a file is an iCalendar file, by its name ({@code .ics}, {@code .ical}, {@code .ifb}, {@code .icalendar}).
   *
   * @param file the path
   * @return {@code true} for iCalendar names
   */
  static boolean isICalendar(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".ics") || n.endsWith(".ical") || n.endsWith(".ifb") || n.endsWith(".icalendar");
  }
}
