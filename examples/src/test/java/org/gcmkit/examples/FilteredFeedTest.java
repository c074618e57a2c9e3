package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gcmkit.io.ical.ICalReadResult;
import org.gcmkit.io.ical.ICalReader;
import org.gcmkit.model.Event;
import org.gcmkit.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilteredFeedTest {

  @TempDir
  Path dir;

  private List<Event> run(Path file, ByteArrayOutputStream out) {
    return FilteredFeed.run(file, Region.AFRICA, new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @Test
  void feedFileReadsStrictlyWithoutFindings() {
    Path file = dir.resolve("africa.ics");

    run(file, new ByteArrayOutputStream());

    ICalReadResult read = ICalReader.strict().readAll(file);
    assertThat(read.findings()).isEmpty();
  }

  @Test
  void feedHoldsTheEventsOfTheRegion() {
    Path file = dir.resolve("africa.ics");

    List<Event> events = run(file, new ByteArrayOutputStream());

    assertThat(events).isNotEmpty();
    List<String> uids = ICalReader.strict().readAll(file).events().stream()
        .map(e -> e.uid().orElseThrow()).sorted().collect(Collectors.toList());
    assertThat(uids).isEqualTo(events.stream().map(e -> e.id() + "@gcmkit.org").sorted()
        .collect(Collectors.toList()));
    assertThat(events).anyMatch(e -> e.region().equals(Optional.of(Region.AFRICA)));
  }

  @Test
  void printsTheFileAndTheCount() {
    Path file = dir.resolve("africa.ics");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    List<Event> events = run(file, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(file + ": " + events.size() + " events in africa\n");
  }
}
