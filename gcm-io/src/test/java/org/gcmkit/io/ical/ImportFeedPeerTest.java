package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.internal.write.FeedWriter;
import org.gcmkit.model.Event;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repair path of an NGO: every corpus file that reads (valid ones strictly, lenient ones leniently) is imported
 * and written again as a clean feed with {@link ICal}, and ical4j and biweekly find in that feed one event per
 * original VEVENT with a start, under the original's UID (an event without one gets the UID of its imported id,
 * {@link FeedWriter#uid(Event, org.gcmkit.model.DataSet)}), at the start instant of the original (start day of an
 * all-day event, local time of a floating one). Listed, justified exceptions are in
 * {@code src/test/resources/import-peer-exceptions.tsv}.
 */
class ImportFeedPeerTest {

  @TempDir
  Path dir;

  static Map<String, String> exceptions() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String l : Files.readAllLines(Path.of("src/test/resources/import-peer-exceptions.tsv"),
        StandardCharsets.UTF_8)) {
      if (!l.startsWith("#") && !l.isBlank()) {
        String[] c = l.split("\t", -1);
        out.put(c[0] + "\t" + c[1], c[2]);
      }
    }
    return out;
  }

  /** A start as the peers see it after the repair: floating only when the original had no zone to apply. */
  static String expectedStart(ICalDateTime d) {
    if (d.isDate()) {
      return "D:" + d.date();
    }
    return d.instant().map(i -> "I:" + i).orElse("F:" + d.localDateTime());
  }

  @TestFactory
  Stream<DynamicTest> peersFindTheOriginalStartsInTheRepairedFeed() throws IOException {
    Map<String, String> exceptions = exceptions();
    List<DynamicTest> tests = new ArrayList<>();
    for (CorpusTest.Row row : CorpusTest.manifest()) {
      if (row.expected().equals("invalid")) {
        continue;
      }
      Path p = CorpusTest.CORPUS.resolve(row.file());
      ICalReader reader = row.expected().equals("valid") ? ICalReader.strict() : ICalReader.lenient();
      tests.add(DynamicTest.dynamicTest(row.file(), () -> {
        List<ICalComponent> originals = reader.readAll(p).events();
        ICalImport imported = ICalImporter.of(reader).read(p);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
          ICalComponent original = originals.get(i);
          if (original.start().isPresent()) {
            Event e = imported.dataSet().events().get(i);
            String uid = original.uid().filter(u -> !u.isEmpty()).orElse(FeedWriter.uid(e, imported.dataSet()));
            expected.add(PeerAgreementTest.key(uid, expectedStart(original.start().get())));
          }
        }
        expected.sort(null);
        FeedDefinition feed = FeedDefinition.builder().name("Repaired " + p.getFileName()).includeProgramme(true)
            .build();
        Path out = dir.resolve("repaired.ics");
        Files.writeString(out, ICal.defaults().writeString(Schedule.of(imported.dataSet()), feed),
            StandardCharsets.UTF_8);

        assertThat(PeerAgreementTest.biweeklyStarts(out)).as("biweekly").isEqualTo(expected);
        if (exceptions.containsKey(row.file() + "\tical4j")) {
          Throwable differs =
              catchThrowable(() -> assertThat(PeerAgreementTest.ical4jStarts(out)).isEqualTo(expected));
          assertThat(differs).as("listed exception still differs").isNotNull();
        } else {
          assertThat(PeerAgreementTest.ical4jStarts(out)).as("ical4j").isEqualTo(expected);
        }
      }));
    }
    return tests.stream();
  }
}
