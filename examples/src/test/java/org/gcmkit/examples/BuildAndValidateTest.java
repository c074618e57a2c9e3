package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gcmkit.validation.GcmValidator;
import org.junit.jupiter.api.Test;

class BuildAndValidateTest {

  private static String output(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void fixedProgrammeHasNoError() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int errors = BuildAndValidate.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(errors).as(output(bytes)).isZero();
  }

  @Test
  void draftIsReportedForItsFacilitator() {
    assertThat(GcmValidator.create().validate(BuildAndValidate.stocktaking("gs3-rapporteur")).errors())
        .extracting(f -> f.code())
        .containsExactly("GCM-TABLE-FACILITATOR");
  }

  @Test
  void printsBothReportsAndTheProgramme() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    BuildAndValidate.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(output(bytes))
        .contains("error GCM-TABLE-FACILITATOR: ")
        .contains("CIVIL_SOCIETY_MEETING Civil Society Stocktaking and Strategy Meeting\n")
        .contains("  GROUP_SESSION Group session ACT 3: Protection\n")
        .contains("  GOVERNMENT_TABLE Table with governments ACT 3: Protection\n");
  }
}
