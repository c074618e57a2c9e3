package org.gcmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseBenchmarkTest {

  @TempDir
  static Path dir;

  private static Path file;

  @BeforeAll
  static void generate() {
    file = CalendarGenerator.write(dir.resolve("c.ics"), 600, 7L);
  }

  @Test
  void streamingAndCollectingGiveTheSameChecksum() {
    assertThat(ParseBenchmark.gcmkitStream(file)).isEqualTo(ParseBenchmark.gcmkitReadAll(file));
  }

  @Test
  void ical4jResolvesTheSameStartInstants() {
    assertThat(ParseBenchmark.ical4j(file)).isEqualTo(ParseBenchmark.gcmkitReadAll(file));
  }

  @Test
  void biweeklyResolvesTheSameStartInstants() {
    assertThat(ParseBenchmark.biweekly(file)).isEqualTo(ParseBenchmark.gcmkitReadAll(file));
  }

  @Test
  void theFloorCountsTheLineFeeds() throws java.io.IOException {
    long lineFeeds = 0;
    for (byte b : java.nio.file.Files.readAllBytes(file)) {
      lineFeeds += b == '\n' ? 1 : 0;
    }

    assertThat(ParseBenchmark.floor(file)).isEqualTo(lineFeeds).isGreaterThan(600L * 20);
  }
}
