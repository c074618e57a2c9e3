package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

  private static Event.Builder event() {
    return Event.builder().id("webinar").kind(EventKind.WEBINAR).title("A webinar").status(EventStatus.PLANNED);
  }

  @Test
  void aOneOffEventHasNoRecurrenceAndNoForeignUid() {
    Event e = event().build();

    assertThat(e.recurrence()).isEmpty();
    assertThat(e.uid()).isEmpty();
  }

  @Test
  void aRuleIsKeptVerbatim() {
    Recurrence r = Recurrence.of("FREQ=WEEKLY;COUNT=6;BYDAY=TU");

    assertThat(r.rule()).hasValue("FREQ=WEEKLY;COUNT=6;BYDAY=TU");
    assertThat(r.dates()).isEmpty();
    assertThat(r.exceptions()).isEmpty();
    assertThat(r.isOverride()).isFalse();
  }

  @Test
  void anOverrideNamesItsMasterAndTheOccurrenceItReplaces() {
    FuzzyDate original = FuzzyDate.of(LocalDateTime.of(2018, 3, 20, 15, 0));
    Event moved = event().id("webinar-3").uid("webinar@example.org")
        .recurrence(Recurrence.builder().masterId("webinar").recurrenceId(original).build())
        .build();

    assertThat(moved.recurrence()).hasValueSatisfying(r -> {
      assertThat(r.isOverride()).isTrue();
      assertThat(r.masterId()).hasValue("webinar");
      assertThat(r.recurrenceId()).hasValue(original);
    });
    assertThat(moved.uid()).hasValue("webinar@example.org");
  }

  @Test
  void datesAndExceptionsKeepTheirOrder() {
    FuzzyDate late = FuzzyDate.of(LocalDateTime.of(2018, 4, 3, 15, 0));
    FuzzyDate early = FuzzyDate.of(LocalDateTime.of(2018, 3, 27, 15, 0));

    Recurrence r = Recurrence.builder().addDates(late, early).addExceptions(early).build();

    assertThat(r.dates()).containsExactly(late, early);
    assertThat(r.exceptions()).containsExactly(early);
  }
}
