package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gcmkit.model.Finding;
import org.gcmkit.model.GcmException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines made on a second thread ({@code LinePipe}, used for large files) give the handler exactly the calls of the
 * single-threaded reader: the same components with the same properties and positions, the same findings in the same
 * order, the same exceptions; and the second thread has ended when the reader returns.
 */
class BackgroundLexerTest {

  /** Every call a handler receives, written out. */
  private static class Transcript implements ICalHandler {
    final List<String> calls = new ArrayList<>();

    @Override
    public void startCalendar(ICalCalendarHeader calendar) {
      calls.add("start " + calendar.position() + " " + calendar.properties());
    }

    @Override
    public void component(ICalCalendarHeader calendar, ICalComponent c) {
      calls.add("component " + describe(c));
    }

    private static String describe(ICalComponent c) {
      StringBuilder sb = new StringBuilder(c.name()).append(" at ").append(c.position());
      for (ICalProperty p : c.properties()) {
        sb.append("\n  ").append(p).append(" at ").append(p.position()).append(", value at ")
            .append(p.valuePosition()).append(": ").append(p.value().orElse(null));
        for (ICalParameter q : p.parameters()) {
          sb.append(" [").append(q.name()).append(q.values()).append(" at ").append(q.position()).append(']');
        }
      }
      for (ICalComponent s : c.components()) {
        sb.append("\n ").append(describe(s));
      }
      return sb.toString();
    }

    @Override
    public void finding(Finding f) {
      calls.add("finding " + f);
    }

    @Override
    public void endCalendar(ICalCalendarHeader calendar, List<Finding> findings) {
      calls.add("end " + findings.size());
    }
  }

  private static List<String> transcript(ICalReader reader, byte[] bytes, boolean background) {
    Transcript t = new Transcript();
    try {
      List<Finding> all = reader.read(new ByteArrayInputStream(bytes), "t.ics", t, background);
      t.calls.add("returned " + all);
    } catch (GcmException e) {
      t.calls.add("threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return t.calls;
  }

  private static boolean lexerThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("gcmkit-ical-lexer"));
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusFileGivesTheSameCallsInBothModes() throws IOException {
    return CorpusTest.manifest().stream()
        .map(row -> DynamicTest.dynamicTest(row.file(), () -> {
          byte[] bytes = Files.readAllBytes(CorpusTest.CORPUS.resolve(row.file()));
          for (ICalReader reader : List.of(ICalReader.strict(), ICalReader.lenient())) {
            assertThat(transcript(reader, bytes, true)).isEqualTo(transcript(reader, bytes, false));
          }
        }));
  }

  @Test
  void randomDocumentsGiveTheSameCallsInBothModes() {
    qt().withFixedSeed(RecurrenceDifferentialTest.SEED).withExamples(300).forAll(RobustnessTest.documents())
        .checkAssert(d -> {
          byte[] bytes = d.getBytes(StandardCharsets.UTF_8);
          assertThat(transcript(ICalReader.lenient(), bytes, true))
              .isEqualTo(transcript(ICalReader.lenient(), bytes, false));
        });
  }

  /** A calendar of many events whose lines fill several of the pipe's batches. */
  private static byte[] largeCalendar(int events) {
    StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n");
    for (int i = 0; i < events; i++) {
      sb.append("BEGIN:VEVENT\r\nUID:e").append(i).append("@t\r\nDTSTAMP:20180101T000000Z\r\n")
          .append("DTSTART;TZID=Europe/Berlin:20180301T0900").append(i % 60 < 10 ? "0" : "").append(i % 60)
          .append("\r\nATTENDEE;CN=\"Participant ").append(i).append("\";ROLE=CHAIR:mailto:p").append(i)
          .append("@example.org\r\nSUMMARY:R\u00e9union \u79fb\u6c11 ").append(i)
          .append("\r\nDESCRIPTION:A long description that is folded over two lines of the file so that the v\r\n")
          .append(" alue continues\\, with an escape and \\x a bad one\r\nEND:VEVENT\r\n");
    }
    return sb.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aCalendarOfManyBatchesGivesTheSameCallsInBothModes() {
    byte[] bytes = largeCalendar(5000);
    assertThat(transcript(ICalReader.lenient(), bytes, true))
        .isEqualTo(transcript(ICalReader.lenient(), bytes, false));
  }

  @Test
  void aLargeFileIsReadOnTwoThreadsAsItsBytesAreOnOneAndTheThreadHasEndedAfterwards(@TempDir Path dir) throws IOException {
    byte[] bytes = largeCalendar(8000);
    assertThat(bytes.length).isGreaterThanOrEqualTo((int) ICalReader.BACKGROUND_LEXER_MIN_BYTES);
    Path file = dir.resolve("large.ics");
    Files.write(file, bytes);

    ICalReadResult fromFile = ICalReader.strict().readAll(file);
    ICalReadResult fromStream = ICalReader.strict().readAll(new ByteArrayInputStream(bytes), file.toString());

    assertThat(fromFile.events()).hasSize(8000);
    assertThat(fromFile.findings()).isEqualTo(fromStream.findings());
    assertThat(fromFile.events().get(7999).properties()).isEqualTo(fromStream.events().get(7999).properties());
    assertThat(lexerThreadAlive()).isFalse();
  }

  @Test
  void aLineOverTheLimitFailsAsInTheSingleThreadedReaderAfterTheComponentsBeforeIt() {
    byte[] bytes = (new String(largeCalendar(2000), StandardCharsets.UTF_8).replace("END:VCALENDAR\r\n", "")
        + "BEGIN:VEVENT\r\nSUMMARY:" + "x".repeat(500) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        .getBytes(StandardCharsets.UTF_8);
    ICalReader reader = ICalReader.strict().withLimits(ICalLimits.defaults().withMaxLineLength(400));
    Transcript background = new Transcript();
    Transcript alone = new Transcript();

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), "t.ics", background, true))
        .isInstanceOf(ICalLimitException.class)
        .hasMessageContaining("longer than 400 characters");
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), "t.ics", alone, false))
        .isInstanceOf(ICalLimitException.class)
        .hasMessageContaining("longer than 400 characters");
    assertThat(background.calls).hasSize(alone.calls.size()).isEqualTo(alone.calls);
    assertThat(lexerThreadAlive()).isFalse();
  }

  @Test
  void aLimitOfTheAssemblerStopsTheSecondThread() {
    byte[] bytes = largeCalendar(5000);
    ICalReader reader = ICalReader.strict().withLimits(ICalLimits.defaults().withMaxComponents(100));

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), "t.ics", new Transcript(), true))
        .isInstanceOf(ICalLimitException.class)
        .hasMessageContaining("maxComponents");
    assertThat(lexerThreadAlive()).isFalse();
  }

  @Test
  void anExceptionOfTheHandlerReachesTheCallerAndStopsTheSecondThread() {
    byte[] bytes = largeCalendar(5000);
    ICalHandler failing = new ICalHandler() {
      @Override
      public void component(ICalCalendarHeader calendar, ICalComponent component) {
        throw new IllegalStateException("handler gave up");
      }
    };

    assertThatThrownBy(() -> ICalReader.strict().read(new ByteArrayInputStream(bytes), "t.ics", failing, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("handler gave up");
    assertThat(lexerThreadAlive()).isFalse();
  }

  /** A transcript that does something when it has recorded a number of calls, in a component call. */
  private static Transcript doingAtCall(int count, Runnable action) {
    return new Transcript() {
      @Override
      public void component(ICalCalendarHeader calendar, ICalComponent c) {
        super.component(calendar, c);
        if (calls.size() == count) {
          action.run();
        }
      }
    };
  }

  @Test
  void anInterruptOfTheCallingThreadDoesNotStopTheReadAndIsKept() {
    byte[] bytes = largeCalendar(5000);
    List<String> alone = transcript(ICalReader.strict(), bytes, false);
    Transcript t = doingAtCall(1000, () -> Thread.currentThread().interrupt());

    List<Finding> all = ICalReader.strict().read(new ByteArrayInputStream(bytes), "t.ics", t, true);
    t.calls.add("returned " + all);

    assertThat(Thread.interrupted()).isTrue();
    assertThat(t.calls).isEqualTo(alone);
    assertThat(lexerThreadAlive()).isFalse();
  }

  @Test
  void anInterruptOfTheSecondThreadDoesNotStopTheRead() {
    byte[] bytes = largeCalendar(5000);
    List<String> alone = transcript(ICalReader.strict(), bytes, false);
    Transcript t = doingAtCall(1000, () -> Thread.getAllStackTraces().keySet().stream()
        .filter(x -> x.getName().equals("gcmkit-ical-lexer")).forEach(Thread::interrupt));

    List<Finding> all = ICalReader.strict().read(new ByteArrayInputStream(bytes), "t.ics", t, true);
    t.calls.add("returned " + all);

    assertThat(t.calls).isEqualTo(alone);
    assertThat(lexerThreadAlive()).isFalse();
  }

  @Test
  void aReadErrorIsReportedAfterTheComponentsReadBeforeIt() {
    byte[] bytes = largeCalendar(3000);
    InputStream failing = new InputStream() {
      private final ByteArrayInputStream in = new ByteArrayInputStream(bytes, 0, bytes.length / 2);

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
          throw new IOException("disk gone");
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        if (n < 0) {
          throw new IOException("disk gone");
        }
        return n;
      }
    };
    Transcript t = new Transcript();

    assertThatThrownBy(() -> ICalReader.strict().read(failing, "t.ics", t, true))
        .isInstanceOf(GcmException.class)
        .hasMessageContaining("disk gone");
    assertThat(t.calls.stream().filter(c -> c.startsWith("component"))).hasSizeGreaterThan(1000);
    assertThat(lexerThreadAlive()).isFalse();
  }
}
