package org.gcmkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Runs one benchmark method outside JMH and reports, per operation, the wall time and the CPU time of the whole
 * process (all threads: the benchmark, the garbage collector, the JIT compiler). On a machine shared with other
 * work, wall time counts the time the process waited for a core; process CPU time does not, so ratios of CPU times
 * are the steadier comparison there (though not a substitute for wall time on a quiet machine).
 *
 * <pre>{@code
 * java -Xms4g -Xmx4g -cp ... org.gcmkit.benchmarks.CpuTime ParseBenchmark gcmkitReadAll 100000 2 3
 * }</pre>
 */
public final class CpuTime {

  private CpuTime() {}

  /**
   * Runs the method and prints one line.
   *
   * @param args benchmark class (simple name), method, events, warm-up operations, measured operations
   * @throws Exception if the benchmark fails
   */
  public static void main(String[] args) throws Exception {
    Class<?> type = Class.forName(CpuTime.class.getPackageName() + "." + args[0]);
    Object bench = type.getConstructor().newInstance();
    type.getField("events").setInt(bench, Integer.parseInt(args[2]));
    try {
      type.getMethod("prepare", String.class).invoke(bench, args[1]);
    } catch (NoSuchMethodException e) {
      type.getMethod("setUp").invoke(bench);
    }
    Method m = type.getMethod(args[1]);
    int warmups = Integer.parseInt(args[3]);
    int runs = Integer.parseInt(args[4]);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    Object sink = null;
    for (int i = 0; i < warmups + runs; i++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      sink = m.invoke(bench);
      long t1 = System.nanoTime();
      long c1 = os.getProcessCpuTime();
      if (i >= warmups) {
        wall.add((t1 - t0) / 1e6);
        cpu.add((c1 - c0) / 1e6);
      }
    }
    System.out.printf(Locale.ROOT, "cpu %s.%s events=%s: wall median %.0f ms %s, process CPU median %.0f ms %s (result %s)%n",
        args[0], args[1], args[2], median(wall), round(wall), median(cpu), round(cpu), sink);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static List<Long> round(List<Double> values) {
    List<Long> out = new ArrayList<>();
    for (double v : values) {
      out.add(Math.round(v));
    }
    return out;
  }
}
