package org.gcmkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmarks' input files, generated on first use into {@code benchmarks/target/inputs} (the system property
 * {@code gcmkit.bench.dir} names another folder). A file's name holds its size and seed, and the generators give the
 * same bytes for both, so an existing file is reused.
 *
 * <p>Run as a program, it generates the calendars of the sizes given as arguments and prints their paths and sizes.
 */
public final class Inputs {

  /** The seed of every benchmark input. */
  public static final long SEED = 7L;

  private Inputs() {}

  /**
   * The folder of the inputs.
   *
   * @return the folder
   */
  public static Path directory() {
    return Path.of(System.getProperty("gcmkit.bench.dir", "target/inputs")).toAbsolutePath();
  }

  /**
   * The synthetic calendar of a number of events, generated if missing.
   *
   * @param events the number of VEVENTs
   * @return its path
   */
  public static synchronized Path calendar(int events) {
    Path file = directory().resolve("calendar-" + events + "-seed" + SEED + ".ics");
    if (!Files.isRegularFile(file)) {
      CalendarGenerator.write(file, events, SEED);
    }
    return file;
  }

  /**
   * Generates calendars.
   *
   * @param args numbers of events
   */
  public static void main(String[] args) {
    for (String a : args) {
      Path p = calendar(Integer.parseInt(a));
      try {
        System.out.printf("%s %,d bytes%n", p, Files.size(p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
