package org.gcmkit.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.gcmkit.model.Commission;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Phase;
import org.gcmkit.model.PhaseKind;
import org.gcmkit.model.Place;
import org.gcmkit.model.Region;
import org.gcmkit.model.Role;
import org.gcmkit.model.Timing;

/** A small data set shaped like the GCM process, for schedule tests. */
final class Fixtures {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  static final ZoneId BAMAKO = ZoneId.of("Africa/Bamako");

  private Fixtures() {}

  static Event.Builder event(String id, EventKind kind) {
    return Event.builder().id(id).kind(kind).title("Event " + id).status(EventStatus.HELD);
  }

  static Place place(String city, String country, ZoneId zone) {
    return Place.builder().city(city).country(country).zone(zone).build();
  }

  static DataSet process() {
    Place puertoVallarta = place("Puerto Vallarta", "MX", MEXICO_CITY);
    return DataSet.builder()
        .addPhases(
            Phase.builder().id("ph-1").kind(PhaseKind.CONSULTATION).name("Phase I")
                .window(FuzzyDate.parse("2017-04/2017-11")).build(),
            Phase.builder().id("ph-2").kind(PhaseKind.STOCKTAKING).name("Phase II")
                .window(FuzzyDate.parse("2017-11/2018-01")).build(),
            Phase.builder().id("ph-fu").kind(PhaseKind.FOLLOW_UP).name("Follow-up")
                .window(FuzzyDate.parse("2020/..")).build())
        .addEvents(
            event("mtg-2017-04-17", EventKind.CIVIL_SOCIETY_MEETING)
                .timing(Timing.at(LocalDateTime.of(2017, 4, 17, 14, 0), LocalDateTime.of(2017, 4, 17, 18, 0),
                    NEW_YORK))
                .place(place("New York", "US", NEW_YORK))
                .phaseId("ph-1")
                .addParticipants(Participation.builder().role(Role.ORGANISER).organisationId("body-iom").build())
                .addParticipants(Participation.of(Role.SPEAKER, "person-rajah"))
                .build(),
            event("rcsc-africa", EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION)
                .region(Region.AFRICA)
                .timing(Timing.days(LocalDate.of(2017, 8, 28), LocalDate.of(2017, 8, 29)))
                .place(place("Bamako", "ML", BAMAKO))
                .phaseId("ph-1")
                .build(),
            event("rec-eca-2017", EventKind.REGIONAL_CONSULTATION)
                .commission(Commission.ECA)
                .timing(Timing.days(LocalDate.of(2017, 10, 26), LocalDate.of(2017, 10, 27)))
                .place(place("Addis Ababa", "ET", ZoneId.of("Africa/Addis_Ababa")))
                .phaseId("ph-1")
                .build(),
            event("rec-ece", EventKind.REGIONAL_CONSULTATION)
                .commission(Commission.ECE)
                .status(EventStatus.PLANNED)
                .build(),
            event("cs-stock", EventKind.CIVIL_SOCIETY_MEETING)
                .timing(Timing.days(LocalDate.of(2017, 12, 2), LocalDate.of(2017, 12, 3)))
                .place(puertoVallarta)
                .phaseId("ph-2")
                .build(),
            event("cs-stock-d1", EventKind.MEETING_DAY).parentId("cs-stock")
                .timing(Timing.on(LocalDate.of(2017, 12, 2))).place(puertoVallarta).build(),
            event("cs-stock-r1", EventKind.SESSION_ROUND).parentId("cs-stock-d1")
                .timing(Timing.at(LocalDateTime.of(2017, 12, 2, 14, 0), LocalDateTime.of(2017, 12, 2, 15, 30),
                    MEXICO_CITY))
                .place(puertoVallarta).build(),
            event("cs-stock-gs3", EventKind.GROUP_SESSION).parentId("cs-stock-r1").addActs(3)
                .timing(Timing.at(LocalDateTime.of(2017, 12, 2, 14, 0), LocalDateTime.of(2017, 12, 2, 15, 30),
                    MEXICO_CITY))
                .place(puertoVallarta)
                .addParticipants(Participation.of(Role.CO_LEAD, "person-lead"))
                .build(),
            event("cs-stock-d2", EventKind.MEETING_DAY).parentId("cs-stock")
                .timing(Timing.on(LocalDate.of(2017, 12, 3))).place(puertoVallarta).build(),
            event("cs-stock-t3", EventKind.GOVERNMENT_TABLE).parentId("cs-stock-d2").addActs(3)
                .timing(Timing.on(LocalDate.of(2017, 12, 3))).place(puertoVallarta)
                .addParticipants(Participation.builder().role(Role.GOVERNMENT_REPRESENTATIVE).personId("delegate")
                    .onBehalfOf("state-mx").build())
                .build(),
            event("stock", EventKind.STOCKTAKING_MEETING)
                .timing(Timing.days(LocalDate.of(2017, 12, 4), LocalDate.of(2017, 12, 6)))
                .place(puertoVallarta)
                .phaseId("ph-2")
                .build(),
            event("imrf-2026", EventKind.REVIEW_FORUM).status(EventStatus.PLANNED)
                .timing(Timing.of(FuzzyDate.ofYear(2026)))
                .phaseId("ph-fu")
                .build())
        .build();
  }
}
