package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceMapTest {

  private final SourcePosition event = SourcePosition.of("data.json", 40, 5);
  private final SourcePosition title = SourcePosition.of("data.json", 43, 16);
  private final SourceMap map = SourceMap.builder().put("events[ts6]", event).put("events[ts6].title", title).build();

  @Test
  void findsTheExactPath() {
    assertThat(map.find("events[ts6].title")).hasValue(title);
  }

  @Test
  void fallsBackToTheEnclosingValue() {
    assertThat(map.find("events[ts6].timing.start")).hasValue(event);
    assertThat(map.find("events[ts6].participants[2].personId")).hasValue(event);
  }

  @Test
  void findsNothingOutsideWhatWasRecorded() {
    assertThat(map.find("events[ts5].title")).isEmpty();
    assertThat(SourceMap.empty().find("events")).isEmpty();
  }

  @Test
  void parentStripsOneSegment() {
    assertThat(SourceMap.parent("events[ts6].participants[2].personId")).isEqualTo("events[ts6].participants[2]");
    assertThat(SourceMap.parent("events[ts6].participants[2]")).isEqualTo("events[ts6].participants");
    assertThat(SourceMap.parent("events[ts6]")).isEqualTo("events");
    assertThat(SourceMap.parent("events")).isEmpty();
  }

  @Test
  void idsMayContainDotsAndBrackets() {
    assertThat(SourceMap.parent("events[a.b[c]].title")).isEqualTo("events[a.b[c]]");
    assertThat(SourceMap.parent("events[a.b[c]]")).isEqualTo("events");
  }

  @Test
  void emptyBuilderGivesTheEmptyMap() {
    assertThat(SourceMap.builder().build()).isSameAs(SourceMap.empty());
    assertThat(map.size()).isEqualTo(2);
  }

  @Test
  void aBuilderIsEmptyAfterItBuilds() {
    SourceMap.Builder b = SourceMap.builder(1000).put("events[a]", SourcePosition.of("x", 1, 1));
    SourceMap first = b.build();

    assertThat(first.size()).isEqualTo(1);
    assertThat(b.build()).isSameAs(SourceMap.empty());
    b.put("events[b]", SourcePosition.of("x", 2, 1));
    assertThat(first.find("events[b]")).isEmpty();
  }
}
