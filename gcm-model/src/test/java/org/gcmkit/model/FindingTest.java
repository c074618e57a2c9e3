package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class FindingTest {

  private static Finding.Builder tableFacilitator() {
    return Finding.builder()
        .code("GCM-TABLE-FACILITATOR")
        .severity(Severity.ERROR)
        .message("the facilitator of table cs-stock-t3 did not co-lead group session cs-stock-gs3");
  }

  @Test
  void printsLikeACompilerDiagnostic() {
    Finding f = tableFacilitator().position(SourcePosition.of("data.json", 40, 3)).build();

    assertThat(f)
        .hasToString("data.json:40:3: error GCM-TABLE-FACILITATOR: the facilitator of table cs-stock-t3 did not"
            + " co-lead group session cs-stock-gs3");
  }

  @Test
  void leavesOutAnUnknownPosition() {
    assertThat(tableFacilitator().build().toString()).startsWith("error GCM-TABLE-FACILITATOR: ");
  }

  @Test
  void knowsWhetherItIsAnError() {
    assertThat(tableFacilitator().build().isError()).isTrue();
    assertThat(tableFacilitator().severity(Severity.WARNING).build().isError()).isFalse();
  }

  @Test
  void requiresCodeSeverityAndMessage() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Finding.builder().code("X").severity(Severity.ERROR).build())
        .withMessageContaining("message");
  }

  @Test
  void rejectsNulls() {
    assertThatNullPointerException().isThrownBy(() -> Finding.builder().code(null));
  }

  @Test
  void severityLabelsAreLowerCase() {
    assertThat(Severity.ERROR.label()).isEqualTo("error");
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
  }
}
