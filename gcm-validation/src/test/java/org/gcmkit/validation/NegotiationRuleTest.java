package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Role;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.Test;

/** R34, "Formal negotiations – states only": a group made of States is on the States' side. */
class NegotiationRuleTest {

  private static Organisation org(String id, OrganisationType type, String... members) {
    return Organisation.builder().id(id).name(id).type(type).addMemberIds(members).build();
  }

  private static DataSet roundOrganisedBy(String organiser) {
    return DataSet.builder()
        .addOrganisations(org("state-mx", OrganisationType.MEMBER_STATE), org("state-ch", OrganisationType.MEMBER_STATE),
            org("ngo", OrganisationType.NGO),
            org("body-cofac", OrganisationType.COMMITTEE, "state-mx", "state-ch"),
            org("mixed", OrganisationType.COMMITTEE, "state-mx", "ngo"))
        .addEvents(Event.builder().id("neg-1").kind(EventKind.NEGOTIATION_ROUND).title("Round 1")
            .status(EventStatus.HELD).number(1)
            .timing(Timing.days(LocalDate.of(2018, 2, 20), LocalDate.of(2018, 2, 23)))
            .addParticipants(Participation.builder().role(Role.ORGANISER).organisationId(organiser).build())
            .build())
        .build();
  }

  private static long statesOnlyFindings(DataSet data) {
    return GcmValidator.create().validate(data).findings().stream()
        .filter(f -> f.code().equals("GCM-NEGOTIATION-STATES-ONLY"))
        .count();
  }

  @Test
  void aGroupWhoseMembersAreAllStatesIsOnTheStatesSide() {
    assertThat(statesOnlyFindings(roundOrganisedBy("body-cofac"))).isZero();
  }

  @Test
  void aGroupWithANonStateMemberIsNot() {
    assertThat(statesOnlyFindings(roundOrganisedBy("mixed"))).isEqualTo(1);
  }
}
