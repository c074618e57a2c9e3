package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gcmkit.model.CountBasis;
import org.gcmkit.model.CountCategory;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Finding;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Region;
import org.gcmkit.model.Role;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.Test;

/** R16 "30-80 participants each": every actual headcount is its own source's claim and is checked. */
class HeadcountRulesTest {

  private static Headcount actual(int min, int max) {
    return Headcount.builder().basis(CountBasis.ACTUAL).category(CountCategory.PARTICIPANTS).minimum(min).maximum(max)
        .build();
  }

  @Test
  void aSecondHeadcountOutsideTheRangeIsReportedEvenWhenTheFirstIsInside() {
    Event africa = Event.builder().id("rcsc-africa").kind(EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION)
        .title("RCSC Africa").status(EventStatus.HELD).region(Region.AFRICA)
        .timing(Timing.days(LocalDate.of(2017, 8, 28), LocalDate.of(2017, 8, 29)))
        .addParticipants(Participation.builder().role(Role.ANCHOR).organisationId("anchor").build())
        .addHeadcounts(actual(30, 80), actual(81, 81))
        .build();

    ValidationReport report = GcmValidator.create().validateRules(DataSet.builder().addEvents(africa).build());

    assertThat(report.findings()).filteredOn(f -> f.code().equals("GCM-RCSC-SIZE"))
        .extracting(Finding::path)
        .containsExactly(java.util.Optional.of("events[rcsc-africa].headcounts[1]"));
  }
}
