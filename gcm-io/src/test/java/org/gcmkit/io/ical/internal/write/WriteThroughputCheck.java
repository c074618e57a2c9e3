package org.gcmkit.io.ical.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A throughput check run by hand, not a test (timings are never asserted): writes a calendar of 100,000 VEVENT-like
 * blocks of about 1 KB (escaped and folded non-ASCII text, zoned date-times, parameters, lists) plus the
 * VTIMEZONEs of six zones to a stream that only counts bytes, and prints the time per run.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl gcm-io -am test-compile
 * java -cp gcm-io/target/classes:gcm-io/target/test-classes \
 *     org.gcmkit.io.ical.internal.write.WriteThroughputCheck [events] [runs]
 * }</pre>
 *
 * <p>The JMH benchmarks that compare with ical4j and biweekly belong to the {@code benchmarks} module.
 */
public final class WriteThroughputCheck {

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Zurich"), ZoneId.of("America/New_York"),
      ZoneId.of("Africa/Casablanca"), ZoneId.of("America/Mexico_City"), ZoneId.of("Asia/Bangkok"),
      ZoneId.of("Pacific/Fiji"));

  private WriteThroughputCheck() {}

  /**
   * Runs the check.
   *
   * @param args the number of events (default 100,000) and of runs (default 10)
   * @throws IOException never (the target only counts)
   */
  public static void main(String[] args) throws IOException {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<Block> blocks = blocks(1_000, new Random(42));
    for (int run = 1; run <= runs; run++) {
      CountingStream out = new CountingStream();
      long cpuStart = cpuNanos();
      long start = System.nanoTime();
      write(out, blocks, events);
      long nanos = System.nanoTime() - start;
      long cpu = cpuNanos() - cpuStart;
      System.out.printf("run %2d: %,d events, %,d bytes: wall %,d ms, cpu %,d ms (%.0f MB/s of cpu, %.0f bytes/event)%n",
          run, events, out.count, nanos / 1_000_000, cpu / 1_000_000, out.count / (cpu / 1e9) / 1e6,
          (double) out.count / events);
    }
  }

  /**
   * CPU time of this process (the writing thread plus JIT and GC threads): the machine is shared, so wall time also
   * measures other people's jobs.
   */
  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  private static void write(OutputStream target, List<Block> blocks, int events) throws IOException {
    try (ContentLineWriter w = ContentLineWriter.of(target)) {
      w.begin("VCALENDAR").text("VERSION", "2.0").text("PRODID", "-//gcmkit//gcmkit 0.1//EN")
          .text("METHOD", "PUBLISH").text("NAME", "GCM consultations").text("X-WR-CALNAME", "GCM consultations")
          .duration("X-PUBLISHED-TTL", Duration.ofHours(6));
      VTimezoneGenerator.forYears(Year.of(2016), Year.of(2026)).writeAll(w, ZONES);
      Instant stamp = Instant.parse("2018-12-10T08:00:00Z");
      for (int i = 0; i < events; i++) {
        Block b = blocks.get(i % blocks.size());
        w.begin("VEVENT")
            .property("UID").appendText("event-").appendInteger(i).appendText("@gcmkit.org").endProperty()
            .utc("DTSTAMP", stamp)
            .integer("SEQUENCE", i % 4)
            .text("STATUS", "CONFIRMED")
            .dateTime("DTSTART", b.start, b.zone)
            .dateTime("DTEND", b.start.plusHours(3), b.zone)
            .text("SUMMARY", b.summary)
            .text("DESCRIPTION", b.description)
            .text("LOCATION", b.location)
            .geo("GEO", b.latitude, b.longitude)
            .textList("CATEGORIES", b.categories)
            .property("ORGANIZER").param("CN", b.organizer).appendRaw("mailto:organizer@example.org").endProperty()
            .uri("URL", "https://example.org/gcm/events/" + (i % 1_000))
            .end("VEVENT");
      }
      w.end("VCALENDAR");
    }
  }

  private record Block(ZoneId zone, LocalDateTime start, String summary, String description, String location,
      double latitude, double longitude, List<String> categories, String organizer) {}

  private static List<Block> blocks(int n, Random random) {
    String[] words = {"consultation", "régionale", "migration", "sûre", "ordonnée", "régulière", "移民", "全球契约",
        "الهجرة", "миграция", "droits", "human", "rights", "; with", "commas,", "and\nnew lines", "🌍", "Ação",
        "thematic", "session", "stakeholders", "civil", "society", "Act", "objective", "benchmark"};
    List<Block> blocks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      blocks.add(new Block(
          ZONES.get(random.nextInt(ZONES.size())),
          LocalDateTime.of(2016 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28),
              8 + random.nextInt(10), 0),
          sentence(random, words, 8),
          sentence(random, words, 45),
          sentence(random, words, 5),
          random.nextDouble() * 180 - 90,
          random.nextDouble() * 360 - 180,
          List.of("Regional consultation", "Act " + (1 + random.nextInt(10)), "Phase I"),
          sentence(random, words, 4)));
    }
    return blocks;
  }

  private static String sentence(Random random, String[] words, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words[random.nextInt(words.length)]);
    }
    return sb.toString();
  }

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
