package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gcmkit.model.Finding;
import org.junit.jupiter.api.Test;

/** The pull-style stream of components reads lazily and gives what the handler gets. */
class StreamTest {

  @Test
  void streamsTheSameComponentsAsTheHandler() {
    Path p = CorpusTest.CORPUS.resolve("recurring-ical-events/issue42.ics");
    List<Finding> streamed = new ArrayList<>();
    List<String> uids;
    try (Stream<ICalComponent> s = ICalReader.lenient().stream(p, streamed::add)) {
      uids = s.filter(c -> c.name().equals("VEVENT")).map(c -> c.uid().orElse("")).toList();
    }
    ICalReadResult all = ICalReader.lenient().readAll(p);
    assertThat(uids).isEqualTo(all.events().stream().map(c -> c.uid().orElse("")).toList());
    assertThat(streamed).isEqualTo(all.findings());
  }

  @Test
  void readsOnlyAsFarAsConsumed() {
    List<Finding> findings = new ArrayList<>();
    // the limit error is on the last line: taking the first component must not reach it
    String text =
        LexerTest.cal("SUMMARY:first").replace("END:VCALENDAR\r\n", "BEGIN:VEVENT\r\nX-BIG:" + "a".repeat(2000)
            + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    ICalReader r = ICalReader.lenient().withLimits(ICalLimits.defaults().withMaxLineLength(1000));
    try (Stream<ICalComponent> s =
        r.stream(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t.ics",
            findings::add)) {
      assertThat(s.findFirst().flatMap(ICalComponent::summary)).contains("first");
    }
    try (Stream<ICalComponent> s =
        r.stream(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t.ics",
            findings::add)) {
      assertThatThrownBy(s::count).isInstanceOf(ICalLimitException.class);
    }
  }
}
