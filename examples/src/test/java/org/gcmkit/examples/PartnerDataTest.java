package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerDataTest {

  /** The sample file, relative to the module (the tests' working directory). */
  private static final Path SAMPLE = Path.of("data", "partner-events.json");

  @TempDir
  Path dir;

  private static String run(Path file, int[] errors) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    errors[0] = PartnerData.run(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sampleHasThreeErrors() {
    int[] errors = new int[1];

    String out = run(SAMPLE, errors);

    assertThat(errors[0]).as(out).isEqualTo(3);
  }

  @Test
  void eachErrorIsPrintedWithItsLineAndColumn() {
    String out = run(SAMPLE, new int[1]);

    assertThat(out)
        .contains(SAMPLE + ":42:20: error GCM-FIELD-COUNTRY-CODE: ")
        .contains(SAMPLE + ":72:16: error GCM-TIMING-END-BEFORE-START: ")
        .contains(SAMPLE + ":105:18: error GCM-REF-PHASE: ")
        .endsWith("3 errors, 0 warnings in 3 events\n");
  }

  @Test
  void fileThatIsNotADataSetIsReportedWithItsPosition() throws IOException {
    Path file = dir.resolve("export.json");
    Files.writeString(file, "{\n  \"format\": \"gcmkit/1\",\n  \"events\": {}\n}\n");
    int[] errors = new int[1];

    String out = run(file, errors);

    assertThat(errors[0]).isEqualTo(1);
    assertThat(out).startsWith(file + ":3:");
  }
}
