package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

  @Test
  void printsSourceLineAndColumnLikeACompiler() {
    assertThat(SourcePosition.of("calendar.ics", 12, 5)).hasToString("calendar.ics:12:5");
  }

  @Test
  void leavesOutWhatIsUnknown() {
    assertThat(SourcePosition.of("calendar.ics", 0, 0)).hasToString("calendar.ics");
    assertThat(SourcePosition.of("", 3, 7)).hasToString("3:7");
    assertThat(SourcePosition.of("a.json", 3, 0)).hasToString("a.json:3");
  }

  @Test
  void keepsTheJsonPointerOfJsonPositions() {
    SourcePosition p = SourcePosition.ofJson("data.json", 4, 9, "/events/0/title");

    assertThat(p.jsonPointer()).hasValue("/events/0/title");
    assertThat(SourcePosition.of("data.json", 4, 9).jsonPointer()).isEmpty();
  }

  @Test
  void rejectsNegativeLinesAndColumns() {
    assertThatIllegalArgumentException().isThrownBy(() -> SourcePosition.of("x", -1, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> SourcePosition.of("x", 1, -1));
  }

  @Test
  void isEqualByValue() {
    assertThat(SourcePosition.of("a", 1, 2))
        .isEqualTo(SourcePosition.of("a", 1, 2))
        .hasSameHashCodeAs(SourcePosition.of("a", 1, 2))
        .isNotEqualTo(SourcePosition.of("a", 1, 3))
        .isNotEqualTo(SourcePosition.ofJson("a", 1, 2, "/x"));
  }

  @Test
  void movesToAnotherSource() {
    assertThat(SourcePosition.ofJson("a", 1, 2, "/x").withSource("b"))
        .isEqualTo(SourcePosition.ofJson("b", 1, 2, "/x"));
  }
}
