package org.gcmkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.io.ical.ICalDateTime;
import org.gcmkit.io.ical.ICalReadResult;
import org.gcmkit.io.ical.ICalReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gcm feed --data FILE.ics} on the real-world corpus of gcm-io's tests: every file that its MANIFEST says is
 * valid or readable leniently becomes a feed that our strict reader reads without an error, with the UIDs and start
 * instants of the original's events; the files of {@code feed-corpus-exceptions.tsv} do not yet, for the reason given
 * there.
 */
class CorpusFeedTest {

  private static final Path CORPUS = Path.of("..", "gcm-io", "src", "test", "resources", "ical-corpus");

  static Stream<String> readableFiles() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    return lines.stream().skip(1).map(l -> l.split("\t", -1))
        .filter(c -> c[7].equals("valid") || c[7].equals("lenient"))
        .map(c -> c[0]);
  }

  /** The files of {@code feed-corpus-exceptions.tsv}: known departures of the feed, each with its reason. */
  static Stream<String> exceptions() throws IOException {
    return Files.readAllLines(Path.of("src", "test", "resources", "feed-corpus-exceptions.tsv"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.startsWith("#")).skip(1).map(l -> l.split("\t", -1)[0]);
  }

  static Stream<String> conformingFiles() throws IOException {
    Set<String> known = exceptions().collect(Collectors.toSet());
    return readableFiles().filter(f -> !known.contains(f));
  }

  /** The UIDs of the events that have one. */
  private static Set<String> uids(ICalReadResult read) {
    return read.events().stream().flatMap(e -> e.uid().stream()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The start instants of the events, as text ({@code -} for none). */
  private static List<String> starts(ICalReadResult read) {
    return read.events().stream()
        .map(e -> e.start().flatMap(ICalDateTime::instant).map(Object::toString).orElse("-"))
        .sorted().collect(Collectors.toList());
  }

  @ParameterizedTest
  @MethodSource("conformingFiles")
  void feedOfACorpusFileIsConformingWithItsUidsAndStarts(String name) {
    check(name);
  }

  @ParameterizedTest
  @MethodSource("exceptions")
  void listedExceptionsStillDepart(String name) throws IOException {
    assertThat(readableFiles()).as("listed exceptions are readable corpus files").contains(name);
    assertThatThrownBy(() -> check(name)).as(name + " now passes: remove it from feed-corpus-exceptions.tsv")
        .isInstanceOf(AssertionError.class);
  }

  private static void check(String name) {
    Path file = CORPUS.resolve(name);

    Run run = Run.gcm("feed", "--data", file.toString());

    assertThat(run.exit).as(run.err).isZero();
    ICalReadResult feed = ICalReader.strict().readAll(run.out(), "feed.ics");
    assertThat(feed.findings()).as(name).noneMatch(f -> f.isError());
    ICalReadResult original = ICalReader.lenient().readAll(file);
    assertThat(uids(feed)).as(name).containsAll(uids(original));
    assertThat(starts(feed)).as(name).isEqualTo(starts(original));
  }

  @ParameterizedTest
  @MethodSource("readableFiles")
  void exportOfACorpusFileIsReadableJson(String name) {
    Run run = Run.gcm("export", "--data", CORPUS.resolve(name).toString());

    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out()).startsWith("{\n  \"format\": \"gcmkit/1\"");
  }
}
