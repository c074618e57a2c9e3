package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ICalImporter#stream} keeps nothing: a 100,000-event file of about 118 MB imports in a JVM with a 128 MB
 * heap. The import runs in a child JVM started with {@code -Xmx128m}; it fails with OutOfMemoryError if events or
 * their findings are retained.
 */
class ImportHeapTest {

  static final int EVENTS = 100_000;

  /** Writes a partner-style calendar: each VEVENT of about 1.2 KB, with properties that are reported. */
  static void write(Path file) throws IOException {
    String filler = "Consultation notes. ".repeat(40);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//heap//EN\r\n");
      LocalDate day = LocalDate.of(2017, 1, 1);
      for (int i = 0; i < EVENTS; i++) {
        String d = day.plusDays(i % 700).toString().replace("-", "");
        w.write("BEGIN:VEVENT\r\nUID:event-" + i + "@partner.example.org\r\nDTSTAMP:20180101T000000Z\r\n"
            + "DTSTART;TZID=Europe/Zurich:" + d + "T100000\r\nDTEND;TZID=Europe/Zurich:" + d + "T120000\r\n"
            + "SUMMARY:Meeting " + i + "\r\nLOCATION:Palais des Nations\\, Geneva\r\n"
            + "ATTENDEE;CN=Someone:mailto:someone@example.org\r\n");
        StringBuilder desc = new StringBuilder("DESCRIPTION:").append(filler);
        for (int k = 73; k < desc.length(); k += 74) {
          desc.insert(k, "\r\n ");
          k += 3;
        }
        w.write(desc.append("\r\nEND:VEVENT\r\n").toString());
      }
      w.write("END:VCALENDAR\r\n");
    }
  }

  /** The child: imports the file given as argument and prints the numbers of events and of ATTENDEEs reported. */
  public static void main(String[] args) {
    long[] counts = new long[2];
    ICalImporter.lenient().stream(Path.of(args[0]), e -> counts[0]++, f -> {
      if (f.code().equals(ICalFindingCode.NOT_IMPORTED.code()) && f.message().startsWith("ATTENDEE")) {
        counts[1]++;
      }
    });
    System.out.println(counts[0] + " " + counts[1]);
  }

  @Test
  void aHundredThousandEventsImportInA128MbHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.ics");
    write(file);
    assertThat(Files.size(file)).isGreaterThan(110_000_000L);
    String cp = System.getProperty("jdk.module.path", "") + java.io.File.pathSeparator
        + System.getProperty("java.class.path", "");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-cp", cp, ImportHeapTest.class.getName(), file.toString()));

    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();

    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).isEqualTo(EVENTS + " " + EVENTS);
  }
}
