package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gcmkit.calendar.CalendarTime;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus file that reads (valid in strict mode, lenient in lenient mode) imports with one event per VEVENT,
 * each keeping its UID and the start its producer meant, and every mapping finding has a position.
 */
class ImportCorpusTest {

  /** The start of a VEVENT as the reader gives it, in the form the imported event is compared in. */
  static String start(ICalDateTime d) {
    if (d.isDate()) {
      return "D:" + d.date();
    }
    return d.instant().map(i -> "I:" + i).orElse("L:" + d.localDateTime());
  }

  /** The start of an imported event in the same form. */
  static String start(Event e) {
    CalendarTime t = CalendarTime.of(e).orElseThrow();
    if (t.kind() == CalendarTime.Kind.ALL_DAY) {
      return "D:" + t.firstDay();
    }
    if (e.zone().isEmpty()) {
      return "L:" + t.start().orElseThrow();
    }
    return "I:" + t.startInstant();
  }

  static List<Path> readable() throws IOException {
    List<Path> out = new ArrayList<>();
    for (CorpusTest.Row row : CorpusTest.manifest()) {
      if (!row.expected().equals("invalid")) {
        out.add(CorpusTest.CORPUS.resolve(row.file()));
      }
    }
    return out;
  }

  static boolean strict(Path p) throws IOException {
    for (CorpusTest.Row row : CorpusTest.manifest()) {
      if (CorpusTest.CORPUS.resolve(row.file()).equals(p)) {
        return row.expected().equals("valid");
      }
    }
    return false;
  }

  @TestFactory
  Stream<DynamicTest> everyImportedFileRoundTripsThroughJson() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : readable()) {
      tests.add(DynamicTest.dynamicTest(CorpusTest.CORPUS.relativize(p).toString(), () -> {
        ICalReader reader = strict(p) ? ICalReader.strict() : ICalReader.lenient();
        DataSet data = ICalImporter.of(reader).read(p).dataSet();

        String json = GcmJson.defaults().writeString(data);

        assertThat(GcmJson.defaults().read(json)).isEqualTo(data);
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyReadableFileImportsWithItsUidsAndStarts() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : readable()) {
      tests.add(DynamicTest.dynamicTest(CorpusTest.CORPUS.relativize(p).toString(), () -> {
        ICalReader reader = strict(p) ? ICalReader.strict() : ICalReader.lenient();
        List<ICalComponent> vevents = reader.readAll(p).events();

        ICalImport imported = ICalImporter.of(reader).read(p);

        List<Event> events = imported.dataSet().events();
        assertThat(events).hasSameSizeAs(vevents);
        for (int i = 0; i < vevents.size(); i++) {
          ICalComponent v = vevents.get(i);
          Event e = events.get(i);
          if (v.uid().isPresent() && !v.uid().get().isEmpty()) {
            assertThat(e.uid().orElse(e.id() + "@gcmkit.org")).as(e.id()).isEqualTo(v.uid().get());
          }
          if (v.start().isPresent() && v.property("X-GCMKIT-START").isEmpty()) {
            assertThat(start(e)).as(e.id() + " at " + v.position()).isEqualTo(start(v.start().get()));
          }
          assertThat(imported.sourceMap().find("events[" + e.id() + "]")).as(e.id()).isPresent();
        }
        for (Finding f : imported.findings()) {
          if (f.code().startsWith("ICAL-NOT-IMPORTED") || f.code().equals("ICAL-BAD-GCMKIT-VALUE")) {
            assertThat(f.position()).as(f.message()).isPresent();
          }
        }
      }));
    }
    return tests.stream();
  }
}
