package org.gcmkit.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording: the methods most often on top of the stack (self time), and the
 * methods most often anywhere on the stack (total time), each as a share of all samples. JDK 17 has no
 * {@code jfr view hot-methods}; this is its stand-in.
 *
 * <pre>{@code
 * java -cp ... org.gcmkit.benchmarks.JfrTop target/jfr/parse/.../profile.jfr 20
 * }</pre>
 */
public final class JfrTop {

  private JfrTop() {}

  /**
   * Prints the summary.
   *
   * @param args the recording and, optionally, the number of methods to list (default 25)
   * @throws Exception if the recording cannot be read
   */
  public static void main(String[] args) throws Exception {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    int samples = 0;
    try (RecordingFile f = new RecordingFile(Path.of(args[0]))) {
      while (f.hasMoreEvents()) {
        RecordedEvent e = f.readEvent();
        if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
          continue;
        }
        RecordedStackTrace st = e.getStackTrace();
        if (st == null || st.getFrames().isEmpty()) {
          continue;
        }
        samples++;
        List<RecordedFrame> frames = st.getFrames();
        self.merge(name(frames.get(0)), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame fr : frames) {
          String n = name(fr);
          if (seen.add(n)) {
            total.merge(n, 1, Integer::sum);
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%,d execution samples%n%nself%n", samples);
    print(self, samples, top);
    System.out.printf(Locale.ROOT, "%ntotal%n");
    print(total, samples, top);
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static void print(Map<String, Integer> counts, int samples, int top) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    for (int k = 0; k < Math.min(top, list.size()); k++) {
      System.out.printf(Locale.ROOT, "%5.1f%%  %s%n", 100.0 * list.get(k).getValue() / samples, list.get(k).getKey());
    }
  }
}
