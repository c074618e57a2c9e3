package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} has one row per rule, with the rule's severity and waivability, and no row without a rule. */
class RulesDocTest {

  private static final Path RULES = Path.of("..", "docs", "rules.md");

  /** The rows of the table: code to its cells. */
  static Map<String, String[]> rows() throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(RULES, StandardCharsets.UTF_8)) {
      if (!line.startsWith("| `GCM-")) {
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
      String code = cells[0].trim().replace("`", "");
      assertThat(rows.put(code, cells)).as("second row for %s", code).isNull();
    }
    return rows;
  }

  @Test
  void everyRuleHasARowAndEveryRowARule() throws IOException {
    List<String> codes = GcmValidator.rules().stream().map(RuleInfo::code).toList();

    assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void rowsGiveTheRulesSeverityReferenceAndWaivability() throws IOException {
    Map<String, String[]> rows = rows();
    for (RuleInfo rule : GcmValidator.rules()) {
      String[] cells = rows.get(rule.code());
      assertThat(cells).as("row of %s", rule.code()).hasSize(6);
      assertThat(cells[1].trim()).as("severity of %s", rule.code()).isEqualTo(rule.severity().label());
      assertThat(cells[2].trim()).as("reference of %s", rule.code()).isEqualTo(rule.reference());
      assertThat(cells[5].trim()).as("waivable %s", rule.code()).isEqualTo(rule.waivable() ? "yes" : "no");
    }
  }

  @Test
  void rowsSayWhatTheyCheckAndWhy() throws IOException {
    for (Map.Entry<String, String[]> row : rows().entrySet()) {
      assertThat(row.getValue()[3].trim()).as("what %s checks", row.getKey()).isNotEmpty();
      assertThat(row.getValue()[4].trim()).as("basis of %s", row.getKey()).isNotEmpty();
    }
  }

  @Test
  void rulesCitingASeedNameItsFile() throws IOException {
    for (Map.Entry<String, String[]> row : rows().entrySet()) {
      String ref = row.getValue()[2].trim();
      if (ref.matches("R\\d+") && !row.getValue()[4].contains("public")) {
        assertThat(row.getValue()[4]).as("seed file of %s", row.getKey()).containsPattern("`00[0-4]_[0-9a-f]{16}\\.txt`");
      }
    }
  }
}
