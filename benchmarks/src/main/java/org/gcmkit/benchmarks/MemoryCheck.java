package org.gcmkit.benchmarks;

import biweekly.Biweekly;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javax.management.ObjectName;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.gcmkit.io.ical.ICalImporter;
import org.gcmkit.io.ical.ICalReader;
import org.gcmkit.model.DataSet;

/**
 * Memory measurements outside JMH, one per JVM launch.
 *
 * <ul>
 *   <li>{@code retained <library> <events>}: the heap retained by the parsed model of the synthetic calendar
 *       ({@code gcmkit}: {@link ICalReader#readAll}; {@code gcmkit-model}: the data set of {@link
 *       ICalImporter#read(Path)}, the events as gcmkit model values; {@code ical4j}; {@code biweekly}) or by the
 *       generated data set
 *       ({@code dataset}): used heap after full collections with the model held, minus used heap before. Run it
 *       with {@code -XX:+UseSerialGC} so that {@link System#gc()} is a full, compacting collection; with
 *       {@code -Dgcmkit.bench.histogram=true} it also prints the top of the heap's class histogram.
 *   <li>{@code stream <events>}: streams the calendar through {@link ICalReader#read(Path,
 *       org.gcmkit.io.ical.ICalHandler)} and prints the events seen and the peak heap; run it with {@code -Xmx128m}.
 * </ul>
 */
public final class MemoryCheck {

  private MemoryCheck() {}

  /**
   * Runs a measurement.
   *
   * @param args the measurement and its arguments
   * @throws Exception if reading fails
   */
  public static void main(String[] args) throws Exception {
    int events = Integer.parseInt(args[args.length - 1]);
    if (args[0].equals("stream")) {
      Path file = Inputs.calendar(events);
      long[] seen = new long[1];
      long t0 = System.nanoTime();
      ICalReader.lenient().read(file, (calendar, component) -> {
        if (component.name().equals("VEVENT")) {
          seen[0]++;
        }
      });
      long ms = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(Locale.ROOT, "stream %s: %,d events in %,d ms, max heap %,d MiB, peak heap used %,d MiB%n",
          file.getFileName(), seen[0], ms, Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
      return;
    }
    String library = args[1];
    Supplier<Object> load;
    long size;
    if (library.equals("dataset")) {
      load = () -> DataSetGenerator.dataSet(events, Inputs.SEED);
      size = org.gcmkit.io.json.GcmJson.defaults().prettyPrinted(false)
          .writeBytes(DataSetGenerator.dataSet(events, Inputs.SEED)).length;
    } else {
      Path file = Inputs.calendar(events);
      size = Files.size(file);
      load = () -> parse(library, file);
    }
    long before = used();
    Object model = load.get();
    long after = used();
    System.out.printf(Locale.ROOT, "retained %s %,d events: %,d MiB for %,d MiB of %s (%.2f× the file)%n", library,
        events, (after - before) >> 20, size >> 20, library.equals("dataset") ? "compact JSON" : "iCalendar",
        (after - before) / (double) size);
    if (Boolean.getBoolean("gcmkit.bench.histogram")) {
      Object histogram = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      String[] lines = String.valueOf(histogram).split("\n");
      for (int k = 0; k < Math.min(lines.length, 22); k++) {
        System.out.println(lines[k]);
      }
    }
    if (model.hashCode() == 42) {
      System.out.println();
    }
  }

  private static Object parse(String library, Path file) {
    try {
      switch (library) {
        case "gcmkit":
          return ICalReader.strict().readAll(file);
        case "gcmkit-model":
          // the gcmkit model of the file's events: the data set an import gives, without the reader's components
          return ICalImporter.lenient().read(file).dataSet();
        case "ical4j":
          try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return new CalendarBuilder().build(in);
          }
        case "biweekly":
          return Biweekly.parse(file.toFile()).all();
        default:
          throw new IllegalArgumentException("unknown library " + library);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long used() {
    long used = Long.MAX_VALUE;
    for (int k = 0; k < 4; k++) {
      System.gc();
      Runtime r = Runtime.getRuntime();
      used = Math.min(used, r.totalMemory() - r.freeMemory());
    }
    return used;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
