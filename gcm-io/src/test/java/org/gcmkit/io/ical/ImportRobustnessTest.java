package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.gcmkit.model.GcmException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Broken input never makes the importer throw anything but {@link GcmException}: random fragments (the reader's and
 * the mapping's own: X-GCMKIT values, huge durations, odd zones) and corpus files with random bytes changed are
 * imported in both modes, whole and streaming.
 */
class ImportRobustnessTest {

  static final String[] MAPPING = {
    "X-GCMKIT-ID:a", "X-GCMKIT-ID:", "X-GCMKIT-KIND:party", "X-GCMKIT-KIND:webinar", "X-GCMKIT-STATUS:x",
    "X-GCMKIT-NUMBER:x", "X-GCMKIT-NUMBER:99999999999", "X-GCMKIT-ACTS:1,x,99", "X-GCMKIT-START:2017-12~",
    "X-GCMKIT-START:nonsense", "X-GCMKIT-END:../2018", "X-GCMKIT-TIMING-ZONE:Mars/Base", "X-GCMKIT-DAYS:x,2018-01-01",
    "X-GCMKIT-PLACE-ZONE:Europe/Zurich", "X-GCMKIT-PARTICIPANT;X-PERSON=p:speaker", "X-GCMKIT-PARTICIPANT:nobody",
    "X-GCMKIT-PARTICIPANT;X-ORGANISATION=o;X-ORGANISATION-NAME=O;X-ORGANISATION-TYPE=ngo:organiser",
    "X-GCMKIT-SOURCE:", "X-GCMKIT-REMOTE-URL:not a uri", "DURATION:P999999999W", "DURATION:PT9999999999999S",
    "DTSTART;VALUE=DATE:99991231", "DTSTART:00010101T000000Z", "DTEND;VALUE=DATE:00010101",
    "DTSTART;TZID=Canberra, Melbourne, Sydney:20180101T090000", "RECURRENCE-ID;VALUE=DATE:20180101",
    "RELATED-TO:x", "RELATED-TO;RELTYPE=SIBLING:y", "CATEGORIES:Act 3,Africa,Webinar,Foo", "URL:://",
    "LOCATION:", "CREATED:20180101T000000", "SEQUENCE:2000", "SEQUENCE:3", "X-GCMKIT-AS-OF:bad",
    "X-GCMKIT-AS-OF:20180101T000000Z", "NAME:n", "RRULE:FREQ=DAILY;COUNT=2", "RRULE:FREQ=WEEKLY"
  };

  static Gen<String> documents() {
    int n = RobustnessTest.FRAGMENTS.length + MAPPING.length;
    return lists().of(integers().between(0, n - 1)).ofSizeBetween(0, 60).map(l -> {
      StringBuilder sb = new StringBuilder();
      for (int i : l) {
        String f = i < RobustnessTest.FRAGMENTS.length ? RobustnessTest.FRAGMENTS[i]
            : MAPPING[i - RobustnessTest.FRAGMENTS.length];
        sb.append(f).append("\r\n");
      }
      return sb.toString();
    });
  }

  static void importEverything(byte[] bytes) {
    for (ICalImporter importer : List.of(ICalImporter.strict(), ICalImporter.lenient())) {
      try {
        ICalImport r = importer.read(new ByteArrayInputStream(bytes), "fuzz.ics");
        assertThat(r.dataSet().events()).hasSizeLessThanOrEqualTo(bytes.length);
        importer.stream(new ByteArrayInputStream(bytes), "fuzz.ics", e -> { }, f -> { });
      } catch (GcmException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void randomFragmentsNeverEscapeAsUncheckedExceptions() {
    qt().withFixedSeed(RecurrenceDifferentialTest.SEED).withExamples(3000).forAll(documents())
        .checkAssert(d -> importEverything(("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + d).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void corpusFilesWithRandomBytesChangedNeverEscapeAsUncheckedExceptions() throws IOException {
    Random random = new Random(RecurrenceDifferentialTest.SEED);
    byte[] specials = {'\r', '\n', ' ', ':', ';', '"', ',', '=', '\\', (byte) 0xC3, (byte) 0xFF, 0, '^', '9'};
    for (CorpusTest.Row row : CorpusTest.manifest()) {
      byte[] original = Files.readAllBytes(CorpusTest.CORPUS.resolve(row.file()));
      if (original.length > 200_000) {
        continue;
      }
      for (int round = 0; round < 2; round++) {
        byte[] b = original.clone();
        for (int k = 0; k < 1 + b.length / 200; k++) {
          if (b.length > 0) {
            b[random.nextInt(b.length)] = specials[random.nextInt(specials.length)];
          }
        }
        importEverything(b);
      }
    }
  }
}
