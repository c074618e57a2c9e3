package org.gcmkit.benchmarks;

import biweekly.Biweekly;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.model.DataSet;

/**
 * What the write benchmark's writers produce for the same data set: size, VEVENTs, VTIMEZONEs and the longest line
 * in octets (RFC 5545 allows 75 without the line break).
 */
public final class WriteCheck {

  private WriteCheck() {}

  /**
   * Prints one line per writer.
   *
   * @param args the number of events
   */
  public static void main(String[] args) {
    int events = Integer.parseInt(args[0]);
    DataSet data = DataSetGenerator.dataSet(events, Inputs.SEED);
    print("gcmkit", WriteBenchmark.gcmkitFeed(Schedule.of(data), FeedDefinition.named("benchmark")));
    print("ical4j",
        WriteBenchmark.bytes(out -> new CalendarOutputter(false).output(WriteBenchmark.ical4jCalendar(data), out)));
    print("biweekly", WriteBenchmark.bytes(out -> Biweekly.write(WriteBenchmark.biweeklyCalendar(data)).go(out)));
  }

  /**
   * The longest line, in octets without its line break.
   *
   * @param b the text
   * @return the length
   */
  static int longestLine(byte[] b) {
    int longest = 0;
    int start = 0;
    for (int k = 0; k <= b.length; k++) {
      if (k == b.length || b[k] == '\n') {
        int end = k > start && b[k - 1] == '\r' ? k - 1 : k;
        longest = Math.max(longest, end - start);
        start = k + 1;
      }
    }
    return longest;
  }

  private static void print(String library, byte[] b) {
    String text = new String(b, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "write %-8s %,d bytes, %,d VEVENTs, %d VTIMEZONEs, longest line %d octets%n", library,
        b.length, text.split("BEGIN:VEVENT", -1).length - 1, text.split("BEGIN:VTIMEZONE", -1).length - 1,
        longestLine(b));
  }
}
