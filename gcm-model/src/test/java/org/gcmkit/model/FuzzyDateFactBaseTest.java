package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every date form of the fact base ({@code gcm-facts.tsv}) reads, prints canonically and round-trips. */
class FuzzyDateFactBaseTest {

  static List<String> dates() {
    return lines("gcm-facts-dates.txt");
  }

  static List<String> intervals() {
    return lines("gcm-facts-intervals.txt");
  }

  private static List<String> lines(String resource) {
    List<String> result = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(FuzzyDateFactBaseTest.class.getResourceAsStream(resource), resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          result.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  @Test
  void resourcesHoldTheFactBaseValues() {
    assertThat(dates()).hasSizeGreaterThan(140).contains("2017-04-17T14:00", "2017-12-01/2017-12-07", "2017-08~");
    assertThat(intervals()).hasSizeGreaterThan(60);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void readsEveryDateOfTheFactBase(String text) {
    FuzzyDate d = FuzzyDate.parse(text);
    String canonical = text.matches(".*T\\d\\d:\\d\\d") ? text + ":00" : text;
    assertThat(d.toEdtf()).isEqualTo(canonical);
    assertThat(FuzzyDate.parse(d.toEdtf())).isEqualTo(d);
    assertThat(d.earliest()).isBeforeOrEqualTo(d.latest());
  }

  @ParameterizedTest
  @MethodSource("intervals")
  void everyStartAndEndOfTheFactBaseFormAnInterval(String text) {
    FuzzyDate d = FuzzyDate.parse(text);
    FuzzyDate start = d.start().orElseThrow();
    FuzzyDate end = d.end().orElseThrow();
    assertThat(FuzzyDate.between(start, end)).isEqualTo(d);
    assertThat(end.isBefore(start)).isFalse();
  }
}
