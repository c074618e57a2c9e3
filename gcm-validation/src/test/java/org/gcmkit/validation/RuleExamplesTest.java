package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule has an example that breaks it and one that keeps it (see {@link Examples}). */
class RuleExamplesTest {

  private final GcmValidator validator = GcmValidator.create();

  static Stream<String> codes() {
    return GcmValidator.rules().stream().map(RuleInfo::code);
  }

  @Test
  void everyRuleHasAPairOfExamples() {
    assertThat(Examples.cases().keySet()).containsExactlyInAnyOrderElementsOf(codes().collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void violatingExampleIsReported(String code) {
    ValidationReport report = validator.validate(Examples.cases().get(code).violating.get());

    List<Finding> found = report.byCode(code);
    assertThat(found).as("findings of %s in%n%s", code, report).isNotEmpty();
    RuleInfo rule = GcmValidator.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(rule.severity()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void satisfyingExampleIsNotReported(String code) {
    ValidationReport report = validator.validate(Examples.cases().get(code).satisfying.get());

    assertThat(report.byCode(code)).as("findings of %s in%n%s", code, report).isEmpty();
  }
}
