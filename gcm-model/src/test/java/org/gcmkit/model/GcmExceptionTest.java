package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GcmExceptionTest {

  @Test
  void prefixesTheMessageWithThePosition() {
    GcmException e = new GcmException("expected a string", SourcePosition.of("data.json", 12, 7), null);

    assertThat(e).hasMessage("data.json:12:7: expected a string");
    assertThat(e.detail()).isEqualTo("expected a string");
    assertThat(e.position()).hasValue(SourcePosition.of("data.json", 12, 7));
  }

  @Test
  void hasNoPositionWhenNoneIsGiven() {
    GcmException e = new GcmException("limit exceeded");

    assertThat(e).hasMessage("limit exceeded");
    assertThat(e.position()).isEmpty();
  }

  @Test
  void keepsItsCause() {
    IllegalStateException cause = new IllegalStateException("x");

    assertThat(new GcmException("wrapped", cause)).hasCause(cause);
  }
}
