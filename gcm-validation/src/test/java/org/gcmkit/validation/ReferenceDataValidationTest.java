package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.Finding;
import org.junit.jupiter.api.Test;

/**
 * The embedded reference data set passes validation with no error, and every warning and every waived finding is
 * listed, with its reason, in the tables of {@code docs/reference-data.md} (section "Validation warnings").
 */
class ReferenceDataValidationTest {

  private static final Path DOC = Path.of("..", "docs", "reference-data.md");

  private final ValidationReport report = GcmValidator.create().validate(ReferenceData.gcm());

  private static String key(Finding f) {
    return f.code() + " " + f.path().orElse("");
  }

  /** The code and path of each row of the table under a heading: {@code | `CODE` | `path` | reason |}. */
  private static Set<String> documented(String heading) throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    Set<String> rows = new TreeSet<>();
    boolean inSection = false;
    for (String line : lines) {
      if (line.startsWith("#")) {
        inSection = line.strip().equals(heading);
        continue;
      }
      if (inSection && line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        rows.add(cells[1].strip().replace("`", "") + " " + cells[2].strip().replace("`", ""));
      }
    }
    return rows;
  }

  @Test
  void hasNoError() {
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void everyWarningIsDocumentedWithItsReason() throws IOException {
    Set<String> found = new TreeSet<>();
    report.warnings().forEach(f -> found.add(key(f)));

    assertThat(found).as("warnings of the reference data set vs %s", DOC)
        .containsExactlyElementsOf(documented("### Warnings"));
  }

  @Test
  void everyWaivedFindingIsDocumented() throws IOException {
    List<String> found = new ArrayList<>();
    report.waived().forEach(w -> found.add(key(w.finding())));

    assertThat(new TreeSet<>(found)).as("waived findings of the reference data set vs %s", DOC)
        .containsExactlyElementsOf(documented("### Waived"));
  }
}
