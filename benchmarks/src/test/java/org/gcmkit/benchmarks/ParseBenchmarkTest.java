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
  void theFloorCountsTheLineFeeds() {
    assertThat(ParseBenchmark.floor(file)).isGreaterThan(600L * 20);
  }
}
