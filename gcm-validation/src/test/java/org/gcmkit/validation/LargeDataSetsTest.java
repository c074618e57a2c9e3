package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gcmkit.model.DataSet;
import org.junit.jupiter.api.Test;

/** The generator of scale data sets gives clean data, so that measurements run every rule in full. */
class LargeDataSetsTest {

  @Test
  void aGeneratedDataSetOfSeveralThousandEventsIsClean() {
    DataSet data = LargeDataSets.generate(5_000);

    ValidationReport report = GcmValidator.create().validate(data);

    assertThat(data.events()).hasSize(5_018);
    assertThat(report.findings()).as("%s", report).isEmpty();
  }
}
