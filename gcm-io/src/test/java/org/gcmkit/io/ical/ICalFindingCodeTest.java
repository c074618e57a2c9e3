package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one list of reader codes is well formed, so that documentation can be generated from it. */
class ICalFindingCodeTest {

  @Test
  void codesAreUniqueUpperCaseAndPrefixed() {
    assertThat(Arrays.stream(ICalFindingCode.values()).map(ICalFindingCode::code))
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("ICAL-[A-Z0-9]+(-[A-Z0-9]+)*"));
  }

  @Test
  void everyCodeIsReportedInAtLeastOneModeAndHasASummary() {
    assertThat(ICalFindingCode.values())
        .allSatisfy(c -> {
          assertThat(c.strict().isPresent() || c.lenient().isPresent()).as(c.code()).isTrue();
          assertThat(c.summary()).isNotBlank();
          assertThat(ICalFindingCode.of(c.code())).contains(c);
        });
  }
}
